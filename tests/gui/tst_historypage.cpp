// The History page: ranges, totals, breakdowns, charts and its empty state, on a real workspace.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "charts/ChartWidget.h"
#include "models/HistoryBreakdownModel.h"
#include "pages/HistoryPage.h"
#include "session/WorkspaceSession.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

class TestHistoryPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyLogSaysWhatToDo();
    void rangesPickTheirRequests_data();
    void rangesPickTheirRequests();
    void breakdownFollowsTheDimension_data();
    void breakdownFollowsTheDimension();
    void customRangeThatEndsBeforeItStarts();

private:
    void waitForReport(HistoryPage &page);
    QTemporaryDir m_dir;
    qint64 m_now = 0;
    WorkspaceSession m_session;
    WorkspaceSession m_emptySession;
};

namespace {
RequestLogEntry entry(qint64 ts, const char *route, const char *model, const char *client, int status, double cost)
{
    RequestLogEntry e;
    e.timestampMs = ts;
    e.route = QString::fromLatin1(route);
    e.model = QString::fromLatin1(model);
    e.client = QString::fromLatin1(client);
    e.status = status;
    e.latencyMs = 100;
    e.inputTokens = 10;
    e.outputTokens = 20;
    e.costUsd = cost;
    return e;
}
} // namespace

void TestHistoryPage::initTestCase()
{
    QSignalSpy opened(&m_session, &WorkspaceSession::opened);
    QSignalSpy openedEmpty(&m_emptySession, &WorkspaceSession::opened);
    m_session.open(m_dir.filePath(QStringLiteral("h.switchyard")), false);
    m_emptySession.open(m_dir.filePath(QStringLiteral("empty.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(openedEmpty.count(), 1, 10000);
    // Ten minutes ago: 3 on "fast" (one failing), 1 on "strong"; three hours ago: 5 on "fast";
    // two days ago: 2 on "strong".
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_now = now;
    const qint64 minute = 60 * 1000;
    std::vector<RequestLogEntry> rows{entry(now - 10 * minute, "fast", "small", "app", 200, 0.01),
                                      entry(now - 10 * minute, "fast", "small", "app", 200, 0.01),
                                      entry(now - 9 * minute, "fast", "small", "agent", 502, 0),
                                      entry(now - 8 * minute, "strong", "big", "agent", 200, 0.5)};
    for (int i = 0; i < 5; ++i)
        rows.push_back(entry(now - 180 * minute, "fast", "small", "app", 200, 0.01));
    rows.push_back(entry(now - 48 * 60 * minute, "strong", "big", "app", 200, 0.5));
    rows.push_back(entry(now - 48 * 60 * minute, "strong", "big", "app", 200, 0.5));
    QSignalSpy written(this, &QObject::objectNameChanged);
    m_session.workspace()->write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); }, this,
                                 [this](const QString &error) { setObjectName(error.isEmpty() ? QStringLiteral("ok") : error); });
    QTRY_COMPARE_WITH_TIMEOUT(objectName(), QStringLiteral("ok"), 10000);
}

void TestHistoryPage::waitForReport(HistoryPage &page)
{
    QSignalSpy loaded(&page, &HistoryPage::loaded);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
}

void TestHistoryPage::emptyLogSaysWhatToDo()
{
    HistoryPage page(&m_emptySession);
    waitForReport(page);
    QCOMPARE(page.report().totals.requests, 0);
    QVERIFY2(page.stateLabel()->text().contains(QStringLiteral("Live Traffic")), qPrintable(page.stateLabel()->text()));
    QVERIFY(page.totalsLabel()->text().isEmpty());
    QVERIFY(page.requestsChart()->isShowingEmptyText());
    QCOMPARE(page.breakdown()->rowCount(), 0);
}

