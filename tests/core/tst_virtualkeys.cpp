// Virtual keys through the proxy over real HTTP: who may call, what they may reach, how fast and
// for how much; and the workspace side (hashes only, rotation, spend that survives a restart).
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "gateway/KeyAccount.h"
#include "gateway/KeyRegistry.h"
#include "gateway/TokenBucket.h"
#include "store/KeyStore.h"
#include "store/KeySync.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

namespace {

// Prices per million tokens: cheap $1 in / $2 out, dear $10 in / $30 out.
constexpr double kCheapIn = 1, kCheapOut = 2, kDearIn = 10, kDearOut = 30;

QJsonObject chat(const QString &model, int maxTokens = 100)
{
    QJsonObject body{{QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}}},
                     {QStringLiteral("max_tokens"), maxTokens}};
    if (!model.isNull()) // a null name leaves the field out
        body.insert(QStringLiteral("model"), model);
    return body;
}

test::ProxyUnderTest::Headers bearer(const QByteArray &key) { return {{"Authorization", "Bearer " + key}}; }

} // namespace

class TestVirtualKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void bucketRefillsContinuously();
    void resetDurationsReadLikeOpenAis_data();
    void resetDurationsReadLikeOpenAis();

    void requestsNeedALiveKey_data();
    void requestsNeedALiveKey();
    void logRecordsTheKeyNameNeverTheKey();
    void requestsPerMinuteAnswer429WithHeaders_data();
    void requestsPerMinuteAnswer429WithHeaders();
    void tokensPerMinuteCountTheRequestsSize();
    void routesAndModelsAreLimited();
    void defaultRouteTakesUnknownModels();
    void hardBudgetRefusesWith402_data();
    void hardBudgetRefusesWith402();
    void alertOnlyBudgetPassesAndSaysSo();
    void concurrentRequestsCannotOverspend();
    void metricsShowSpendPerKey();

    void storeKeepsOnlyHashes();
    void syncPicksUpChangesAndSeedsSpend();

private:
    VirtualKey key(const QString &name, const QByteArray &secret, const KeyLimits &limits = {}) const;
    void setKeys(const std::vector<VirtualKey> &keys);

    std::shared_ptr<test::UsageUpstream> m_upstream = std::make_shared<test::UsageUpstream>();
    std::unique_ptr<HttpServer> m_upstreamServer;
    test::ProxyUnderTest m_proxy;
    std::shared_ptr<KeyRegistry> m_keys = std::make_shared<KeyRegistry>();
    QTemporaryDir m_dir;
};

VirtualKey TestVirtualKeys::key(const QString &name, const QByteArray &secret, const KeyLimits &limits) const
{
    VirtualKey k;
    k.id = name + QStringLiteral("-id");
    k.name = name;
    k.hash = KeyMaterial::hash(secret);
    k.prefix = KeyMaterial::prefixOf(secret);
    k.limits = limits;
    return k;
}

void TestVirtualKeys::setKeys(const std::vector<VirtualKey> &keys)
{
    // A fresh registry: each test starts with full buckets and nothing spent.
    m_keys = std::make_shared<KeyRegistry>();
    m_keys->setKeys(keys);
    m_proxy.handler().setKeyRegistry(m_keys);
}

