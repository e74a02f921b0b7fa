// The proxy on a bad day: upstreams that break every way an upstream can, clients that give up
// at every phase. Each case asserts what the client receives (in its own API's shape), what the
// request log records, what /metrics counts, and that the target's breaker recovers.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "FaultyUpstream.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyHandler.h"
#include "store/RequestLogWriter.h"
#include "store/Workspace.h"

using namespace sy;
using sy::test::FaultyUpstream;

class TestProxyFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void brokenAnswers_data();
    void brokenAnswers();
    void rateLimitsStayRateLimits_data();
    void rateLimitsStayRateLimits();
    void staleConnectionIsResentOnlyWhenIdempotent_data();
    void staleConnectionIsResentOnlyWhenIdempotent();
    void clientGivesUp_data();
    void clientGivesUp();
    void halfOpenProbeThatTellsNothingFreesTheBreaker_data();
    void halfOpenProbeThatTellsNothingFreesTheBreaker();
    void rateLimitStormIsOneLogRowPerBatch();
    void largeBodyReachesTheUpstreamIntact_data();
    void largeBodyReachesTheUpstreamIntact();
    void failedAttemptIsLoggedWithItsContext_data();
    void failedAttemptIsLoggedWithItsContext();

private:
    using Reply = test::ProxyUnderTest::Reply;
    static void addApiRows(const QList<QByteArray> &faults);
    QByteArray requestBody(const QByteArray &alias, bool anthropicClient, bool stream, const QString &content = QStringLiteral("hello")) const;
    QNetworkRequest request(const QByteArray &path) const;
    Reply call(const QByteArray &alias, bool anthropicClient, bool stream, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QByteArray metrics();
    RequestLogEntry lastLogged(const QString &route);
    int loggedCount();
    static QString errorMessageIn(const QByteArray &body, bool anthropicClient);
    static bool isCompleteAnswer(const QByteArray &body, bool anthropicClient, bool stream);
    static bool isPartialThenErrorEvent(const QByteArray &body, bool anthropicClient);

    FaultyUpstream m_upstream;
    std::shared_ptr<ProxyRuntime> m_runtime;
    std::shared_ptr<ProxyHandler> m_handler;
    std::unique_ptr<HttpServer> m_proxy;
    QNetworkAccessManager m_nam;
    std::mutex m_logMutex;
    std::vector<RequestLogEntry> m_logged;
};

namespace {

const QList<QByteArray> kFaults = {"ok", "slow", "reset_mid", "stall_mid", "no_terminator", "garbage_mid", "error_event", "error_first",
                                   "html502", "empty200", "r429_s", "r429_date", "r429_ms", "stale", "flaky"};

QByteArray alias(const QByteArray &fault, bool anthropicUpstream) { return fault + (anthropicUpstream ? "@an" : "@oa"); }
QByteArray largeBodyAlias(bool anthropicUpstream) { return anthropicUpstream ? "large@an" : "large@oa"; }

} // namespace

void TestProxyFaults::initTestCase()
{
    QVERIFY(m_upstream.listenOnLoopback());
}

