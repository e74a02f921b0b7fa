#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cstring>

#include "domain/TokenEstimator.h"
#include "eval/JsonSchemaCheck.h"
#include "mock/MockProvider.h"
#include "routing/RequestFeatures.h"

using namespace sy;

class TestMockProvider : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void openAiNonStream();
    void openAiStreamMatchesNonStream();
    void anthropicNonStreamAndStream();
    void timingFollowsConfig();
    void toolCalls_data();
    void toolCalls();
    void forcedFaults_data();
    void forcedFaults();
    void configuredFaults_data();
    void configuredFaults();
    void hangingRequestNeverAnswers();
    void droppedStreamEndsEarly();
    void errors_data();
    void errors();
    void modelsAndEmbeddings();
    void keepAliveAndPipelining();
    void malformedHttpGets400();
    void oversizedBodyGets413();
    void badConfig_data();
    void badConfig();
    void knownAnswersAtTheModelsAccuracy();
    void severalChoices_data();
    void severalChoices();
    void responsesNatively_data();
    void responsesNatively();
    void structuredOutput_data();
    void structuredOutput();
    void embeddingEncodingAndDimensions();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray retryAfter;
        qint64 firstByteMs = -1;
        qint64 totalMs = 0;
    };
    Reply post(const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               int timeoutMs = 10000);
    Reply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply finish(QNetworkReply *reply, const QElapsedTimer &clock);
    static MockConfig fastConfig();

    std::unique_ptr<MockServer> m_server;
    QNetworkAccessManager m_nam;
};

MockConfig TestMockProvider::fastConfig()
{
    MockConfig c;
    c.seed = 3;
    MockModel fast;
    fast.id = QStringLiteral("fast");
    fast.ttftMs = 5;
    fast.tokensPerSecond = 5000;
    fast.minOutputTokens = 10;
    fast.maxOutputTokens = 40;
    MockModel slow = fast;
    slow.id = QStringLiteral("slow");
    slow.ttftMs = 200;
    slow.tokensPerSecond = 100;
    slow.minOutputTokens = 20;
    slow.maxOutputTokens = 20;
    MockModel embed = fast;
    embed.id = QStringLiteral("embed");
    embed.embeddingDimensions = 32;
    c.models = {fast, slow, embed};
    return c;
}

void TestMockProvider::init()
{
    m_server = std::make_unique<MockServer>(fastConfig(), 2);
    QVERIFY(m_server->listen());
}

void TestMockProvider::cleanup() { m_server.reset(); }

TestMockProvider::Reply TestMockProvider::finish(QNetworkReply *reply, const QElapsedTimer &clock)
{
    Reply r;
    connect(reply, &QNetworkReply::readyRead, this, [&r, &clock] {
        if (r.firstByteMs < 0)
            r.firstByteMs = clock.elapsed();
    });
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    r.totalMs = clock.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

TestMockProvider::Reply TestMockProvider::post(const QString &path, const QJsonObject &body,
                                               const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_server->baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer clock;
    clock.start();
    return finish(m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), clock);
}

TestMockProvider::Reply TestMockProvider::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_server->baseUrl() + path));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer clock;
    clock.start();
    return finish(m_nam.get(request), clock);
}

namespace {

QJsonObject chat(const QString &model, const QString &text, bool stream = false)
{
    QJsonObject o{{QStringLiteral("model"), model},
                  {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                       {QStringLiteral("content"), text}}}}};
    if (stream) {
        o.insert(QStringLiteral("stream"), true);
        o.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return o;
}

QJsonObject anthropic(const QString &model, const QString &text, bool stream = false)
{
    QJsonObject o = chat(model, text, false);
    o.insert(QStringLiteral("max_tokens"), 256);
    if (stream)
        o.insert(QStringLiteral("stream"), true);
    return o;
}

// (event name, data) pairs of a server-sent event stream.
QList<QPair<QByteArray, QByteArray>> sseEvents(const QByteArray &body)
{
    QList<QPair<QByteArray, QByteArray>> events;
    const QList<QByteArray> blocks = body.split('\n');
    QByteArray event;
    for (const QByteArray &line : blocks) {
        if (line.startsWith("event: "))
            event = line.mid(7);
        else if (line.startsWith("data: ")) {
            events.append({event, line.mid(6)});
            event.clear();
        }
    }
    return events;
}

} // namespace

