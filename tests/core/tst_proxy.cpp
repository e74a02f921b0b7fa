#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "domain/TokenEstimator.h"
#include "learn/SemanticRouter.h"
#include "mock/MockContent.h"
#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "ProxyUnderTest.h"
#include "eval/JsonSchemaCheck.h"
#include "proxy/ProxyHandler.h"
#include "proxy/UsageChunkFilter.h"

using namespace sy;

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nonStream();
    void streamRelayedWithUsage();
    void streamWithoutUsageRequestIsStillCosted();
    void usageChunkFilter_data();
    void usageChunkFilter();
    void anthropicClientToAnthropicProvider();
    void crossFormat_data();
    void crossFormat();
    void fallback_data();
    void fallback();
    void defaultRetriesAreSaid();
    void severalChoicesPassThrough();
    void structuredOutputFromAnAnthropicTarget();
    void breakerOpensThenSkips();
    void burstsWhenTargetIsFull();
    void failureAfterFirstTokenEndsWithErrorEvent();
    void errors_data();
    void errors();
    void modelsAndHealth();
    void clientDisconnectReleasesUpstream();
    void logsEveryRequest();
    void logsBodiesWhenThePolicySaysSo();
    void logsSelectorScores();
    void semanticRouteOnProviderEmbeddings();
    void embeddingsGoToEmbeddingTargets();
    void metricsInPrometheusFormat();
    void countTokens_data();
    void countTokens();
    void legacyCompletions();

private:
    using Reply = test::ProxyUnderTest::Reply;
    Reply post(const QString &path, const QJsonObject &body, const test::ProxyUnderTest::Headers &headers = {})
    {
        return m_proxy.post(path, body, headers);
    }
    QNetworkReply *postAsync(const QString &path, const QJsonObject &body) { return m_proxy.postAsync(path, body); }
    static Reply collect(QNetworkReply *reply) { return test::ProxyUnderTest::collect(reply); }
    QNetworkRequest get(const char *path) const
    {
        return QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxy.port()).arg(QLatin1String(path))));
    }
    static QJsonObject chat(const QString &model, bool stream = false);

    std::unique_ptr<MockServer> m_mock;
    std::shared_ptr<ProxyRuntime> m_runtime;
    test::ProxyUnderTest m_proxy;
    static QString embeddingSelector(const QString &embedder);
    QByteArray m_policyText;
};

void TestProxy::initTestCase()
{
    Diagnostics d;
    const auto mock = MockConfig::fromJsonText(R"({"format": "switchyard.mock", "version": 1, "models": [
        {"id": "good", "ttft_ms": 5, "tokens_per_second": 2000, "output_tokens": [20, 20]},
        {"id": "slow", "ttft_ms": 400, "tokens_per_second": 2000, "output_tokens": [20, 20]},
        {"id": "broken", "ttft_ms": 1, "faults": {"error_rate": 1}},
        {"id": "limited", "ttft_ms": 1, "faults": {"rate_limit": {"period_ms": 3600000, "burst_ms": 3600000, "retry_after_s": 2}}},
        {"id": "hang", "faults": {"hang_rate": 1}},
        {"id": "dropper", "ttft_ms": 5, "tokens_per_second": 2000, "output_tokens": [40, 40], "faults": {"drop_rate": 1}},
        {"id": "embedder", "ttft_ms": 1, "embedding_dimensions": 16}]})", d);
    QVERIFY2(mock, qPrintable(d.toString()));
    m_mock = std::make_unique<MockServer>(*mock, 2);
    QVERIFY(m_mock->listen());
}