void TestProxyFaults::init()
{
    m_upstream.healthy = false;
    m_upstream.failStatus = 500;
    m_upstream.clearHits();
    QStringList modelIds;
    for (const QByteArray &fault : kFaults)
        modelIds.append(QString::fromLatin1(fault));
    const QJsonObject timeouts{{QStringLiteral("timeouts"),
                                QJsonObject{{QStringLiteral("connect_ms"), 1000}, {QStringLiteral("first_byte_ms"), 400}, {QStringLiteral("total_ms"), 5000}}}};
    const QJsonObject roomyTimeouts{{QStringLiteral("timeouts"),
                                     QJsonObject{{QStringLiteral("connect_ms"), 5000}, {QStringLiteral("first_byte_ms"), 20000}, {QStringLiteral("total_ms"), 30000}}}};
    test::PolicyFixture fixture(QStringLiteral("faults"));
    fixture.provider(QStringLiteral("oa"), QStringLiteral("openai"), m_upstream.baseUrl(), test::models(modelIds), timeouts)
        .provider(QStringLiteral("an"), QStringLiteral("anthropic"), m_upstream.baseUrl(), test::models(modelIds), timeouts)
        .provider(QStringLiteral("oa-big"), QStringLiteral("openai"), m_upstream.baseUrl(), test::models(modelIds), roomyTimeouts)
        .provider(QStringLiteral("an-big"), QStringLiteral("anthropic"), m_upstream.baseUrl(), test::models(modelIds), roomyTimeouts);
    // One attempt per request: these tests are about how one broken answer is told (default retries have their own test).
    const QJsonObject breaker{{QStringLiteral("breaker"), QJsonObject{{QStringLiteral("consecutive_failures"), 1}, {QStringLiteral("cooldown_ms"), 300}}},
                              {QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), 0}}}};
    for (const QByteArray &fault : kFaults)
        for (const bool anthropic : {false, true})
            fixture.route(QString::fromLatin1(alias(fault, anthropic)), test::target(QString::fromLatin1((anthropic ? "an/" : "oa/") + fault), breaker));
    // Large bodies go to providers of their own with room to parse them (a slow sanitizer build).
    for (const bool anthropic : {false, true})
        fixture.route(QString::fromLatin1(largeBodyAlias(anthropic)), test::target(anthropic ? QStringLiteral("an-big/ok") : QStringLiteral("oa-big/ok")));
    Diagnostics d;
    auto parsed = fixture.read(d);
    QVERIFY2(parsed, qPrintable(d.toString()));
    m_runtime = ProxyRuntime::create(std::move(*parsed), {}, {}, nullptr);
    {
        std::lock_guard lock(m_logMutex);
        m_logged.clear();
    }
    m_handler = std::make_shared<ProxyHandler>(m_runtime, [this](RequestLogEntry &&e) {
        std::lock_guard lock(m_logMutex);
        m_logged.push_back(std::move(e));
    });
    HttpServer::Options options;
    options.workerThreads = 1; // one upstream pool, so a second request reuses the first's connection
    m_proxy = std::make_unique<HttpServer>(m_handler, options);
    QVERIFY(m_proxy->listenOn(QHostAddress::LocalHost, 0));
}

void TestProxyFaults::cleanup()
{
    m_proxy.reset();
    m_handler.reset();
    m_runtime.reset();
}

void TestProxyFaults::addApiRows(const QList<QByteArray> &faults)
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<bool>("anthropicClient");
    QTest::addColumn<bool>("anthropicUpstream");
    QTest::addColumn<bool>("stream");
    for (const QByteArray &fault : faults)
        for (const bool anthropicClient : {false, true})
            for (const bool anthropicUpstream : {false, true})
                for (const bool stream : {false, true})
                    QTest::addRow("%s %s->%s %s", fault.constData(), anthropicClient ? "anthropic" : "openai",
                                  anthropicUpstream ? "anthropic" : "openai", stream ? "stream" : "json")
                        << fault << anthropicClient << anthropicUpstream << stream;
}

QByteArray TestProxyFaults::requestBody(const QByteArray &routeAlias, bool anthropicClient, bool stream, const QString &content) const
{
    QJsonObject body{{QStringLiteral("model"), QString::fromLatin1(routeAlias)},
                     {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                          {QStringLiteral("content"), content}}}},
                     {QStringLiteral("stream"), stream}};
    if (anthropicClient)
        body.insert(QStringLiteral("max_tokens"), 64);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QNetworkRequest TestProxyFaults::request(const QByteArray &path) const
{
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxy->serverPort()).arg(QString::fromLatin1(path))));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return r;
}

