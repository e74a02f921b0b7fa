// Shadow tests over real HTTP: a sampled share of a route's answered requests is sent again to
// candidate models after the client has its answer; mirrors are logged beside the served answer
// (never served, never delaying it), stay within the route's daily budget, and follow the policy.
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "experiments/ShadowReadout.h"
#include "store/RequestLogWriter.h"
#include "store/ShadowGradeStore.h"
#include "store/Workspace.h"
#include <QTemporaryDir>

using namespace sy;

namespace {

QJsonObject chat(const QString &model, bool stream = false, int maxTokens = 100)
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hello")}}}},
                     {QStringLiteral("max_tokens"), maxTokens}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

QJsonObject shadowOf(double sample, double budget, const QStringList &targets)
{
    return {{QStringLiteral("sample"), sample}, {QStringLiteral("daily_budget_usd"), budget}, {QStringLiteral("targets"), QJsonArray::fromStringList(targets)}};
}

} // namespace

class TestShadow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void policyKeepsTheShadowTest();
    void badShadowTestsAreRefused_data();
    void badShadowTestsAreRefused();
    void mirrorIsLoggedBesideTheServedAnswer_data();
    void mirrorIsLoggedBesideTheServedAnswer();
    void mirrorNeverDelaysTheAnswer();
    void dailyBudgetCapsTheMirrors();
    void sampleSharesTheTraffic();
    void failedAnswersAreNotMirrored();
    void aFailingCandidateOnlyFailsItsMirror();
    void readoutComparesMirrorsWithTheServedAnswers();

private:
    void serve(const QJsonObject &shadow, const QString &servedModel = QStringLiteral("fast/served"));
    std::vector<RequestLogEntry> waitForLog(size_t count);

    std::shared_ptr<test::UsageUpstream> m_fast = std::make_shared<test::UsageUpstream>();
    std::shared_ptr<test::UsageUpstream> m_slow = std::make_shared<test::UsageUpstream>();
    std::unique_ptr<HttpServer> m_fastServer, m_slowServer;
    test::ProxyUnderTest m_proxy;
};

void TestShadow::initTestCase()
{
    HttpServer::Options options;
    options.workerThreads = 1;
    m_fastServer = std::make_unique<HttpServer>(m_fast, options);
    m_slowServer = std::make_unique<HttpServer>(m_slow, options);
    QVERIFY(m_fastServer->listenOn(QHostAddress::LocalHost, 0));
    QVERIFY(m_slowServer->listenOn(QHostAddress::LocalHost, 0));
    serve(shadowOf(1, 1, {QStringLiteral("slow/candidate")}));
}

void TestShadow::init()
{
    m_slow->setDelayMs(0);
    m_fast->setDelayMs(0);
    // 10 tokens in, 100 out on both; the candidate costs $10 in and $30 out per million tokens.
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 10}, {QStringLiteral("completion_tokens"), 100}, {QStringLiteral("total_tokens"), 110}};
    m_fast->setUsage("served", usage);
    m_slow->setUsage("candidate", usage);
    m_proxy.clearLogged();
}

void TestShadow::cleanupTestCase()
{
    m_proxy.stop();
    m_fastServer.reset();
    m_slowServer.reset();
}