// A semantic selector on the mock's embeddings: the examples' vectors are the mock's own.
QString TestProxy::embeddingSelector(const QString &embedder)
{
    auto vector = [](const char *text) { return SemanticSelector::vectorToBase64(MockContent::embedding(QString::fromUtf8(text), 16)); };
    const QJsonObject root{
        {QStringLiteral("type"), QStringLiteral("selector")},
        {QStringLiteral("method"), QStringLiteral("semantic")},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("encoder"), QStringLiteral("embeddings")},
                     {QStringLiteral("embedding_model"), embedder},
                     {QStringLiteral("routes"), QJsonObject{{QStringLiteral("greeting"), QJsonObject{{QStringLiteral("examples"), QJsonArray{QStringLiteral("hello proxy")}},
                                                                                                  {QStringLiteral("threshold"), 0.9}}},
                                                            {QStringLiteral("failure"), QJsonObject{{QStringLiteral("examples"), QJsonArray{QStringLiteral("the build broke with an error")}},
                                                                                                 {QStringLiteral("threshold"), 0.9}}}}},
                     {QStringLiteral("example_vectors"), QJsonObject{{QStringLiteral("greeting"), QJsonArray{vector("hello proxy")}},
                                                                     {QStringLiteral("failure"), QJsonArray{vector("the build broke with an error")}}}}}},
        {QStringLiteral("candidates"), QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("greeting")},
                                                              {QStringLiteral("node"), QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("sim/good")}}}},
                                                  QJsonObject{{QStringLiteral("label"), QStringLiteral("failure")},
                                                              {QStringLiteral("node"), QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("sim/broken")}}}}}},
        {QStringLiteral("default"), QJsonObject{{QStringLiteral("type"), QStringLiteral("fallback")},
                                                {QStringLiteral("children"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("sim/broken")}},
                                                                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("sim/slow")}}}}}}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void TestProxy::init()
{
    const QString url = m_mock->baseUrl();
    const QByteArray text = QStringLiteral(R"({"format": "switchyard.policy", "version": 1, "name": "test",
      "providers": [
        {"id": "sim", "kind": "openai", "base_url": "%1", "models": [
          {"id": "good", "pricing": {"input_per_mtok": 1, "output_per_mtok": 2}}, {"id": "slow"}, {"id": "broken"},
          {"id": "limited"}, {"id": "hang"}, {"id": "dropper"},
          {"id": "embedder", "capabilities": ["embeddings"], "pricing": {"input_per_mtok": 0.02, "output_per_mtok": 0}}]},
        {"id": "simA", "kind": "anthropic", "base_url": "%1", "models": [{"id": "good"}]}],
      "routes": [
        {"alias": "fast", "root": {"type": "target", "model": "sim/good"}},
        {"alias": "embed", "root": {"type": "fallback", "children": [{"type": "target", "model": "sim/good"}, {"type": "target", "model": "sim/embedder"}]}},
        {"alias": "claude", "root": {"type": "target", "model": "simA/good"}},
        {"alias": "fb", "root": {"type": "fallback", "children": [{"type": "target", "model": "sim/broken", "retry": {"max_attempts": 0}}, {"type": "target", "model": "sim/good"}]}},
        {"alias": "fb-default", "root": {"type": "fallback", "children": [{"type": "target", "model": "sim/broken"}, {"type": "target", "model": "sim/good"}]}},
        {"alias": "bad", "root": {"type": "target", "model": "sim/broken"}},
        {"alias": "limited", "root": {"type": "fallback", "children": [
            {"type": "target", "model": "sim/limited", "retry": {"max_attempts": 2, "initial_backoff_ms": 10, "max_backoff_ms": 100}},
            {"type": "target", "model": "sim/good"}]}},
        {"alias": "breaker", "root": {"type": "fallback", "children": [
            {"type": "target", "model": "sim/broken", "breaker": {"consecutive_failures": 2, "cooldown_ms": 60000}, "retry": {"max_attempts": 0}},
            {"type": "target", "model": "sim/good"}]}},
        {"alias": "burst", "root": {"type": "fallback", "children": [
            {"type": "target", "model": "sim/slow", "max_concurrency": 2},
            {"type": "target", "model": "sim/good"}]}},
        {"alias": "hang", "root": {"type": "fallback", "children": [
            {"type": "target", "model": "sim/hang", "timeout_ms": 300, "retry": {"max_attempts": 0}}, {"type": "target", "model": "sim/good"}]}},
        {"alias": "drop", "root": {"type": "fallback", "children": [
            {"type": "target", "model": "sim/dropper"}, {"type": "target", "model": "sim/good"}]}},
        {"alias": "intents", "root": {"type": "selector", "method": "semantic",
            "params": {"routes": {"greeting": {"examples": ["hello there", "hi proxy, hello"], "threshold": 0.2},
                                  "failure": {"examples": ["the build broke with an error"], "threshold": 0.2}}},
            "candidates": [{"label": "greeting", "node": {"type": "target", "model": "sim/good"}},
                           {"label": "failure", "node": {"type": "target", "model": "sim/broken"}}],
            "default": {"type": "target", "model": "sim/broken"}}},
        {"alias": "embedded", "root": %2},
        {"alias": "embedded-down", "root": %3}]})")
                                 .arg(url, embeddingSelector(QStringLiteral("sim/embedder")), embeddingSelector(QStringLiteral("sim/broken")))
                                 .toUtf8();
    m_policyText = text;
    Diagnostics d;
    auto policy = PolicyReader::fromJsonText(text, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    m_runtime = ProxyRuntime::create(std::move(*policy), {}, {}, nullptr);
    QVERIFY(m_proxy.start(m_runtime));
}

void TestProxy::cleanup()
{
    m_proxy.stop();
    m_runtime.reset();
}

QJsonObject TestProxy::chat(const QString &model, bool stream)
{
    QJsonObject o{{QStringLiteral("model"), model},
                  {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                       {QStringLiteral("content"), QStringLiteral("hello proxy")}}}}};
    if (stream) {
        o.insert(QStringLiteral("stream"), true);
        o.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return o;
}

void TestProxy::nonStream()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fast")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-switchyard-route"), QByteArray("fast"));
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("good"));
    QCOMPARE(r.headers.value("x-switchyard-provider"), QByteArray("sim"));
    QCOMPARE(r.headers.value("x-switchyard-attempts"), QByteArray("1"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("good"));
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    const double expected = (usage.value(QStringLiteral("prompt_tokens")).toInt() * 1.0 + usage.value(QStringLiteral("completion_tokens")).toInt() * 2.0) / 1e6;
    QCOMPARE(r.headers.value("x-switchyard-cost-usd").toDouble(), expected);
}

void TestProxy::streamRelayedWithUsage()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fast"), true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArray("text/event-stream"));
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("good"));
    QVERIFY(r.body.trimmed().endsWith("data: [DONE]"));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    QCOMPARE(m_proxy.logged()[0].outputTokens, 20);
    QVERIFY(m_proxy.logged()[0].ttftMs >= 0);
    QVERIFY(m_proxy.logged()[0].costUsd > 0);
}

// A client that does not ask for usage still gets its stream's cost logged, and never sees the
// usage chunk the proxy asked for on its behalf (clients written for the default read choices[0]).
void TestProxy::streamWithoutUsageRequestIsStillCosted()
{
    QJsonObject body = chat(QStringLiteral("fast"), true);
    body.remove(QStringLiteral("stream_options"));
    const Reply r = post(QStringLiteral("/v1/chat/completions"), body);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.trimmed().endsWith("data: [DONE]"));
    QVERIFY(r.body.contains("\"content\""));
    QVERIFY2(!r.body.contains("\"usage\""), r.body.constData());
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    QCOMPARE(m_proxy.logged()[0].outputTokens, 20);
    QVERIFY(m_proxy.logged()[0].inputTokens > 0);
    QVERIFY(m_proxy.logged()[0].costUsd > 0);
}