void TestMockProvider::openAiNonStream()
{
    const QJsonObject request = chat(QStringLiteral("fast"), QStringLiteral("What is routing?"));
    const Reply r = post(QStringLiteral("/chat/completions"), request);
    QCOMPARE(r.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().first().toObject();
    const QString content = choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
    QVERIFY(!content.isEmpty());
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), RequestFeatures::fromRequest(request, ApiFormat::OpenAIChat).promptTokens());
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), int(content.split(QLatin1Char(' ')).size()));
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
             usage.value(QStringLiteral("prompt_tokens")).toInt() + usage.value(QStringLiteral("completion_tokens")).toInt());

    // Deterministic per prompt and model.
    const Reply again = post(QStringLiteral("/chat/completions"), request);
    QCOMPARE(QJsonDocument::fromJson(again.body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString(), content);
    const Reply other = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("Something else entirely")));
    QVERIFY(QJsonDocument::fromJson(other.body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString() != content);
}

void TestMockProvider::openAiStreamMatchesNonStream()
{
    const Reply whole = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("stream me")));
    const QString expected = QJsonDocument::fromJson(whole.body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString();
    const Reply r = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("stream me"), true));
    QCOMPARE(r.status, 200);
    const auto events = sseEvents(r.body);
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.last().second, QByteArray("[DONE]"));
    QString text;
    QString finish;
    QJsonObject usage;
    for (const auto &e : events) {
        if (e.second == "[DONE]")
            continue;
        const QJsonObject chunk = QJsonDocument::fromJson(e.second).object();
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
        const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
        if (choices.isEmpty()) {
            usage = chunk.value(QStringLiteral("usage")).toObject();
            continue;
        }
        text += choices[0][QStringLiteral("delta")][QStringLiteral("content")].toString();
        if (choices[0][QStringLiteral("finish_reason")].isString())
            finish = choices[0][QStringLiteral("finish_reason")].toString();
    }
    QCOMPARE(text, expected);
    QCOMPARE(finish, QStringLiteral("stop"));
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), int(expected.split(QLatin1Char(' ')).size()));
}

void TestMockProvider::anthropicNonStreamAndStream()
{
    const Reply whole = post(QStringLiteral("/messages"), anthropic(QStringLiteral("fast"), QStringLiteral("hello claude")));
    QCOMPARE(whole.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(whole.body).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    QCOMPARE(o.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("end_turn"));
    const QString expected = o[QStringLiteral("content")][0][QStringLiteral("text")].toString();
    QVERIFY(!expected.isEmpty());
    QVERIFY(o[QStringLiteral("usage")][QStringLiteral("input_tokens")].toInt() > 0);

    const Reply r = post(QStringLiteral("/messages"), anthropic(QStringLiteral("fast"), QStringLiteral("hello claude"), true));
    const auto events = sseEvents(r.body);
    QStringList names;
    QString text;
    for (const auto &e : events) {
        if (names.isEmpty() || names.last() != QString::fromUtf8(e.first))
            names.append(QString::fromUtf8(e.first));
        const QJsonObject data = QJsonDocument::fromJson(e.second).object();
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QString::fromUtf8(e.first));
        if (e.first == "content_block_delta")
            text += data[QStringLiteral("delta")][QStringLiteral("text")].toString();
        if (e.first == "message_delta")
            QCOMPARE(data[QStringLiteral("delta")][QStringLiteral("stop_reason")].toString(), QStringLiteral("end_turn"));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("message_start"), QStringLiteral("content_block_start"), QStringLiteral("ping"),
                                 QStringLiteral("content_block_delta"), QStringLiteral("content_block_stop"),
                                 QStringLiteral("message_delta"), QStringLiteral("message_stop")}));
    QCOMPARE(text, expected);
}

void TestMockProvider::timingFollowsConfig()
{
    // slow: 200 ms to the first token, 20 tokens at 100/s: about 400 ms in all.
    const Reply whole = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("slow"), QStringLiteral("time me")));
    QCOMPARE(whole.status, 200);
    QVERIFY2(whole.totalMs >= 390, qPrintable(QString::number(whole.totalMs)));
    const Reply stream = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("slow"), QStringLiteral("time me"), true));
    QVERIFY2(stream.firstByteMs >= 195, qPrintable(QString::number(stream.firstByteMs)));
    QVERIFY2(stream.totalMs >= 390, qPrintable(QString::number(stream.totalMs)));
    QVERIFY2(stream.firstByteMs < stream.totalMs - 100, "tokens should arrive spread over time");
}