// A fresh proxy (and with it a fresh daily budget) serving route "chat" on `servedModel` with this
// shadow test, and route "plain" without one.
void TestShadow::serve(const QJsonObject &shadow, const QString &servedModel)
{
    m_proxy.stop();
    test::PolicyFixture fixture(QStringLiteral("shadow"));
    fixture.provider(QStringLiteral("fast"), QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_fastServer->serverPort()),
                     QJsonArray{test::pricedModel(QStringLiteral("served"), 1, 2)});
    fixture.provider(QStringLiteral("slow"), QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_slowServer->serverPort()),
                     QJsonArray{test::pricedModel(QStringLiteral("candidate"), 10, 30)});
    fixture.offlineProvider(QStringLiteral("gone"), {QStringLiteral("nowhere")});
    QJsonObject route{{QStringLiteral("alias"), QStringLiteral("chat")}, {QStringLiteral("root"), test::target(servedModel)}};
    if (!shadow.isEmpty())
        route.insert(QStringLiteral("shadow"), shadow);
    QJsonObject json = fixture.json();
    QJsonArray routes{route, QJsonObject{{QStringLiteral("alias"), QStringLiteral("plain")}, {QStringLiteral("root"), test::target(QStringLiteral("fast/served"))}}};
    json.insert(QStringLiteral("routes"), routes);
    Diagnostics d;
    std::optional<Policy> policy = PolicyReader::fromJson(json, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(m_proxy.start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
}

// Waits (10 s at most) for `count` entries; fewer means a failure the caller's checks report.
std::vector<RequestLogEntry> TestShadow::waitForLog(size_t count)
{
    QElapsedTimer clock;
    clock.start();
    while (m_proxy.loggedCount() < count && clock.elapsed() < 10000)
        QTest::qWait(10);
    return m_proxy.logged();
}

void TestShadow::policyKeepsTheShadowTest()
{
    test::PolicyFixture fixture;
    fixture.offlineProvider(QStringLiteral("p"), {QStringLiteral("a"), QStringLiteral("b")});
    QJsonObject json = fixture.json();
    json.insert(QStringLiteral("routes"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("chat")},
                                                                 {QStringLiteral("shadow"), shadowOf(0.1, 5, {QStringLiteral("p/b")})},
                                                                 {QStringLiteral("root"), test::target(QStringLiteral("p/a"))}}});
    Diagnostics d;
    const std::optional<Policy> policy = PolicyReader::fromJson(json, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(policy->routes[0].shadow);
    QCOMPARE(policy->routes[0].shadow->sample, 0.1);
    QCOMPARE(policy->routes[0].shadow->dailyBudgetUsd, 5.0);
    QCOMPARE(policy->routes[0].shadow->targets, QStringList{QStringLiteral("p/b")});
    const std::optional<Policy> again = PolicyReader::fromJson(PolicyWriter::toJson(*policy), d);
    QVERIFY(again);
    QCOMPARE(*again, *policy);
}

void TestShadow::badShadowTestsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("shadow");
    QTest::addColumn<QString>("says");
    QTest::newRow("no budget") << QJsonObject{{QStringLiteral("targets"), QJsonArray{QStringLiteral("p/b")}}}
                               << QStringLiteral("$.routes[0].shadow.daily_budget_usd");
    QTest::newRow("no targets") << shadowOf(0.1, 1, {}) << QStringLiteral("at least one target");
    QTest::newRow("unknown model") << shadowOf(0.1, 1, {QStringLiteral("p/zz")}) << QStringLiteral("$.routes[0].shadow.targets[0]");
    QTest::newRow("sample above 1") << shadowOf(2, 1, {QStringLiteral("p/b")}) << QStringLiteral("$.routes[0].shadow.sample");
    QTest::newRow("unknown key") << QJsonObject{{QStringLiteral("targets"), QJsonArray{QStringLiteral("p/b")}}, {QStringLiteral("daily_budget_usd"), 1},
                                                {QStringLiteral("rate"), 0.5}}
                                 << QStringLiteral("rate");
}

void TestShadow::badShadowTestsAreRefused()
{
    QFETCH(QJsonObject, shadow);
    QFETCH(QString, says);
    test::PolicyFixture fixture;
    fixture.offlineProvider(QStringLiteral("p"), {QStringLiteral("a"), QStringLiteral("b")});
    QJsonObject json = fixture.json();
    json.insert(QStringLiteral("routes"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("chat")},
                                                                 {QStringLiteral("shadow"), shadow},
                                                                 {QStringLiteral("root"), test::target(QStringLiteral("p/a"))}}});
    Diagnostics d;
    QVERIFY(!PolicyReader::fromJson(json, d));
    QVERIFY2(d.toString().contains(says), qPrintable(d.toString()));
}

void TestShadow::mirrorIsLoggedBesideTheServedAnswer_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("json") << false;
    QTest::newRow("stream") << true;
}