TestProxyFaults::Reply TestProxyFaults::call(const QByteArray &routeAlias, bool anthropicClient, bool stream,
                                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest r = request(anthropicClient ? "/v1/messages" : "/v1/chat/completions");
    if (anthropicClient)
        r.setRawHeader("anthropic-version", "2023-06-01");
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    return test::ProxyUnderTest::collect(m_nam.post(r, requestBody(routeAlias, anthropicClient, stream)));
}

QByteArray TestProxyFaults::metrics()
{
    QNetworkReply *reply = m_nam.get(request("/metrics"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(5000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

int TestProxyFaults::loggedCount()
{
    std::lock_guard lock(m_logMutex);
    return int(m_logged.size());
}

RequestLogEntry TestProxyFaults::lastLogged(const QString &route)
{
    std::lock_guard lock(m_logMutex);
    for (auto it = m_logged.rbegin(); it != m_logged.rend(); ++it)
        if (it->route == route) {
            RequestLogEntry copy = *it;
            copy.traceSource = {};
            return copy;
        }
    return {};
}

QString TestProxyFaults::errorMessageIn(const QByteArray &body, bool anthropicClient)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (anthropicClient && root.value(QStringLiteral("type")).toString() != QStringLiteral("error"))
        return {};
    return root.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

bool TestProxyFaults::isCompleteAnswer(const QByteArray &body, bool anthropicClient, bool stream)
{
    if (stream)
        return body.contains(anthropicClient ? "event: message_stop" : "data: [DONE]") && !body.contains("error");
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    return anthropicClient ? root.value(QStringLiteral("type")).toString() == QStringLiteral("message")
                           : !root.value(QStringLiteral("choices")).toArray().isEmpty();
}

bool TestProxyFaults::isPartialThenErrorEvent(const QByteArray &body, bool anthropicClient)
{
    // Some content reached the client, no terminator claims the answer is whole, the last event is an error.
    if (!body.contains("Hel") || body.contains(anthropicClient ? "event: message_stop" : "data: [DONE]"))
        return false;
    const QList<QByteArray> events = body.trimmed().split('\n');
    const qsizetype lastEvent = body.trimmed().lastIndexOf("\n\n");
    const QByteArray last = lastEvent < 0 ? body.trimmed() : body.trimmed().mid(lastEvent + 2);
    return anthropicClient ? last.startsWith("event: error\ndata: ") : last.startsWith("data: {\"error\"");
}

void TestProxyFaults::brokenAnswers_data()
{
    addApiRows({"ok", "reset_mid", "stall_mid", "no_terminator", "garbage_mid", "error_event", "error_first", "html502", "empty200"});
}

void TestProxyFaults::brokenAnswers()
{
    QFETCH(QByteArray, fault);
    QFETCH(bool, anthropicClient);
    QFETCH(bool, anthropicUpstream);
    QFETCH(bool, stream);
    const QByteArray route = alias(fault, anthropicUpstream);
    const Reply r = call(route, anthropicClient, stream);
    QTRY_COMPARE_WITH_TIMEOUT(loggedCount(), 1, 5000);
    const RequestLogEntry logged = lastLogged(QString::fromLatin1(route));
    QCOMPARE(m_upstream.hits(fault), 1); // tried once: nothing re-sent behind the policy's back

    if (fault == "ok") {
        QCOMPARE(r.status, 200);
        QVERIFY2(isCompleteAnswer(r.body, anthropicClient, stream), r.body.constData());
        QCOMPARE(logged.status, 200);
        QVERIFY(logged.error.isEmpty());
        return;
    }
    // Failures seen after content reached a streaming client end its stream with an error event;
    // all others are an error response in the client's API shape. Never a 200 in the log.
    const bool afterContent = stream && fault != "error_first" && fault != "html502" && fault != "empty200";
    const int expected = afterContent ? 200 : fault == "stall_mid" ? 504 : 502;
    QCOMPARE(r.status, expected);
    if (afterContent) {
        QVERIFY2(isPartialThenErrorEvent(r.body, anthropicClient), r.body.constData());
        QVERIFY2(!r.body.contains("<html>"), r.body.constData());
        QCOMPARE(logged.status, 502);
    } else {
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QString message = errorMessageIn(r.body, anthropicClient);
        QVERIFY2(!message.isEmpty(), r.body.constData());
        if (fault == "html502")
            QVERIFY2(message.contains(QStringLiteral("502 Bad Gateway")) && !message.contains(u'<'), qPrintable(message));
        QCOMPARE(logged.status, expected);
    }
    const QMap<QByteArray, QString> cause = {
        {"reset_mid", QStringLiteral("closed")},         {"stall_mid", QStringLiteral("timed out")},
        {"no_terminator", stream ? QStringLiteral("terminator") : QStringLiteral("not a JSON object")},
        {"garbage_mid", stream ? QStringLiteral("malformed") : QStringLiteral("not a JSON object")},
        {"error_event", QStringLiteral("upstream exploded")}, {"error_first", QStringLiteral("upstream exploded")},
        {"html502", QStringLiteral("502")},              {"empty200", stream ? QStringLiteral("before its first event") : QStringLiteral("empty body")}};
    QVERIFY2(logged.error.contains(cause.value(fault)), qPrintable(logged.error));
    QCOMPARE(int(logged.attemptLog.size()), 1);
    QVERIFY(logged.attemptLog[0].outcome != QStringLiteral("ok"));
    // No broken answer is counted as a good one.
    const QByteArray labels = "provider=\"" + QByteArray(anthropicUpstream ? "an" : "oa") + "\",model=\"" + fault + "\",outcome=\"ok\"";
    QVERIFY2(!metrics().contains(labels), labels.constData());

    // The breaker opened on that failure (threshold 1); once the upstream heals it closes again.
    m_upstream.healthy = true;
    QTRY_VERIFY_WITH_TIMEOUT(call(route, anthropicClient, stream).status == 200, 5000);
}

void TestProxyFaults::rateLimitsStayRateLimits_data()
{
    addApiRows({"r429_s", "r429_date", "r429_ms"});
}

void TestProxyFaults::rateLimitsStayRateLimits()
{
    QFETCH(QByteArray, fault);
    QFETCH(bool, anthropicClient);
    QFETCH(bool, anthropicUpstream);
    QFETCH(bool, stream);
    const QByteArray route = alias(fault, anthropicUpstream);
    QElapsedTimer clock;
    clock.start();
    const Reply first = call(route, anthropicClient, stream);
    QCOMPARE(first.status, 429);
    QVERIFY2(!errorMessageIn(first.body, anthropicClient).isEmpty(), first.body.constData());
    QVERIFY(first.headers.contains("retry-after") || first.headers.contains("retry-after-ms"));
    // While the upstream's Retry-After runs, the proxy answers 429 itself, says how long to wait,
    // and does not knock on the upstream's door; the breaker (threshold 1) stays closed.
    for (int i = 0; i < 5; ++i) {
        const Reply again = call(route, anthropicClient, stream);
        if (clock.elapsed() > 900)
            break; // the shortest Retry-After (1 s) may have passed on a slow machine
        QCOMPARE(again.status, 429);
        QVERIFY(again.headers.value("retry-after").toInt() >= 1);
        QVERIFY2(!errorMessageIn(again.body, anthropicClient).isEmpty(), again.body.constData());
    }
    QCOMPARE(m_upstream.hits(fault), 1);
    const QByteArray breaker = "switchyard_breaker_state{provider=\"" + QByteArray(anthropicUpstream ? "an" : "oa") + "\",model=\"" + fault + "\"} 0";
    QVERIFY2(metrics().contains(breaker), breaker.constData());
    QTRY_VERIFY(loggedCount() >= 2);
    const RequestLogEntry logged = lastLogged(QString::fromLatin1(route));
    QCOMPARE(logged.status, 429);
    QVERIFY(!logged.error.isEmpty());

    m_upstream.healthy = true;
    QTRY_VERIFY_WITH_TIMEOUT(call(route, anthropicClient, stream).status == 200, 5000);
    QVERIFY(clock.elapsed() >= 900); // not before the upstream said it could take more
}

void TestProxyFaults::staleConnectionIsResentOnlyWhenIdempotent_data()
{
    QTest::addColumn<bool>("anthropicClient");
    QTest::addColumn<bool>("anthropicUpstream");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("idempotencyKey");
    for (const bool key : {false, true})
        for (const bool anthropicClient : {false, true})
            for (const bool anthropicUpstream : {false, true})
                for (const bool stream : {false, true})
                    QTest::addRow("%s->%s %s %s", anthropicClient ? "anthropic" : "openai", anthropicUpstream ? "anthropic" : "openai",
                                  stream ? "stream" : "json", key ? "idempotency key" : "plain POST")
                        << anthropicClient << anthropicUpstream << stream << key;
}

void TestProxyFaults::staleConnectionIsResentOnlyWhenIdempotent()
{
    QFETCH(bool, anthropicClient);
    QFETCH(bool, anthropicUpstream);
    QFETCH(bool, stream);
    QFETCH(bool, idempotencyKey);
    const QByteArray route = alias("stale", anthropicUpstream);
    const int hitsBefore = m_upstream.hits("stale");
    QCOMPARE(call(route, anthropicClient, stream).status, 200);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (idempotencyKey)
        headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("key-1")));
    // The upstream closes the kept-alive connection when this second request arrives on it.
    const Reply second = call(route, anthropicClient, stream, headers);
    QTRY_COMPARE(loggedCount(), 2);
    const RequestLogEntry logged = lastLogged(QString::fromLatin1(route));
    if (idempotencyKey) {
        QCOMPARE(second.status, 200);
        QCOMPARE(m_upstream.hits("stale"), hitsBefore + 3); // the second request twice: once dropped, once answered
        QVERIFY(metrics().contains("switchyard_upstream_stale_connections_total{action=\"resent\"}"));
    } else {
        QCOMPARE(second.status, 502);
        QVERIFY2(errorMessageIn(second.body, anthropicClient).contains(QStringLiteral("not re-sent")), second.body.constData());
        QCOMPARE(m_upstream.hits("stale"), hitsBefore + 2); // exactly once each
        QCOMPARE(logged.status, 502);
        QVERIFY2(logged.error.contains(QStringLiteral("not re-sent")), qPrintable(logged.error));
    }
}

void TestProxyFaults::clientGivesUp_data()
{
    QTest::addColumn<QByteArray>("phase");
    QTest::addColumn<bool>("anthropicClient");
    QTest::addColumn<bool>("anthropicUpstream");
    QTest::addColumn<bool>("stream");
    for (const bool anthropicClient : {false, true})
        for (const bool anthropicUpstream : {false, true})
            for (const bool stream : {false, true})
                for (const char *phase : {"in the request headers", "in the request body", "waiting for the upstream", "after the first event"}) {
                    if (!stream && QByteArray(phase) == "after the first event")
                        continue;
                    QTest::addRow("%s, %s->%s %s", phase, anthropicClient ? "anthropic" : "openai", anthropicUpstream ? "anthropic" : "openai",
                                  stream ? "stream" : "json")
                        << QByteArray(phase) << anthropicClient << anthropicUpstream << stream;
                }
}

void TestProxyFaults::clientGivesUp()
{
    QFETCH(QByteArray, phase);
    QFETCH(bool, anthropicClient);
    QFETCH(bool, anthropicUpstream);
    QFETCH(bool, stream);
    const QByteArray route = alias("slow", anthropicUpstream);
    const QByteArray body = requestBody(route, anthropicClient, stream);
    const QByteArray head = QByteArray("POST ") + (anthropicClient ? "/v1/messages" : "/v1/chat/completions") +
                            " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                            (anthropicClient ? "anthropic-version: 2023-06-01\r\n" : "") + "Content-Length: " + QByteArray::number(body.size()) +
                            "\r\n\r\n";
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_proxy->serverPort());
    QVERIFY(client.waitForConnected(5000));
    const int hitsBefore = m_upstream.hits("slow");
    if (phase == "in the request headers") {
        client.write(head.left(20));
    } else if (phase == "in the request body") {
        client.write(head + body.left(10));
    } else {
        client.write(head + body);
        if (phase == "waiting for the upstream") {
            QTRY_COMPARE(m_upstream.hits("slow"), hitsBefore + 1); // the upstream has it and takes 300 ms
        } else {
            QByteArray received;
            QTRY_VERIFY((received += client.readAll()).contains("Hel"));
        }
    }
    client.flush();
    client.abort();

    const bool reachedTheExchange = phase == "waiting for the upstream" || phase == "after the first event";
    if (reachedTheExchange) {
        QTRY_COMPARE(loggedCount(), 1);
        const RequestLogEntry logged = lastLogged(QString::fromLatin1(route));
        QCOMPARE(logged.status, 499);
        QCOMPARE(logged.error, QStringLiteral("client closed the connection"));
        QCOMPARE(logged.attemptLog.back().outcome, QStringLiteral("client_gone"));
    }
    // Nothing is left in flight, and the proxy serves the next client as if nothing happened.
    QTRY_VERIFY(metrics().contains("switchyard_requests_in_flight 0"));
    const QByteArray upstreamIdle = "switchyard_upstream_in_flight{provider=\"" + QByteArray(anthropicUpstream ? "an" : "oa") + "\",model=\"slow\"} 0";
    QTRY_VERIFY2(metrics().contains(upstreamIdle), upstreamIdle.constData());
    QCOMPARE(call(alias("ok", anthropicUpstream), anthropicClient, stream).status, 200);
    if (!reachedTheExchange)
        QCOMPARE(loggedCount(), 1); // only the request that followed
}

void TestProxyFaults::halfOpenProbeThatTellsNothingFreesTheBreaker_data()
{
    QTest::addColumn<QByteArray>("probeEnd");
    QTest::newRow("the probing client hangs up") << QByteArray("hang-up");
    QTest::newRow("the probe gets a 400") << QByteArray("400");
}

void TestProxyFaults::halfOpenProbeThatTellsNothingFreesTheBreaker()
{
    QFETCH(QByteArray, probeEnd);
    const QByteArray route = alias("flaky", false);
    QCOMPARE(call(route, false, false).status, 500); // opens the breaker (threshold 1)
    const Reply skipped = call(route, false, false); // open: skipped, and the client is told when to come back
    QCOMPARE(skipped.status, 503);
    QVERIFY(skipped.headers.value("retry-after").toInt() >= 1);
    const QByteArray counted = metrics();
    QVERIFY(counted.contains("switchyard_upstream_skipped_total{provider=\"oa\",model=\"flaky\",reason=\"breaker\"} 1"));
    QVERIFY(counted.contains("switchyard_upstream_attempts_total{provider=\"oa\",model=\"flaky\",outcome=\"http_500\"} 1"));
    QVERIFY(!counted.contains("model=\"flaky\",outcome=\"error\""));
    // Past the 300 ms cool-down the breaker lets a probe through: wait for that, not a fixed time.
    const int flakyIndex = m_runtime->policy->upstreamByRef.value(QStringLiteral("oa/flaky"), -1);
    QVERIFY(flakyIndex >= 0);
    const UpstreamState *flaky = &m_runtime->upstreams[size_t(flakyIndex)];
    QTRY_COMPARE(flaky->breaker.state(QDateTime::currentMSecsSinceEpoch()), CircuitBreaker::State::HalfOpen);
    if (probeEnd == "hang-up") {
        m_upstream.failStatus = 0; // slow and healthy: the client leaves before the answer
        QNetworkReply *probe = m_nam.post(request("/v1/chat/completions"), requestBody(route, false, false));
        QTRY_COMPARE(m_upstream.hits("flaky"), 2);
        probe->abort();
        probe->deleteLater();
        QTRY_COMPARE(loggedCount(), 3);
        QCOMPARE(lastLogged(QString::fromLatin1(route)).status, 499);
    } else {
        m_upstream.failStatus = 400;
        QCOMPARE(call(route, false, false).status, 400); // the upstream answered: it is up
        m_upstream.failStatus = 0;
    }
    // The probe slot was given back (or the breaker closed): the target is tried again.
    QCOMPARE(call(route, false, false).status, 200);
    QVERIFY(metrics().contains("switchyard_breaker_state{provider=\"oa\",model=\"flaky\"} 0"));
}

void TestProxyFaults::rateLimitStormIsOneLogRowPerBatch()
{
    // 300 requests answered 429 by the proxy itself while the upstream's Retry-After runs, written
    // through the real log writer: a handful of rows that count them all, not 300.
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.sqlite")), &error);
    QVERIFY2(workspace, qPrintable(error));
    auto writer = std::make_unique<RequestLogWriter>(workspace.get());
    m_handler = std::make_shared<ProxyHandler>(m_runtime, [w = writer.get()](RequestLogEntry &&e) { w->append(std::move(e)); });
    m_proxy = std::make_unique<HttpServer>(m_handler, HttpServer::Options{});
    QVERIFY(m_proxy->listenOn(QHostAddress::LocalHost, 0));
    const QByteArray route = alias("r429_s", false);
    QCOMPARE(call(route, false, false).status, 429);
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < 300; ++i)
        replies.push_back(m_nam.post(request("/v1/chat/completions"), requestBody(route, false, false)));
    for (QNetworkReply *reply : replies) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        reply->deleteLater();
    }
    m_proxy.reset();
    m_handler.reset();
    writer.reset(); // flushes and waits for the writes
    std::vector<RequestLogEntry> rows;
    workspace->write([&rows](QSqlDatabase &db) {
        rows = RequestLogStore::recent(db, 1000);
        return QString();
    });
    workspace->waitForWrites();
    int represented = 0;
    for (const RequestLogEntry &row : rows)
        represented += row.repeats;
    QCOMPARE(represented, 301);
    QVERIFY2(rows.size() <= 20, qPrintable(QString::number(rows.size())));
    QCOMPARE(m_upstream.hits("r429_s"), 1);
}

