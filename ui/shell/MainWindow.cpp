#include "shell/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
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
#include "pages/ExperimentsPage.h"
#include "policy/PolicyWriter.h"
#include "pages/HistoryPage.h"
#include "editor/NodeForm.h"
#include "editor/PolicyEditor.h"
#include "pages/KeysPage.h"
#include "session/KeyService.h"
#include "pages/WelcomePage.h"
#include "shell/DemoTour.h"
#include "sidebyside/SideBySidePage.h"
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
#include "shell/AboutBox.h"
#include "shell/RecentWorkspaces.h"
#include "dialogs/UserGuideDialog.h"
#include "demo/DemoWorkspace.h"
#include "widgets/Icons.h"

namespace sy {

MainWindow::MainWindow(WorkspaceSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_providerModel(new ProviderModelTableModel(this)),
      m_policyModel(new PolicyListModel(this)), m_splitter(new QSplitter(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_providersPage(new ProvidersPage(m_providerModel, this)),
      m_policiesPage(new PoliciesPage(session, m_policyModel, this)),
      m_proxy(new ProxyService([](const CredentialRef &ref) { return resolveFromEnvironment(ref); },
                               [session](const QString &) { return session->simulatorUrl(); }, this)),
      m_livePage(new LiveTrafficPage(session, m_proxy, m_policyModel, this)), m_historyPage(new HistoryPage(session, this)),
      m_experimentsPage(new ExperimentsPage(session, this)), m_welcomePage(new WelcomePage(this)),
      m_sideBySidePage(new SideBySidePage(session, this)),
      m_tray(new TrayController(this, m_proxy, m_policyModel, m_livePage, this)), m_settingsPage(new SettingsPage(this)),
      m_promptSetsPage(new PromptSetsPage(session, this)), m_keyService(new KeyService(session, m_proxy->keyRegistry(), this)),
      m_keysPage(new KeysPage(m_keyService, this)),
      m_status(new QLabel(this))
{
    session->setProxy(m_proxy); // its requests go to the open workspace's request log
    // Rollout steps change the policy being served: each is saved as a new version with what it
    // did in its comment (the evidence is in the policy's metadata), then served.
    m_experimentsPage->setRolloutTarget(
        {[this] { return m_livePage->servedPolicy(); },
         [this](const Policy &policy, const QString &comment) {
             m_session->savePolicy(policy.name, PolicyWriter::toJsonText(policy), comment, [this, name = policy.name](int, const QString &error) {
                 if (!error.isEmpty()) {
                     showMessage(QMessageBox::Warning, tr("The rollout step could not be saved: %1").arg(error));
                     return;
                 }
                 m_livePage->servePolicy(name);
                 m_experimentsPage->refresh();
             });
         }});
    m_experimentsPage->setShadowScorers([proxy = m_proxy] {
        QHash<QString, QStringList> scorers;
        for (const Route &route : proxy->policy().routes)
            if (route.shadow)
                scorers.insert(route.alias, route.shadow->scorers);
        return scorers;
    });
    setWindowTitle(tr("Switchyard"));
    setWindowIcon(icons::application());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    const std::pair<QString, QString> pages[] = {{tr("Welcome"), QStringLiteral("welcome")},
                                                 {tr("Providers & Models"), QStringLiteral("providers")},
                                                 {tr("Policies"), QStringLiteral("policies")},
                                                 {tr("Side by Side"), QStringLiteral("sidebyside")},
                                                 {tr("Prompt Sets & Replays"), QStringLiteral("promptsets")},
                                                 {tr("Live Traffic"), QStringLiteral("traffic")},
                                                 {tr("History"), QStringLiteral("history")},
                                                 {tr("Experiments"), QStringLiteral("experiments")},
                                                 {tr("Keys"), QStringLiteral("keys")},
                                                 {tr("Settings"), QStringLiteral("settings")}};
    for (const auto &[text, icon] : pages) {
        auto *item = new QListWidgetItem(icons::themed(icon, palette()), text, m_navigation);
        item->setData(Qt::UserRole, icon);
    }
    m_navigation->setMaximumWidth(240);
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8);
    m_navigation->setSpacing(2);
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_providersPage);
    m_pages->addWidget(m_policiesPage);
    m_pages->addWidget(m_sideBySidePage);
    m_pages->addWidget(m_promptSetsPage);
    m_pages->addWidget(m_livePage);
    m_pages->addWidget(m_historyPage);
    m_pages->addWidget(m_experimentsPage);
    m_pages->addWidget(m_keysPage);
    m_pages->addWidget(m_settingsPage);
    m_tray->setDailyBudgetUsd(SettingsPage::dailyBudgetUsd());
    connect(m_settingsPage, &SettingsPage::budgetChanged, m_tray, &TrayController::setDailyBudgetUsd);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_welcomePage, &WelcomePage::tourRequested, this, &MainWindow::startTour);
    connect(m_welcomePage, &WelcomePage::addProviderRequested, this, [this] {
        showPage(m_providersPage);
        m_providersPage->addProvider();
    });
    connect(m_welcomePage, &WelcomePage::importPolicyRequested, this, [this] {
        showPage(m_policiesPage);
        m_policiesPage->chooseImportFile();
    });
    connect(m_welcomePage, &WelcomePage::localServerChosen, this, [this](const ProviderSpec &provider) {
        m_session->saveProvider(provider);
        m_status->setText(tr("Added %1 with %n model(s); see Providers & Models.", nullptr, int(provider.models.size())).arg(provider.id));
    });

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
    QAction *newWorkspace = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newWorkspace->setObjectName(QStringLiteral("newWorkspace"));
    QAction *openWorkspace = file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspace);
    openWorkspace->setObjectName(QStringLiteral("openWorkspace"));
    openWorkspace->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspaces"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(tr("Open the &demo workspace"), this, [this] { m_session->open(DemoWorkspace::defaultPath(), true); });
    QAction *reload = file->addAction(tr("Re&load"), m_session, &WorkspaceSession::reload);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::requestQuit);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    for (int i = 0; i < m_settingsPage->themeChooser()->count(); ++i) {
        QAction *choice = theme->addAction(m_settingsPage->themeChooser()->itemText(i));
        choice->setCheckable(true);
        choice->setChecked(i == m_settingsPage->themeChooser()->currentIndex());
        choice->setProperty("paletteName", tr("Theme: %1").arg(choice->text()));
        themes->addAction(choice);
        connect(choice, &QAction::triggered, m_settingsPage->themeChooser(), [this, i] { m_settingsPage->themeChooser()->setCurrentIndex(i); });
    }
    connect(m_settingsPage->themeChooser(), &QComboBox::currentIndexChanged, theme, [themes](int i) {
        if (i >= 0 && i < themes->actions().size())
            themes->actions().at(i)->setChecked(true);
    });
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QString text = m_navigation->item(i)->text();
        QAction *page = go->addAction(m_navigation->item(i)->icon(), text.replace(u'&', QStringLiteral("&&")), this,
                                      [this, i] { m_navigation->setCurrentRow(i); });
        if (i < 10) // Ctrl+1 to Ctrl+9, then Ctrl+0
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *palette = help->addAction(tr("Find an action…"), this, &MainWindow::showCommandPalette);
    palette->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Switchyard"), this, [this] { showAboutBox(this); });

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
        // Say what happened: saved, and served by a proxy that was started or switched for it.
        const bool wasRunning = m_proxy->isRunning();
        auto *once = new QObject(this);
        connect(m_proxy, &ProxyService::policyChanged, once, [this, once, name, wasRunning](const QString &served) {
            if (served != name)
                return;
            once->deleteLater();
            const QString text = wasRunning ? tr("Saved the candidate as policy \"%1\"; the proxy at %2 now serves it.").arg(name, m_proxy->baseUrl())
                                            : tr("Saved the candidate as policy \"%1\" and started the proxy at %2 to serve it.").arg(name, m_proxy->baseUrl());
            statusBar()->showMessage(text, 15000);
            m_promptSetsPage->replayPage()->statusLabel()->setText(text);
        });
        QTimer::singleShot(30000, once, &QObject::deleteLater);
        m_livePage->servePolicy(name);
    });
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::requestQuit);
    connect(m_livePage, &LiveTrafficPage::showPathRequested, this, [this](const QString &policy, const QString &alias, const QStringList &path) {
        showPage(m_policiesPage);
        if (m_policiesPage->openName() == policy) {
            m_policiesPage->editor()->showPath(alias, path);
            return;
        }
        // Opened in the background (after asking about unsaved changes), then shown.
        auto *once = new QObject(this);
        connect(m_policiesPage, &PoliciesPage::opened, once, [this, once, policy, alias, path](const QString &name) {
            if (name == policy)
                m_policiesPage->editor()->showPath(alias, path);
            once->deleteLater();
        });
        m_policiesPage->openPolicy(policy);
    });
    connect(m_proxy, &ProxyService::started, this, [this] { SettingsPage::setLastServedPolicy(m_proxy->policy().name); });
    // With the setting on, the first workspace load serves the policy served last time.
    connect(m_policyModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_launchServed || !SettingsPage::startProxyOnLaunch() || m_proxy->isRunning() || m_policyModel->rowCount() == 0)
            return;
        m_launchServed = true;
        const QString last = SettingsPage::lastServedPolicy();
        m_livePage->servePolicy(last.isEmpty() ? m_policyModel->index(0, 0).data(PolicyListModel::NameRole).toString() : last);
    });
    connect(m_livePage, &LiveTrafficPage::proxyError, this, [this](const QString &message) { showMessage(QMessageBox::Warning, message); });
    // The editor shows what the running proxy measures of each target.
    m_policiesPage->editor()->form()->setFigureSource([this] {
        QHash<QString, NodeForm::UpstreamFigures> out;
        for (const ProxyService::UpstreamFigures &u : m_proxy->upstreamFigures())
            out.insert(u.ref, {u.figures.latencyMs, u.figures.ttftMs, u.figures.p95Ms, u.figures.samples, u.inFlight, u.breakerOpen});
        return out;
    });
    connect(m_keysPage, &KeysPage::failed, this, [this](const QString &message) { showMessage(QMessageBox::Warning, message); });
    connect(m_proxy, &ProxyService::policyChanged, this, [this] {
        QStringList routes;
        for (const Route &r : m_proxy->policy().routes)
            routes.append(r.alias);
        m_keysPage->setRoutes(routes);
    });
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_status->setText(tr("Workspace %1 — simulated providers at %2").arg(m_session->path(), m_session->simulatorUrl()));
        recent::add(m_session->path());
        setWindowTitle(tr("%1 — Switchyard").arg(QFileInfo(m_session->path()).completeBaseName()));
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
    // Menus first, then each page's actions and buttons, then the proxy's tray actions; an action
    // whose name is already listed is left out, so the palette holds each action once.
    QList<QAction *> actions;
    QSet<QString> names;
    const auto take = [&](QAction *a, const QString &group) {
        if (!a || a->isSeparator() || a->menu() || a->property("notACommand").toBool())
            return;
        QString name = a->property("paletteName").toString();
        if (name.isEmpty())
            name = a->text().remove(u'&');
        if (name.isEmpty() || names.contains(name))
            return;
        names.insert(name);
        a->setProperty("paletteName", name);
        if (a->property("paletteGroup").isNull())
            a->setProperty("paletteGroup", group);
        actions.append(a);
    };
    std::function<void(QMenu *, const QString &)> takeMenu = [&](QMenu *menu, const QString &group) {
        for (QAction *a : menu->actions())
            a->menu() ? takeMenu(a->menu(), group) : take(a, group);
    };
    for (QAction *menuAction : menuBar()->actions())
        if (QMenu *menu = menuAction->menu())
            takeMenu(menu, menuAction->text().remove(u'&'));
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        const QString group = page == m_policiesPage ? tr("Policy editor") : m_navigation->item(i)->text();
        for (QAction *a : page->findChildren<QAction *>())
            take(a, group);
        for (QAction *a : buttonActions(i))
            take(a, m_navigation->item(i)->text());
    }
    for (QAction *a : m_tray->menu()->actions())
        take(a, tr("Proxy"));
    return actions;
}

