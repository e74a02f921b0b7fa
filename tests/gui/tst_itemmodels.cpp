#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/CandidateSummaryModel.h"
#include "models/CompareMatrixModel.h"
#include "models/LiveTrafficModel.h"
#include "models/PolicyListModel.h"
#include "models/TrafficSeries.h"
#include "models/ProviderModelTableModel.h"
#include "policy/PolicyReader.h"

using namespace sy;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void providerTable();
    void policyList();
    void liveTrafficKeepsTheNewest();
    void liveTrafficFilter_data();
    void liveTrafficFilter();
    void trafficSeries();
    void compareMatrixFillsAsCellsArrive();
    void compareFilters_data();
    void compareFilters();
    void candidateSummariesWithBaseline();
};

namespace {

RequestLogEntry logEntry(int i, int status = 200, const QString &route = QStringLiteral("auto"))
{
    RequestLogEntry e;
    e.timestampMs = 1764000000000 + i;
    e.route = route;
    e.model = QStringLiteral("m%1").arg(i % 3);
    e.provider = QStringLiteral("sim");
    e.client = i % 2 ? QStringLiteral("team-a") : QStringLiteral("team-b");
    e.status = status;
    e.latencyMs = 100 + i;
    e.ttftMs = status == 200 ? 40 : -1;
    e.inputTokens = 10;
    e.outputTokens = i;
    e.costUsd = 0.000123;
    e.error = status == 200 ? QString() : QStringLiteral("upstream answered %1").arg(status);
    return e;
}

} // namespace

void TestItemModels::providerTable()
{
    ProviderModelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Diagnostics d;
    const auto policy = PolicyReader::fromFile(QStringLiteral(":/demo/policies/cheap-first.json"), d);
    QVERIFY(policy);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProviders(policy->providers);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ProviderModelTableModel::ColumnCount));
    QCOMPARE(model.index(0, ProviderModelTableModel::Model).data().toString(), QStringLiteral("sim-mini"));
    QCOMPARE(model.index(0, ProviderModelTableModel::InputPrice).data(Qt::EditRole).toDouble(), 0.15);
    QVERIFY(model.index(0, ProviderModelTableModel::Capabilities).data().toString().contains(QStringLiteral("tools")));
    QVERIFY(!model.index(1, ProviderModelTableModel::CachedPrice).data().isValid()); // sim-standard has no cached price
    model.setProviders({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::policyList()
{
    PolicyListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPolicies({{QStringLiteral("a"), 3, false}, {QStringLiteral("b"), 1, true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(PolicyListModel::NameRole).toString(), QStringLiteral("b"));
    QVERIFY(model.index(1).data().toString().contains(QStringLiteral("active")));
    QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(0).data(PolicyListModel::VersionRole).toInt(), 3);
}

void TestItemModels::liveTrafficKeepsTheNewest()
{
    LiveTrafficModel model(nullptr, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    std::vector<RequestLogEntry> batch;
    for (int i = 0; i < 6; ++i)
        batch.push_back(logEntry(i));
    model.append(batch);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 1); // one batch, one insertion
    batch.clear();
    for (int i = 6; i < 14; ++i)
        batch.push_back(logEntry(i, i == 13 ? 502 : 200));
    model.append(batch);
    QCOMPARE(model.rowCount(), 10); // capacity: the four oldest went
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.entry(0).outputTokens, 4);
    QCOMPARE(model.entry(9).status, 502);
    QCOMPARE(model.index(9, LiveTrafficModel::Model).data().toString(), QStringLiteral("sim/m1"));
    QCOMPARE(model.index(9, LiveTrafficModel::Ttft).data().toString(), QString()); // no first token
    QCOMPARE(model.index(9, LiveTrafficModel::Tokens).data().toString(), QStringLiteral("10 / 13"));
    QVERIFY(model.index(9, LiveTrafficModel::Status).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(8, LiveTrafficModel::Status).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(9, LiveTrafficModel::Route).data(Qt::ToolTipRole).toString(), QStringLiteral("upstream answered 502"));
    batch.clear();
    for (int i = 100; i < 125; ++i) // a batch larger than the capacity keeps its newest
        batch.push_back(logEntry(i));
    model.append(batch);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.entry(0).outputTokens, 115);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::liveTrafficFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << int(LiveTrafficFilter::StatusFilter::All) << 8;
    QTest::newRow("errors only") << QString() << int(LiveTrafficFilter::StatusFilter::Errors) << 2;
    QTest::newRow("successes only") << QString() << int(LiveTrafficFilter::StatusFilter::Success) << 6;
    QTest::newRow("by client") << QStringLiteral("TEAM-A") << int(LiveTrafficFilter::StatusFilter::All) << 4;
    QTest::newRow("by route and model") << QStringLiteral("ab m1") << int(LiveTrafficFilter::StatusFilter::All) << 1;
    QTest::newRow("by error text") << QStringLiteral("answered 429") << int(LiveTrafficFilter::StatusFilter::Errors) << 1;
    QTest::newRow("nothing") << QStringLiteral("no-such-thing") << int(LiveTrafficFilter::StatusFilter::All) << 0;
}

void TestItemModels::liveTrafficFilter()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(int, rows);
    LiveTrafficModel model;
    LiveTrafficFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<RequestLogEntry> batch;
    for (int i = 0; i < 8; ++i)
        batch.push_back(logEntry(i, i == 3 ? 429 : i == 6 ? 500 : 200, i == 4 ? QStringLiteral("ab-test") : QStringLiteral("auto")));
    model.append(batch);
    filter.setSearchText(search);
    filter.setStatusFilter(LiveTrafficFilter::StatusFilter(status));
    QCOMPARE(filter.rowCount(), rows);
    filter.sort(LiveTrafficModel::Latency, Qt::DescendingOrder); // numbers sort as numbers
    if (rows > 1)
        QVERIFY(filter.index(0, LiveTrafficModel::Latency).data(LiveTrafficModel::SortRole).toDouble() >
                filter.index(1, LiveTrafficModel::Latency).data(LiveTrafficModel::SortRole).toDouble());
}

