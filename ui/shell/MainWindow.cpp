#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include "models/PolicyListModel.h"
#include "models/ProviderModelTableModel.h"
#include "pages/LiveTrafficPage.h"
#include "editor/PolicyEditor.h"
#include "pages/PoliciesPage.h"
#include "pages/PromptSetsPage.h"
#include "replayview/ReplayPage.h"
#include "shell/CommandPalette.h"
#include "proxy/ProxyService.h"
#include "secrets/Credentials.h"
#include "pages/SettingsPage.h"
#include "shell/TrayController.h"
#include "pages/ProvidersPage.h"
#include "session/WorkspaceSession.h"

namespace sy {

MainWindow::MainWindow(WorkspaceSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_providerModel(new ProviderModelTableModel(this)),
      m_policyModel(new PolicyListModel(this)), m_splitter(new QSplitter(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_providersPage(new ProvidersPage(m_providerModel, this)),
      m_policiesPage(new PoliciesPage(session, m_policyModel, this)),
      m_proxy(new ProxyService([](const CredentialRef &ref) { return resolveFromEnvironment(ref); },
                               [session](const QString &) { return session->simulatorUrl(); }, this)),
      m_livePage(new LiveTrafficPage(session, m_proxy, m_policyModel, this)),
      m_tray(new TrayController(this, m_proxy, m_policyModel, m_livePage, this)), m_settingsPage(new SettingsPage(this)),
      m_promptSetsPage(new PromptSetsPage(session, this)),
      m_status(new QLabel(this))
{
    session->setProxy(m_proxy); // its requests go to the open workspace's request log
    setWindowTitle(tr("Switchyard"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItem(tr("Providers & Models"));
    m_navigation->addItem(tr("Policies"));
    m_navigation->addItem(tr("Prompt Sets & Replays"));
    m_navigation->addItem(tr("Live Traffic"));
    m_navigation->addItem(tr("Settings"));
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8);
    m_pages->addWidget(m_providersPage);
    m_pages->addWidget(m_policiesPage);
    m_pages->addWidget(m_promptSetsPage);
    m_pages->addWidget(m_livePage);
    m_pages->addWidget(m_settingsPage);
    m_tray->setDailyBudgetUsd(SettingsPage::dailyBudgetUsd());
    connect(m_settingsPage, &SettingsPage::budgetChanged, m_tray, &TrayController::setDailyBudgetUsd);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({180, 900}); // until the saved layout is restored
    setCentralWidget(m_splitter);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path must not widen the window
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Opening workspace…"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Reload"), m_session, &WorkspaceSession::reload);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *page = go->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *palette = help->addAction(tr("Find an action…"), this, &MainWindow::showCommandPalette);
    palette->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});

    connect(m_session, &WorkspaceSession::providersLoaded, m_providerModel, &ProviderModelTableModel::setProviders);
    connect(m_session, &WorkspaceSession::providersLoaded, m_providersPage, &ProvidersPage::setProviders);
    connect(m_providersPage, &ProvidersPage::saveRequested, m_session, &WorkspaceSession::saveProvider);
    connect(m_providersPage, &ProvidersPage::removeRequested, m_session, &WorkspaceSession::removeProvider);
    connect(m_session, &WorkspaceSession::writeFailed, this, [this](const QString &error) { showMessage(QMessageBox::Warning, error); });
    connect(m_session, &WorkspaceSession::policiesLoaded, m_policyModel, &PolicyListModel::setPolicies);
    connect(m_policiesPage, &PoliciesPage::saved, this, [this](const QString &name) {
        // The proxy serving this policy picks up the saved version at once.
        if (m_proxy->isRunning() && m_proxy->policy().name == name)
            m_livePage->servePolicy(name);
    });
    connect(m_promptSetsPage->replayPage(), &ReplayPage::activateRequested, this, [this](const QString &name) {
        m_livePage->servePolicy(name);
    });
    connect(m_livePage, &LiveTrafficPage::proxyError, this, [this](const QString &message) { showMessage(QMessageBox::Warning, message); });
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_status->setText(tr("Workspace %1 — simulated providers at %2").arg(m_session->path(), m_session->simulatorUrl()));
    });
    connect(m_session, &WorkspaceSession::failed, this, [this](const QString &error) {
        m_status->setText(tr("Could not open the workspace"));
        showMessage(QMessageBox::Critical, error);
    });
    restoreState();
}