void TestHistoryPage::rangesPickTheirRequests_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("errors");
    QTest::newRow("15 minutes") << int(HistoryPage::Range::Last15Minutes) << qint64(4) << qint64(1);
    QTest::newRow("hour") << int(HistoryPage::Range::LastHour) << qint64(4) << qint64(1);
    QTest::newRow("day") << int(HistoryPage::Range::LastDay) << qint64(9) << qint64(1);
    QTest::newRow("week") << int(HistoryPage::Range::LastWeek) << qint64(11) << qint64(1);
    // Today and this month start at local midnight and the 1st: which rows fall inside depends on the clock.
    const qint64 minute = 60 * 1000;
    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 first = QDateTime(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
    const auto inside = [&](qint64 from) {
        qint64 n = 0;
        for (const auto &[ago, count] : {std::pair{10 * minute, 4}, std::pair{180 * minute, 5}, std::pair{48 * 60 * minute, 2}})
            n += m_now - ago >= from ? count : 0;
        return n;
    };
    if (inside(midnight) > 0)
        QTest::newRow("today") << int(HistoryPage::Range::Today) << inside(midnight) << qint64(1);
    if (inside(first) > 0)
        QTest::newRow("this month") << int(HistoryPage::Range::ThisMonth) << inside(first) << qint64(1);
}

void TestHistoryPage::rangesPickTheirRequests()
{
    QFETCH(int, range);
    QFETCH(qint64, requests);
    QFETCH(qint64, errors);
    HistoryPage page(&m_session);
    QSignalSpy loaded(&page, &HistoryPage::loaded);
    page.setRange(HistoryPage::Range(range));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QCOMPARE(page.report().totals.requests, requests);
    QCOMPARE(page.report().totals.errors, errors);
    const QString totals = page.totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("<b>%1</b> requests").arg(requests)), qPrintable(totals));
    QVERIFY(totals.contains(QStringLiteral("p95")));
    QVERIFY(!page.requestsChart()->isShowingEmptyText());
    QCOMPARE(page.requestsChart()->pointCount(0), 60); // one point a bucket
    QCOMPARE(page.spendChart()->pointCount(0), 60);
}

void TestHistoryPage::breakdownFollowsTheDimension_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("keys"); // most requests first
    QTest::newRow("route") << int(HistoryDimension::Route) << QStringLiteral("Route") << QStringList{QStringLiteral("fast"), QStringLiteral("strong")};
    QTest::newRow("model") << int(HistoryDimension::Model) << QStringLiteral("Model") << QStringList{QStringLiteral("small"), QStringLiteral("big")};
    QTest::newRow("client") << int(HistoryDimension::Client) << QStringLiteral("Client") << QStringList{QStringLiteral("agent"), QStringLiteral("app")};
    QTest::newRow("arm") << int(HistoryDimension::Arm) << QStringLiteral("A/B arm") << QStringList{QStringLiteral("(none)")};
    QTest::newRow("virtual key") << int(HistoryDimension::Key) << QStringLiteral("Virtual key") << QStringList{QStringLiteral("(none)")};
}

void TestHistoryPage::breakdownFollowsTheDimension()
{
    QFETCH(int, dimension);
    QFETCH(QString, title);
    QFETCH(QStringList, keys);
    HistoryPage page(&m_session);
    QAbstractItemModelTester tester(page.breakdown(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForReport(page);
    page.setDimension(HistoryDimension(dimension));
    QAbstractItemModel *shown = page.table()->model();
    QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), title);
    QCOMPARE(shown->rowCount(), keys.size());
    // Sorted by requests, most first; "agent" and "app" tie at two and keep their order.
    for (int row = 0; row < keys.size(); ++row)
        QCOMPARE(shown->index(row, HistoryBreakdownModel::Key).data().toString(), keys[row]);
    // Sorting by spend goes by the figure, not its text.
    page.table()->sortByColumn(HistoryBreakdownModel::Spend, Qt::DescendingOrder);
    for (int row = 1; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row - 1, HistoryBreakdownModel::Spend).data(HistoryBreakdownModel::SortRole).toDouble()
                >= shown->index(row, HistoryBreakdownModel::Spend).data(HistoryBreakdownModel::SortRole).toDouble());
}

void TestHistoryPage::customRangeThatEndsBeforeItStarts()
{
    HistoryPage page(&m_session);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy loaded(&page, &HistoryPage::loaded);
    page.setCustomRange(now - 3600 * 1000 * 4, now - 3600 * 1000 * 2); // only the five from three hours ago
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QCOMPARE(page.report().totals.requests, 5);
    page.setCustomRange(now, now - 1000);
    QVERIFY(page.stateLabel()->text().contains(QStringLiteral("ends before it starts")));
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
