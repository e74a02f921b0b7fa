// The first run: the welcome page's three paths (the guided demo tour, a provider by form or
// found on this machine, a policy import) and the empty pages that say what to do next.
#include <QCheckBox>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "demo/DemoWorkspace.h"
#include "dialogs/ProviderDialog.h"
#include "mock/MockProvider.h"
#include "models/LiveTrafficModel.h"
#include "models/ProviderModelTableModel.h"
#include "pages/LiveTrafficPage.h"
#include "pages/PoliciesPage.h"
#include "pages/PromptSetsPage.h"
#include "pages/ProvidersPage.h"
#include "pages/WelcomePage.h"
#include "proxy/ProxyService.h"
#include "replayview/ReplayPage.h"
#include "session/WorkspaceSession.h"
#include "shell/DemoTour.h"
#include "shell/MainWindow.h"
#include "widgets/EmptyState.h"

using namespace sy;

class TestWelcome : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartShowsTheWelcomePage();
    void localServersAreFoundAndAdded();
    void noLocalServerSaysWhereItLooked();
    void importAndProviderPathsOpenTheirForms();
    void emptyPagesSayWhatToDo_data();
    void emptyPagesSayWhatToDo();
    void theTourEndsWithTrafficAndAChart();

private:
    QTemporaryDir m_dir;
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the demo workspace goes to a test folder
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QFile::remove(DemoWorkspace::defaultPath());
}

void TestWelcome::firstStartShowsTheWelcomePage()
{
    {
        WorkspaceSession session;
        MainWindow window(&session);
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
        QCOMPARE(window.navigation()->currentRow(), 0);
        QVERIFY(window.welcomePage()->showAtStartBox()->isChecked());
        window.welcomePage()->showAtStartBox()->setChecked(false);
        window.showPage(window.policiesPage());
        window.close();
    }
    QVERIFY(!WelcomePage::showAtStart());
    {
        WorkspaceSession session;
        MainWindow window(&session);
        QCOMPARE(window.pages()->currentWidget(), window.policiesPage()); // the page last shown
    }
    QSettings().remove(QStringLiteral("welcome/showAtStart"));
}

void TestWelcome::localServersAreFoundAndAdded()
{
    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("llama3.2:3b"), 1, 1000, 5), MockModel::steady(QStringLiteral("qwen2.5:7b"), 1, 1000, 5)};
    MockServer ollama(config);
    QVERIFY(ollama.listen());
    WorkspaceSession session;
    MainWindow window(&session);
    session.open(m_dir.filePath(QStringLiteral("fresh.switchyard")), false);
    QTRY_VERIFY_WITH_TIMEOUT(session.workspace(), 10000);
    WelcomePage *page = window.welcomePage();
    page->setScanTargets({{QStringLiteral("ollama"), QStringLiteral("Ollama (local)"), ollama.baseUrl()}});
    QTest::mouseClick(page->scanButton(), Qt::LeftButton);
    QVERIFY(!page->scanButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->scanResultLabel()->text().contains(QStringLiteral("Found 1 server")), 5000);
    auto *add = page->findChild<QPushButton *>(QStringLiteral("addFound_ollama"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!add->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 2, 10000); // its two models, ready to route to
    QCOMPARE(window.providerModel()->index(0, 0).data().toString(), QStringLiteral("ollama"));
}

void TestWelcome::noLocalServerSaysWhereItLooked()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    WelcomePage page;
    page.setScanTargets({{QStringLiteral("llamacpp"), QStringLiteral("llama.cpp server (local)"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port)}});
    page.scanLocalServers();
    QTRY_VERIFY_WITH_TIMEOUT(page.scanResultLabel()->text().contains(QStringLiteral("No model server answered")), 5000);
    QVERIFY(page.scanResultLabel()->text().contains(QString::number(port)));
    QVERIFY(page.scanButton()->isEnabled());
}

void TestWelcome::importAndProviderPathsOpenTheirForms()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QTest::mouseClick(window.welcomePage()->importButton(), Qt::LeftButton);
    QCOMPARE(window.pages()->currentWidget(), window.policiesPage());
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = window.policiesPage()->findChild<QFileDialog *>(QStringLiteral("importPolicyDialog"))));
    files->reject();
    window.showPage(window.welcomePage());
    QTest::mouseClick(window.welcomePage()->addProviderButton(), Qt::LeftButton);
    QCOMPARE(window.pages()->currentWidget(), window.providersPage());
    ProviderDialog *form = nullptr;
    QTRY_VERIFY((form = window.providersPage()->findChild<ProviderDialog *>()));
    form->reject();
}

