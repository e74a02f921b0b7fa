#pragma once

#include <QDialog>

#include <vector>

#include "store/PolicyStore.h"

class QComboBox;
class QPlainTextEdit;
class QLabel;
class QPushButton;

namespace sy {

class WorkspaceSession;

// The saved versions of one policy, and the line diff between any two of them (PolicyDiff).
// Versions are read off the GUI thread; "Open this version" hands the newer one to the editor.
class PolicyHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyHistoryDialog(WorkspaceSession *session, const QString &name, QWidget *parent = nullptr);

    QComboBox *olderChooser() const { return m_older; }
    QComboBox *newerChooser() const { return m_newer; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPushButton *nextChangeButton() const { return m_next; }

signals:
    void openVersionRequested(const QByteArray &document, int version);

private:
    void jumpToChange(int step);
    void showVersions(const std::vector<PolicyVersionInfo> &versions);
    void compare();

    WorkspaceSession *m_session;
    QString m_name;
    QComboBox *m_older;
    QComboBox *m_newer;
    QPlainTextEdit *m_diff;
    QLabel *m_summary;
    QPushButton *m_open;
    QByteArray m_newerDocument;
    QPushButton *m_previous;
    QPushButton *m_next;
    std::vector<int> m_changes; // first diff line of each run of changes
    int m_current = -1;
    quint64 m_generation = 0;
};

} // namespace sy