void TestMockProvider::toolCalls_data()
{
    QTest::addColumn<bool>("anthropicFormat");
    QTest::addColumn<bool>("stream");
    QTest::newRow("openai") << false << false;
    QTest::newRow("openai stream") << false << true;
    QTest::newRow("anthropic") << true << false;
    QTest::newRow("anthropic stream") << true << true;
}

void TestMockProvider::toolCalls()
{
    QFETCH(bool, anthropicFormat);
    QFETCH(bool, stream);
    const QJsonObject schema = QJsonDocument::fromJson(
        R"({"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}}, "required": ["city", "days"]})").object();
    QJsonObject body = anthropicFormat ? anthropic(QStringLiteral("fast"), QStringLiteral("What is the forecast? use get_weather"), stream)
                                       : chat(QStringLiteral("fast"), QStringLiteral("What is the forecast? use get_weather"), stream);
    if (anthropicFormat)
        body.insert(QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                                                    {QStringLiteral("input_schema"), schema}}});
    else
        body.insert(QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                                                    {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                                                                                             {QStringLiteral("parameters"), schema}}}}});
    const Reply r = post(anthropicFormat ? QStringLiteral("/messages") : QStringLiteral("/chat/completions"), body);
    QCOMPARE(r.status, 200);
    QString name;
    QString arguments;
    QString stop;
    if (!stream) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (anthropicFormat) {
            name = o[QStringLiteral("content")][0][QStringLiteral("name")].toString();
            arguments = QString::fromUtf8(QJsonDocument(o[QStringLiteral("content")][0][QStringLiteral("input")].toObject()).toJson(QJsonDocument::Compact));
            stop = o[QStringLiteral("stop_reason")].toString();
        } else {
            const QJsonObject call = o[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("tool_calls")][0].toObject();
            name = call[QStringLiteral("function")][QStringLiteral("name")].toString();
            arguments = call[QStringLiteral("function")][QStringLiteral("arguments")].toString();
            stop = o[QStringLiteral("choices")][0][QStringLiteral("finish_reason")].toString();
        }
    } else {
        for (const auto &e : sseEvents(r.body)) {
            if (e.second == "[DONE]")
                continue;
            const QJsonObject d = QJsonDocument::fromJson(e.second).object();
            if (anthropicFormat) {
                if (e.first == "content_block_start")
                    name = d[QStringLiteral("content_block")][QStringLiteral("name")].toString();
                if (e.first == "content_block_delta")
                    arguments += d[QStringLiteral("delta")][QStringLiteral("partial_json")].toString();
                if (e.first == "message_delta")
                    stop = d[QStringLiteral("delta")][QStringLiteral("stop_reason")].toString();
            } else {
                const QJsonObject choice = d[QStringLiteral("choices")][0].toObject();
                const QJsonObject call = choice[QStringLiteral("delta")][QStringLiteral("tool_calls")][0].toObject();
                if (call.contains(QStringLiteral("id")))
                    name = call[QStringLiteral("function")][QStringLiteral("name")].toString();
                arguments += call[QStringLiteral("function")][QStringLiteral("arguments")].toString();
                if (choice[QStringLiteral("finish_reason")].isString())
                    stop = choice[QStringLiteral("finish_reason")].toString();
            }
        }
    }
    QCOMPARE(name, QStringLiteral("get_weather"));
    QCOMPARE(stop, anthropicFormat ? QStringLiteral("tool_use") : QStringLiteral("tool_calls"));
    const QJsonObject args = QJsonDocument::fromJson(arguments.toUtf8()).object();
    QCOMPARE(args.value(QStringLiteral("city")).toString(), QStringLiteral("example"));
    QCOMPARE(args.value(QStringLiteral("days")).toInt(), 1);

    // The next turn carries the call and its result: the model answers in text, it does not
    // call again (an agent loop would otherwise run to its step limit).
    QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (anthropicFormat) {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")}, {QStringLiteral("id"), QStringLiteral("t1")},
                                                                                       {QStringLiteral("name"), name}, {QStringLiteral("input"), args}}}}});
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")}, {QStringLiteral("tool_use_id"), QStringLiteral("t1")},
                                                                                       {QStringLiteral("content"), QStringLiteral("sunny")}}}}});
    } else {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QJsonValue::Null},
                                    {QStringLiteral("tool_calls"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("t1")}, {QStringLiteral("type"), QStringLiteral("function")},
                                                                                          {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}}}}}});
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")}, {QStringLiteral("tool_call_id"), QStringLiteral("t1")}, {QStringLiteral("content"), QStringLiteral("sunny")}});
    }
    body.insert(QStringLiteral("messages"), messages);
    body.insert(QStringLiteral("stream"), false);
    body.remove(QStringLiteral("stream_options"));
    const QJsonObject after = QJsonDocument::fromJson(post(anthropicFormat ? QStringLiteral("/messages") : QStringLiteral("/chat/completions"), body).body).object();
    if (anthropicFormat) {
        QCOMPARE(after[QStringLiteral("stop_reason")].toString(), QStringLiteral("end_turn"));
        QCOMPARE(after[QStringLiteral("content")][0][QStringLiteral("type")].toString(), QStringLiteral("text"));
    } else {
        QCOMPARE(after[QStringLiteral("choices")][0][QStringLiteral("finish_reason")].toString(), QStringLiteral("stop"));
        QVERIFY(!after[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString().isEmpty());
    }
}

