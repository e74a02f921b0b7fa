#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTextBrowser>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/LiveTrafficModel.h"
#include "models/PolicyListModel.h"
#include "pages/LiveTrafficPage.h"
#include "proxy/ProxyService.h"
#include "models/ProviderModelTableModel.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceSession.h"

using namespace sy;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensDemoWorkspaceWithoutBlocking();
    void navigatesWithKeyboardAndRestoresPage();
    void badWorkspaceReportsError();
    void liveTrafficShowsProxiedRequests();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestMainWindow::opensDemoWorkspaceWithoutBlocking()
{
    WorkspaceSession session;
    MainWindow window(&session);
    QAbstractItemModelTester providerTester(window.providerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester policyTester(window.policyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(m_dir.filePath(QStringLiteral("demo.switchyard")), true);
    QCOMPARE(opened.count(), 0); // opening runs in the background
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 6, 10000);
    QTRY_COMPARE(window.policyModel()->rowCount(), 3);
    QVERIFY(session.simulatorUrl().startsWith(QStringLiteral("http://127.0.0.1:")));

    // The policies page shows the selected policy's file, loaded in the background.
    window.navigation()->setCurrentRow(1);
    auto *editor = window.findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("\"format\": \"switchyard.policy\"")));
}

void TestMainWindow::navigatesWithKeyboardAndRestoresPage()
{
    {
        WorkspaceSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentIndex(), 1);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        window.close();
    }
    WorkspaceSession session;
    MainWindow window(&session);
    QCOMPARE(window.pages()->currentIndex(), 1); // restored from QSettings
}

void TestMainWindow::badWorkspaceReportsError()
{
    WorkspaceSession session;
    QSignalSpy failed(&session, &WorkspaceSession::failed);
    const QString path = m_dir.filePath(QStringLiteral("junk.switchyard"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database at all, ").repeated(200));
    f.close();
    session.open(path, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(failed.first().first().toString().contains(path));
}

void TestMainWindow::liveTrafficShowsProxiedRequests()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("live.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    LiveTrafficPage *page = window.liveTrafficPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentWidget(), page);

    // Choose the cheap-first policy, a free port, and start with the mouse.
    page->policyChooser()->setCurrentIndex(page->policyChooser()->findText(QStringLiteral("cheap-first"), Qt::MatchStartsWith));
    QVERIFY(page->policyChooser()->currentIndex() >= 0);
    page->listenEdit()->clear();
    QTest::keyClicks(page->listenEdit(), QStringLiteral("127.0.0.1:0"));
    QSignalSpy started(window.proxy(), &ProxyService::started);
    QTest::mouseClick(page->startStopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QCOMPARE(page->startStopButton()->text(), QStringLiteral("Stop proxy"));
    QVERIFY(!page->listenEdit()->isEnabled());

    // A real HTTP client through the proxy to the simulated providers.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(window.proxy()->baseUrl() + QStringLiteral("/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("x-switchyard-client", "gui-test");
    QNetworkReply *reply = nam.post(req, R"({"model": "fast", "messages": [{"role": "user", "content": "Say hello."}]})");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
    QCOMPARE(page->model()->entry(0).status, status);
    QCOMPARE(page->model()->entry(0).client, QStringLiteral("gui-test"));
    QCOMPARE(page->model()->entry(0).route, QStringLiteral("fast"));

    // Selecting the row shows its details.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Down);
    page->table()->selectRow(0);
    auto *details = page->findChild<QTextBrowser *>();
    QVERIFY(details);
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Decision trace")));

    QSignalSpy stopped(window.proxy(), &ProxyService::stopped);
    QTest::mouseClick(page->startStopButton(), Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(page->startStopButton()->text(), QStringLiteral("Start proxy"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