QList<QAction *> MainWindow::buttonActions(int pageIndex) const
{
    // Each push button of a page is an action too: running it shows the page (and the tab the
    // button is on) and clicks it, when it can act.
    QList<QAction *> actions;
    QWidget *page = m_pages->widget(pageIndex);
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text().isEmpty() || button->window() != window())
            continue;
        auto *action = button->findChild<QAction *>(QStringLiteral("paletteAction"), Qt::FindDirectChildrenOnly);
        if (!action) {
            action = new QAction(button);
            action->setObjectName(QStringLiteral("paletteAction"));
            QPointer<QPushButton> target(button);
            connect(action, &QAction::triggered, this, [this, pageIndex, target] {
                if (!target)
                    return;
                m_navigation->setCurrentRow(pageIndex);
                for (QWidget *w = target; w && w != m_pages; w = w->parentWidget())
                    if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
                        if (tabs->indexOf(w) >= 0)
                            tabs->setCurrentWidget(w);
                if (target->isEnabled())
                    target->click();
            });
        }
        action->setText(button->text());
        action->setToolTip(button->toolTip());
        action->setEnabled(button->isEnabled());
        actions.append(action);
    }
    return actions;
}

DemoTour *MainWindow::startTour()
{
    auto *tour = findChild<DemoTour *>();
    if (!tour)
        tour = new DemoTour(this);
    tour->start();
    return tour;
}