void TestMockProvider::forcedFaults_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<bool>("anthropicFormat");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::newRow("500 openai") << QByteArray("500") << false << 500 << "server_error";
    QTest::newRow("500 anthropic") << QByteArray("500") << true << 500 << "api_error";
    QTest::newRow("503 anthropic") << QByteArray("503") << true << 503 << "overloaded_error";
    QTest::newRow("429 openai") << QByteArray("429") << false << 429 << "rate_limit_exceeded";
    QTest::newRow("429 anthropic") << QByteArray("429") << true << 429 << "rate_limit_error";
    QTest::newRow("400 openai") << QByteArray("400") << false << 400 << "invalid_request_error";
}

void TestMockProvider::forcedFaults()
{
    QFETCH(QByteArray, fault);
    QFETCH(bool, anthropicFormat);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    const Reply r = anthropicFormat ? post(QStringLiteral("/messages"), anthropic(QStringLiteral("fast"), QStringLiteral("x")), {{"x-mock-fault", fault}})
                                    : post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("x")), {{"x-mock-fault", fault}});
    QCOMPARE(r.status, status);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (anthropicFormat) {
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(o[QStringLiteral("error")][QStringLiteral("type")].toString(), errorType);
    } else {
        QCOMPARE(o[QStringLiteral("error")][QStringLiteral("type")].toString(), errorType);
        QVERIFY(!o[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
    }
    if (status == 429)
        QCOMPARE(r.retryAfter, QByteArray("1"));
}

void TestMockProvider::configuredFaults_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<int>("status");
    QTest::newRow("error rate 1") << QByteArray(R"({"error_rate": 1})") << 500;
    QTest::newRow("outage now") << QByteArray(R"({"outages": [{"start_ms": 0, "duration_ms": 60000}]})") << 503;
    QTest::newRow("outage later") << QByteArray(R"({"outages": [{"start_ms": 60000, "duration_ms": 1000}]})") << 200;
    QTest::newRow("rate limit burst") << QByteArray(R"({"rate_limit": {"period_ms": 60000, "burst_ms": 30000, "retry_after_s": 7}})") << 429;
    QTest::newRow("malformed") << QByteArray(R"({"malformed_rate": 1})") << 200;
    QTest::newRow("no faults") << QByteArray(R"({})") << 200;
}

void TestMockProvider::configuredFaults()
{
    QFETCH(QByteArray, faults);
    QFETCH(int, status);
    Diagnostics d;
    const auto config = MockConfig::fromJsonText(R"({"format": "switchyard.mock", "version": 1, "models": [{"id": "m", "ttft_ms": 1, "tokens_per_second": 10000, "faults": )" + faults + "}]}", d);
    QVERIFY2(config, qPrintable(d.toString()));
    m_server = std::make_unique<MockServer>(*config);
    QVERIFY(m_server->listen());
    int matching = 0;
    for (int i = 0; i < 5; ++i) {
        const Reply r = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("m"), QStringLiteral("x")));
        matching += r.status == status;
        if (status == 429)
            QCOMPARE(r.retryAfter, QByteArray("7"));
        if (faults.contains("malformed"))
            QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    }
    QCOMPARE(matching, 5);
}