void TestProxy::usageChunkFilter_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray delta = "data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n";
    const QByteArray usage = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1}}\n\n";
    const QByteArray done = "data: [DONE]\n\n";
    QTest::newRow("whole events") << QList<QByteArray>{delta, usage, done} << delta + done;
    QTest::newRow("split anywhere") << QList<QByteArray>{delta.left(7), delta.mid(7) + usage.left(30), usage.mid(30) + done}
                                    << delta + done;
    QTest::newRow("usage beside a delta is kept")
        << QList<QByteArray>{QByteArray("data: {\"choices\":[{\"delta\":{}}],\"usage\":{\"prompt_tokens\":1}}\n\n")}
        << QByteArray("data: {\"choices\":[{\"delta\":{}}],\"usage\":{\"prompt_tokens\":1}}\n\n");
    QTest::newRow("CRLF events") << QList<QByteArray>{QByteArray(usage).replace("\n\n", "\r\n\r\n"), QByteArray(done).replace("\n\n", "\r\n\r\n")}
                                 << QByteArray("data: [DONE]\r\n\r\n");
    QTest::newRow("unterminated tail passes at the end") << QList<QByteArray>{delta, QByteArray("data: [DONE]")}
                                                         << delta + "data: [DONE]";
}

void TestProxy::usageChunkFilter()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(QByteArray, expected);
    UsageChunkFilter filter;
    QByteArray out;
    for (const QByteArray &piece : pieces)
        out += filter.feed(piece);
    out += filter.finish();
    QCOMPARE(out, expected);
    const QByteArray asked = UsageChunkFilter::withUsageRequested(R"({"model":"m","stream":true,"stream_options":{"x":1}})");
    QCOMPARE(QJsonDocument::fromJson(asked)[QStringLiteral("stream_options")][QStringLiteral("include_usage")].toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(asked)[QStringLiteral("stream_options")][QStringLiteral("x")].toInt(), 1);
    const QByteArray spliced = UsageChunkFilter::withUsageRequested(R"( {"model":"m","stream":true})");
    QCOMPARE(QJsonDocument::fromJson(spliced)[QStringLiteral("stream_options")][QStringLiteral("include_usage")].toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(spliced)[QStringLiteral("model")].toString(), QStringLiteral("m"));
}

void TestProxy::anthropicClientToAnthropicProvider()
{
    QJsonObject body = chat(QStringLiteral("claude"));
    body.insert(QStringLiteral("max_tokens"), 100);
    const Reply r = post(QStringLiteral("/v1/messages"), body, {{"anthropic-version", "2023-06-01"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body)[QStringLiteral("type")].toString(), QStringLiteral("message"));
    QCOMPARE(r.headers.value("x-switchyard-provider"), QByteArray("simA"));
}

void TestProxy::crossFormat_data()
{
    QTest::addColumn<bool>("anthropicClient");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("tools");
    for (bool anthropicClient : {false, true})
        for (bool stream : {false, true})
            for (bool tools : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1 client%2%3").arg(anthropicClient ? QStringLiteral("anthropic") : QStringLiteral("openai"),
                                                                           stream ? QStringLiteral(", stream") : QString(),
                                                                           tools ? QStringLiteral(", tools") : QString())))
                    << anthropicClient << stream << tools;
}