void TestItemModels::trafficSeries()
{
    TrafficSeries series(2);
    const qint64 t0 = 1764000000;
    std::vector<RequestLogEntry> batch;
    for (int i = 0; i < 10; ++i) { // ten requests finishing in second t0, latencies 10..100 ms
        RequestLogEntry e = logEntry(i);
        e.timestampMs = t0 * 1000;
        e.latencyMs = 10 * (i + 1);
        e.model = i < 4 ? QStringLiteral("a") : QStringLiteral("b");
        e.costUsd = 0.5;
        batch.push_back(e);
    }
    batch.push_back(logEntry(0, 503)); // an error, finishing long before: counted now, charted late
    batch.back().timestampMs = (t0 + 2) * 1000;
    batch.back().latencyMs = 400;
    batch.back().costUsd = 0;
    series.add(batch);
    QCOMPARE(series.requests(), 11);
    QCOMPARE(series.errors(), 1);
    QCOMPARE(series.spendByModel().value(QStringLiteral("a")), 2.0);
    QCOMPARE(series.spendByModel().value(QStringLiteral("b")), 3.0);
    QCOMPARE(series.spendTotal(), 5.0);
    auto points = series.takeFinishedSeconds(t0 + 3);
    QCOMPARE(points.size(), size_t(3)); // t0, an empty t0+1, t0+2
    QCOMPARE(points[0].second, double(t0));
    QCOMPARE(points[0].requestsPerSecond, 10.0);
    QCOMPARE(points[0].p50Ms, 50.0);
    QCOMPARE(points[0].p95Ms, 100.0);
    QCOMPARE(points[1].requestsPerSecond, 0.0);
    QCOMPARE(points[1].p95Ms, 100.0); // the 2-second window still sees t0
    QCOMPARE(points[2].requestsPerSecond, 1.0);
    QCOMPARE(points[2].p50Ms, 400.0); // t0 has left the window
    QVERIFY(series.takeFinishedSeconds(t0 + 3).empty()); // nothing new
}

QTEST_MAIN(TestItemModels)
namespace {

ReplayCell replayCell(int item, int candidate, const QString &response, double quality, bool passed, const QString &error = {})
{
    ReplayCell c;
    c.key = {item, candidate, 0};
    c.response = response;
    c.quality = quality;
    c.passed = passed;
    c.error = error;
    c.latencyMs = 100 + item;
    return c;
}

std::vector<PromptItem> promptItems(int n)
{
    std::vector<PromptItem> items;
    for (int i = 0; i < n; ++i) {
        PromptItem item;
        item.externalId = QStringLiteral("q%1").arg(i);
        item.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("question %1").arg(i)}}};
        item.reference = QString::number(i);
        items.push_back(item);
    }
    return items;
}