void TestMockProvider::hangingRequestNeverAnswers()
{
    const Reply r = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("x")), {{"x-mock-fault", "hang"}}, 300);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    QCOMPARE(r.status, 0);
    QVERIFY(r.totalMs >= 270); // Qt's coarse timers may fire up to 5% early
}

void TestMockProvider::droppedStreamEndsEarly()
{
    const Reply whole = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("x")), {{"x-mock-fault", "drop"}});
    QVERIFY(whole.error != QNetworkReply::NoError);
    const Reply stream = post(QStringLiteral("/chat/completions"), chat(QStringLiteral("fast"), QStringLiteral("x"), true), {{"x-mock-fault", "drop"}});
    QVERIFY(stream.error != QNetworkReply::NoError);
    QVERIFY(!stream.body.contains("[DONE]"));
}

void TestMockProvider::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown model") << "/chat/completions" << QByteArray(R"({"model": "gpt-9", "messages": [{"role": "user", "content": "x"}]})") << 404 << "gpt-9";
    QTest::newRow("not json") << "/chat/completions" << QByteArray("{nope") << 400 << "not a JSON object";
    QTest::newRow("no messages") << "/chat/completions" << QByteArray(R"({"model": "fast", "messages": []})") << 400 << "messages";
    QTest::newRow("anthropic needs max_tokens") << "/messages" << QByteArray(R"({"model": "fast", "messages": [{"role": "user", "content": "x"}]})") << 400 << "max_tokens";
    QTest::newRow("unknown endpoint") << "/completions/legacy" << QByteArray("{}") << 404 << "no such endpoint";
}

void TestMockProvider::errors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    QNetworkRequest request(QUrl(m_server->baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QElapsedTimer clock;
    clock.start();
    const Reply r = finish(m_nam.post(request, body), clock);
    QCOMPARE(r.status, status);
    QVERIFY2(QString::fromUtf8(r.body).contains(message), r.body.constData());
}

void TestMockProvider::modelsAndEmbeddings()
{
    const Reply models = get(QStringLiteral("/models"));
    QCOMPARE(models.status, 200);
    QCOMPARE(QJsonDocument::fromJson(models.body)[QStringLiteral("data")].toArray().size(), 3);
    const Reply anthropicModels = get(QStringLiteral("/models"), {{"anthropic-version", "2023-06-01"}});
    QCOMPARE(QJsonDocument::fromJson(anthropicModels.body)[QStringLiteral("data")][0][QStringLiteral("type")].toString(), QStringLiteral("model"));

    const Reply e = post(QStringLiteral("/embeddings"), {{QStringLiteral("model"), QStringLiteral("embed")},
                                                        {QStringLiteral("input"), QJsonArray{QStringLiteral("a cat"), QStringLiteral("a dog")}}});
    QCOMPARE(e.status, 200);
    const QJsonArray data = QJsonDocument::fromJson(e.body)[QStringLiteral("data")].toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0][QStringLiteral("embedding")].toArray().size(), 32);
    QVERIFY(data[0][QStringLiteral("embedding")].toArray() != data[1][QStringLiteral("embedding")].toArray());
}

void TestMockProvider::severalChoices_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("whole") << false;
    QTest::newRow("stream") << true;
}