// An OpenAI client routed to an Anthropic provider and back: the answer arrives in the client's
// own format, with the same words the provider produced and its usage.
void TestProxy::crossFormat()
{
    QFETCH(bool, anthropicClient);
    QFETCH(bool, stream);
    QFETCH(bool, tools);
    const QString route = anthropicClient ? QStringLiteral("fast") : QStringLiteral("claude"); // the other API's provider
    QJsonObject body = chat(route, stream);
    if (anthropicClient) {
        body.remove(QStringLiteral("stream_options"));
        body.insert(QStringLiteral("max_tokens"), 200);
    }
    if (tools) {
        body.insert(QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("use lookup please")}}});
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), QJsonObject{{QStringLiteral("q"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                                 {QStringLiteral("required"), QJsonArray{QStringLiteral("q")}}};
        body.insert(QStringLiteral("tools"), anthropicClient
            ? QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup")}, {QStringLiteral("input_schema"), schema}}}
            : QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup")}, {QStringLiteral("parameters"), schema}}}}});
    }
    const Reply r = anthropicClient ? post(QStringLiteral("/v1/messages"), body, {{"anthropic-version", "2023-06-01"}})
                                    : post(QStringLiteral("/v1/chat/completions"), body);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.headers.value("x-switchyard-provider"), anthropicClient ? QByteArray("sim") : QByteArray("simA"));
    QString text;
    QString toolName;
    QString toolArgs;
    QString stop;
    if (!stream) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (anthropicClient) {
            QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("message"));
            for (const QJsonValue &b : o[QStringLiteral("content")].toArray()) {
                text += b[QStringLiteral("text")].toString();
                if (b[QStringLiteral("type")] == QStringLiteral("tool_use")) {
                    toolName = b[QStringLiteral("name")].toString();
                    toolArgs = QString::fromUtf8(QJsonDocument(b[QStringLiteral("input")].toObject()).toJson(QJsonDocument::Compact));
                }
            }
            stop = o[QStringLiteral("stop_reason")].toString();
            QVERIFY(o[QStringLiteral("usage")][QStringLiteral("output_tokens")].toInt() > 0);
        } else {
            QCOMPARE(o[QStringLiteral("object")].toString(), QStringLiteral("chat.completion"));
            const QJsonObject message = o[QStringLiteral("choices")][0][QStringLiteral("message")].toObject();
            text = message[QStringLiteral("content")].toString();
            toolName = message[QStringLiteral("tool_calls")][0][QStringLiteral("function")][QStringLiteral("name")].toString();
            toolArgs = message[QStringLiteral("tool_calls")][0][QStringLiteral("function")][QStringLiteral("arguments")].toString();
            stop = o[QStringLiteral("choices")][0][QStringLiteral("finish_reason")].toString();
            QVERIFY(o[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt() > 0);
        }
    } else {
        for (const QByteArray &line : r.body.split('\n')) {
            if (!line.startsWith("data: {"))
                continue;
            const QJsonObject e = QJsonDocument::fromJson(line.mid(6)).object();
            if (anthropicClient) {
                const QString type = e[QStringLiteral("type")].toString();
                if (type == u"message_start") // the first event carries the input tokens, as Anthropic's does
                    QVERIFY2(e[QStringLiteral("message")][QStringLiteral("usage")][QStringLiteral("input_tokens")].toInt() > 0, line.constData());
                if (type == u"content_block_start" && e[QStringLiteral("content_block")][QStringLiteral("type")] == QStringLiteral("tool_use"))
                    toolName = e[QStringLiteral("content_block")][QStringLiteral("name")].toString();
                if (type == u"content_block_delta") {
                    text += e[QStringLiteral("delta")][QStringLiteral("text")].toString();
                    toolArgs += e[QStringLiteral("delta")][QStringLiteral("partial_json")].toString();
                }
                if (type == u"message_delta")
                    stop = e[QStringLiteral("delta")][QStringLiteral("stop_reason")].toString();
            } else {
                const QJsonArray choices = e[QStringLiteral("choices")].toArray();
                if (choices.isEmpty())
                    continue;
                text += choices[0][QStringLiteral("delta")][QStringLiteral("content")].toString();
                const QJsonObject call = choices[0][QStringLiteral("delta")][QStringLiteral("tool_calls")][0].toObject();
                if (call.contains(QStringLiteral("id")))
                    toolName = call[QStringLiteral("function")][QStringLiteral("name")].toString();
                toolArgs += call[QStringLiteral("function")][QStringLiteral("arguments")].toString();
                if (choices[0][QStringLiteral("finish_reason")].isString())
                    stop = choices[0][QStringLiteral("finish_reason")].toString();
            }
        }
        QVERIFY(anthropicClient ? r.body.contains("event: message_stop") : r.body.trimmed().endsWith("data: [DONE]"));
    }
    if (tools) {
        QCOMPARE(toolName, QStringLiteral("lookup"));
        QCOMPARE(QJsonDocument::fromJson(toolArgs.toUtf8())[QStringLiteral("q")].toString(), QStringLiteral("example"));
        QCOMPARE(stop, anthropicClient ? QStringLiteral("tool_use") : QStringLiteral("tool_calls"));
    } else {
        QCOMPARE(text.split(QLatin1Char(' ')).size(), 20); // the simulated model's 20 words
        QCOMPARE(stop, anthropicClient ? QStringLiteral("end_turn") : QStringLiteral("stop"));
    }
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    QVERIFY2(m_proxy.logged()[0].outputTokens > 0, "usage is read in the provider's format");
}

void TestProxy::fallback_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("model");    // x-switchyard-model
    QTest::addColumn<QByteArray>("attempts"); // x-switchyard-attempts, empty: not checked
    QTest::addColumn<QString>("error");       // the error message relayed, empty: none
    QTest::newRow("a 5xx falls back") << QStringLiteral("fb") << false << 200 << QByteArray("good") << QByteArray("2") << QString();
    // No retry block: the default two retries, then the fallback.
    QTest::newRow("default retries, then the fallback") << QStringLiteral("fb-default") << false << 200 << QByteArray("good") << QByteArray("3") << QString();
    QTest::newRow("all fail: the last upstream's own error") << QStringLiteral("bad") << false << 500 << QByteArray("broken") << QByteArray()
                                                             << QStringLiteral("simulated server error");
    // limited answers 429 with Retry-After: 2 s, over the 100 ms backoff cap: no retry, next target.
    QTest::newRow("Retry-After over the cap falls back at once") << QStringLiteral("limited") << false << 200 << QByteArray("good")
                                                                  << QByteArray("2") << QString();
    QTest::newRow("a timeout before the first token falls back unseen") << QStringLiteral("hang") << true << 200 << QByteArray("good")
                                                                         << QByteArray("2") << QString();
}

// A target without a retry block is retried twice on a 5xx, and its attempts say the retry was
// the default, not something the policy asked for.
void TestProxy::defaultRetriesAreSaid()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fb-default")));
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    const std::vector<AttemptLogEntry> attempts = m_proxy.logged()[0].attemptLog;
    // Two failures, retried by default; the second retry finds the default breaker open (two
    // consecutive failures) and the request falls back.
    QCOMPARE(attempts.size(), size_t(4));
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(attempts[i].outcome, QStringLiteral("http_500"));
        QVERIFY2(attempts[i].error.contains(QStringLiteral("retried by default")), qPrintable(attempts[i].error));
    }
    QCOMPARE(attempts[2].outcome, QStringLiteral("skipped_breaker"));
    QCOMPARE(attempts[3].outcome, QStringLiteral("ok"));
}

