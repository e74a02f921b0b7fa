// Experiments on live traffic: the always-valid comparison keeps its 5% however often it is read
// (simulated arms of known quality and latency, fixed seeds), the readout's per-arm figures, and
// simulated users of known preference over real HTTP through the proxy naming the arm they like.
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "experiments/ExperimentReadout.h"
#include "experiments/OfflineEstimate.h"
#include "experiments/SequentialTest.h"
#include "store/RequestLogWriter.h"
#include "store/Workspace.h"

using namespace sy;

namespace {

// One simulated experiment read after every `peekEvery` requests: which arm it named first, if
// any ("a", "b" or empty). Arm values come from the two draws.
template <typename DrawA, typename DrawB>
QString firstVerdict(DrawA drawA, DrawB drawB, std::mt19937_64 &random, int requests, int peekEvery, bool proportion,
                     bool higherBetter, bool naive)
{
    MetricSample a, b;
    std::bernoulli_distribution coin(0.5);
    for (int i = 1; i <= requests; ++i) {
        if (coin(random))
            a.add(drawA(random));
        else
            b.add(drawB(random));
        if (i % peekEvery != 0)
            continue;
        bool decided = false;
        double difference = 0;
        if (naive) { // what a dashboard with a fixed-sample z-test shows, read every time
            if (a.count() < 2 || b.count() < 2)
                continue;
            difference = b.mean() - a.mean();
            const double se = std::sqrt(a.variance() / double(a.count()) + b.variance() / double(b.count()));
            decided = se > 0 && std::abs(difference) > 1.959964 * se;
        } else {
            const SequentialComparison c = SequentialTest::compare(a, b, 0.05, proportion);
            decided = c.decided;
            difference = c.difference;
        }
        if (decided)
            return (difference > 0) == higherBetter ? QStringLiteral("b") : QStringLiteral("a");
    }
    return {};
}

QJsonObject chat(const QString &model)
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}}},
            {QStringLiteral("max_tokens"), 20}};
}

} // namespace

class TestExperiments : public QObject
{
    Q_OBJECT

private slots:
    void welfordMatchesTheTextbook();
    void falseWinnersStayWithinFivePercent_data();
    void falseWinnersStayWithinFivePercent();
    void moreRequestsNeededIsAboutRight();
    void unanimousArmsAreNotCertainAtOnce();
    void readoutFiguresPerArm();
    void usersOfKnownPreferenceOverHttp();
    void offlineEstimateOfAnotherSplit();
};

void TestExperiments::welfordMatchesTheTextbook()
{
    MetricSample s;
    for (double v : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0})
        s.add(v);
    QCOMPARE(s.count(), qint64(8));
    QCOMPARE(s.mean(), 5.0);
    QVERIFY(std::abs(s.variance() - 32.0 / 7.0) < 1e-12);
    MetricSample weighted; // a value repeated counts as that many
    weighted.add(2);
    weighted.add(4, 3);
    weighted.add(5, 2);
    weighted.add(7);
    weighted.add(9);
    QCOMPARE(weighted.count(), qint64(8));
    QVERIFY(std::abs(weighted.mean() - 5.0) < 1e-12);
    QVERIFY(std::abs(weighted.variance() - 32.0 / 7.0) < 1e-12);
}

void TestExperiments::falseWinnersStayWithinFivePercent_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<bool>("naive");
    QTest::addColumn<double>("maxWrong");  // the share of runs naming the worse arm (or any, when equal)
    QTest::addColumn<double>("minRight");  // the share naming the better one
    // Thumbs up with chance a and b; latency normal around a and b ms (sd 40).
    QTest::newRow("A/A quality 0.6") << QStringLiteral("quality") << 0.6 << 0.6 << false << 0.05 << 0.0;
    QTest::newRow("A/A latency 300 ms") << QStringLiteral("latency") << 300.0 << 300.0 << false << 0.05 << 0.0;
    QTest::newRow("quality 0.60 vs 0.68") << QStringLiteral("quality") << 0.60 << 0.68 << false << 0.05 << 0.8;
    QTest::newRow("latency 300 vs 290 ms") << QStringLiteral("latency") << 300.0 << 290.0 << false << 0.05 << 0.8;
    QTest::newRow("rare errors 2% vs 2%") << QStringLiteral("errors") << 0.02 << 0.02 << false << 0.05 << 0.0;
    // The same A/A read the naive way, every 50 requests: it finds winners that are not there.
    QTest::newRow("A/A quality, naive z-test read often") << QStringLiteral("quality") << 0.6 << 0.6 << true << 1.0 << 0.0;
}