void TestShadow::mirrorIsLoggedBesideTheServedAnswer()
{
    QFETCH(bool, stream);
    serve(shadowOf(1, 1, {QStringLiteral("slow/candidate")}));
    const test::ProxyUnderTest::Reply reply = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat"), stream));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("x-switchyard-model"), QByteArray("served")); // the client only ever gets the served answer
    const QByteArray servedId = reply.headers.value("x-request-id");
    const std::vector<RequestLogEntry> logged = waitForLog(2);
    QCOMPARE(logged.size(), size_t(2));
    const RequestLogEntry &served = logged[0].shadowOf.isEmpty() ? logged[0] : logged[1];
    const RequestLogEntry &mirror = logged[0].shadowOf.isEmpty() ? logged[1] : logged[0];
    QCOMPARE(served.requestId, QString::fromUtf8(servedId));
    QCOMPARE(served.model, QStringLiteral("served"));
    QVERIFY2(!served.responseBody.isEmpty(), "the served answer is kept for the comparison");
    QCOMPARE(mirror.shadowOf, QString::fromUtf8(servedId));
    QCOMPARE(mirror.arm, QStringLiteral("shadow"));
    QCOMPARE(mirror.route, QStringLiteral("chat"));
    QCOMPARE(mirror.model, QStringLiteral("candidate"));
    QCOMPARE(mirror.status, 200);
    QCOMPARE(mirror.stream, stream);
    QVERIFY(mirror.requestId != served.requestId);
    QVERIFY2(!mirror.responseBody.isEmpty(), "the mirror's answer is logged");
    QVERIFY(std::abs(mirror.costUsd - (10 * 10 + 100 * 30) / 1e6) < 1e-12);
    // A route without a shadow test mirrors nothing and keeps no bodies.
    m_proxy.clearLogged();
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("plain"))).status, 200);
    const std::vector<RequestLogEntry> plain = waitForLog(1);
    QTest::qWait(100); // a mirror, were one sent, would be logged within this
    QCOMPARE(m_proxy.loggedCount(), size_t(1));
    QVERIFY(plain[0].responseBody.isEmpty());
}

void TestShadow::mirrorNeverDelaysTheAnswer()
{
    serve(shadowOf(1, 1, {QStringLiteral("slow/candidate")}));
    m_slow->setDelayMs(1500);
    QElapsedTimer clock;
    clock.start();
    const test::ProxyUnderTest::Reply reply = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    const qint64 answeredMs = clock.elapsed();
    QCOMPARE(reply.status, 200);
    QVERIFY2(answeredMs < 1000, qPrintable(QStringLiteral("answered after %1 ms").arg(answeredMs)));
    const std::vector<RequestLogEntry> logged = waitForLog(2);
    qint64 mirrorLatency = 0;
    for (const RequestLogEntry &e : logged)
        if (!e.shadowOf.isEmpty())
            mirrorLatency = qint64(e.latencyMs);
    QVERIFY2(mirrorLatency >= 1400, qPrintable(QString::number(mirrorLatency)));
    qInfo("answered in %lld ms while the mirror took %lld ms", answeredMs, mirrorLatency);
}

void TestShadow::dailyBudgetCapsTheMirrors()
{
    // Each mirror reserves its worst case, 10 tokens in (with the estimate's margin) and its
    // max_tokens of 100 out at $10/$30 per million: about $0.0032. A budget of $0.01 takes three.
    serve(shadowOf(1, 0.01, {QStringLiteral("slow/candidate")}));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat"))).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy.loggedCount() >= 6, 10000);
    QTest::qWait(200);
    int mirrors = 0, skipped = 0;
    double spent = 0;
    for (const RequestLogEntry &e : m_proxy.logged()) {
        if (!e.shadowOf.isEmpty()) {
            ++mirrors;
            spent += e.costUsd;
        } else if (e.notes.contains(QStringLiteral("daily budget"))) {
            ++skipped;
        }
    }
    qInfo("%d mirrored, %d skipped, $%.4f spent of $0.01", mirrors, skipped, spent);
    QVERIFY(mirrors >= 2 && mirrors <= 3);
    QCOMPARE(mirrors + skipped, 6);
    QVERIFY(spent <= 0.01);
    QVERIFY(m_proxy.handler().shadowBudget().spentToday(QStringLiteral("chat"), QDateTime::currentMSecsSinceEpoch()) <= 0.01);
}

