// The request log summed over a time range: totals, weighted percentiles, breakdowns, buckets.
#include <QTemporaryDir>
#include <QtTest>

#include "history/TrafficHistory.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

class TrafficHistoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static RequestLogEntry entry(qint64 ts, const QString &route, const QString &model, const QString &client, int status,
                                 double latency, double ttft = -1, int repeats = 1)
    {
        RequestLogEntry e;
        e.timestampMs = ts;
        e.route = route;
        e.model = model;
        e.client = client;
        e.status = status;
        e.latencyMs = latency;
        e.ttftMs = ttft;
        e.stream = ttft >= 0;
        e.inputTokens = 10;
        e.outputTokens = 5;
        e.costUsd = 0.001;
        e.repeats = repeats;
        return e;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_ws = Workspace::open(m_dir.filePath(QStringLiteral("h.switchyard")), &error);
        QVERIFY2(m_ws, qPrintable(error));
        QSqlDatabase db = m_ws->connectionForThisThread();
        std::vector<RequestLogEntry> rows;
        // 100 requests to "fast" at 1..100 ms from 0 to 99 s; 10 to "strong" (5 streamed) failing with 502;
        // a folded row of 20 rate-limited failures; one row before and one at the end of the range.
        for (int i = 0; i < 100; ++i)
            rows.push_back(entry(1000LL * i, QStringLiteral("fast"), QStringLiteral("small"), QStringLiteral("app"), 200, i + 1));
        for (int i = 0; i < 10; ++i)
            rows.push_back(entry(50000 + i, QStringLiteral("strong"), QStringLiteral("big"), QStringLiteral("agent"), 502,
                                 1000, i < 5 ? 100 + i : -1));
        rows.push_back(entry(60000, QStringLiteral("strong"), {}, QStringLiteral("agent"), 429, 0, -1, 20));
        rows.push_back(entry(-1, QStringLiteral("old"), QStringLiteral("small"), QStringLiteral("app"), 200, 1));
        rows.push_back(entry(100000, QStringLiteral("late"), QStringLiteral("small"), QStringLiteral("app"), 200, 1));
        for (RequestLogEntry &e : rows) // the agent calls with a virtual key, the app without
            if (e.client == QStringLiteral("agent"))
                e.keyName = QStringLiteral("agent-key");
        QCOMPARE(RequestLogStore::insert(db, rows), QString());
    }

    void totalsCountFoldedRowsAndErrors()
    {
        QSqlDatabase db = m_ws->connectionForThisThread();
        const TrafficHistoryReport r = TrafficHistory::query(db, 0, 100000, 10);
        QCOMPARE(r.rowsRead, 111);
        QCOMPARE(r.totals.requests, 130);
        QCOMPARE(r.totals.errors, 30);
        QCOMPARE(r.totals.streamed, 5);
        QCOMPARE(r.totals.inputTokens, 1110);
        QCOMPARE(r.totals.outputTokens, 555);
        QVERIFY(qAbs(r.totals.costUsd - 0.111) < 1e-9);
        // 130 weighted latencies: 20 zeros, 1..100, ten at 1000. Rank 65 is 45 ms; rank 124 is 1000.
        QCOMPARE(r.totals.latencyP50, 45.0);
        QCOMPARE(r.totals.latencyP95, 1000.0);
        QCOMPARE(r.totals.ttftP50, 102.0);
        QCOMPARE(r.totals.ttftP95, 104.0);
        // Without folded rows: "fast" took 1..100 ms, so rank 50 and rank 95.
        QCOMPARE(r.byRoute[0].key, QStringLiteral("fast"));
        QCOMPARE(r.byRoute[0].figures.latencyP50, 50.0);
        QCOMPARE(r.byRoute[0].figures.latencyP95, 95.0);
    }

    void breakdowns_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<qint64>>("requests");
        QTest::addColumn<QList<qint64>>("errors");
        QTest::newRow("route") << int(HistoryDimension::Route) << QStringList{QStringLiteral("fast"), QStringLiteral("strong")}
                               << QList<qint64>{100, 30} << QList<qint64>{0, 30};
        QTest::newRow("model") << int(HistoryDimension::Model)
                               << QStringList{QStringLiteral("small"), QString(), QStringLiteral("big")}
                               << QList<qint64>{100, 20, 10} << QList<qint64>{0, 20, 10};
        QTest::newRow("client") << int(HistoryDimension::Client) << QStringList{QStringLiteral("app"), QStringLiteral("agent")}
                                << QList<qint64>{100, 30} << QList<qint64>{0, 30};
        QTest::newRow("arm") << int(HistoryDimension::Arm) << QStringList{QString()} << QList<qint64>{130} << QList<qint64>{30};
        QTest::newRow("virtual key") << int(HistoryDimension::Key) << QStringList{QString(), QStringLiteral("agent-key")}
                                     << QList<qint64>{100, 30} << QList<qint64>{0, 30};
    }

    void breakdowns()
    {
        QFETCH(int, dimension);
        QFETCH(QStringList, keys);
        QFETCH(QList<qint64>, requests);
        QFETCH(QList<qint64>, errors);
        QSqlDatabase db = m_ws->connectionForThisThread();
        const TrafficHistoryReport r = TrafficHistory::query(db, 0, 100000, 10);
        const std::vector<HistoryGroup> &groups = r.groups(HistoryDimension(dimension));
        QCOMPARE(qsizetype(groups.size()), keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QCOMPARE(groups[size_t(i)].key, keys[i]);
            QCOMPARE(groups[size_t(i)].figures.requests, requests[i]);
            QCOMPARE(groups[size_t(i)].figures.errors, errors[i]);
        }
    }

    void bucketsCutTheRangeEvenly()
    {
        QSqlDatabase db = m_ws->connectionForThisThread();
        const TrafficHistoryReport r = TrafficHistory::query(db, 0, 100000, 10);
        QCOMPARE(r.bucketMs, 10000);
        QCOMPARE(int(r.buckets.size()), 10);
        QCOMPARE(r.buckets[0].startMs, 0);
        QCOMPARE(r.buckets[0].requests, 10);
        QCOMPARE(r.buckets[5].requests, 20); // ten "fast" and the ten failures at 50 s
        QCOMPARE(r.buckets[5].errors, 10);
        QCOMPARE(r.buckets[6].requests, 30); // ten "fast" and the folded row of twenty
        QCOMPARE(r.buckets[9].latencyP95, 100.0);
    }

    void anEmptyRangeHasNoPercentiles()
    {
        QSqlDatabase db = m_ws->connectionForThisThread();
        const TrafficHistoryReport r = TrafficHistory::query(db, 500000, 600000, 5);
        QCOMPARE(r.totals.requests, 0);
        QCOMPARE(r.totals.latencyP50, -1.0);
        QCOMPARE(r.totals.ttftP95, -1.0);
        QVERIFY(r.byRoute.empty());
        QCOMPARE(int(r.buckets.size()), 5);
    }
};

QTEST_GUILESS_MAIN(TrafficHistoryTest)
#include "tst_traffichistory.moc"