void TestExperiments::falseWinnersStayWithinFivePercent()
{
    QFETCH(QString, metric);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(bool, naive);
    QFETCH(double, maxWrong);
    QFETCH(double, minRight);
    constexpr int kRuns = 1000, kRequests = 4000, kPeekEvery = 50;
    std::mt19937_64 random(20261206);
    const bool proportion = metric != QStringLiteral("latency");
    const bool higherBetter = metric == QStringLiteral("quality");
    int wrong = 0, right = 0;
    for (int run = 0; run < kRuns; ++run) {
        QString verdict;
        if (proportion) {
            std::bernoulli_distribution da(a), db(b);
            verdict = firstVerdict([&](std::mt19937_64 &r) { return da(r) ? 1.0 : 0.0; }, [&](std::mt19937_64 &r) { return db(r) ? 1.0 : 0.0; },
                                   random, kRequests, kPeekEvery, true, higherBetter, naive);
        } else {
            std::normal_distribution<double> da(a, 40), db(b, 40);
            verdict = firstVerdict([&](std::mt19937_64 &r) { return da(r); }, [&](std::mt19937_64 &r) { return db(r); }, random, kRequests,
                                   kPeekEvery, false, higherBetter, naive);
        }
        const bool equal = a == b;
        const QString better = equal ? QString() : ((b > a) == higherBetter ? QStringLiteral("b") : QStringLiteral("a"));
        if (verdict.isEmpty())
            continue;
        if (equal || verdict != better)
            ++wrong;
        else
            ++right;
    }
    const double wrongShare = double(wrong) / kRuns, rightShare = double(right) / kRuns;
    qInfo("%s: %d runs of %d requests read every %d: wrong winner %.1f%%, right winner %.1f%%", QTest::currentDataTag(), kRuns,
          kRequests, kPeekEvery, 100 * wrongShare, 100 * rightShare);
    if (naive) {
        QVERIFY2(wrongShare > 0.15, "the naive reading should find false winners; otherwise this row shows nothing");
        return;
    }
    QVERIFY2(wrongShare <= maxWrong, qPrintable(QStringLiteral("wrong winners %1").arg(wrongShare)));
    QVERIFY2(rightShare >= minRight, qPrintable(QStringLiteral("right winners %1").arg(rightShare)));
}

void TestExperiments::moreRequestsNeededIsAboutRight()
{
    // Thumbs up 60% against 68% of the time, 100 requests each: no verdict yet. The prediction
    // assumes the rates stay; fed them, the verdict comes within a tenth of it, not a fifth early.
    const auto arms = [](qint64 total) {
        const qint64 each = total / 2;
        MetricSample a, b;
        const auto ups = [each](double rate) { return qint64(std::llround(rate * double(each))); };
        a.add(1, ups(0.60)), a.add(0, each - ups(0.60));
        b.add(1, ups(0.68)), b.add(0, each - ups(0.68));
        return SequentialTest::compare(a, b, 0.05, true);
    };
    const SequentialComparison before = arms(200);
    QVERIFY(!before.decided);
    QVERIFY2(before.moreRequestsNeeded > 0, "a difference that persists is eventually seen");
    const qint64 more = before.moreRequestsNeeded;
    qInfo("0.60 vs 0.68 after 200 requests: about %lld more needed", qlonglong(more));
    QVERIFY(arms(200 + qint64(1.1 * double(more))).decided);
    QVERIFY(!arms(200 + qint64(0.8 * double(more))).decided);
}

