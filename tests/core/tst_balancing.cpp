// Balancing on live figures: the engine's ranking from given figures, then the proxy with
// upstreams of known latency over real HTTP, providers' own per-minute limits, and sessions that
// keep a conversation on the target it started on.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

using namespace sy;

Q_DECLARE_METATYPE(sy::UpstreamLive)

namespace {

QJsonObject balanced(const QString &strategy, const QStringList &targets, const QJsonObject &extra = {})
{
    QJsonArray arms;
    for (const QString &t : targets)
        arms.append(QJsonObject{{QStringLiteral("label"), t}, {QStringLiteral("weight"), 100.0 / double(targets.size())},
                                {QStringLiteral("node"), test::target(t)}});
    QJsonObject node{{QStringLiteral("type"), QStringLiteral("weighted")}, {QStringLiteral("strategy"), strategy}, {QStringLiteral("arms"), arms}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        node.insert(it.key(), it.value());
    return node;
}

QJsonObject chat(const QString &model, const QJsonArray &messages = {})
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             messages.isEmpty() ? QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}}
                                : messages},
            {QStringLiteral("max_tokens"), 20}};
}

UpstreamLive figures(double latencyMs, double p95Ms = -1, int inFlight = 0)
{
    UpstreamLive l;
    l.latencyMs = latencyMs;
    l.p95Ms = p95Ms;
    l.inFlight = inFlight;
    l.samples = 20;
    l.stale = false;
    return l;
}

} // namespace

class TestBalancing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void engineRanksArms_data();
    void engineRanksArms();
    void staleArmIsProbedOnce();
    void providerAtItsLimitIsDeferred();

    void twiceAsFastTakesTheTraffic();
    void leastBusySpreadsConcurrentRequests();
    void lowestCostPrefersTheCheaperTarget();
    void latencyObjectiveTakesTheCheapestWithinIt();
    void providerLimitsAvoidItsRateLimits();
    void toolLoopStaysOnItsModel_data();
    void toolLoopStaysOnItsModel();
    void responsesChainStaysOnItsModel();
    void pinnedTargetThatFailsLetsTheSessionMove();

private:
    void startProxy(const QJsonObject &root, const QJsonObject &providerExtra = {});
    QByteArray modelOf(const QJsonObject &body, const test::ProxyUnderTest::Headers &headers = {});

    std::shared_ptr<test::UsageUpstream> m_fast = std::make_shared<test::UsageUpstream>();
    std::shared_ptr<test::UsageUpstream> m_slow = std::make_shared<test::UsageUpstream>();
    std::unique_ptr<HttpServer> m_fastServer, m_slowServer;
    std::unique_ptr<test::ProxyUnderTest> m_proxy;
};

void TestBalancing::initTestCase()
{
    HttpServer::Options options;
    options.workerThreads = 1;
    m_fastServer = std::make_unique<HttpServer>(m_fast, options);
    m_slowServer = std::make_unique<HttpServer>(m_slow, options);
    QVERIFY(m_fastServer->listenOn(QHostAddress::LocalHost, 0));
    QVERIFY(m_slowServer->listenOn(QHostAddress::LocalHost, 0));
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 10}, {QStringLiteral("completion_tokens"), 10}, {QStringLiteral("total_tokens"), 20}};
    for (const auto &upstream : {m_fast, m_slow})
        for (const char *model : {"one", "two"})
            upstream->setUsage(model, usage);
}

void TestBalancing::init()
{
    m_fast->setDelayMs(0);
    m_slow->setDelayMs(0);
    m_proxy.reset();
}

void TestBalancing::cleanupTestCase()
{
    m_proxy.reset();
    m_fastServer.reset();
    m_slowServer.reset();
}

// Provider "a" (model "one", cheap) on the first upstream, "b" (model "two", dear) on the second.
void TestBalancing::startProxy(const QJsonObject &root, const QJsonObject &providerExtra)
{
    test::PolicyFixture fixture(QStringLiteral("balancing"));
    fixture.provider(QStringLiteral("a"), QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_fastServer->serverPort()),
                     QJsonArray{test::pricedModel(QStringLiteral("one"), 1, 2)}, providerExtra);
    fixture.provider(QStringLiteral("b"), QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_slowServer->serverPort()),
                     QJsonArray{test::pricedModel(QStringLiteral("two"), 10, 30)});
    fixture.route(QStringLiteral("auto"), root);
    Diagnostics d;
    std::optional<Policy> policy = fixture.read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    m_proxy = std::make_unique<test::ProxyUnderTest>();
    QVERIFY(m_proxy->start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
}