void TestVirtualKeys::initTestCase()
{
    HttpServer::Options options;
    options.workerThreads = 1;
    m_upstreamServer = std::make_unique<HttpServer>(m_upstream, options);
    QVERIFY(m_upstreamServer->listenOn(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(m_upstreamServer->serverPort());
    test::PolicyFixture fixture(QStringLiteral("keys"));
    fixture.provider(QStringLiteral("p"), QStringLiteral("openai"), url,
                     QJsonArray{test::pricedModel(QStringLiteral("cheap"), kCheapIn, kCheapOut),
                                test::pricedModel(QStringLiteral("dear"), kDearIn, kDearOut)});
    fixture.route(QStringLiteral("chat"), test::target(QStringLiteral("p/cheap")));
    fixture.route(QStringLiteral("premium"), test::target(QStringLiteral("p/dear")));
    fixture.route(QStringLiteral("either"), test::fallback(QJsonArray{test::target(QStringLiteral("p/dear")), test::target(QStringLiteral("p/cheap"))}));
    Diagnostics d;
    std::optional<Policy> policy = fixture.read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(m_proxy.start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
    QVERIFY(m_dir.isValid());
}

void TestVirtualKeys::init()
{
    m_upstream->setDelayMs(0);
    // Every answer reports 10 input tokens and the whole output cap the tests ask for (100).
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 10}, {QStringLiteral("completion_tokens"), 100}, {QStringLiteral("total_tokens"), 110}};
    m_upstream->setUsage("cheap", usage);
    m_upstream->setUsage("dear", usage);
    m_proxy.clearLogged();
}

void TestVirtualKeys::cleanupTestCase()
{
    m_proxy.stop();
    m_upstreamServer.reset();
}

void TestVirtualKeys::bucketRefillsContinuously()
{
    TokenBucket bucket(60); // one a second
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < 60; ++i)
        QCOMPARE(bucket.take(1, t0), 0);
    QCOMPARE(bucket.take(1, t0), 1000); // the next one is a second away
    QCOMPARE(bucket.take(1, t0 + 999), 1);
    QCOMPARE(bucket.take(1, t0 + 1000), 0);
    QCOMPARE(bucket.msUntilFull(t0 + 1000), 60000);
    bucket.adjust(1, 0, t0 + 1000); // a refused request gives its share back
    QCOMPARE(qint64(bucket.remaining(t0 + 1000)), 1);
    bucket.adjust(0, 30, t0 + 1000); // used more than it took: the bucket goes below zero
    QCOMPARE(bucket.take(1, t0 + 1000), 30000);
}

void TestVirtualKeys::resetDurationsReadLikeOpenAis_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("milliseconds") << qint64(850) << QByteArray("850ms");
    QTest::newRow("whole seconds") << qint64(2000) << QByteArray("2s");
    QTest::newRow("fractional seconds") << qint64(1500) << QByteArray("1.5s");
    QTest::newRow("hundredths") << qint64(1050) << QByteArray("1.05s");
    QTest::newRow("thousandths") << qint64(1005) << QByteArray("1.005s");
    QTest::newRow("just under a minute") << qint64(59999) << QByteArray("59.999s");
    QTest::newRow("nothing to wait") << qint64(0) << QByteArray("0ms");
    QTest::newRow("a clock that stepped back") << qint64(-40) << QByteArray("0ms");
    QTest::newRow("minutes") << qint64(360000) << QByteArray("6m0s");
    QTest::newRow("minutes and seconds") << qint64(61500) << QByteArray("1m2s");
}

void TestVirtualKeys::resetDurationsReadLikeOpenAis()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, text);
    QCOMPARE(KeyAccount::resetDuration(ms), text);
}

void TestVirtualKeys::requestsNeedALiveKey_data()
{
    QTest::addColumn<QByteArray>("presented");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("none") << QByteArray() << 401 << QStringLiteral("missing or unknown API key");
    QTest::newRow("unknown") << QByteArray("sy-not-a-key-of-this-proxy-at-all") << 401 << QStringLiteral("missing or unknown API key");
    QTest::newRow("revoked") << QByteArray("sy-revoked-key-0123456789abcdef") << 401 << QStringLiteral("was revoked");
    QTest::newRow("expired") << QByteArray("sy-expired-key-0123456789abcdef") << 401 << QStringLiteral("expired");
    QTest::newRow("live") << QByteArray("sy-live-key-0123456789abcdef") << 200 << QString();
}

void TestVirtualKeys::requestsNeedALiveKey()
{
    QFETCH(QByteArray, presented);
    QFETCH(int, status);
    QFETCH(QString, says);
    VirtualKey revoked = key(QStringLiteral("gone"), "sy-revoked-key-0123456789abcdef");
    revoked.revokedMs = 1;
    VirtualKey expired = key(QStringLiteral("old"), "sy-expired-key-0123456789abcdef");
    expired.expiresMs = QDateTime::currentMSecsSinceEpoch() - 1000;
    setKeys({key(QStringLiteral("live"), "sy-live-key-0123456789abcdef"), revoked, expired});
    const test::ProxyUnderTest::Reply r =
        m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), presented.isEmpty() ? test::ProxyUnderTest::Headers{} : bearer(presented));
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("invalid_api_key"));
        QVERIFY2(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(says), r.body.constData());
    }
    // Anthropic's clients send x-api-key and get Anthropic's error shape.
    const test::ProxyUnderTest::Reply a = m_proxy.post(QStringLiteral("/v1/messages"), chat(QStringLiteral("chat")),
                                                       presented.isEmpty() ? test::ProxyUnderTest::Headers{} : test::ProxyUnderTest::Headers{{"x-api-key", presented}});
    QCOMPARE(a.status, status);
    if (status != 200)
        QCOMPARE(a.json()[QStringLiteral("error")][QStringLiteral("type")].toString(), QStringLiteral("authentication_error"));
}

