#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QCheckBox>
#include <QComboBox>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QDateTime>
#include "store/RequestLogStore.h"

#include "dialogs/UserGuideDialog.h"
#include "models/ProviderModelTableModel.h"
#include "models/PolicyListModel.h"
#include "pages/LiveTrafficPage.h"
#include "pages/PromptSetsPage.h"
#include "pages/SettingsPage.h"
#include "proxy/ProxyService.h"
#include "replayview/ReplayPage.h"
#include "session/WorkspaceSession.h"
#include "shell/CommandPalette.h"
#include "shell/MainWindow.h"
#include "shell/RecentWorkspaces.h"
#include "shell/TrayController.h"

using namespace sy;

// The window's identity and ways around: icons, the File and Help menus, the command palette.
class TestShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void iconsForTheWindowAndEveryPage();
    void menuTextsShowTheirAmpersands();
    void fileMenuOpensAndRemembersWorkspaces();
    void helpMenuHasTheGuideAndAbout();
    void paletteHoldsEveryActionOnce_data();
    void paletteHoldsEveryActionOnce();
    void paletteRunsAButtonOnItsPage();
    void trayIconShowsTheProxyState();
    void quittingAServingProxyAsks();
    void trayAndLaunchSettings();
    void policyBoxFollowsTheServedPolicy();
    void activatingSaysWhatItDid();

private:
    QMenu *menu(MainWindow &window, const QString &title);
    QTemporaryDir m_dir;
};

void TestShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

QMenu *TestShell::menu(MainWindow &window, const QString &title)
{
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->text().remove(u'&') == title)
            return a->menu();
    return nullptr;
}

void TestShell::iconsForTheWindowAndEveryPage()
{
    WorkspaceSession session;
    MainWindow window(&session);
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(QFile::exists(QStringLiteral(":/icons/switchyard.svg")));
    QVERIFY(!window.tray()->icon().isNull());
    QVERIFY(!TrayController::iconFor(TrayController::State::Errors).isNull());
    for (int i = 0; i < window.navigation()->count(); ++i) {
        const QIcon icon = window.navigation()->item(i)->icon();
        QVERIFY2(!icon.isNull(), qPrintable(window.navigation()->item(i)->text()));
        // Drawn in the theme's text colour: some pixel of it has that colour.
        const QImage image = icon.pixmap(24, 24).toImage();
        const QColor text = window.palette().color(QPalette::WindowText);
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y).alpha() == 255 && image.pixelColor(x, y).rgb() == text.rgb();
        QVERIFY2(found, qPrintable(window.navigation()->item(i)->text()));
    }
}

void TestShell::menuTextsShowTheirAmpersands()
{
    WorkspaceSession session;
    MainWindow window(&session);
    // "Providers & Models" must not become "Providers _Models": a lone & is a mnemonic.
    QMenu *go = menu(window, QStringLiteral("Go"));
    QVERIFY(go);
    QCOMPARE(go->actions().at(1)->text(), QStringLiteral("Providers && Models"));
    for (QAction *top : window.menuBar()->actions())
        for (QAction *a : top->menu()->actions()) {
            const QString text = a->text();
            QVERIFY2(!QString(text).remove(QStringLiteral("&&")).contains(QStringLiteral("& ")), qPrintable(text));
        }
}

void TestShell::fileMenuOpensAndRemembersWorkspaces()
{
    recent::clear();
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QMenu *file = menu(window, QStringLiteral("File"));
    QVERIFY(file);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("newWorkspace")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("openWorkspace")));
    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("recentWorkspaces"));
    QVERIFY(recentMenu);

    // New workspace: a file name in the dialog, an empty workspace opened at it.
    window.findChild<QAction *>(QStringLiteral("newWorkspace"))->trigger();
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("newWorkspaceDialog"));
    QVERIFY(dialog);
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.switchyard"));
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    emit dialog->fileSelected(fresh);
    dialog->close();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QCOMPARE(session.path(), fresh);
    QVERIFY(QFile::exists(fresh));
    QCOMPARE(window.providerModel()->rowCount(), 0);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("fresh")));

    // A second workspace, then back to the first through Open recent.
    const QString demo = m_dir.filePath(QStringLiteral("demo.switchyard"));
    session.open(demo, true);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10000);
    QCOMPARE(recent::workspaces(), (QStringList{demo, fresh}));
    emit recentMenu->aboutToShow();
    QAction *back = nullptr;
    for (QAction *a : recentMenu->actions())
        if (a->toolTip() == fresh)
            back = a;
    QVERIFY(back);
    back->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 3, 10000);
    QCOMPARE(session.path(), fresh);
    QCOMPARE(recent::workspaces().front(), fresh);
}