void MainWindow::showPage(QWidget *page)
{
    if (const int index = m_pages->indexOf(page); index >= 0)
        m_navigation->setCurrentRow(index);
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

void MainWindow::requestQuit()
{
    if (!m_proxy->isRunning()) {
        saveState();
        QApplication::quit();
        return;
    }
    if (findChild<QMessageBox *>(QStringLiteral("confirmQuit")))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Switchyard"),
                                tr("The proxy is serving at %1. Quitting stops it, and clients using it get errors.").arg(m_proxy->baseUrl()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmQuit"));
    QPushButton *stop = box->addButton(tr("Stop proxy and quit"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *button) {
        if (button != stop)
            return;
        m_proxy->stop();
        saveState();
        QApplication::quit();
    });
    if (isHidden())
        show(); // asked from the tray: the question needs its window
    box->open();
}

QFileDialog *MainWindow::workspaceDialog(const QString &objectName, const QString &title, const QString &filter)
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void MainWindow::newWorkspace()
{
    QFileDialog *dialog = workspaceDialog(QStringLiteral("newWorkspaceDialog"), tr("New workspace"), tr("Switchyard workspaces (*.switchyard)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("switchyard"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (QFileInfo::exists(path)) {
            showMessage(QMessageBox::Warning, tr("%1 exists already: open it with File ▸ Open workspace.").arg(path));
            return;
        }
        m_session->open(path, false); // created empty, with its schema
    });
    dialog->open();
}

void MainWindow::openWorkspace()
{
    QFileDialog *dialog = workspaceDialog(QStringLiteral("openWorkspaceDialog"), tr("Open workspace"),
                                          tr("Switchyard workspaces (*.switchyard);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_session->open(path, false); });
    dialog->open();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recent::workspaces();
    for (const QString &path : paths) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&")), this,
                                             [this, path] { m_session->open(path, false); });
        a->setToolTip(path);
        a->setProperty("paletteName", tr("Open recent: %1").arg(path));
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear the list"), this, [] { recent::clear(); });
    clear->setProperty("paletteName", tr("Clear recent workspaces"));
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<UserGuideDialog *>();
    if (!guide)
        guide = new UserGuideDialog(this);
    guide->show();
    guide->raise();
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
    // The welcome page while "show at start" is on (the default), else the page last shown.
    const QString page = WelcomePage::showAtStart() ? QStringLiteral("welcome") : settings.value(QStringLiteral("window/page")).toString();
    m_navigation->setCurrentRow(0);
    for (int i = 0; i < m_navigation->count(); ++i)
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == page)
            m_navigation->setCurrentRow(i);
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
    if (const QListWidgetItem *current = m_navigation->currentItem())
        settings.setValue(QStringLiteral("window/page"), current->data(Qt::UserRole).toString());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The page icons follow the theme's text colour.
    if (event->type() == QEvent::PaletteChange)
        for (int i = 0; i < m_navigation->count(); ++i)
            m_navigation->item(i)->setIcon(icons::themed(m_navigation->item(i)->data(Qt::UserRole).toString(), palette()));
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_proxy->isRunning() || m_closeConfirmed) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_tray->isShown() && SettingsPage::closeToTray()) {
        // The proxy keeps serving; the tray brings the window back.
        hide();
        m_tray->tellKeptRunning();
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