// n > 1 through the proxy: every choice reaches the client, whole and streamed.
void TestProxy::severalChoicesPassThrough()
{
    for (const bool stream : {false, true}) {
        QJsonObject body = chat(QStringLiteral("fast"), stream);
        body.insert(QStringLiteral("n"), 2);
        const Reply r = post(QStringLiteral("/v1/chat/completions"), body);
        QCOMPARE(r.status, 200);
        QSet<int> indexes;
        if (stream) {
            for (const QByteArray &line : r.body.split('\n'))
                if (line.startsWith("data: {"))
                    for (const QJsonValue &c : QJsonDocument::fromJson(line.mid(6))[QStringLiteral("choices")].toArray())
                        indexes.insert(c[QStringLiteral("index")].toInt());
        } else {
            for (const QJsonValue &c : QJsonDocument::fromJson(r.body)[QStringLiteral("choices")].toArray())
                indexes.insert(c[QStringLiteral("index")].toInt());
        }
        QCOMPARE(indexes, (QSet<int>{0, 1}));
    }
}

// response_format from an OpenAI client, routed to an Anthropic-kind (simulated) model: the
// translation asks for JSON in the system prompt and the answer is JSON valid against the schema.
void TestProxy::structuredOutputFromAnAnthropicTarget()
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object","properties":{"colour":{"enum":["red","blue"]},"count":{"type":"integer","minimum":2}},
        "required":["colour","count"],"additionalProperties":false})").object();
    for (const bool stream : {false, true}) {
        QJsonObject body = chat(QStringLiteral("claude"), stream);
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), QStringLiteral("pick")}, {QStringLiteral("schema"), schema}}}});
        const Reply r = post(QStringLiteral("/v1/chat/completions"), body);
        QCOMPARE(r.status, 200);
        QString content;
        if (stream) {
            for (const QByteArray &line : r.body.split('\n'))
                if (line.startsWith("data: {"))
                    content += QJsonDocument::fromJson(line.mid(6))[QStringLiteral("choices")][0][QStringLiteral("delta")][QStringLiteral("content")].toString();
        } else {
            content = QJsonDocument::fromJson(r.body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(content));
        QVERIFY2(JsonSchemaCheck::problems(doc.object(), schema).isEmpty(), qPrintable(content));
    }
}

void TestProxy::fallback()
{
    QFETCH(QString, alias);
    QFETCH(bool, stream);
    QFETCH(int, status);
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, attempts);
    QFETCH(QString, error);
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(alias, stream));
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(r.headers.value("x-switchyard-model"), model);
    if (!attempts.isEmpty())
        QCOMPARE(r.headers.value("x-switchyard-attempts"), attempts);
    if (!error.isEmpty())
        QCOMPARE(QJsonDocument::fromJson(r.body)[QStringLiteral("error")][QStringLiteral("message")].toString(), error);
    if (stream && status == 200) { // the failed attempt left no trace in what the client got
        QVERIFY(r.body.trimmed().endsWith("data: [DONE]"));
        QVERIFY(!r.body.contains("error"));
    }
}

void TestProxy::breakerOpensThenSkips()
{
    for (int i = 0; i < 2; ++i)
        QCOMPARE(post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("breaker"))).headers.value("x-switchyard-attempts"), QByteArray("2"));
    // Two failures opened broken's breaker: it is skipped, not tried.
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("breaker")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-switchyard-attempts"), QByteArray("1"));
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("good"));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(3));
    bool opened = false;
    for (const RequestLogEntry &e : m_proxy.logged())
        for (const AttemptLogEntry &a : e.attemptLog)
            opened = opened || a.breakerEvent == u"opened";
    QVERIFY(opened);
}

void TestProxy::burstsWhenTargetIsFull()
{
    std::vector<QNetworkReply *> replies;
    const int slowIndex = m_runtime->policy->upstreamByRef.value(QStringLiteral("sim/slow"), -1);
    const int goodIndex = m_runtime->policy->upstreamByRef.value(QStringLiteral("sim/good"), -1);
    QVERIFY(slowIndex >= 0 && goodIndex >= 0);
    const UpstreamState *slow = &m_runtime->upstreams[size_t(slowIndex)];
    const UpstreamState *good = &m_runtime->upstreams[size_t(goodIndex)];
    // Requests decided so far: in flight at either target, or answered.
    const auto decided = [&] {
        return slow->inFlight.load() + good->inFlight.load() + int(m_proxy.loggedCount());
    };
    for (int i = 0; i < 5; ++i) {
        replies.push_back(postAsync(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("burst"))));
        QTRY_COMPARE(decided(), i + 1); // the next decision sees this one in flight
    }
    QMap<QByteArray, int> byModel;
    for (QNetworkReply *reply : replies) {
        const Reply r = collect(reply);
        QCOMPARE(r.status, 200);
        ++byModel[r.headers.value("x-switchyard-model")];
    }
    QCOMPARE(byModel.value("slow"), 2);  // its cap
    QCOMPARE(byModel.value("good"), 3);  // the overflow burst to the next target
    QTRY_COMPARE(m_runtime->upstreams[0].inFlight.load() + m_runtime->upstreams[1].inFlight.load(), 0);
}

void TestProxy::failureAfterFirstTokenEndsWithErrorEvent()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("drop"), true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("dropper"));
    QVERIFY(r.body.startsWith("data: "));
    QVERIFY(!r.body.contains("[DONE]"));
    const QList<QByteArray> lines = r.body.trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.last().mid(6)).object();
    QVERIFY2(last.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("stream failed")),
             lines.last().constData());
}

