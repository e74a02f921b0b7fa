#pragma once

#include <QWidget>

#include <vector>

#include "domain/Provider.h"
#include "playground/SideBySide.h"
#include "policy/Policy.h"
#include "proxy/CredentialPrefetch.h"

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace sy {

class AnswerColumn;
class WorkspaceSession;

// Side by side: one chat sent to 2–8 models or routes at once, the answers streaming into
// columns with their time to first token, speed, tokens, cost and routing decision. The chat
// goes on in every column; a vote for the better answer is kept as a human rating; the prompt
// can join a prompt set, to replay it later.
class SideBySidePage : public QWidget
{
    Q_OBJECT
public:
    SideBySidePage(WorkspaceSession *session, QWidget *parent = nullptr);

    int columnCount() const { return int(m_columns.size()); }
    AnswerColumn *column(int i) const { return m_columns.at(size_t(i)); }
    void addColumn(const QString &candidate = {});
    void removeColumn(int i);
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *tieButton() const { return m_tie; }
    QPushButton *addToSetButton() const { return m_addToSet; }
    QLabel *tallyLabel() const { return m_tally; }
    QLabel *statusLabel() const { return m_status; }
    SideBySide *chat() { return &m_chat; }
    QStringList candidateLabels() const;
    void send();
    void newChat();
    // Adds the last prompt to a prompt set (created when new); done gets the error, empty on success.
    void addPromptToSet(const QString &setName, std::function<void(const QString &)> done = {});
    void setSecretReader(CredentialPrefetch::Reader reader) { m_readSecret = std::move(reader); }

signals:
    void voteKept();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setAvailable(std::vector<ReplayCandidate> candidates);
    void vote(int winner); // a column, or -1 for a tie
    void updateControls();
    void refreshTally();
    void rememberCandidates() const;
    void retranslate();
    void syncScroll(int column, int value);

    WorkspaceSession *m_session;
    SideBySide m_chat;
    std::vector<ReplayCandidate> m_available;
    std::vector<Policy> m_policies;
    std::vector<ProviderSpec> m_providers;
    std::vector<AnswerColumn *> m_columns;
    QStringList m_started; // the candidates the chat was started with
    QWidget *m_columnHost;
    QHBoxLayout *m_columnRow;
    QScrollArea *m_scroll;
    QPushButton *m_addColumn;
    QLineEdit *m_system;
    QSpinBox *m_maxTokens;
    QCheckBox *m_syncScroll;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_newChat;
    QPushButton *m_tie;
    QPushButton *m_addToSet;
    QLabel *m_status;
    QLabel *m_tally;
    bool m_voted = false;
    bool m_providersKnown = false;
    bool m_policiesKnown = false;
    bool m_syncing = false;
    CredentialPrefetch::Reader m_readSecret;
};

} // namespace sy