QByteArray TestBalancing::modelOf(const QJsonObject &body, const test::ProxyUnderTest::Headers &headers)
{
    const test::ProxyUnderTest::Reply r = m_proxy->post(QStringLiteral("/v1/chat/completions"), body, headers);
    return r.status == 200 ? r.headers.value("x-switchyard-model") : QByteArray::number(r.status);
}

void TestBalancing::engineRanksArms_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("objectiveMs");
    QTest::addColumn<UpstreamLive>("one"); // a/one: $1/$2 per million
    QTest::addColumn<UpstreamLive>("two"); // b/two: $10/$30 per million
    QTest::addColumn<QString>("first");
    QTest::newRow("least latency") << QStringLiteral("least_latency") << 0 << figures(200) << figures(100) << QStringLiteral("b/two");
    QTest::newRow("least busy") << QStringLiteral("least_busy") << 0 << figures(100, -1, 1) << figures(100, -1, 3) << QStringLiteral("a/one");
    QTest::newRow("lowest cost") << QStringLiteral("lowest_cost") << 0 << figures(500) << figures(50) << QStringLiteral("a/one");
    QTest::newRow("objective met by the cheap one") << QStringLiteral("latency_objective") << 300 << figures(200, 250) << figures(50, 60)
                                                    << QStringLiteral("a/one");
    QTest::newRow("objective met by the dear one only") << QStringLiteral("latency_objective") << 100 << figures(200, 250) << figures(50, 60)
                                                        << QStringLiteral("b/two");
    QTest::newRow("objective met by neither: the fastest") << QStringLiteral("latency_objective") << 10 << figures(200, 250) << figures(50, 60)
                                                           << QStringLiteral("b/two");
    UpstreamLive open = figures(10);
    open.breakerOpen = true;
    QTest::newRow("an open breaker goes last") << QStringLiteral("least_latency") << 0 << open << figures(100) << QStringLiteral("b/two");
}

void TestBalancing::engineRanksArms()
{
    QFETCH(QString, strategy);
    QFETCH(int, objectiveMs);
    QFETCH(UpstreamLive, one);
    QFETCH(UpstreamLive, two);
    QFETCH(QString, first);
    test::PolicyFixture fixture;
    fixture.offlineProvider(QStringLiteral("a"), {QStringLiteral("one")});
    fixture.offlineProvider(QStringLiteral("b"), {QStringLiteral("two")});
    QJsonObject providers = fixture.json();
    QJsonArray list = providers[QStringLiteral("providers")].toArray();
    QJsonObject a = list[0].toObject(), b = list[1].toObject();
    a.insert(QStringLiteral("models"), QJsonArray{test::pricedModel(QStringLiteral("one"), 1, 2)});
    b.insert(QStringLiteral("models"), QJsonArray{test::pricedModel(QStringLiteral("two"), 10, 30)});
    fixture.set(QStringLiteral("providers"), QJsonArray{a, b});
    fixture.route(QStringLiteral("auto"), balanced(strategy, {QStringLiteral("a/one"), QStringLiteral("b/two")},
                                                    objectiveMs ? QJsonObject{{QStringLiteral("objective_ms"), objectiveMs}} : QJsonObject{}));
    const Policy policy = fixture.policy();
    QVERIFY(!policy.routes.empty());
    const auto compiled = CompiledPolicy::compile(policy);
    RequestFeatures features = RequestFeatures::fromRequest(chat(QStringLiteral("auto")), ApiFormat::OpenAIChat);
    const std::vector<UpstreamLive> live{one, two};
    const Decision d = RoutingEngine::decide(*compiled, features, live);
    QVERIFY(!d.steps.empty());
    QCOMPARE(compiled->upstreams[size_t(d.steps.front().upstream)].ref, first);
    if (!one.breakerOpen)
        QCOMPARE(d.steps.size(), size_t(2)); // the other arm stands behind
    const QString trace = TraceFormatter::lines(*compiled, features, d).join(u'\n');
    QVERIFY2(trace.contains(strategy) && trace.contains(QStringLiteral("recent answers")), qPrintable(trace));
}