void TestVirtualKeys::logRecordsTheKeyNameNeverTheKey()
{
    const QByteArray secret = "sy-logged-key-0123456789abcdef";
    setKeys({key(QStringLiteral("team-a"), secret)});
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(secret)).status, 200);
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    const RequestLogEntry e = m_proxy.logged()[0];
    QCOMPARE(e.keyName, QStringLiteral("team-a"));
    QVERIFY(!e.trace().contains(QString::fromLatin1(secret)));
    // And through the workspace's log table.
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_dir.filePath(QStringLiteral("log.syw")), &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlDatabase db = ws->connectionForThisThread();
    QVERIFY(RequestLogStore::insert(db, {e}).isEmpty());
    QCOMPARE(RequestLogStore::recent(db, 1).at(0).keyName, QStringLiteral("team-a"));
}

void TestVirtualKeys::requestsPerMinuteAnswer429WithHeaders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("errorField"); // where each API names the error
    QTest::addColumn<QString>("errorValue");
    QTest::newRow("OpenAI client") << QStringLiteral("/v1/chat/completions") << QStringLiteral("code") << QStringLiteral("rate_limit_exceeded");
    QTest::newRow("Anthropic client") << QStringLiteral("/v1/messages") << QStringLiteral("type") << QStringLiteral("rate_limit_error");
}

void TestVirtualKeys::requestsPerMinuteAnswer429WithHeaders()
{
    QFETCH(QString, path);
    QFETCH(QString, errorField);
    QFETCH(QString, errorValue);
    const QByteArray secret = "sy-rpm-key-0123456789abcdef";
    KeyLimits limits;
    limits.requestsPerMinute = 3;
    setKeys({key(QStringLiteral("rpm3"), secret, limits)});
    for (int i = 0; i < 3; ++i) {
        const test::ProxyUnderTest::Reply r = m_proxy.post(path, chat(QStringLiteral("chat")), bearer(secret));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-ratelimit-limit-requests"), QByteArray("3"));
        QCOMPARE(r.headers.value("x-ratelimit-remaining-requests").toInt(), 2 - i);
    }
    const int before = m_upstream->served();
    const test::ProxyUnderTest::Reply refused = m_proxy.post(path, chat(QStringLiteral("chat")), bearer(secret));
    QCOMPARE(refused.status, 429);
    QCOMPARE(m_upstream->served(), before); // the provider never saw it
    QCOMPARE(refused.json()[QStringLiteral("error")][errorField].toString(), errorValue);
    QCOMPARE(refused.headers.value("x-ratelimit-remaining-requests"), QByteArray("0"));
    QVERIFY(refused.headers.value("x-ratelimit-reset-requests").endsWith("s"));
    const int retryAfter = refused.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 20, refused.headers.value("retry-after").constData()); // 1 of 3 per minute: about 20 s
    QVERIFY(refused.headers.value("retry-after-ms").toInt() > 0);
}

