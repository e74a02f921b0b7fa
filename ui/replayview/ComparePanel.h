#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace sy {

class CompareFilterModel;
class CompareMatrixModel;
struct ReplayCellKey;

// The compare view: the prompts × candidates matrix with its filters and search, and for the
// selected prompt two candidates' answers side by side with a word-level diff, their scores and
// the judges' reasoning, and a person's rating of the right-hand answer.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    ComparePanel(CompareMatrixModel *model, QWidget *parent = nullptr);

    QTableView *matrix() const { return m_matrix; }
    CompareFilterModel *filter() const { return m_filter; }
    QComboBox *showChoice() const { return m_show; }
    QLineEdit *search() const { return m_search; }
    QTextBrowser *leftAnswer() const { return m_left; }
    QTextBrowser *rightAnswer() const { return m_right; }
    QComboBox *leftCandidate() const { return m_leftCandidate; }
    QComboBox *rightCandidate() const { return m_rightCandidate; }
    void focusCandidate(int candidate); // shows it on the right

signals:
    void rated(int item, int repeat, int candidate, int rating, const QString &comment);

private:
    void candidatesChanged();
    void showSelected();
    QString sideHtml(int row, int candidate, const QString &diffHtml) const;

    CompareMatrixModel *m_model;
    CompareFilterModel *m_filter;
    QComboBox *m_show;
    QLineEdit *m_search;
    QTableView *m_matrix;
    QComboBox *m_leftCandidate;
    QComboBox *m_rightCandidate;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
    QToolButton *m_thumbUp;
    QToolButton *m_thumbDown;
    QSpinBox *m_rating;
    QLineEdit *m_comment;
    QLabel *m_ratingNote;
};

} // namespace sy