void TestProxyFaults::largeBodyReachesTheUpstreamIntact_data()
{
    QTest::addColumn<int>("contentBytes");
    QTest::addColumn<bool>("anthropicClient");
    QTest::addColumn<bool>("anthropicUpstream");
    QTest::addColumn<bool>("stream");
    // Below the size sent with the head, above it (sent from the client's buffer), above the size
    // parsed with a parser of its own.
    for (const int size : {100, 64 * 1024, 5 * 1024 * 1024})
        for (const bool anthropicClient : {false, true})
            for (const bool anthropicUpstream : {false, true})
                for (const bool stream : {false, true})
                    QTest::addRow("%d %s->%s %s", size, anthropicClient ? "anthropic" : "openai", anthropicUpstream ? "anthropic" : "openai",
                                  stream ? "stream" : "json")
                        << size << anthropicClient << anthropicUpstream << stream;
}

void TestProxyFaults::largeBodyReachesTheUpstreamIntact()
{
    QFETCH(int, contentBytes);
    QFETCH(bool, anthropicClient);
    QFETCH(bool, anthropicUpstream);
    QFETCH(bool, stream);
    QString content;
    content.reserve(contentBytes);
    for (int i = 0; content.size() < contentBytes; ++i) // varied text, with escapes and non-ASCII
        content += QStringLiteral("word%1 \"q\" \u00e9\n").arg(i);
    content.truncate(contentBytes);
    const QByteArray route = largeBodyAlias(anthropicUpstream);
    const QByteArray sent = requestBody(route, anthropicClient, stream, content);

    QNetworkRequest r = request(anthropicClient ? "/v1/messages" : "/v1/chat/completions");
    if (anthropicClient)
        r.setRawHeader("anthropic-version", "2023-06-01");
    QNetworkReply *reply = m_nam.post(r, sent);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || done.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(isCompleteAnswer(reply->readAll(), anthropicClient, stream));
    reply->deleteLater();

    const QByteArray received = m_upstream.lastBody();
    if (anthropicClient == anthropicUpstream) {
        // The same API: byte for byte the client's body, only the model swapped (and, for an
        // OpenAI stream, usage asked for in front).
        QByteArray expected = sent;
        expected.replace("\"" + route + "\"", QByteArray("\"ok\""));
        if (stream && !anthropicClient)
            expected.insert(1, "\"stream_options\":{\"include_usage\":true},");
        QCOMPARE(received.size(), expected.size());
        QVERIFY(received == expected);
    } else {
        const QJsonObject upstream = QJsonDocument::fromJson(received).object();
        QCOMPARE(upstream.value(QStringLiteral("model")).toString(), QStringLiteral("ok"));
        const QJsonArray messages = upstream.value(QStringLiteral("messages")).toArray();
        QVERIFY(!messages.isEmpty());
        const QJsonValue last = messages.last().toObject().value(QStringLiteral("content"));
        const QString text = last.isString() ? last.toString() : last.toArray().first().toObject().value(QStringLiteral("text")).toString();
        QCOMPARE(text.size(), content.size());
        QVERIFY(text == content);
    }
}