void TestProxy::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown model") << "/v1/chat/completions" << QByteArray(R"({"model": "gpt-9", "messages": []})") << 404 << "invalid_request_error" << "The model 'gpt-9' does not exist";
    QTest::newRow("malformed json") << "/v1/chat/completions" << QByteArray("{\"model\": ") << 400 << "invalid_request_error" << "invalid request body: malformed JSON";
    QTest::newRow("no messages") << "/v1/chat/completions" << QByteArray(R"({"model": "fast"})") << 400 << "invalid_request_error" << "'messages' is required";
    QTest::newRow("anthropic without max_tokens") << "/v1/messages" << QByteArray(R"({"model": "claude", "messages": [{"role": "user", "content": "x"}]})") << 400 << "invalid_request_error" << "max_tokens";
    QTest::newRow("anthropic unknown model") << "/v1/messages" << QByteArray(R"({"model": "x", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]})") << 404 << "not_found_error" << "does not exist";
    QTest::newRow("unknown endpoint") << "/v1/audio/speech" << QByteArray("{}") << 404 << "invalid_request_error" << "no such endpoint";
}

void TestProxy::errors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxy.port()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const Reply r = collect(m_proxy.client().post(request, body));
    QCOMPARE(r.status, status);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o[QStringLiteral("error")][QStringLiteral("type")].toString(), type);
    QVERIFY2(o[QStringLiteral("error")][QStringLiteral("message")].toString().contains(message), r.body.constData());
    if (path.endsWith(QStringLiteral("/messages")))
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
}

void TestProxy::modelsAndHealth()
{
    QNetworkReply *reply = m_proxy.client().get(get("/v1/models"));
    const Reply models = collect(reply);
    QCOMPARE(models.status, 200);
    const QJsonArray data = QJsonDocument::fromJson(models.body)[QStringLiteral("data")].toArray();
    QCOMPARE(data.size(), 14); // every route
    QCOMPARE(data[0][QStringLiteral("id")].toString(), QStringLiteral("fast"));
    const Reply health = collect(m_proxy.client().get(get("/health")));
    QCOMPARE(QJsonDocument::fromJson(health.body)[QStringLiteral("policy")].toString(), QStringLiteral("test"));

    // One model by id (what models.retrieve asks), in each API's shape; an unknown one is a 404.
    const Reply one = collect(m_proxy.client().get(get("/v1/models/claude")));
    QCOMPARE(one.status, 200);
    QCOMPARE(QJsonDocument::fromJson(one.body)[QStringLiteral("id")].toString(), QStringLiteral("claude"));
    QCOMPARE(QJsonDocument::fromJson(one.body)[QStringLiteral("object")].toString(), QStringLiteral("model"));
    QNetworkRequest anthropic = get("/v1/models/fast");
    anthropic.setRawHeader("anthropic-version", "2023-06-01");
    QCOMPARE(QJsonDocument::fromJson(collect(m_proxy.client().get(anthropic)).body)[QStringLiteral("type")].toString(), QStringLiteral("model"));
    const Reply unknown = collect(m_proxy.client().get(get("/v1/models/nope")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(QJsonDocument::fromJson(unknown.body)[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("model_not_found"));
    // HEAD on the GET endpoints: their status and length, no body.
    const Reply head = collect(m_proxy.client().head(get("/health")));
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QVERIFY(head.headers.value("content-length").toInt() > 0);
    QCOMPARE(collect(m_proxy.client().head(get("/v1/models"))).status, 200);
}

void TestProxy::clientDisconnectReleasesUpstream()
{
    QNetworkReply *reply = postAsync(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("hang"), true));
    const int hang = m_runtime->policy->upstreamByRef.value(QStringLiteral("sim/hang"));
    QTRY_COMPARE(m_runtime->upstreams[size_t(hang)].inFlight.load(), 1);
    reply->abort();
    reply->deleteLater();
    QTRY_COMPARE(m_runtime->upstreams[size_t(hang)].inFlight.load(), 0);
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    QCOMPARE(m_proxy.logged()[0].status, 499);
}

void TestProxy::logsEveryRequest()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fb")),
                         {{"Authorization", "Bearer sk-client-secret"}, {"x-switchyard-client", "team-a"}, {"x-request-id", "req-42"}});
    QCOMPARE(r.headers.value("x-request-id"), QByteArray("req-42")); // echoed, so the client can find it
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    const RequestLogEntry e = m_proxy.logged()[0]; // a copy: logged() returns one
    QCOMPARE(e.requestId, QStringLiteral("req-42"));
    QCOMPARE(e.route, QStringLiteral("fb"));
    QCOMPARE(e.model, QStringLiteral("good"));
    QCOMPARE(e.client, QStringLiteral("team-a"));
    QCOMPARE(e.status, 200);
    QCOMPARE(e.attempts, 2);
    QCOMPARE(e.attemptLog.size(), size_t(2));
    QCOMPARE(e.attemptLog[0].status, 500);
    QVERIFY(e.inputTokens > 0 && e.outputTokens == 20);
    QVERIFY(!e.trace().contains(QStringLiteral("sk-client-secret")));
    QVERIFY(e.requestBody.isEmpty() && e.responseBody.isEmpty()); // bodies only when the policy says so
}