void TestShell::helpMenuHasTheGuideAndAbout()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QMenu *help = menu(window, QStringLiteral("Help"));
    QVERIFY(help);
    QAction *guide = nullptr, *about = nullptr;
    for (QAction *a : help->actions()) {
        if (a->text().remove(u'&') == u"User guide")
            guide = a;
        if (a->text().remove(u'&') == u"About Switchyard")
            about = a;
    }
    QVERIFY(guide && about);
    guide->trigger();
    auto *guideDialog = window.findChild<UserGuideDialog *>();
    QVERIFY(guideDialog && guideDialog->isVisible());
    QVERIFY(guideDialog->browser()->toPlainText().contains(QStringLiteral("Providers & Models")));
    guideDialog->close();
    about->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(box->text().contains(QStringLiteral("Switchyard 9.8.7"))); // the version set in initTestCase
    QVERIFY(box->text().contains(QStringLiteral("GNU General Public License")));
    QVERIFY(box->text().contains(QStringLiteral("QCustomPlot")));
    box->close();
}

void TestShell::paletteHoldsEveryActionOnce_data()
{
    QTest::addColumn<QString>("action");
    for (const char *name : {"Add provider…", "New replay…", "Demo traffic", "Export policy…", "Export run…", "Export JSONL…",
                             "Theme: Dark", "Theme: Light", "New workspace…", "Open workspace…", "About Switchyard", "User guide",
                             "Start proxy", "Save policy"})
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestShell::paletteHoldsEveryActionOnce()
{
    QFETCH(QString, action);
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    window.showCommandPalette();
    auto *palette = window.findChild<CommandPalette *>();
    QVERIFY(palette);
    // An empty search lists everything, each name once.
    QVERIFY(palette->searchEdit()->text().isEmpty());
    QStringList names;
    for (int i = 0; i < palette->list()->count(); ++i)
        names.append(palette->list()->item(i)->text().section(QStringLiteral(" › "), 1).section(QStringLiteral("    "), 0, 0));
    QCOMPARE(names.size(), window.paletteActions().size());
    QStringList twice = names;
    twice.removeDuplicates();
    QCOMPARE(twice.size(), names.size());
    QVERIFY2(names.contains(action), qPrintable(names.join(QStringLiteral(" | "))));
    palette->reject();
}

void TestShell::paletteRunsAButtonOnItsPage()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("palette.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 6, 10000);
    window.navigation()->setCurrentRow(0);
    window.showCommandPalette();
    auto *palette = window.findChild<CommandPalette *>();
    QTest::keyClicks(palette->searchEdit(), QStringLiteral("new replay"));
    QCOMPARE(palette->list()->count(), 1);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    // The replay page is shown and its New replay dialog opened.
    QCOMPARE(window.pages()->currentWidget(), window.promptSetsPage());
    QTRY_VERIFY(window.promptSetsPage()->replayPage()->isVisible());
    QTRY_VERIFY(!window.findChildren<QDialog *>().isEmpty());
    for (QDialog *d : window.findChildren<QDialog *>())
        d->reject();
}

void TestShell::trayIconShowsTheProxyState()
{
    // Each state has its own icon: the corner dot differs.
    const auto dot = [](TrayController::State state) { return TrayController::iconFor(state).pixmap(32, 32).toImage().pixelColor(25, 25); };
    QVERIFY(dot(TrayController::State::Stopped) != dot(TrayController::State::Serving));
    QVERIFY(dot(TrayController::State::Serving) != dot(TrayController::State::Errors));
    QVERIFY(dot(TrayController::State::Errors).red() > 150 && dot(TrayController::State::Errors).green() < 100);
    QVERIFY(dot(TrayController::State::Serving).green() > 150 && dot(TrayController::State::Serving).red() < 100);

    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("tray.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    TrayController *tray = window.tray();
    QCOMPARE(tray->state(), TrayController::State::Stopped);
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    window.liveTrafficPage()->startProxy();
    QTRY_COMPARE_WITH_TIMEOUT(tray->state(), TrayController::State::Serving, 10000);
    // A failed request turns it red: the demo's "fast" route is fine, a model nobody serves is not.
    RequestLogEntry failed;
    failed.timestampMs = QDateTime::currentMSecsSinceEpoch();
    failed.status = 502;
    emit window.proxy()->requestsFinished({failed});
    QCOMPARE(tray->state(), TrayController::State::Errors);
    window.proxy()->stop();
    QCOMPARE(tray->state(), TrayController::State::Stopped);
}

void TestShell::quittingAServingProxyAsks()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("quit.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    window.liveTrafficPage()->startProxy();
    QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->isRunning(), 10000);
    // Ctrl+Q, File ▸ Quit and the tray's Quit all ask; Cancel keeps serving.
    QAction *quit = window.findChild<QAction *>(QStringLiteral("quit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    quit->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("confirmQuit"));
    QVERIFY(box);
    QVERIFY(box->text().contains(window.proxy()->baseUrl()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("confirmQuit")));
    QVERIFY(window.proxy()->isRunning());
    window.tray()->menu()->findChild<QAction *>(QStringLiteral("trayQuit"))->trigger();
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("confirmQuit")));
    window.findChild<QMessageBox *>(QStringLiteral("confirmQuit"))->button(QMessageBox::Cancel)->click();
    QVERIFY(window.proxy()->isRunning());
    window.proxy()->stop();
}

void TestShell::trayAndLaunchSettings()
{
    {
        WorkspaceSession session;
        MainWindow window(&session);
        QVERIFY(window.settingsPage()->closeToTrayChoice()->isChecked()); // the default
        QVERIFY(!window.settingsPage()->startProxyChoice()->isChecked());
        window.settingsPage()->startProxyChoice()->setChecked(true);
        window.show();
        session.open(m_dir.filePath(QStringLiteral("launch.switchyard")), true);
        QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
        // The setting was off when this window started... but on at its first load: it serves.
        QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->isRunning(), 10000);
        QVERIFY(!SettingsPage::lastServedPolicy().isEmpty());
        window.proxy()->stop();
    }
    QVERIFY(SettingsPage::startProxyOnLaunch());
    // Once told that the proxy keeps running in the tray, never again.
    WorkspaceSession session;
    MainWindow window(&session);
    QSignalSpy notified(window.tray(), &TrayController::notified);
    window.tray()->tellKeptRunning();
    window.tray()->tellKeptRunning();
    QCOMPARE(notified.count(), 1);
    SettingsPage::setLastServedPolicy(QString());
    window.settingsPage()->startProxyChoice()->setChecked(false);
}