// n > 1 gives n answers, each its own text, every one billed in completion_tokens.
void TestMockProvider::severalChoices()
{
    QFETCH(bool, stream);
    QJsonObject body = chat(QStringLiteral("fast"), QStringLiteral("Name a colour."), stream);
    body.insert(QStringLiteral("n"), 3);
    if (stream)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    const Reply r = post(QStringLiteral("/chat/completions"), body);
    QCOMPARE(r.status, 200);
    QMap<int, QString> texts;
    QMap<int, QString> finishes;
    int completionTokens = 0;
    const auto take = [&](const QJsonObject &o, const char *field) {
        for (const QJsonValue &c : o[QStringLiteral("choices")].toArray()) {
            texts[c[QStringLiteral("index")].toInt()] += c[QLatin1String(field)][QStringLiteral("content")].toString();
            if (c[QStringLiteral("finish_reason")].isString())
                finishes[c[QStringLiteral("index")].toInt()] = c[QStringLiteral("finish_reason")].toString();
        }
        completionTokens = qMax(completionTokens, o[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt());
    };
    if (stream) {
        for (const auto &e : sseEvents(r.body))
            if (e.second != "[DONE]")
                take(QJsonDocument::fromJson(e.second).object(), "delta");
    } else {
        take(QJsonDocument::fromJson(r.body).object(), "message");
    }
    QCOMPARE(texts.keys(), (QList<int>{0, 1, 2}));
    QCOMPARE(finishes.size(), 3);
    QVERIFY(!texts[0].isEmpty() && !texts[1].isEmpty() && !texts[2].isEmpty());
    QVERIFY(texts[0] != texts[1] || texts[1] != texts[2]);
    QVERIFY(completionTokens > 0);
    QCOMPARE(post(QStringLiteral("/chat/completions"), QJsonObject{{QStringLiteral("model"), QStringLiteral("fast")}, {QStringLiteral("n"), 0},
                                                                   {QStringLiteral("messages"), body[QStringLiteral("messages")]}}).status, 400);
}

void TestMockProvider::responsesNatively_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("whole") << false;
    QTest::newRow("stream") << true;
}

// POST /v1/responses served by the simulator itself (a provider marked as speaking the API):
// a response object, or the Responses events ending in response.completed with usage; a
// text.format schema gives JSON valid against it; previous_response_id is refused (it stores none).
void TestMockProvider::responsesNatively()
{
    QFETCH(bool, stream);
    const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer","minimum":1}},
        "required":["city","days"],"additionalProperties":false})").object();
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("fast")}, {QStringLiteral("input"), QStringLiteral("Plan a trip.")},
                           {QStringLiteral("stream"), stream},
                           {QStringLiteral("text"), QJsonObject{{QStringLiteral("format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                                                                                 {QStringLiteral("name"), QStringLiteral("trip")},
                                                                                                 {QStringLiteral("schema"), schema}}}}}};
    const Reply r = post(QStringLiteral("/responses"), body);
    QVERIFY2(r.status == 200, r.body.constData());
    QJsonObject response;
    if (stream) {
        QStringList types;
        for (const auto &e : sseEvents(r.body)) {
            const QJsonObject event = QJsonDocument::fromJson(e.second).object();
            types.append(event[QStringLiteral("type")].toString());
            if (types.last() == u"response.completed")
                response = event[QStringLiteral("response")].toObject();
        }
        QCOMPARE(types.first(), QStringLiteral("response.created"));
        QVERIFY2(types.contains(QStringLiteral("response.output_text.delta")), qPrintable(types.join(u' ')));
        QCOMPARE(types.last(), QStringLiteral("response.completed"));
    } else {
        response = QJsonDocument::fromJson(r.body).object();
    }
    QCOMPARE(response[QStringLiteral("object")].toString(), QStringLiteral("response"));
    QCOMPARE(response[QStringLiteral("status")].toString(), QStringLiteral("completed"));
    QVERIFY(response[QStringLiteral("usage")][QStringLiteral("output_tokens")].toInt() > 0);
    const QString text = response[QStringLiteral("output")][0][QStringLiteral("content")][0][QStringLiteral("text")].toString();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QVERIFY2(doc.isObject(), qPrintable(text));
    QVERIFY2(JsonSchemaCheck::problems(doc.object(), schema).isEmpty(), qPrintable(text));

    const Reply continued = post(QStringLiteral("/responses"), {{QStringLiteral("model"), QStringLiteral("fast")}, {QStringLiteral("input"), QStringLiteral("more")},
                                                                {QStringLiteral("previous_response_id"), response[QStringLiteral("id")]}});
    QCOMPARE(continued.status, 400);
}