// A semantic decision keeps its explanation in the request log: the traits, every candidate's
// similarity, the threshold and the choice (the workbench's request details show this JSON).
void TestProxy::logsSelectorScores()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("intents")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("good"));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    const QJsonObject trace = QJsonDocument::fromJson(m_proxy.logged()[0].trace().toUtf8()).object();
    const QJsonObject selector = trace.value(QStringLiteral("selectors")).toArray().first().toObject();
    QCOMPARE(selector.value(QStringLiteral("method")).toString(), QStringLiteral("semantic"));
    QCOMPARE(selector.value(QStringLiteral("chosen")).toString(), QStringLiteral("greeting"));
    QCOMPARE(selector.value(QStringLiteral("threshold")).toDouble(), 0.2);
    const QJsonObject scores = selector.value(QStringLiteral("scores")).toObject();
    QVERIFY(scores.value(QStringLiteral("greeting")).toDouble() > scores.value(QStringLiteral("failure")).toDouble());
    QVERIFY(trace.value(QStringLiteral("features")).toObject().contains(QStringLiteral("complexity_parts")));
    QVERIFY(trace.value(QStringLiteral("trace")).toArray().contains(QStringLiteral("selector at $.routes[11].root: candidate 'greeting' similarity %1 (chosen)")
                                                                       .arg(scores.value(QStringLiteral("greeting")).toDouble(), 0, 'f', 3)));
}

// The proxy embeds the request with the selector's embedding model before deciding; when the
// embedder fails, the selector's default serves the request and the trace says why.
void TestProxy::semanticRouteOnProviderEmbeddings()
{
    const Reply r = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("embedded")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("good")); // "hello proxy": the greeting's own example
    const Reply down = post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("embedded-down")));
    QCOMPARE(down.status, 200);
    QCOMPARE(down.headers.value("x-switchyard-model"), QByteArray("slow")); // the default's fallback
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(2));
    for (const RequestLogEntry &e : m_proxy.logged()) {
        const QJsonObject trace = QJsonDocument::fromJson(e.trace().toUtf8()).object();
        const QString lines = trace.value(QStringLiteral("trace")).toVariant().toStringList().join(u'\n');
        if (e.route == u"embedded") {
            QVERIFY2(lines.contains(QStringLiteral("candidate 'greeting' similarity 1.000 (chosen)")), qPrintable(lines));
            // The answer (sim/good at $1/$2 per Mtok) plus the embedding ($0.02 per Mtok of "hello proxy").
            const double answer = (e.inputTokens * 1.0 + e.outputTokens * 2.0) / 1e6;
            const double embedding = TokenEstimator::estimateText(u"hello proxy") * 0.02 / 1e6;
            QVERIFY2(qAbs(e.costUsd - (answer + embedding)) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(e.costUsd).arg(answer + embedding)));
        } else {
            QVERIFY2(lines.contains(QStringLiteral("no embedding of the request from sim/broken: default taken")), qPrintable(lines));
        }
    }
}

void TestProxy::logsBodiesWhenThePolicySaysSo()
{
    Diagnostics d;
    auto policy = PolicyReader::fromJsonText(m_policyText, d);
    QVERIFY(policy);
    policy->logBodies = true;
    m_proxy.handler().setRuntime(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr));
    post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fast")), {{"Authorization", "Bearer sk-client-secret"}});
    post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fast"), true));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(2));
    for (const RequestLogEntry &e : m_proxy.logged()) {
        QVERIFY2(e.requestBody.contains(QStringLiteral("\"messages\"")), qPrintable(e.requestBody));
        QVERIFY(!e.requestBody.contains(QStringLiteral("sk-client-secret")));
    }
    QVERIFY2(m_proxy.logged()[0].responseBody.contains(QStringLiteral("chat.completion")), qPrintable(m_proxy.logged()[0].responseBody));
    QVERIFY2(m_proxy.logged()[1].responseBody.contains(QStringLiteral("data: ")) && m_proxy.logged()[1].responseBody.contains(QStringLiteral("[DONE]")),
             qPrintable(m_proxy.logged()[1].responseBody));
}

void TestProxy::embeddingsGoToEmbeddingTargets()
{
    const Reply r = post(QStringLiteral("/v1/embeddings"), {{QStringLiteral("model"), QStringLiteral("embed")},
                                                           {QStringLiteral("input"), QJsonArray{QStringLiteral("one"), QStringLiteral("two")}}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.headers.value("x-switchyard-model"), QByteArray("embedder")); // the chat model was skipped, not tried
    QCOMPARE(r.headers.value("x-switchyard-attempts"), QByteArray("1"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o[QStringLiteral("data")].toArray().size(), 2);
    QCOMPARE(o[QStringLiteral("data")][0][QStringLiteral("embedding")].toArray().size(), 16);
    QVERIFY(r.headers.value("x-switchyard-cost-usd").toDouble() > 0);
    const Reply bad = post(QStringLiteral("/v1/embeddings"), {{QStringLiteral("model"), QStringLiteral("embed")}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("'input' is required"));
    // A route with no embedding model at all (chat-only, or an Anthropic provider): the request is
    // wrong, a 400 SDKs do not retry, naming what is missing.
    for (const char *route : {"fast", "claude"}) {
        const Reply none = post(QStringLiteral("/v1/embeddings"), {{QStringLiteral("model"), QLatin1String(route)}, {QStringLiteral("input"), QStringLiteral("x")}});
        QCOMPARE(none.status, 400);
        const QJsonObject error = QJsonDocument::fromJson(none.body)[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("type")].toString(), QStringLiteral("invalid_request_error"));
        QVERIFY2(error[QStringLiteral("message")].toString().contains(QStringLiteral("no target that serves embeddings")), none.body.constData());
    }
}

void TestProxy::countTokens_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("estimated");
    QTest::newRow("Anthropic-kind target counts itself") << QStringLiteral("claude") << false;
    QTest::newRow("OpenAI-kind target: the estimator's count") << QStringLiteral("fast") << true;
}

// POST /v1/messages/count_tokens (no max_tokens needed): the provider's own count where it has
// one, the estimate otherwise, marked so.
void TestProxy::countTokens()
{
    QFETCH(QString, route);
    QFETCH(bool, estimated);
    const QJsonObject body{{QStringLiteral("model"), route},
                           {QStringLiteral("system"), QStringLiteral("You are terse.")},
                           {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                               {QStringLiteral("content"), QStringLiteral("count the tokens of this sentence please")}}}}};
    const Reply r = post(QStringLiteral("/v1/messages/count_tokens"), body, {{"anthropic-version", "2023-06-01"}});
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(QJsonDocument::fromJson(r.body)[QStringLiteral("input_tokens")].toInt() > 3);
    QCOMPARE(r.headers.value("x-switchyard-estimated"), estimated ? QByteArray("true") : QByteArray());
    QCOMPARE(r.headers.value("x-switchyard-route"), route.toUtf8());
}