void TestExperiments::unanimousArmsAreNotCertainAtOnce()
{
    // Three users disliked A and three liked B: no spread in either arm, yet far from proof.
    MetricSample a, b;
    a.add(0, 3);
    b.add(1, 3);
    QVERIFY(!SequentialTest::compare(a, b, 0.05, true).decided);
    a.add(0, 27);
    b.add(1, 27);
    QVERIFY(SequentialTest::compare(a, b, 0.05, true).decided); // thirty each is
}

void TestExperiments::readoutFiguresPerArm()
{
    std::vector<ExperimentRow> rows;
    const auto row = [&](const QString &arm, double share, int status, double latency, double cost, double quality, int attempts = 1) {
        ExperimentRow r;
        r.route = QStringLiteral("chat");
        r.node = QStringLiteral("$.routes[0].root");
        r.arm = arm;
        r.armShare = share;
        r.status = status;
        r.attempts = attempts;
        r.latencyMs = latency;
        r.costUsd = cost;
        r.quality = quality;
        r.timestampMs = qint64(rows.size());
        rows.push_back(r);
    };
    for (int i = 0; i < 100; ++i)
        row(QStringLiteral("canary"), 0.1, i < 5 ? 502 : 200, 100 + i, 0.002, i % 2 ? 1 : 0);
    for (int i = 0; i < 900; ++i)
        row(QStringLiteral("incumbent"), 0.9, 200, 200 + i % 100, 0.001, i < 300 ? -1 : (i % 4 ? 1 : 0));
    row(QStringLiteral("incumbent"), 0.9, 429, 0, 0, -1, 0); // refused by a key's limit: counted, not an error
    const std::vector<ExperimentReadout> experiments = ExperimentReadouts::build(rows);
    QCOMPARE(experiments.size(), size_t(1));
    const ExperimentReadout &e = experiments.front();
    QCOMPARE(e.arms.size(), size_t(2));
    QCOMPARE(e.arms[0].label, QStringLiteral("incumbent")); // the control: the largest share
    const ArmReadout &canary = e.arms[1];
    QCOMPARE(canary.requests, qint64(100));
    QCOMPARE(canary.errors, qint64(5));
    QCOMPARE(canary.errorRate.value, 0.05);
    QVERIFY(canary.errorRate.low < 0.05 && canary.errorRate.high > 0.05);
    QCOMPARE(canary.p50Ms.value, 152.0); // 105..199 answered: the 48th of 95
    QVERIFY(canary.p50Ms.low <= 152 && canary.p50Ms.high >= 152);
    QVERIFY(std::abs(canary.costPer1k.value - 2.0) < 1e-9);
    QCOMPARE(e.arms[0].requests, qint64(901));
    QCOMPARE(e.arms[0].errors, qint64(0));
    QCOMPARE(e.arms[0].feedbackCount, qint64(600));
    QCOMPARE(e.arms[0].quality.value, 0.75);
    // Cost: the canary is dearer, decided at once (no spread within either arm).
    for (const ArmComparison &c : e.comparisons)
        if (c.metric == ExperimentMetric::Cost)
            QCOMPARE(c.better(), QStringLiteral("incumbent"));
    QCOMPARE(e.comparisons.size(), size_t(kExperimentMetricCount));
}