void TestShell::policyBoxFollowsTheServedPolicy()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("served.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    LiveTrafficPage *live = window.liveTrafficPage();
    QComboBox *box = live->policyChooser();
    live->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    live->servePolicy(QStringLiteral("cheap-first"));
    QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->isRunning(), 10000);
    QCOMPARE(box->currentData(PolicyListModel::NameRole).toString(), QStringLiteral("cheap-first"));
    const int other = box->findData(QStringLiteral("local-first-burst"), PolicyListModel::NameRole);
    QVERIFY(other >= 0);
    // Choosing another asks; until then (and after Cancel) the box shows what is served.
    box->setCurrentIndex(other);
    emit box->activated(other);
    auto *question = live->findChild<QMessageBox *>(QStringLiteral("switchPolicyQuestion"));
    QVERIFY(question);
    QCOMPARE(box->currentData(PolicyListModel::NameRole).toString(), QStringLiteral("cheap-first"));
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(window.proxy()->policy().name, QStringLiteral("cheap-first"));
    box->setCurrentIndex(other);
    emit box->activated(other);
    question = live->findChild<QMessageBox *>(QStringLiteral("switchPolicyQuestion"));
    QVERIFY(question);
    for (QAbstractButton *b : question->buttons())
        if (question->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->policy().name, QStringLiteral("local-first-burst"), 10000);
    QCOMPARE(box->currentData(PolicyListModel::NameRole).toString(), QStringLiteral("local-first-burst"));
    // A switch from elsewhere (the tray) moves the box too.
    live->servePolicy(QStringLiteral("ab-standard-vs-claude"));
    QTRY_COMPARE_WITH_TIMEOUT(box->currentData(PolicyListModel::NameRole).toString(), QStringLiteral("ab-standard-vs-claude"), 10000);
    window.proxy()->stop();
}

void TestShell::activatingSaysWhatItDid()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("activate.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    ReplayPage *replay = window.promptSetsPage()->replayPage();
    emit replay->activateRequested(QStringLiteral("cheap-first"));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("started the proxy")), 10000);
    QVERIFY(window.statusBar()->currentMessage().contains(window.proxy()->baseUrl()));
    QVERIFY(replay->statusLabel()->text().contains(QStringLiteral("cheap-first")));
    emit replay->activateRequested(QStringLiteral("local-first-burst"));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("now serves it")), 10000);
    window.proxy()->stop();
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