// POST /v1/completions: passed to OpenAI-kind targets, stream and not, costed from its usage;
// a route of Anthropic targets cannot serve it (a 400, not a 5xx).
void TestProxy::legacyCompletions()
{
    const Reply whole = post(QStringLiteral("/v1/completions"), {{QStringLiteral("model"), QStringLiteral("fast")}, {QStringLiteral("prompt"), QStringLiteral("Say hi")}, {QStringLiteral("max_tokens"), 30}});
    QVERIFY2(whole.status == 200, whole.body.constData());
    const QJsonObject o = QJsonDocument::fromJson(whole.body).object();
    QCOMPARE(o[QStringLiteral("object")].toString(), QStringLiteral("text_completion"));
    QCOMPARE(o[QStringLiteral("choices")][0][QStringLiteral("text")].toString().split(u' ', Qt::SkipEmptyParts).size(), 20);
    QVERIFY(whole.headers.value("x-switchyard-cost-usd").toDouble() > 0);

    const Reply streamed = post(QStringLiteral("/v1/completions"), {{QStringLiteral("model"), QStringLiteral("fast")}, {QStringLiteral("prompt"), QStringLiteral("Say hi")}, {QStringLiteral("stream"), true}});
    QCOMPARE(streamed.status, 200);
    QString text;
    for (const QByteArray &line : streamed.body.split('\n'))
        if (line.startsWith("data: {"))
            text += QJsonDocument::fromJson(line.mid(6))[QStringLiteral("choices")][0][QStringLiteral("text")].toString();
    QCOMPARE(text.split(u' ', Qt::SkipEmptyParts).size(), 20);
    QVERIFY(streamed.body.trimmed().endsWith("data: [DONE]"));
    QVERIFY2(!streamed.body.contains("\"usage\""), "usage the proxy asked for is not passed to a client that did not");
    QTRY_VERIFY(std::ranges::any_of(m_proxy.logged(), [](const RequestLogEntry &e) { return e.stream && e.outputTokens == 20; }));

    const Reply anthropic = post(QStringLiteral("/v1/completions"), {{QStringLiteral("model"), QStringLiteral("claude")}, {QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(anthropic.status, 400);
    QVERIFY(anthropic.body.contains("legacy completions"));
    QCOMPARE(post(QStringLiteral("/v1/completions"), {{QStringLiteral("model"), QStringLiteral("fast")}}).status, 400); // no prompt
}

void TestProxy::metricsInPrometheusFormat()
{
    post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fb")));
    post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("fast"), true));
    for (int i = 0; i < 2; ++i)
        post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("breaker")));
    const Reply r = collect(m_proxy.client().get(get("/metrics")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
    const QString text = QString::fromUtf8(r.body);
    auto has = [&text](const QString &line) { return text.split(QLatin1Char('\n')).contains(line); };
    QVERIFY2(has(QStringLiteral(R"(switchyard_requests_total{route="fb",model="good",provider="sim",status="200"} 1)")), qPrintable(text));
    // fb's failure and the first breaker request's opened broken's breaker (it is per upstream), so
    // the second breaker request skipped it: two attempts, not three.
    QVERIFY(has(QStringLiteral(R"(switchyard_upstream_attempts_total{provider="sim",model="broken",outcome="http_500"} 2)")));
    QVERIFY(has(QStringLiteral(R"(switchyard_time_to_first_token_seconds_count{route="fast",model="good",provider="sim"} 1)")));
    QVERIFY(has(QStringLiteral(R"(switchyard_request_duration_seconds_bucket{route="fb",model="good",provider="sim",le="+Inf"} 1)")));
    QVERIFY(has(QStringLiteral(R"(switchyard_breaker_state{provider="sim",model="broken"} 2)"))); // opened by the breaker route
    QVERIFY(has(QStringLiteral(R"(switchyard_breaker_state{provider="sim",model="good"} 0)")));
    QVERIFY(has(QStringLiteral("switchyard_requests_in_flight 0")));
    QVERIFY(text.contains(QStringLiteral(R"(switchyard_tokens_total{route="fast",model="good",provider="sim",direction="output"} 20)")));
    // Every sample line is NAME{labels} VALUE or NAME VALUE, and each metric has HELP and TYPE.
    const QRegularExpression sample(QStringLiteral(R"(^[a-z_]+(\{[^}]*\})? [-+0-9.e]+$)"));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(u'#') || sample.match(line).hasMatch(), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
