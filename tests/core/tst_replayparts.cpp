// The replay scheduler's parts that need no proxy: the request pacer and the wait before a
// rate-limited cell goes again, both on the test's clock; the text of an answer; a cell's estimate.
#include <QTest>

#include "replay/CellCost.h"
#include "replay/RequestPacer.h"
#include "replay/ResponseText.h"
#include "replay/RetryLater.h"

using namespace sy;

class TestReplayParts : public QObject
{
    Q_OBJECT
private slots:
    void pacerHoldsTheRate_data();
    void pacerHoldsTheRate();
    void pacerBurstIsOneSecond();
    void retryLaterWaits_data();
    void retryLaterWaits();
    void retryLaterGivesUpAfterFiveMinutes();
    void responseText_data();
    void responseText();
    void cellEstimateUsesTheDearestTarget();
};

void TestReplayParts::pacerHoldsTheRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("expected"); // requests let through, polled every millisecond (±1: the refill is floating point)
    QTest::newRow("no limit") << 0.0 << 1 << 1001;
    QTest::newRow("5/s for 2 s") << 5.0 << 2 << 11; // the first at once, then one every 200 ms
    QTest::newRow("0.5/s for 10 s") << 0.5 << 10 << 6;
    QTest::newRow("100/s for 1 s") << 100.0 << 1 << 101;
}

void TestReplayParts::pacerHoldsTheRate()
{
    QFETCH(double, rate);
    QFETCH(int, seconds);
    QFETCH(int, expected);
    RequestPacer pacer(rate, 0);
    int passed = 0;
    for (qint64 now = 0; now <= qint64(seconds) * 1000; ++now)
        if (pacer.take(now))
            ++passed;
    QVERIFY2(std::abs(passed - expected) <= 1, qPrintable(QString::number(passed)));
    if (rate <= 0)
        QCOMPARE(passed, expected);
}

void TestReplayParts::pacerBurstIsOneSecond()
{
    RequestPacer pacer(10, 0);
    QVERIFY(pacer.take(0));
    QVERIFY(!pacer.take(0));
    // An idle minute saves up one second's worth, not sixty.
    int burst = 0;
    while (pacer.take(60000) && burst < 100)
        ++burst;
    QCOMPARE(burst, 10);
}

void TestReplayParts::retryLaterWaits_data()
{
    QTest::addColumn<bool>("allTargetsOpen");
    QTest::addColumn<double>("retryAfterS");
    QTest::addColumn<QList<double>>("waits");
    QTest::newRow("no Retry-After: doubling to 30 s") << false << -1.0 << QList<double>{1, 2, 4, 8, 16, 30, 30};
    QTest::newRow("Retry-After") << false << 7.0 << QList<double>{7, 7, 7};
    QTest::newRow("Retry-After capped at 2 min") << false << 600.0 << QList<double>{120, 120};
    QTest::newRow("every breaker open: 5 s") << true << 60.0 << QList<double>{5, 5, 5};
}

void TestReplayParts::retryLaterWaits()
{
    QFETCH(bool, allTargetsOpen);
    QFETCH(double, retryAfterS);
    QFETCH(QList<double>, waits);
    RetryLater later;
    const ReplayCellKey key{3, 1, 0};
    for (const double expected : waits)
        QCOMPARE(later.nextWaitS(key, allTargetsOpen, retryAfterS), std::optional<double>(expected));
    QCOMPARE(later.nextWaitS({3, 2, 0}, false, -1), std::optional<double>(1)); // each cell counts its own
}

void TestReplayParts::retryLaterGivesUpAfterFiveMinutes()
{
    RetryLater later;
    const ReplayCellKey key{0, 0, 0};
    double waited = 0;
    int tries = 0;
    while (const auto wait = later.nextWaitS(key, false, 120)) {
        waited += *wait;
        QVERIFY(++tries < 10);
    }
    QCOMPARE(tries, 3); // 120 + 120 + 120: past 300 s, the provider's answer stands
    QCOMPARE(waited, 360.0);
}

void TestReplayParts::responseText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("JSON") << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":"42"}}]})") << QStringLiteral("42");
    QTest::newRow("stream") << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"4\"}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"2\"}}]}\n\n"
                                          "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1}}\n\ndata: [DONE]\n\n")
                            << QStringLiteral("42");
    QTest::newRow("no choices") << QByteArray(R"({"error":{"message":"x"}})") << QString();
    QTest::newRow("garbage") << QByteArray("<html>") << QString();
}

void TestReplayParts::responseText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QCOMPARE(sy::responseText(body), text);
}

void TestReplayParts::cellEstimateUsesTheDearestTarget()
{
    Policy policy;
    ProviderSpec p;
    p.id = QStringLiteral("p");
    ModelSpec cheap, dear;
    cheap.id = QStringLiteral("cheap");
    cheap.pricing = Pricing::perMTok(1, 2);
    dear.id = QStringLiteral("dear");
    dear.pricing = Pricing::perMTok(10, 20);
    p.models = {cheap, dear};
    policy.providers = {p};
    Route route;
    route.alias = QStringLiteral("auto");
    route.root.kind = NodeKind::Fallback;
    Node a, b;
    a.kind = b.kind = NodeKind::Target;
    a.target.model = QStringLiteral("p/cheap");
    b.target.model = QStringLiteral("p/dear");
    route.root.children = {a, b};
    policy.routes = {route};
    const Pricing pricing = dearestPricing(policy, QStringLiteral("auto"));
    QCOMPARE(pricing.inputPerMTok, 10.0);
    QCOMPARE(pricing.outputPerMTok, 20.0);
    ReplayPlan plan;
    plan.maxTokens = 100;
    QCOMPARE(cellEstimate(plan, pricing, 1000), (1000 * 10.0 + 100 * 20.0) / 1e6);
}

QTEST_APPLESS_MAIN(TestReplayParts)
#include "tst_replayparts.moc"