void TestExperiments::usersOfKnownPreferenceOverHttp()
{
    // Users like arm B's answers 80% of the time and arm A's 50%; they say so through the
    // feedback endpoint, by the request id each answer carried.
    auto upstream = std::make_shared<test::UsageUpstream>();
    HttpServer::Options options;
    options.workerThreads = 1;
    HttpServer upstreamServer(upstream, options);
    QVERIFY(upstreamServer.listenOn(QHostAddress::LocalHost, 0));
    test::PolicyFixture fixture(QStringLiteral("experiment"));
    fixture.provider(QStringLiteral("p"), QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:%1/v1").arg(upstreamServer.serverPort()),
                     test::models({QStringLiteral("a"), QStringLiteral("b")}));
    const auto arm = [](const QString &label, const QString &model) {
        return QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("weight"), 50}, {QStringLiteral("node"), test::target(model)}};
    };
    fixture.route(QStringLiteral("chat"), QJsonObject{{QStringLiteral("type"), QStringLiteral("weighted")},
                                                      {QStringLiteral("arms"), QJsonArray{arm(QStringLiteral("A"), QStringLiteral("p/a")),
                                                                                          arm(QStringLiteral("B"), QStringLiteral("p/b"))}}});
    test::ProxyUnderTest proxy;
    QVERIFY(proxy.start(ProxyRuntime::create(fixture.policy(), {}, {}, nullptr)));
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(dir.filePath(QStringLiteral("e.switchyard")), &error);
    QVERIFY2(workspace, qPrintable(error));
    auto writer = std::make_unique<RequestLogWriter>(workspace.get());
    RequestLogWriter *w = writer.get();
    proxy.handler().setFeedbackSink([w](Feedback &&f) {
        w->append(std::move(f));
        return true;
    });
    proxy.handler().setRuntime(ProxyRuntime::create(fixture.policy(), {}, {}, nullptr));
    test::ProxyUnderTest::Reply probe = proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    QCOMPARE(probe.status, 200);

    std::mt19937_64 random(18);
    std::bernoulli_distribution likesA(0.5), likesB(0.8);
    constexpr int kUsers = 400;
    QHash<QString, int> perArm;
    for (int i = 0; i < kUsers; ++i) {
        const test::ProxyUnderTest::Reply answer = proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
        QCOMPARE(answer.status, 200);
        const QString armServed = QString::fromUtf8(answer.headers.value("x-switchyard-arm"));
        ++perArm[armServed];
        const bool liked = armServed == QStringLiteral("B") ? likesB(random) : likesA(random);
        const QJsonObject verdict{{QStringLiteral("request_id"), QString::fromUtf8(answer.headers.value("x-request-id"))},
                                  {QStringLiteral("label"), liked ? QStringLiteral("thumbs_up") : QStringLiteral("thumbs_down")}};
        QCOMPARE(proxy.post(QStringLiteral("/v1/feedback"), verdict).status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(proxy.loggedCount(), size_t(kUsers + 1), 10000);
    // The proxy's own log sink would feed the writer in the programs; here the test hands it over.
    for (RequestLogEntry &e : proxy.logged())
        writer->append(std::move(e));
    writer->flush();
    workspace->waitForWrites();
    QSqlDatabase db = workspace->connectionForThisThread();
    const std::vector<ExperimentRow> rows = ExperimentReadouts::rowsFromLog(db, 0, QDateTime::currentMSecsSinceEpoch() + 1);
    QCOMPARE(qsizetype(rows.size()), qsizetype(kUsers + 1));
    const std::vector<ExperimentReadout> experiments = ExperimentReadouts::build(rows);
    QCOMPARE(experiments.size(), size_t(1));
    const ExperimentReadout &e = experiments.front();
    QCOMPARE(e.route, QStringLiteral("chat"));
    QCOMPARE(e.arms.size(), size_t(2));
    for (const ArmReadout &a : e.arms)
        QCOMPARE(a.feedbackCount, qint64(perArm.value(a.label)));
    bool found = false;
    for (const ArmComparison &c : e.comparisons) {
        if (c.metric != ExperimentMetric::Quality)
            continue;
        found = true;
        qInfo("quality %s vs %s: %+.3f (%+.3f to %+.3f), decided %d", qPrintable(c.challenger), qPrintable(c.control), c.result.difference,
              c.result.low, c.result.high, int(c.result.decided));
        QVERIFY2(c.result.decided, "0.8 against 0.5 over 400 users is clear");
        QCOMPARE(c.better(), QStringLiteral("B"));
    }
    QVERIFY(found);
}

// A 90/10 split logged with its chances; what "all on the canary" or "half and half" would have
// given, against the arms' true means, and how often the interval holds the truth.
void TestExperiments::offlineEstimateOfAnotherSplit()
{
    const auto logged = [](std::mt19937_64 &random, int n) {
        std::vector<ExperimentRow> rows;
        std::bernoulli_distribution canaryChosen(0.1), likesIncumbent(0.6), likesCanary(0.8);
        std::normal_distribution<double> incumbentMs(500, 80), canaryMs(350, 60);
        for (int i = 0; i < n; ++i) {
            ExperimentRow r;
            r.route = QStringLiteral("chat");
            r.node = QStringLiteral("$.routes[0].root");
            const bool canary = canaryChosen(random);
            r.arm = canary ? QStringLiteral("canary") : QStringLiteral("incumbent");
            r.armShare = canary ? 0.1 : 0.9;
            r.status = 200;
            r.attempts = 1;
            r.latencyMs = canary ? canaryMs(random) : incumbentMs(random);
            r.costUsd = canary ? 0.002 : 0.001;
            r.quality = (canary ? likesCanary(random) : likesIncumbent(random)) ? 1 : 0;
            rows.push_back(r);
        }
        return rows;
    };
    std::mt19937_64 random(4);
    const std::vector<ExperimentRow> rows = logged(random, 20000);
    const QString route = QStringLiteral("chat"), node = QStringLiteral("$.routes[0].root");
    const OfflineEstimate all = OfflineEstimates::estimate(rows, route, node, {{QStringLiteral("canary"), 1}});
    QVERIFY2(all.problem.isEmpty(), qPrintable(all.problem));
    const OfflineFigure &quality = all.figures[size_t(ExperimentMetric::Quality)];
    const OfflineFigure &latency = all.figures[size_t(ExperimentMetric::Latency)];
    qInfo("all on the canary: quality %.3f (%.3f-%.3f) from %lld requests (effective %.0f), latency %.0f ms (%.0f-%.0f)", quality.value,
          quality.low, quality.high, qlonglong(quality.supporting), quality.effectiveSize, latency.value, latency.low, latency.high);
    QVERIFY(quality.low <= 0.8 && quality.high >= 0.8);
    QVERIFY(latency.low <= 350 && latency.high >= 350);
    QVERIFY(quality.supporting > 1800 && quality.supporting < 2200); // only the canary's own requests
    QVERIFY(std::abs(all.figures[size_t(ExperimentMetric::Cost)].value - 0.002) < 1e-12);
    const OfflineEstimate half = OfflineEstimates::estimate(rows, route, node, {{QStringLiteral("canary"), 50}, {QStringLiteral("incumbent"), 50}});
    QVERIFY(std::abs(half.figures[size_t(ExperimentMetric::Quality)].value - 0.7) < 0.02);
    QCOMPARE(half.logged, qint64(20000));
    // An arm the log never tried cannot be estimated; the estimate says so.
    const OfflineEstimate unseen = OfflineEstimates::estimate(rows, route, node, {{QStringLiteral("new"), 1}});
    QVERIFY(unseen.problem.contains(QStringLiteral("never tried new")));
    // Coverage: over 300 logs of 3,000 requests, the 95% interval holds the truth (0.8) nearly always.
    int covered = 0;
    constexpr int kRuns = 300;
    for (int run = 0; run < kRuns; ++run) {
        const OfflineFigure f =
            OfflineEstimates::estimate(logged(random, 3000), route, node, {{QStringLiteral("canary"), 1}}).figures[size_t(ExperimentMetric::Quality)];
        covered += f.low <= 0.8 && f.high >= 0.8 ? 1 : 0;
    }
    qInfo("the interval held the truth in %d of %d logs", covered, kRuns);
    QVERIFY(covered >= int(0.92 * kRuns));
}

QTEST_GUILESS_MAIN(TestExperiments)
#include "tst_experiments.moc"
