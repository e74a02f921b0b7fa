#pragma once

#include <QWidget>

#include <vector>

#include "playground/SideBySideAnswer.h"
#include "replay/ReplayPlan.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace sy {

// One column of the side-by-side chat: which model or route answers, the conversation as this
// column had it (its own answers), the last answer's figures and decision, and a vote button.
class AnswerColumn : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerColumn(QWidget *parent = nullptr);

    void setCandidates(const QStringList &labels, const QString &current);
    QString candidate() const;
    QComboBox *chooser() const { return m_chooser; }
    QTextBrowser *transcript() const { return m_transcript; }
    QLabel *figures() const { return m_figures; }
    QPushButton *voteButton() const { return m_vote; }
    QToolButton *removeButton() const { return m_remove; }
    void setRemovable(bool removable);

    void clearChat();
    void addUserTurn(const QString &text);
    void showAnswer(const SideBySideAnswer &answer); // streaming or final
    const SideBySideAnswer &lastAnswer() const { return m_last; }
    void setVoting(bool enabled);
    void markWinner(bool winner);

signals:
    void candidateChanged();
    void voted();
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    QComboBox *m_chooser;
    QToolButton *m_remove;
    QTextBrowser *m_transcript;
    QLabel *m_figures;
    QPushButton *m_vote;
    struct Turn
    {
        QString user;
        SideBySideAnswer answer;
        bool answered = false;
    };
    std::vector<Turn> m_turns;
    SideBySideAnswer m_last;
};

} // namespace sy