void TestVirtualKeys::tokensPerMinuteCountTheRequestsSize()
{
    const QByteArray secret = "sy-tpm-key-0123456789abcdef";
    KeyLimits limits;
    limits.tokensPerMinute = 250; // each request asks for 100 output tokens and a few input ones
    setKeys({key(QStringLiteral("tpm"), secret, limits)});
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(secret)).status, 200);
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(secret)).status, 200);
    const test::ProxyUnderTest::Reply refused = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(secret));
    QCOMPARE(refused.status, 429);
    QVERIFY2(refused.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("tokens per min")), refused.body.constData());
    QCOMPARE(refused.headers.value("x-ratelimit-limit-tokens"), QByteArray("250"));
    QVERIFY(refused.headers.value("x-ratelimit-remaining-tokens").toInt() < 120);
    // A smaller request still fits.
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat"), 5), bearer(secret)).status, 200);
    // One larger than the whole minute's allowance is refused outright, with nothing to wait for.
    const test::ProxyUnderTest::Reply tooLarge = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat"), 400), bearer(secret));
    QCOMPARE(tooLarge.status, 429);
    QCOMPARE(tooLarge.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("request_too_large"));
    QVERIFY(!tooLarge.headers.contains("retry-after"));
}

void TestVirtualKeys::routesAndModelsAreLimited()
{
    const QByteArray routes = "sy-routes-key-0123456789abcdef", models = "sy-models-key-0123456789abcdef";
    KeyLimits onlyChat;
    onlyChat.allowedRoutes = {QStringLiteral("chat")};
    KeyLimits onlyCheap;
    onlyCheap.allowedModels = {QStringLiteral("p/cheap")};
    setKeys({key(QStringLiteral("routes"), routes, onlyChat), key(QStringLiteral("models"), models, onlyCheap)});
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(routes)).status, 200);
    const test::ProxyUnderTest::Reply refused = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(routes));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("model_not_allowed"));
    const test::ProxyUnderTest::Reply anthropic = m_proxy.post(QStringLiteral("/v1/messages"), chat(QStringLiteral("premium")), bearer(routes));
    QCOMPARE(anthropic.status, 403);
    QCOMPARE(anthropic.json()[QStringLiteral("error")][QStringLiteral("type")].toString(), QStringLiteral("permission_error"));
    // A model list keeps the allowed targets of a route and drops the rest.
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(models)).status, 403);
    const test::ProxyUnderTest::Reply either = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("either")), bearer(models));
    QCOMPARE(either.status, 200);
    QCOMPARE(either.headers.value("x-switchyard-model"), QByteArray("cheap"));
}

void TestVirtualKeys::defaultRouteTakesUnknownModels()
{
    const QByteArray secret = "sy-default-key-0123456789abcdef";
    KeyLimits limits;
    limits.defaultRoute = QStringLiteral("premium");
    setKeys({key(QStringLiteral("default"), secret, limits), key(QStringLiteral("plain"), "sy-plain-key-0123456789abcdef")});
    for (const QString &model : {QStringLiteral("gpt-4o"), QStringLiteral("")}) {
        const test::ProxyUnderTest::Reply r = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(model), bearer(secret));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.headers.value("x-switchyard-route"), QByteArray("premium"));
    }
    // A request must still name a model, as the APIs require (the body's model is what changes).
    QJsonObject noModel = chat(QString());
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), noModel, bearer(secret)).status, 400);
    // A model the proxy serves keeps its route; a key without a default gets the usual 404.
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(secret)).headers.value("x-switchyard-route"),
             QByteArray("chat"));
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("gpt-4o")), bearer("sy-plain-key-0123456789abcdef")).status, 404);
}

void TestVirtualKeys::hardBudgetRefusesWith402_data()
{
    QTest::addColumn<bool>("daily");
    QTest::newRow("day") << true;
    QTest::newRow("month") << false;
}

void TestVirtualKeys::hardBudgetRefusesWith402()
{
    QFETCH(bool, daily);
    const QByteArray secret = "sy-budget-key-0123456789abcdef";
    KeyLimits limits;
    // One dear request costs 10 x $10/M + 100 x $30/M = $0.0031; the budget holds two.
    (daily ? limits.dayBudgetUsd : limits.monthBudgetUsd) = 0.0065;
    setKeys({key(QStringLiteral("budget"), secret, limits)});
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(secret)).status, 200);
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(secret)).status, 200);
    const test::ProxyUnderTest::Reply refused = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(secret));
    QCOMPARE(refused.status, 402);
    QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("budget_exceeded"));
    QVERIFY(refused.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(daily ? QStringLiteral("daily") : QStringLiteral("monthly")));
    const test::ProxyUnderTest::Reply anthropic = m_proxy.post(QStringLiteral("/v1/messages"), chat(QStringLiteral("premium")), bearer(secret));
    QCOMPARE(anthropic.status, 402);
    QCOMPARE(anthropic.json()[QStringLiteral("error")][QStringLiteral("type")].toString(), QStringLiteral("billing_error"));
    // The cheap route still fits what is left ($0.0003 at most).
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), bearer(secret)).status, 200);
    const KeyAccount::Figures f = m_keys->findById(QStringLiteral("budget-id"))->figures(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(f.refusedBudget, 2);
    QVERIFY(qAbs((daily ? f.dayUsd : f.monthUsd) - (2 * 0.0031 + 0.00021)) < 1e-9);
}