void TestMockProvider::structuredOutput_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("stream");
    const QByteArray person = R"({"type":"json_schema","json_schema":{"name":"person","strict":true,"schema":{"type":"object",
        "properties":{"name":{"type":"string","minLength":3},"age":{"type":"integer","minimum":18},"score":{"type":"number","maximum":1},
        "tags":{"type":"array","items":{"type":"string"},"minItems":2},"role":{"enum":["admin","user"]},"email":{"type":["string","null"],"format":"email"},
        "address":{"type":"object","properties":{"city":{"type":"string"},"verified":{"type":"boolean"}},"required":["city","verified"]}},
        "required":["name","age","score","tags","role","email","address"],"additionalProperties":false}}})";
    for (bool stream : {false, true}) {
        QTest::newRow(stream ? "json_schema, stream" : "json_schema") << person << stream;
        QTest::newRow(stream ? "json_object, stream" : "json_object") << QByteArray(R"({"type":"json_object"})") << stream;
    }
}

// response_format: the answer parses as JSON and, with a schema, is valid against it.
void TestMockProvider::structuredOutput()
{
    QFETCH(QByteArray, format);
    QFETCH(bool, stream);
    QJsonObject body = chat(QStringLiteral("fast"), QStringLiteral("Describe someone."), stream);
    const QJsonObject responseFormat = QJsonDocument::fromJson(format).object();
    body.insert(QStringLiteral("response_format"), responseFormat);
    const Reply r = post(QStringLiteral("/chat/completions"), body);
    QCOMPARE(r.status, 200);
    QString content;
    if (stream) {
        for (const auto &e : sseEvents(r.body))
            if (e.second != "[DONE]")
                content += QJsonDocument::fromJson(e.second)[QStringLiteral("choices")][0][QStringLiteral("delta")][QStringLiteral("content")].toString();
    } else {
        content = QJsonDocument::fromJson(r.body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(content + QStringLiteral(" — ") + error.errorString()));
    const QJsonObject schema = responseFormat[QStringLiteral("json_schema")][QStringLiteral("schema")].toObject();
    const QStringList problems = JsonSchemaCheck::problems(doc.object(), schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + content));
    if (!schema.isEmpty()) {
        QVERIFY(doc[QStringLiteral("age")].toInt() >= 18);
        QCOMPARE(doc[QStringLiteral("tags")].toArray().size(), 2);
    }
}

// encoding_format "base64" (the official clients' default) carries the same float32 values;
// `dimensions` sets the vector's length.
void TestMockProvider::embeddingEncodingAndDimensions()
{
    const QJsonObject floats{{QStringLiteral("model"), QStringLiteral("embed")}, {QStringLiteral("input"), QStringLiteral("a cat")},
                             {QStringLiteral("dimensions"), 12}};
    QJsonObject base64 = floats;
    base64.insert(QStringLiteral("encoding_format"), QStringLiteral("base64"));
    const QJsonArray asFloats = QJsonDocument::fromJson(post(QStringLiteral("/embeddings"), floats).body)[QStringLiteral("data")][0][QStringLiteral("embedding")].toArray();
    QCOMPARE(asFloats.size(), 12);
    const QByteArray bytes = QByteArray::fromBase64(
        QJsonDocument::fromJson(post(QStringLiteral("/embeddings"), base64).body)[QStringLiteral("data")][0][QStringLiteral("embedding")].toString().toLatin1());
    QCOMPARE(bytes.size(), 12 * 4);
    for (int i = 0; i < 12; ++i) {
        quint32 bits = 0;
        for (int b = 3; b >= 0; --b)
            bits = (bits << 8) | quint8(bytes[i * 4 + b]);
        float x;
        std::memcpy(&x, &bits, 4);
        QCOMPARE(double(x), asFloats[i].toDouble());
    }
}

void TestMockProvider::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(2000));
    const QByteArray body = QJsonDocument(chat(QStringLiteral("fast"), QStringLiteral("one"))).toJson(QJsonDocument::Compact);
    const QByteArray body2 = QJsonDocument(chat(QStringLiteral("fast"), QStringLiteral("two"))).toJson(QJsonDocument::Compact);
    QByteArray pipelined;
    for (const QByteArray &b : {body, body2})
        pipelined += "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(b.size()) + "\r\n\r\n" + b;
    pipelined += "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
    socket.write(pipelined);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 3, 5000);
    // Answers come back in request order on the one connection.
    const qsizetype first = received.indexOf("chat.completion");
    const qsizetype second = received.indexOf("chat.completion", first + 1);
    const qsizetype health = received.indexOf("\"status\":\"ok\"");
    QVERIFY(first > 0 && second > first && health > second);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->server().openConnections(), 1);
}