void TestBalancing::staleArmIsProbedOnce()
{
    test::PolicyFixture fixture;
    fixture.offlineProvider(QStringLiteral("a"), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    fixture.route(QStringLiteral("auto"), balanced(QStringLiteral("least_latency"), {QStringLiteral("a/one"), QStringLiteral("a/two"), QStringLiteral("a/three")}));
    const auto compiled = CompiledPolicy::compile(fixture.policy());
    RequestFeatures features = RequestFeatures::fromRequest(chat(QStringLiteral("auto")), ApiFormat::OpenAIChat);
    UpstreamLive never; // no figures at all
    UpstreamLive stale = figures(10);
    stale.stale = true;
    const Decision d = RoutingEngine::decide(*compiled, features, std::vector<UpstreamLive>{figures(100), stale, never});
    QCOMPARE(compiled->upstreams[size_t(d.steps[0].upstream)].ref, QStringLiteral("a/two")); // the first stale arm: its probe
    QCOMPARE(compiled->upstreams[size_t(d.steps[1].upstream)].ref, QStringLiteral("a/one")); // then the measured one
    QCOMPARE(compiled->upstreams[size_t(d.steps[2].upstream)].ref, QStringLiteral("a/three")); // one probe per request
}

void TestBalancing::providerAtItsLimitIsDeferred()
{
    test::PolicyFixture fixture;
    fixture.offlineProvider(QStringLiteral("a"), {QStringLiteral("one"), QStringLiteral("two")});
    fixture.route(QStringLiteral("auto"), test::fallback(QJsonArray{test::target(QStringLiteral("a/one")), test::target(QStringLiteral("a/two"))}));
    const auto compiled = CompiledPolicy::compile(fixture.policy());
    RequestFeatures features = RequestFeatures::fromRequest(chat(QStringLiteral("auto")), ApiFormat::OpenAIChat);
    UpstreamLive limited;
    limited.providerLimited = true;
    const Decision d = RoutingEngine::decide(*compiled, features, std::vector<UpstreamLive>{limited, UpstreamLive{}});
    QCOMPARE(d.steps.size(), size_t(1));
    QCOMPARE(compiled->upstreams[size_t(d.steps[0].upstream)].ref, QStringLiteral("a/two"));
    QCOMPARE(d.deferred.size(), size_t(1)); // still there when nothing else is
}

// Two targets, one twice as fast: the fast one takes at least 90% of the traffic; when it slows
// to twice the other's latency, the traffic moves within seconds. Both figures are printed.
void TestBalancing::twiceAsFastTakesTheTraffic()
{
    m_fast->setDelayMs(20);
    m_slow->setDelayMs(40);
    startProxy(balanced(QStringLiteral("least_latency"), {QStringLiteral("a/one"), QStringLiteral("b/two")}));
    constexpr int kRequests = 150;
    int fast = 0;
    for (int i = 0; i < kRequests; ++i)
        fast += modelOf(chat(QStringLiteral("auto"))) == "one";
    const double share = double(fast) / kRequests;
    qInfo("a target twice as fast (20 ms against 40 ms) took %d of %d requests: %.1f%%", fast, kRequests, 100 * share);
    QVERIFY2(share >= 0.9, qPrintable(QString::number(share)));

    // It slows down to 80 ms: how long until nine in ten requests go to the other one?
    m_fast->setDelayMs(80);
    QElapsedTimer clock;
    clock.start();
    std::vector<bool> recent;
    qint64 movedAfterMs = -1;
    for (int i = 0; i < 400 && clock.elapsed() < 20000; ++i) {
        recent.push_back(modelOf(chat(QStringLiteral("auto"))) == "two");
        if (recent.size() >= 10 && std::count(recent.end() - 10, recent.end(), true) >= 9) {
            movedAfterMs = clock.elapsed();
            break;
        }
    }
    qInfo("after the fast target slowed to 80 ms, 9 in 10 requests went to the other within %lld ms (%zu requests)", movedAfterMs,
          recent.size());
    QVERIFY(movedAfterMs >= 0);
    QVERIFY(movedAfterMs < 5000);
    QTRY_VERIFY(!m_proxy->logged().empty());
    QVERIFY2(m_proxy->logged().back().trace().contains(QStringLiteral("least_latency")), qPrintable(m_proxy->logged().back().trace()));
}

void TestBalancing::leastBusySpreadsConcurrentRequests()
{
    m_fast->setDelayMs(200);
    m_slow->setDelayMs(200);
    startProxy(balanced(QStringLiteral("least_busy"), {QStringLiteral("a/one"), QStringLiteral("b/two")}));
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.push_back(m_proxy->postAsync(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("auto"))));
    int one = 0, two = 0;
    for (QNetworkReply *reply : replies) {
        const test::ProxyUnderTest::Reply r = test::ProxyUnderTest::collect(reply);
        one += r.headers.value("x-switchyard-model") == "one";
        two += r.headers.value("x-switchyard-model") == "two";
    }
    qInfo("six requests at once: %d and %d", one, two);
    QCOMPARE(one + two, 6);
    QVERIFY(one >= 2 && two >= 2);
}

