#pragma once

#include <QMainWindow>

class QLabel;
class QFileDialog;
class QMenu;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace sy {

class DemoTour;
class ExperimentsPage;
class HistoryPage;
class KeyService;
class KeysPage;
class WelcomePage;
class SideBySidePage;
class LiveTrafficPage;
class PoliciesPage;
class PromptSetsPage;
class ProxyService;
class SettingsPage;
class TrayController;
class PolicyListModel;
class ProviderModelTableModel;
class ProvidersPage;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(WorkspaceSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProviderModelTableModel *providerModel() const { return m_providerModel; }
    PolicyListModel *policyModel() const { return m_policyModel; }
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    LiveTrafficPage *liveTrafficPage() const { return m_livePage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    ExperimentsPage *experimentsPage() const { return m_experimentsPage; }
    KeysPage *keysPage() const { return m_keysPage; }
    KeyService *keyService() const { return m_keyService; }
    WelcomePage *welcomePage() const { return m_welcomePage; }
    WorkspaceSession *session() const { return m_session; }
    // Starts the guided tour of the demo (the welcome page's first path).
    DemoTour *startTour();
    SideBySidePage *sideBySidePage() const { return m_sideBySidePage; }
    // Shows a page by its widget, whatever its place in the navigation.
    void showPage(QWidget *page);
    ProvidersPage *providersPage() const { return m_providersPage; }
    PoliciesPage *policiesPage() const { return m_policiesPage; }
    PromptSetsPage *promptSetsPage() const { return m_promptSetsPage; }
    void showCommandPalette();
    // Quit, unless the proxy is serving: then ask first (the File menu, Ctrl+Q and the tray).
    void requestQuit();
    QList<QAction *> paletteActions() const;
    SettingsPage *settingsPage() const { return m_settingsPage; }
    ProxyService *proxy() const { return m_proxy; }
    TrayController *tray() const { return m_tray; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<QAction *> buttonActions(int pageIndex) const;
    QFileDialog *workspaceDialog(const QString &objectName, const QString &title, const QString &filter);
    void newWorkspace();
    void openWorkspace();
    void fillRecentMenu();
    void showUserGuide();
    void showMessage(int icon, const QString &text); // a QMessageBox::Icon
    void restoreState();
    void saveState() const;

    WorkspaceSession *m_session;
    ProviderModelTableModel *m_providerModel;
    PolicyListModel *m_policyModel;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ProvidersPage *m_providersPage;
    PoliciesPage *m_policiesPage;
    ProxyService *m_proxy;
    LiveTrafficPage *m_livePage;
    HistoryPage *m_historyPage;
    ExperimentsPage *m_experimentsPage;
    WelcomePage *m_welcomePage;
    SideBySidePage *m_sideBySidePage;
    TrayController *m_tray;
    SettingsPage *m_settingsPage;
    PromptSetsPage *m_promptSetsPage;
    KeyService *m_keyService;
    KeysPage *m_keysPage;
    bool m_closeConfirmed = false;
    bool m_launchServed = false;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
};

} // namespace sy