MainWindow::~MainWindow()
{
    m_proxy->stop(); // while the pages and the tray that listen to it are still alive
}

QList<QAction *> MainWindow::paletteActions() const
{
    QList<QAction *> actions;
    for (QAction *menuAction : menuBar()->actions())
        if (QMenu *menu = menuAction->menu())
            for (QAction *a : menu->actions()) {
                a->setProperty("paletteGroup", menuAction->text().remove(u'&'));
                actions.append(a);
            }
    const QString editorGroup = tr("Policy editor");
    for (QWidget *page : {static_cast<QWidget *>(m_providersPage), static_cast<QWidget *>(m_policiesPage),
                          static_cast<QWidget *>(m_livePage), static_cast<QWidget *>(m_settingsPage)})
        for (QAction *a : page->findChildren<QAction *>()) {
            if (a->property("paletteGroup").isNull())
                a->setProperty("paletteGroup", page == m_policiesPage ? editorGroup : page->accessibleName());
            actions.append(a);
        }
    for (QAction *a : m_tray->menu()->actions()) {
        a->setProperty("paletteGroup", tr("Proxy"));
        actions.append(a);
    }
    return actions;
}

void MainWindow::showCommandPalette()
{
    auto *palette = findChild<CommandPalette *>();
    if (!palette)
        palette = new CommandPalette(this);
    palette->setActions(paletteActions());
    palette->searchEdit()->clear();
    palette->open();
    palette->searchEdit()->setFocus();
}

void MainWindow::showMessage(int icon, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Icon(icon), tr("Switchyard"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, never a nested event loop
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    for (QSplitter *s : m_policiesPage->findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            s->restoreState(settings.value(QStringLiteral("policies/") + s->objectName()).toByteArray());
    m_policiesPage->editor()->tree()->header()->restoreState(settings.value(QStringLiteral("policies/treeColumns")).toByteArray());
    m_providersPage->table()->horizontalHeader()->restoreState(settings.value(QStringLiteral("providers/columns")).toByteArray());
    m_livePage->table()->horizontalHeader()->restoreState(settings.value(QStringLiteral("traffic/header")).toByteArray());
    m_livePage->splitter()->restoreState(settings.value(QStringLiteral("traffic/layout")).toByteArray());
    m_livePage->listenEdit()->setText(settings.value(QStringLiteral("proxy/listen"), m_livePage->listenEdit()->text()).toString());
    m_navigation->setCurrentRow(qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), m_navigation->count() - 1));
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (QSplitter *s : m_policiesPage->findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            settings.setValue(QStringLiteral("policies/") + s->objectName(), s->saveState());
    settings.setValue(QStringLiteral("policies/treeColumns"), m_policiesPage->editor()->tree()->header()->saveState());
    settings.setValue(QStringLiteral("providers/columns"), m_providersPage->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("traffic/header"), m_livePage->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("traffic/layout"), m_livePage->splitter()->saveState());
    settings.setValue(QStringLiteral("proxy/listen"), m_livePage->listenEdit()->text());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_proxy->isRunning() || m_closeConfirmed) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_tray->isShown()) {
        // The proxy keeps serving; the tray brings the window back.
        hide();
        return;
    }
    // No tray to keep running in: ask, without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Switchyard"),
                                tr("The proxy is serving at %1. Closing the window stops it.").arg(m_proxy->baseUrl()), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmStopProxy"));
    QPushButton *stop = box->addButton(tr("Stop proxy and close"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *button) {
        if (button != stop)
            return;
        m_proxy->stop();
        m_closeConfirmed = true;
        close();
    });
    box->open();
}

} // namespace sy