// Row 0: both right, same answer. Row 1: B fails. Row 2: A errors. Row 3: both right, different words.
std::vector<ReplayCell> comparedCells()
{
    return {replayCell(0, 0, QStringLiteral("0"), 1, true),          replayCell(0, 1, QStringLiteral("0"), 1, true),
            replayCell(1, 0, QStringLiteral("1"), 1, true),          replayCell(1, 1, QStringLiteral("7"), 0, false),
            replayCell(2, 0, QString(), 0, false, QStringLiteral("HTTP 500")), replayCell(2, 1, QStringLiteral("2"), 1, true),
            replayCell(3, 0, QStringLiteral("It is 3"), 1, true),    replayCell(3, 1, QStringLiteral("3 it is"), 1, true)};
}

} // namespace

void TestItemModels::compareMatrixFillsAsCellsArrive()
{
    CompareMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(promptItems(3), {QStringLiteral("a"), QStringLiteral("b")}, 2, {});
    QCOMPARE(model.rowCount(), 6); // 3 prompts × 2 repeats
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("b"));
    QCOMPARE(model.index(3, CompareMatrixModel::IdColumn).data().toString(), QStringLiteral("q1 #2"));
    QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("…"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ReplayCell c = replayCell(1, 0, QStringLiteral("1"), 0.75, true);
    c.key.repeat = 1;
    model.updateCell(c);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("✓ 0.75"));
    QVERIFY(model.cell(3, 0));
    QVERIFY(!model.cell(2, 0));
    ReplayCell outside = c;
    outside.key.item = 9;
    model.updateCell(outside); // not in the run: ignored
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.cells().size(), size_t(1));
}

void TestItemModels::compareFilters_data()
{
    QTest::addColumn<int>("show");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("all") << int(CompareFilterModel::Show::All) << QString() << QStringList{QStringLiteral("q0"), QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3")};
    QTest::newRow("failures") << int(CompareFilterModel::Show::Failures) << QString() << QStringList{QStringLiteral("q1")};
    QTest::newRow("errors") << int(CompareFilterModel::Show::Errors) << QString() << QStringList{QStringLiteral("q2")};
    QTest::newRow("different") << int(CompareFilterModel::Show::Different) << QString() << QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3")};
    QTest::newRow("search answers") << int(CompareFilterModel::Show::All) << QStringLiteral("IT IS") << QStringList{QStringLiteral("q3")};
    QTest::newRow("search and filter") << int(CompareFilterModel::Show::Different) << QStringLiteral("question 2") << QStringList{QStringLiteral("q2")};
}

void TestItemModels::compareFilters()
{
    QFETCH(int, show);
    QFETCH(QString, search);
    QFETCH(QStringList, ids);
    CompareMatrixModel model;
    CompareFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(promptItems(4), {QStringLiteral("a"), QStringLiteral("b")}, 1, comparedCells());
    filter.setShow(CompareFilterModel::Show(show));
    filter.setSearch(search);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, CompareMatrixModel::IdColumn).data().toString());
    QCOMPARE(shown, ids);
}

void TestItemModels::candidateSummariesWithBaseline()
{
    CandidateSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto summaries = ReplayAggregates::summarise(comparedCells(), 2);
    model.setSummaries({QStringLiteral("a"), QStringLiteral("b")}, summaries);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CandidateSummaryModel::MeanQuality).data().toString(), QStringLiteral("0.750"));
    QCOMPARE(model.index(0, CandidateSummaryModel::ErrorRate).data().toString(), QStringLiteral("25.0%"));
    QCOMPARE(model.index(1, CandidateSummaryModel::DeltaQuality).data().toString(), QStringLiteral("—"));
    CandidateSummary older = summaries[1];
    older.meanQuality = 0.5;
    older.latencyP95 += 40;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBaseline({QStringLiteral("b")}, {older});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, CandidateSummaryModel::DeltaQuality).data().toString(), QStringLiteral("+0.250"));
    QCOMPARE(model.index(1, CandidateSummaryModel::DeltaP95).data().toString(), QStringLiteral("-40"));
    QCOMPARE(model.index(0, CandidateSummaryModel::DeltaQuality).data().toString(), QStringLiteral("—")); // "a" not in the baseline
    QCOMPARE(model.index(1, CandidateSummaryModel::DeltaQuality).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x2e, 0x7d, 0x32));
}

#include "tst_itemmodels.moc"
