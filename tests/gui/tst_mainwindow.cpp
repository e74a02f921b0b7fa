#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/PolicyListModel.h"
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