void TestBalancing::lowestCostPrefersTheCheaperTarget()
{
    startProxy(balanced(QStringLiteral("lowest_cost"), {QStringLiteral("b/two"), QStringLiteral("a/one")}));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(modelOf(chat(QStringLiteral("auto"))), QByteArray("one"));
}

void TestBalancing::latencyObjectiveTakesTheCheapestWithinIt()
{
    m_fast->setDelayMs(60); // the cheap one is slow here
    m_slow->setDelayMs(5);
    for (const int objective : {200, 30}) {
        startProxy(balanced(QStringLiteral("latency_objective"), {QStringLiteral("a/one"), QStringLiteral("b/two")},
                            {{QStringLiteral("objective_ms"), objective}}));
        for (int i = 0; i < 12; ++i) // both measured (each probed), then p95 over five answers and more
            modelOf(chat(QStringLiteral("auto")));
        int cheap = 0;
        for (int i = 0; i < 10; ++i)
            cheap += modelOf(chat(QStringLiteral("auto"))) == "one";
        qInfo("objective %d ms: the cheap 60 ms target took %d of 10", objective, cheap);
        QVERIFY(objective == 200 ? cheap >= 9 : cheap <= 1);
    }
}

void TestBalancing::providerLimitsAvoidItsRateLimits()
{
    startProxy(test::fallback(QJsonArray{test::target(QStringLiteral("a/one")), test::target(QStringLiteral("b/two"))}),
               {{QStringLiteral("limits"), QJsonObject{{QStringLiteral("rpm"), 3}}}});
    QStringList models;
    for (int i = 0; i < 6; ++i)
        models << QString::fromLatin1(modelOf(chat(QStringLiteral("auto"))));
    QCOMPARE(models, QStringList({QStringLiteral("one"), QStringLiteral("one"), QStringLiteral("one"), QStringLiteral("two"),
                                  QStringLiteral("two"), QStringLiteral("two")}));
    QTRY_VERIFY(m_proxy->loggedCount() >= 6);
    QVERIFY2(m_proxy->logged()[3].trace().contains(QStringLiteral("per-minute limits")), qPrintable(m_proxy->logged()[3].trace()));
}

void TestBalancing::toolLoopStaysOnItsModel_data()
{
    QTest::addColumn<QByteArray>("sessionHeader"); // empty: the conversation's opening names it
    QTest::newRow("x-session-id") << QByteArray("x-session-id");
    QTest::newRow("fingerprint of the opening") << QByteArray();
}