void TestShadow::sampleSharesTheTraffic()
{
    serve(shadowOf(0.25, 100, {QStringLiteral("slow/candidate")}));
    constexpr int kRequests = 200;
    for (int i = 0; i < kRequests; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat"))).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy.loggedCount() >= size_t(kRequests), 10000);
    QTest::qWait(200);
    int mirrors = 0;
    for (const RequestLogEntry &e : m_proxy.logged())
        mirrors += e.shadowOf.isEmpty() ? 0 : 1;
    qInfo("%d of %d requests mirrored at a sample of 0.25", mirrors, kRequests);
    QVERIFY2(mirrors >= 30 && mirrors <= 72, qPrintable(QString::number(mirrors))); // 50 expected; beyond 3 sd is a bug
}

void TestShadow::failedAnswersAreNotMirrored()
{
    serve(shadowOf(1, 1, {QStringLiteral("slow/candidate")}), QStringLiteral("gone/nowhere"));
    const int candidateServed = m_slow->served();
    const test::ProxyUnderTest::Reply reply = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    QVERIFY(reply.status >= 500);
    waitForLog(1);
    QTest::qWait(200);
    QCOMPARE(m_proxy.loggedCount(), size_t(1));
    QCOMPARE(m_slow->served(), candidateServed); // nothing reached the candidate
    QCOMPARE(m_proxy.handler().shadowBudget().spentToday(QStringLiteral("chat"), QDateTime::currentMSecsSinceEpoch()), 0.0);
}

void TestShadow::aFailingCandidateOnlyFailsItsMirror()
{
    serve(shadowOf(1, 1, {QStringLiteral("gone/nowhere")}));
    const test::ProxyUnderTest::Reply reply = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    QCOMPARE(reply.status, 200);
    const std::vector<RequestLogEntry> logged = waitForLog(2);
    for (const RequestLogEntry &e : logged)
        if (!e.shadowOf.isEmpty()) {
            QVERIFY(e.status >= 500 || e.status == 0);
            QVERIFY(!e.error.isEmpty());
        }
}

void TestShadow::readoutComparesMirrorsWithTheServedAnswers()
{
    // Forty requests mirrored to a dearer, slower candidate; a judge preferred the candidate on
    // three pairs in four.
    serve(shadowOf(1, 10, {QStringLiteral("slow/candidate")}));
    m_slow->setDelayMs(30);
    constexpr int kRequests = 40;
    for (int i = 0; i < kRequests; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat"))).status, 200);
    const std::vector<RequestLogEntry> logged = waitForLog(2 * kRequests);
    QCOMPARE(logged.size(), size_t(2 * kRequests));
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(dir.filePath(QStringLiteral("s.switchyard")), &error);
    QVERIFY2(workspace, qPrintable(error));
    std::vector<ShadowGrade> grades;
    for (const RequestLogEntry &e : logged)
        if (!e.shadowOf.isEmpty())
            grades.push_back({e.timestampMs, e.requestId, QStringLiteral("judge/model"), grades.size() % 4 == 0 ? 0.0 : 1.0, {}});
    workspace->write([logged](QSqlDatabase &db) { return RequestLogStore::insert(db, logged); });
    workspace->write([grades](QSqlDatabase &db) { return ShadowGradeStore::insert(db, grades); });
    workspace->waitForWrites();
    QSqlDatabase db = workspace->connectionForThisThread();
    const std::vector<ShadowPair> pairs = ShadowReadouts::pairsFromLog(db, 0, QDateTime::currentMSecsSinceEpoch() + 1);
    QCOMPARE(int(pairs.size()), kRequests);
    QVERIFY(!pairs.front().servedBody.isEmpty() && !pairs.front().body.isEmpty());
    const std::vector<ExperimentReadout> experiments = ShadowReadouts::build(pairs);
    QCOMPARE(experiments.size(), size_t(1));
    const ExperimentReadout &e = experiments.front();
    QCOMPARE(e.kind, ExperimentReadout::Kind::Shadow);
    QCOMPARE(e.arms.size(), size_t(2));
    QCOMPARE(e.arms[0].label, QStringLiteral("served"));
    QCOMPARE(e.arms[1].label, QStringLiteral("slow/candidate"));
    QCOMPARE(e.arms[1].requests, qint64(kRequests));
    QCOMPARE(e.arms[1].feedbackCount, qint64(kRequests));
    QCOMPARE(e.arms[1].quality.value, 0.75);
    QCOMPARE(e.arms[0].quality.value, 0.25);
    QVERIFY2(e.arms[1].agreement.value > 0.99, "the upstreams answer alike: full agreement by ROUGE-L");
    QCOMPARE(e.arms[1].agreementBy, QStringLiteral("rouge-l"));
    QString latencyBetter, costBetter, qualityBetter;
    for (const ArmComparison &c : e.comparisons) {
        if (c.metric == ExperimentMetric::Latency)
            latencyBetter = c.better();
        if (c.metric == ExperimentMetric::Cost)
            costBetter = c.better();
        if (c.metric == ExperimentMetric::Quality)
            qualityBetter = c.better();
    }
    QCOMPARE(latencyBetter, QStringLiteral("served"));
    QCOMPARE(costBetter, QStringLiteral("served"));
    QCOMPARE(qualityBetter, QStringLiteral("slow/candidate"));
}

QTEST_GUILESS_MAIN(TestShadow)
#include "tst_shadow.moc"