namespace {
// Messages from every thread (the proxy logs on its workers), kept for the test to read.
std::mutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        std::lock_guard lock(g_messagesMutex);
        g_messages.append(QStringLiteral("%1 %2 %3").arg(type == QtWarningMsg ? QStringLiteral("warning") : QStringLiteral("other"),
                                                         QLatin1String(context.category), message));
    }
    g_previousHandler(type, context, message);
}
QStringList messagesMatching(const QString &needle)
{
    std::lock_guard lock(g_messagesMutex);
    return g_messages.filter(needle);
}
} // namespace

void TestProxyFaults::failedAttemptIsLoggedWithItsContext_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("expected"); // in the warning, after the target
    QTest::newRow("5xx") << QByteArray("html502") << QStringLiteral("(http_502: upstream answered 502); no target left");
    QTest::newRow("error event") << QByteArray("error_first") << QStringLiteral("(invalid_answer: the upstream stream carried an error");
    QTest::newRow("no terminator") << QByteArray("no_terminator") << QStringLiteral("(stream_error: the upstream stream ended without its terminator");
}

// A failed attempt is one warning in switchyard.proxy naming the request, route, target, outcome
// and what the proxy does next; the request log keeps the rest.
void TestProxyFaults::failedAttemptIsLoggedWithItsContext()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, expected);
    {
        std::lock_guard lock(g_messagesMutex);
        g_messages.clear();
    }
    g_previousHandler = qInstallMessageHandler(keepMessage);
    const Reply reply = call(alias(fault, false), false, true, {{"x-request-id", "req-77"}});
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(reply.status >= 500 || reply.body.contains("error"));
    const QString target = QStringLiteral("warning switchyard.proxy request req-77 to '%1': oa/%2 failed after")
                               .arg(QString::fromLatin1(alias(fault, false)), QString::fromLatin1(fault));
    const QStringList warnings = messagesMatching(target);
    QVERIFY2(warnings.size() == 1, qPrintable(messagesMatching(QStringLiteral("switchyard")).join(u'\n')));
    QVERIFY2(warnings.front().contains(expected), qPrintable(warnings.front()));
}

QTEST_MAIN(TestProxyFaults)
#include "tst_proxyfaults.moc"