// A tool loop on a route that spreads requests at random: every turn after the first goes to
// the model that started the conversation.
void TestBalancing::toolLoopStaysOnItsModel()
{
    QFETCH(QByteArray, sessionHeader);
    QJsonArray arms;
    for (const QString &t : {QStringLiteral("a/one"), QStringLiteral("b/two")})
        arms.append(QJsonObject{{QStringLiteral("weight"), 50}, {QStringLiteral("node"), test::target(t)}});
    startProxy(QJsonObject{{QStringLiteral("type"), QStringLiteral("weighted")}, {QStringLiteral("arms"), arms}});
    int switches = 0, pinnedTurns = 0;
    for (int conversation = 0; conversation < 10; ++conversation) {
        const QString task = QStringLiteral("Task %1: look up the weather in Paris and Rome.").arg(conversation);
        QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), QStringLiteral("You are an agent.")}},
                            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), task}}};
        const test::ProxyUnderTest::Headers headers =
            sessionHeader.isEmpty() ? test::ProxyUnderTest::Headers{} : test::ProxyUnderTest::Headers{{sessionHeader, "conv-" + QByteArray::number(conversation)}};
        // As agents send them: the tools with every request.
        const auto withTools = [](QJsonObject body) {
            body.insert(QStringLiteral("tools"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                               {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("weather")},
                                                                                        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}});
            return body;
        };
        const QByteArray first = modelOf(withTools(chat(QStringLiteral("auto"), messages)), headers);
        for (int turn = 1; turn <= 4; ++turn) {
            const QString id = QStringLiteral("call_%1").arg(turn);
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QJsonValue::Null},
                                        {QStringLiteral("tool_calls"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("function")},
                                                                                                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("weather")},
                                                                                                                                         {QStringLiteral("arguments"), QStringLiteral("{}")}}}}}}});
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")}, {QStringLiteral("tool_call_id"), id}, {QStringLiteral("content"), QStringLiteral("sunny")}});
            const test::ProxyUnderTest::Reply r = m_proxy->post(QStringLiteral("/v1/chat/completions"), withTools(chat(QStringLiteral("auto"), messages)), headers);
            QCOMPARE(r.status, 200);
            switches += r.headers.value("x-switchyard-model") != first;
            pinnedTurns += r.headers.value("x-switchyard-session") == "pinned";
        }
    }
    qInfo("tool loops: %d model switches in 40 turns after the first, %d turns pinned", switches, pinnedTurns);
    QCOMPARE(switches, 0);
    QCOMPARE(pinnedTurns, 40);
    QTRY_VERIFY(!m_proxy->logged().empty());
    QVERIFY(m_proxy->logged().back().trace().contains(QStringLiteral("session pinned to")));
}

// The Responses API names its conversation by previous_response_id: each turn follows the one before.
void TestBalancing::responsesChainStaysOnItsModel()
{
    QJsonArray arms;
    for (const QString &t : {QStringLiteral("a/one"), QStringLiteral("b/two")})
        arms.append(QJsonObject{{QStringLiteral("weight"), 50}, {QStringLiteral("node"), test::target(t)}});
    startProxy(QJsonObject{{QStringLiteral("type"), QStringLiteral("weighted")}, {QStringLiteral("arms"), arms}});
    int switches = 0;
    for (int conversation = 0; conversation < 8; ++conversation) {
        test::ProxyUnderTest::Reply r = m_proxy->post(QStringLiteral("/v1/responses"),
                                                      {{QStringLiteral("model"), QStringLiteral("auto")},
                                                       {QStringLiteral("input"), QStringLiteral("Conversation %1 starts").arg(conversation)}});
        QCOMPARE(r.status, 200);
        const QByteArray first = r.headers.value("x-switchyard-model");
        for (int turn = 0; turn < 3; ++turn) {
            const QString previous = r.json()[QStringLiteral("id")].toString();
            r = m_proxy->post(QStringLiteral("/v1/responses"), {{QStringLiteral("model"), QStringLiteral("auto")},
                                                               {QStringLiteral("previous_response_id"), previous},
                                                               {QStringLiteral("input"), QStringLiteral("and then?")}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-switchyard-session"), QByteArray("pinned"));
            switches += r.headers.value("x-switchyard-model") != first;
        }
    }
    QCOMPARE(switches, 0);
}

void TestBalancing::pinnedTargetThatFailsLetsTheSessionMove()
{
    // The session starts on a/one; then a's upstream is gone: the turn falls back and the session
    // follows it to b/two rather than failing.
    startProxy(test::fallback(QJsonArray{test::target(QStringLiteral("a/one"), {{QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), 0}}}}),
                                         test::target(QStringLiteral("b/two"))}));
    const test::ProxyUnderTest::Headers session{{"x-session-id", "s-1"}};
    QCOMPARE(modelOf(chat(QStringLiteral("auto")), session), QByteArray("one"));
    m_fastServer->stop();
    QCOMPARE(modelOf(chat(QStringLiteral("auto")), session), QByteArray("two"));
}

QTEST_GUILESS_MAIN(TestBalancing)
#include "tst_balancing.moc"
