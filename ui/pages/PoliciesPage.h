#pragma once

#include <QWidget>

#include <vector>

#include "domain/Provider.h"

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;

namespace sy {

class PolicyEditor;
class PolicyListModel;
class WorkspaceSession;
struct Policy;

// The saved policies on the left and the visual editor for the open one; saving adds a version,
// History compares versions, Import and Export read and write policy files (off the GUI thread).
class PoliciesPage : public QWidget
{
    Q_OBJECT
public:
    PoliciesPage(WorkspaceSession *session, PolicyListModel *model, QWidget *parent = nullptr);
    ~PoliciesPage() override;

    QListView *list() const { return m_list; }
    QSplitter *splitter() const { return m_splitter; }
    PolicyEditor *editor() const { return m_editor; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

    void openPolicy(const QString &name);
    const QString &openName() const { return m_openName; }
    void newPolicy();
    void save();
    void showHistory();
    void importFile(const QString &fileName);
    void chooseImportFile(); // asks for a policy file, then imports it
    void exportFile(const QString &fileName);
    // Replaces the open policy's providers with the workspace's (the Providers page), undoably.
    void useWorkspaceProviders();

signals:
    void saveFailed(const QString &error);
    void saved(const QString &name, int version);
    void opened(const QString &name);

private:
    void loadDocument(const QString &name, const QByteArray &document, const QString &origin);
    void updateTitle();
    void setStatus(const QString &text, bool problem = false);
    void selectInList(const QString &name);
    void confirmDiscard(const std::function<void()> &then); // runs then() now, or after "Discard"

    WorkspaceSession *m_session;
    QListView *m_list;
    PolicyEditor *m_editor;
    QSplitter *m_splitter;
    QLineEdit *m_name;
    QLineEdit *m_comment;
    QPushButton *m_save;
    QLabel *m_status;
    QString m_openName; // the name it was opened or last saved under
    std::vector<ProviderSpec> m_workspaceProviders;
};

} // namespace sy