void TestWelcome::emptyPagesSayWhatToDo_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("hint");
    QTest::newRow("providers") << QStringLiteral("providers") << QStringLiteral("Add provider");
    QTest::newRow("policies") << QStringLiteral("policies") << QStringLiteral("Import");
    QTest::newRow("prompt sets") << QStringLiteral("promptsets") << QStringLiteral("Import");
    QTest::newRow("replays") << QStringLiteral("replays") << QStringLiteral("New replay");
}

void TestWelcome::emptyPagesSayWhatToDo()
{
    QFETCH(QString, page);
    QFETCH(QString, hint);
    WorkspaceSession session;
    MainWindow window(&session);
    window.resize(1024, 700);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("empty-%1.switchyard").arg(page)), false);
    QTRY_VERIFY_WITH_TIMEOUT(session.workspace(), 10000);
    QWidget *shown = page == u"providers" ? static_cast<QWidget *>(window.providersPage())
                     : page == u"policies" ? static_cast<QWidget *>(window.policiesPage())
                                           : static_cast<QWidget *>(window.promptSetsPage());
    window.showPage(shown);
    if (page == u"replays")
        window.promptSetsPage()->tabs()->setCurrentWidget(window.promptSetsPage()->replayPage());
    QWidget *scope = page == u"replays" ? static_cast<QWidget *>(window.promptSetsPage()->replayPage()) : shown;
    EmptyState *state = nullptr;
    for (EmptyState *s : scope->findChildren<EmptyState *>())
        if (s->isVisibleTo(&window))
            state = s;
    QVERIFY2(state, "an empty page shows what to do");
    QVERIFY2(state->text().contains(hint), qPrintable(state->text()));
    QVERIFY(state->width() > 100 && state->height() > 10);
}

void TestWelcome::theTourEndsWithTrafficAndAChart()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.resize(1024, 700);
    window.show();
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    window.liveTrafficPage()->setDemoTrafficRate(20);
    QTest::mouseClick(window.welcomePage()->tourButton(), Qt::LeftButton);
    auto *tour = window.findChild<DemoTour *>();
    QVERIFY(tour);
    QVERIFY(tour->isVisible());
    // Each step: reached and ready (Next enabled), checked, then Next.
    const auto reach = [&](DemoTour::Step expected, int timeoutMs) {
        QTRY_VERIFY_WITH_TIMEOUT(tour->step() == expected && tour->nextButton()->isEnabled(), timeoutMs);
        QVERIFY(window.rect().contains(tour->geometry())); // the card stays inside the window
    };
    reach(DemoTour::Policy, 20000); // the demo workspace opened and seeded first
    QCOMPARE(session.path(), DemoWorkspace::defaultPath());
    QCOMPARE(window.pages()->currentWidget(), window.policiesPage());
    QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
    reach(DemoTour::Serving, 15000);
    QCOMPARE(window.pages()->currentWidget(), window.liveTrafficPage());
    QVERIFY(window.proxy()->isRunning());
    QCOMPARE(window.proxy()->policy().name, QStringLiteral("cheap-first"));
    QVERIFY(tour->textLabel()->text().contains(window.proxy()->baseUrl()));
    QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
    reach(DemoTour::Traffic, 20000);
    QVERIFY(window.liveTrafficPage()->model()->rowCount() >= 5);
    QVERIFY(window.liveTrafficPage()->table()->currentIndex().isValid()); // a request selected, its decision shown
    QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
    reach(DemoTour::Replay, 90000);
    ReplayPage *replay = window.promptSetsPage()->replayPage();
    QVERIFY(!replay->isRunning());
    QVERIFY(replay->isVisible());
    QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
    reach(DemoTour::Chart, 5000);
    QCOMPARE(replay->tabs()->currentIndex(), replay->tabs()->count() - 1);
    QVERIFY(replay->isVisible());
    QTest::mouseClick(tour->nextButton(), Qt::LeftButton); // Finish
    QVERIFY(!tour->isVisible());
    // It ends with traffic still flowing and the chart on screen.
    const int rows = window.liveTrafficPage()->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(window.liveTrafficPage()->model()->rowCount() > rows, 10000);
    QVERIFY(window.liveTrafficPage()->demoTrafficButton()->isChecked());
    window.liveTrafficPage()->demoTrafficButton()->setChecked(false);
    window.liveTrafficPage()->stopProxy();
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