void TestMockProvider::malformedHttpGets400()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("THIS IS NOT HTTP\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), 3000);
    QVERIFY2(received.startsWith("HTTP/1.1 400"), received.constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
}

void TestMockProvider::oversizedBodyGets413()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), 3000);
    QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
}

void TestMockProvider::badConfig_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no models") << QByteArray(R"({"format": "switchyard.mock", "version": 1, "models": []})") << "$.models: needs at least one model";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1, "models": [{"id": "a"}]})") << "$.format";
    QTest::newRow("bad range") << QByteArray(R"({"format": "switchyard.mock", "version": 1, "models": [{"id": "a", "output_tokens": [9, 2]}]})") << "$.models[0].output_tokens";
    QTest::newRow("rate over 1") << QByteArray(R"({"format": "switchyard.mock", "version": 1, "models": [{"id": "a", "faults": {"error_rate": 2}}]})") << "$.models[0].faults.error_rate";
    QTest::newRow("typo") << QByteArray(R"({"format": "switchyard.mock", "version": 1, "models": [{"id": "a", "ttft": 5}]})") << "$.models[0].ttft: unknown key (did you mean 'ttft_ms'?)";
    QTest::newRow("duplicate") << QByteArray(R"({"format": "switchyard.mock", "version": 1, "models": [{"id": "a"}, {"id": "a"}]})") << "duplicate model 'a'";
}

void TestMockProvider::badConfig()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    Diagnostics d;
    QVERIFY(!MockConfig::fromJsonText(text, d));
    QVERIFY2(d.toString().contains(expected), qPrintable(d.toString()));
}

// A model with an accuracy answers known prompts right that share of the time, the same way
// every time; the answer comes first and the filler after it has no digits.
void TestMockProvider::knownAnswersAtTheModelsAccuracy()
{
    MockConfig config = fastConfig();
    config.models[0].accuracy = 0.7;
    for (int i = 0; i < 200; ++i)
        config.addAnswer(QStringLiteral("What is %1 + %1?").arg(i), QString::number(2 * i));
    m_server = std::make_unique<MockServer>(config, 2);
    QVERIFY(m_server->listen());
    auto ask = [this](const QString &model, const QString &prompt) {
        const Reply r = post(QStringLiteral("/v1/chat/completions"),
                             QJsonObject{{QStringLiteral("model"), model},
                                         {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                             {QStringLiteral("content"), prompt}}}}});
        return QJsonDocument::fromJson(r.body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")].toString();
    };
    int right = 0;
    for (int i = 0; i < 200; ++i) {
        const QString answer = ask(QStringLiteral("fast"), QStringLiteral("What is %1 + %1?").arg(i));
        QVERIFY2(answer.startsWith(QStringLiteral("Answer: ")), qPrintable(answer));
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        QStringList numbers;
        for (auto it = digits.globalMatch(answer); it.hasNext();)
            numbers.append(it.next().captured());
        QCOMPARE(numbers.size(), 1); // the answer, nothing else
        const int said = numbers.front().toInt();
        QVERIFY(said == 2 * i || said == 2 * i + 1); // right, or off by one
        right += said == 2 * i ? 1 : 0;
    }
    QVERIFY2(right >= 120 && right <= 160, qPrintable(QString::number(right)));
    const QString again = ask(QStringLiteral("fast"), QStringLiteral("What is 5 + 5?"));
    QCOMPARE(ask(QStringLiteral("fast"), QStringLiteral("What is 5 + 5?")), again);
    // A model without an accuracy knows nothing.
    QVERIFY(!ask(QStringLiteral("slow"), QStringLiteral("What is 5 + 5?")).startsWith(QStringLiteral("Answer:")));
    // And from a config file.
    Diagnostics d;
    const auto fromFile = MockConfig::fromJsonText(R"({"format": "switchyard.mock", "version": 1,
        "models": [{"id": "m", "accuracy": 0.5}], "answers": [{"prompt": "2+2?", "answer": "4"}]})", d);
    QVERIFY2(fromFile, qPrintable(d.toString()));
    QCOMPARE(fromFile->models.front().accuracy, 0.5);
    QCOMPARE(fromFile->answers.value(QStringLiteral("2+2?")), QStringLiteral("4"));
}

QTEST_GUILESS_MAIN(TestMockProvider)
#include "tst_mockprovider.moc"