void TestVirtualKeys::alertOnlyBudgetPassesAndSaysSo()
{
    const QByteArray secret = "sy-alert-key-0123456789abcdef";
    KeyLimits limits;
    limits.dayBudgetUsd = 0.004;
    limits.budgetHardStop = false;
    setKeys({key(QStringLiteral("alert"), secret, limits)});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(secret)).status, 200);
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(3));
    QVERIFY(m_proxy.logged()[0].notes.isEmpty());
    QVERIFY2(m_proxy.logged()[2].notes.contains(QStringLiteral("over its budget")), qPrintable(m_proxy.logged()[2].notes));
    QVERIFY(m_keys->findById(QStringLiteral("alert-id"))->figures(QDateTime::currentMSecsSinceEpoch()).overBudget);
}

// Many requests at once against a key with room for a few: each holds its highest possible cost
// until it is settled, so the spend never passes the budget by more than the reservations that
// were too small; here every reservation bounds its bill, so the overshoot is zero.
void TestVirtualKeys::concurrentRequestsCannotOverspend()
{
    const QByteArray secret = "sy-concurrent-key-0123456789abcdef";
    KeyLimits limits;
    limits.dayBudgetUsd = 0.02; // room for six dear requests at $0.0031
    setKeys({key(QStringLiteral("concurrent"), secret, limits)});
    m_upstream->setDelayMs(200); // all of them in flight together
    constexpr int kClients = 8, kPerClient = 5;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::vector<QNetworkReply *> replies;
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        for (int i = 0; i < kPerClient; ++i) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(m_proxy.port())));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + secret);
            replies.push_back(clients.back()->post(request, QJsonDocument(chat(QStringLiteral("premium"))).toJson()));
        }
    }
    int ok = 0, refused = 0;
    for (QNetworkReply *reply : replies) {
        const test::ProxyUnderTest::Reply r = test::ProxyUnderTest::collect(reply);
        ok += r.status == 200;
        refused += r.status == 402;
    }
    QCOMPARE(ok + refused, kClients * kPerClient);
    const KeyAccount::Figures f = m_keys->findById(QStringLiteral("concurrent-id"))->figures(QDateTime::currentMSecsSinceEpoch());
    const double overshoot = f.dayUsd - limits.dayBudgetUsd;
    qInfo("%d admitted, %d refused; spent $%.5f of $%.5f: overshoot $%.5f; nothing left reserved: $%.5f", ok, refused, f.dayUsd,
          limits.dayBudgetUsd, std::max(0.0, overshoot), f.reservedUsd);
    QCOMPARE(ok, 6);
    QVERIFY(overshoot <= 0);
    QCOMPARE(f.reservedUsd, 0.0);
}

void TestVirtualKeys::metricsShowSpendPerKey()
{
    const QByteArray secret = "sy-metrics-key-0123456789abcdef";
    KeyLimits limits;
    limits.dayBudgetUsd = 5;
    setKeys({key(QStringLiteral("metered"), secret, limits)});
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("premium")), bearer(secret)).status, 200);
    const test::ProxyUnderTest::Reply metrics = m_proxy.request("GET", QStringLiteral("/metrics"), {}, bearer(secret));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("switchyard_key_spend_usd{key=\"metered\",period=\"day\"} 0.0031"), metrics.body.constData());
    QVERIFY(metrics.body.contains("switchyard_key_budget_usd{key=\"metered\",period=\"day\"} 5"));
    QVERIFY(metrics.body.contains("switchyard_key_requests_total{key=\"metered\",status=\"200\"}"));
    QCOMPARE(m_proxy.request("GET", QStringLiteral("/metrics")).status, 401); // no key, no figures
}

void TestVirtualKeys::storeKeepsOnlyHashes()
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_dir.filePath(QStringLiteral("keys.syw")), &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlDatabase db = ws->connectionForThisThread();
    VirtualKey draft;
    draft.name = QStringLiteral("ci");
    draft.owner = QStringLiteral("build team");
    draft.tags = {QStringLiteral("ci"), QStringLiteral("batch")};
    draft.limits.dayBudgetUsd = 3;
    draft.limits.allowedRoutes = {QStringLiteral("chat")};
    const KeyStore::Issued issued = KeyStore::create(db, draft, 1000);
    QVERIFY2(issued.error.isEmpty(), qPrintable(issued.error));
    QVERIFY(issued.secret.startsWith("sy-") && issued.secret.size() == 43);
    QVERIFY(!KeyStore::create(db, draft, 1000).error.isEmpty()); // names are unique
    // Nothing in the table holds the secret.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM virtual_keys")));
    while (q.next())
        for (int c = 0; c < q.record().count(); ++c)
            QVERIFY(!q.value(c).toString().contains(QString::fromLatin1(issued.secret)));
    std::optional<VirtualKey> stored = KeyStore::find(db, QStringLiteral("ci"));
    QVERIFY(stored);
    QCOMPARE(stored->hash, KeyMaterial::hash(issued.secret));
    QCOMPARE(stored->limits, draft.limits);
    QCOMPARE(stored->tags, draft.tags);
    const KeyStore::Issued rotated = KeyStore::rotate(db, QStringLiteral("ci"), 2000);
    QVERIFY(rotated.error.isEmpty());
    QVERIFY(rotated.secret != issued.secret);
    QCOMPARE(KeyStore::find(db, QStringLiteral("ci"))->hash, KeyMaterial::hash(rotated.secret));
    QCOMPARE(KeyStore::find(db, QStringLiteral("ci"))->id, issued.key.id); // the same key, a new secret
    QVERIFY(KeyStore::revoke(db, QStringLiteral("ci"), 3000).isEmpty());
    QCOMPARE(KeyStore::find(db, QStringLiteral("ci"))->revokedMs, 3000);
    QVERIFY(!KeyStore::rotate(db, QStringLiteral("ci"), 4000).error.isEmpty());
}

void TestVirtualKeys::syncPicksUpChangesAndSeedsSpend()
{
    QString error;
    std::shared_ptr<Workspace> ws = Workspace::open(m_dir.filePath(QStringLiteral("sync.syw")), &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlDatabase db = ws->connectionForThisThread();
    VirtualKey draft;
    draft.name = QStringLiteral("app");
    const KeyStore::Issued issued = KeyStore::create(db, draft, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(issued.error.isEmpty());
    // Spent earlier today, before this proxy started.
    RequestLogEntry earlier;
    earlier.timestampMs = QDateTime::currentMSecsSinceEpoch() - 1000;
    earlier.keyName = QStringLiteral("app");
    earlier.costUsd = 0.25;
    earlier.status = 200;
    QVERIFY(RequestLogStore::insert(db, {earlier}).isEmpty());

    auto registry = std::make_shared<KeyRegistry>();
    KeySync sync(ws, registry);
    sync.loadNow();
    const std::shared_ptr<KeyAccount> account = registry->find(KeyMaterial::hash(issued.secret));
    QVERIFY(account);
    QCOMPARE(account->figures(QDateTime::currentMSecsSinceEpoch()).dayUsd, 0.25);

    // A revocation in the workspace reaches the registry within a poll.
    QSignalSpy changed(&sync, &KeySync::keysChanged);
    sync.start(50);
    ws->write([](QSqlDatabase &w) { return KeyStore::revoke(w, QStringLiteral("app"), QDateTime::currentMSecsSinceEpoch()); });
    QVERIFY(changed.wait(5000));
    QVERIFY(registry->find(KeyMaterial::hash(issued.secret))->key()->revokedMs != 0);
    QCOMPARE(registry->find(KeyMaterial::hash(issued.secret)).get(), account.get()); // the same ledger
}

QTEST_GUILESS_MAIN(TestVirtualKeys)
#include "tst_virtualkeys.moc"
