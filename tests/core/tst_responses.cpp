#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <mutex>

#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyHandler.h"
#include "ProxyUnderTest.h"
#include "responses/ResponseStore.h"
#include "responses/ResponsesNative.h"
#include "responses/ResponsesAnswer.h"
#include "responses/ResponsesRequest.h"
#include "responses/ResponsesStream.h"

using namespace sy;

namespace {

QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }
QString s(const char *text) { return QString::fromUtf8(text); }

// The events of a Responses stream, in order: (type, data).
QList<QPair<QString, QJsonObject>> eventsOf(const QByteArray &stream)
{
    QList<QPair<QString, QJsonObject>> events;
    QString name;
    for (const QByteArray &line : stream.split('\n')) {
        if (line.startsWith("event: "))
            name = QString::fromUtf8(line.mid(7));
        else if (line.startsWith("data: "))
            events.append({name, QJsonDocument::fromJson(line.mid(6)).object()});
    }
    return events;
}

} // namespace

class TestResponses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void requestToChat_data();
    void requestToChat();
    void requestRefused_data();
    void requestRefused();
    void answerFromChat();
    void streamEvents();
    void streamErrorFails();
    void storeIsBounded();
    void storeChainsTurns();

    void throughTheProxy_data();
    void throughTheProxy();
    void conversationContinuesById();
    void droppedParametersAreSaid();
    void nativeStreamIsChecked();
    void passedThroughToANativeProvider_data();
    void passedThroughToANativeProvider();

private:
    using Reply = test::ProxyUnderTest::Reply;
    Reply request(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    std::unique_ptr<MockServer> m_mock;
    test::ProxyUnderTest m_proxy;
};

void TestResponses::initTestCase()
{
    Diagnostics d;
    const auto mock = MockConfig::fromJsonText(R"({"format": "switchyard.mock", "version": 1, "models": [
        {"id": "good", "ttft_ms": 2, "tokens_per_second": 5000, "output_tokens": [20, 20]}]})", d);
    QVERIFY2(mock, qPrintable(d.toString()));
    m_mock = std::make_unique<MockServer>(*mock, 1);
    QVERIFY(m_mock->listen());
}

void TestResponses::init()
{
    const QByteArray text = QStringLiteral(R"({"format": "switchyard.policy", "version": 1, "name": "test",
      "providers": [
        {"id": "sim", "kind": "openai", "base_url": "%1", "models": [{"id": "good", "pricing": {"input_per_mtok": 1, "output_per_mtok": 2}}]},
        {"id": "simA", "kind": "anthropic", "base_url": "%1", "models": [{"id": "good"}]},
        {"id": "simR", "kind": "openai", "base_url": "%1", "responses_api": true,
         "models": [{"id": "good", "pricing": {"input_per_mtok": 1, "output_per_mtok": 2}}]}],
      "routes": [
        {"alias": "fast", "root": {"type": "target", "model": "sim/good"}},
        {"alias": "claude", "root": {"type": "target", "model": "simA/good"}},
        {"alias": "native", "root": {"type": "target", "model": "simR/good"}}]})")
                                 .arg(m_mock->baseUrl())
                                 .toUtf8();
    Diagnostics d;
    auto policy = PolicyReader::fromJsonText(text, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(m_proxy.start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
}

void TestResponses::cleanup() { m_proxy.stop(); }

TestResponses::Reply TestResponses::request(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return verb == "POST" ? m_proxy.post(path, body) : m_proxy.request(verb, path);
}

void TestResponses::requestToChat_data()
{
    QTest::addColumn<QByteArray>("responses");
    QTest::addColumn<QByteArray>("chat");      // the expected chat-completions body
    QTest::addColumn<QStringList>("dropped");

    QTest::newRow("string input, instructions, sampling")
        << QByteArray(R"({"model":"m","input":"hi","instructions":"be brief","temperature":0.2,"top_p":0.9,"max_output_tokens":50,"user":"u1"})")
        << QByteArray(R"({"model":"m","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hi"}],"max_tokens":50,"temperature":0.2,"top_p":0.9,"user":"u1"})")
        << QStringList();
    QTest::newRow("message items: developer, text parts, image, assistant output")
        << QByteArray(R"({"model":"m","input":[{"role":"developer","content":"rules"},
             {"type":"message","role":"user","content":[{"type":"input_text","text":"look"},{"type":"input_image","image_url":"https://x/i.png","detail":"high"}]},
             {"type":"message","role":"assistant","content":[{"type":"output_text","text":"seen","annotations":[]}]}]})")
        << QByteArray(R"({"model":"m","messages":[{"role":"system","content":"rules"},
             {"role":"user","content":[{"type":"text","text":"look"},{"type":"image_url","image_url":{"url":"https://x/i.png","detail":"high"}}]},
             {"role":"assistant","content":"seen"}]})")
        << QStringList();
    QTest::newRow("function call round trip, tools, tool choice")
        << QByteArray(R"({"model":"m","input":[{"role":"user","content":"weather?"},
             {"type":"function_call","call_id":"c1","name":"get","arguments":"{\"city\":\"Oslo\"}"},
             {"type":"function_call","call_id":"c2","name":"get","arguments":"{\"city\":\"Rome\"}"},
             {"type":"function_call_output","call_id":"c1","output":"cold"},
             {"type":"function_call_output","call_id":"c2","output":[{"type":"input_text","text":"warm"}]}],
             "tools":[{"type":"function","name":"get","description":"weather","parameters":{"type":"object"},"strict":true}],
             "tool_choice":{"type":"function","name":"get"},"parallel_tool_calls":false})")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"weather?"},
             {"role":"assistant","content":null,"tool_calls":[
               {"id":"c1","type":"function","function":{"name":"get","arguments":"{\"city\":\"Oslo\"}"}},
               {"id":"c2","type":"function","function":{"name":"get","arguments":"{\"city\":\"Rome\"}"}}]},
             {"role":"tool","tool_call_id":"c1","content":"cold"},{"role":"tool","tool_call_id":"c2","content":"warm"}],
             "tools":[{"type":"function","function":{"name":"get","description":"weather","parameters":{"type":"object"},"strict":true}}],
             "tool_choice":{"type":"function","function":{"name":"get"}},"parallel_tool_calls":false})")
        << QStringList();
    QTest::newRow("structured output, reasoning effort, stream")
        << QByteArray(R"({"model":"m","input":"x","stream":true,"max_output_tokens":9,"reasoning":{"effort":"low"},
             "text":{"format":{"type":"json_schema","name":"person","schema":{"type":"object"},"strict":true}}})")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"x"}],"max_completion_tokens":9,"reasoning_effort":"low",
             "response_format":{"type":"json_schema","json_schema":{"name":"person","schema":{"type":"object"},"strict":true}},
             "stream":true,"stream_options":{"include_usage":true}})")
        << QStringList();
    QTest::newRow("what chat cannot carry is listed")
        << QByteArray(R"({"model":"m","input":[{"type":"reasoning","id":"rs_1","summary":[]},{"type":"item_reference","id":"x"},
             {"role":"user","content":[{"type":"input_file","file_id":"f"},{"type":"input_text","text":"t"}]}],
             "tools":[{"type":"web_search"}],"reasoning":{"summary":"auto"},"include":["file_search_call.results"],"truncation":"auto",
             "text":{"verbosity":"low"}})")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"t"}]})")
        << QStringList{s("input item item_reference"), s("content part input_file"), s("tools[web_search]"),
                       s("text.verbosity"), s("reasoning.summary"), s("include file_search_call.results"), s("truncation auto")};
}

void TestResponses::requestToChat()
{
    QFETCH(QByteArray, responses);
    QFETCH(QByteArray, chat);
    QFETCH(QStringList, dropped);
    const ResponsesToChat out = responsesToChat(responses);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(QJsonDocument::fromJson(out.chatBody).object(), QJsonDocument::fromJson(chat).object());
    QStringList got = out.context.dropped;
    got.sort();
    dropped.sort();
    QCOMPARE(got, dropped);
    QVERIFY(out.context.id.startsWith(u"resp_"));
}

void TestResponses::requestRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("no model") << QByteArray(R"({"input":"x"})") << s("model");
    QTest::newRow("no input") << QByteArray(R"({"model":"m"})") << s("input");
    QTest::newRow("background") << QByteArray(R"({"model":"m","input":"x","background":true})") << s("background");
    QTest::newRow("conversation") << QByteArray(R"({"model":"m","input":"x","conversation":"conv_1"})") << s("conversation");
    QTest::newRow("unknown previous response") << QByteArray(R"({"model":"m","input":"x","previous_response_id":"resp_gone"})")
                                               << s("previous_response_id");
}

void TestResponses::requestRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    const ResponsesToChat out = responsesToChat(body, [](const QString &, QString *) { return std::optional<QJsonArray>(); });
    QVERIFY(!out.error.isEmpty());
    QCOMPARE(out.errorParam, param);
    QVERIFY(out.chatBody.isEmpty());
}

void TestResponses::answerFromChat()
{
    const ResponsesToChat in = responsesToChat(R"({"model":"route","input":"hi","metadata":{"k":"v"},"temperature":0.5})");
    const QByteArray chat = R"({"id":"c","object":"chat.completion","model":"gpt-x","choices":[{"index":0,
        "message":{"role":"assistant","content":"Hello","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},
        "finish_reason":"length"}],"usage":{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10,
        "prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":1}}})";
    const std::optional<QJsonObject> object = responseObjectFromChat(chat, in.context);
    QVERIFY(object);
    const QJsonObject r = *object;
    QCOMPARE(QJsonDocument::fromJson(responsesFromChat(chat, in.context)).object()[s("status")], r[s("status")]);
    QCOMPARE(r[s("object")].toString(), s("response"));
    QCOMPARE(r[s("id")].toString(), in.context.id);
    QCOMPARE(r[s("model")].toString(), s("gpt-x"));
    QCOMPARE(r[s("status")].toString(), s("incomplete"));
    QCOMPARE(r[s("incomplete_details")][s("reason")].toString(), s("max_output_tokens"));
    QCOMPARE(r[s("temperature")].toDouble(), 0.5);
    QCOMPARE(r[s("metadata")][s("k")].toString(), s("v"));
    const QJsonArray output = r[s("output")].toArray();
    QCOMPARE(output.size(), 2);
    QCOMPARE(output[0][s("type")].toString(), s("message"));
    QCOMPARE(output[0][s("content")][0][s("text")].toString(), s("Hello"));
    QCOMPARE(output[1][s("type")].toString(), s("function_call"));
    QCOMPARE(output[1][s("call_id")].toString(), s("call_1"));
    QCOMPARE(output[1][s("name")].toString(), s("f"));
    const QJsonObject usage = r[s("usage")].toObject();
    QCOMPARE(usage[s("input_tokens")].toInt(), 7);
    QCOMPARE(usage[s("output_tokens")].toInt(), 3);
    QCOMPARE(usage[s("total_tokens")].toInt(), 10);
    QCOMPARE(usage[s("input_tokens_details")][s("cached_tokens")].toInt(), 4);
    QCOMPARE(usage[s("output_tokens_details")][s("reasoning_tokens")].toInt(), 1);
    // An error body is left as it is: the Responses API's errors have the chat shape.
    const QByteArray error = R"({"error":{"message":"no","type":"invalid_request_error"}})";
    QCOMPARE(responsesFromChat(error, in.context), error);
    QVERIFY(!responseObjectFromChat(error, in.context));
}

void TestResponses::streamEvents()
{
    const ResponsesToChat in = responsesToChat(R"({"model":"route","input":"hi","stream":true})");
    const QByteArray chat =
        "data: {\"model\":\"gpt-x\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"
        "data: {\"model\":\"gpt-x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
        "data: {\"model\":\"gpt-x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_9\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"a\\\":\"}}]}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"1}\"}}]}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n"
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6,\"total_tokens\":11}}\n\n"
        "data: [DONE]\n\n";
    // Pieces of every size: an event may arrive split anywhere.
    for (const int piece : {1, 7, 64, int(chat.size())}) {
        ResponsesStreamWriter writer(in.context);
        QByteArray out;
        for (qsizetype i = 0; i < chat.size(); i += piece)
            out += writer.feed(QByteArrayView(chat).sliced(i, std::min<qsizetype>(piece, chat.size() - i)));
        out += writer.finish();
        QVERIFY(writer.finish().isEmpty());
        const auto events = eventsOf(out);
        QStringList types;
        for (int i = 0; i < events.size(); ++i) {
            types.append(events[i].first);
            QCOMPARE(events[i].second[s("type")].toString(), events[i].first);
            QCOMPARE(events[i].second[s("sequence_number")].toInt(), i);
        }
        QCOMPARE(types, (QStringList{s("response.created"), s("response.in_progress"), s("response.output_item.added"),
                                     s("response.content_part.added"), s("response.output_text.delta"),
                                     s("response.output_text.delta"), s("response.output_text.done"),
                                     s("response.content_part.done"), s("response.output_item.done"),
                                     s("response.output_item.added"), s("response.function_call_arguments.delta"),
                                     s("response.function_call_arguments.delta"), s("response.function_call_arguments.done"),
                                     s("response.output_item.done"), s("response.completed")}));
        const QJsonObject done = events.last().second[s("response")].toObject();
        QCOMPARE(done[s("status")].toString(), s("completed"));
        QCOMPARE(done[s("model")].toString(), s("gpt-x"));
        QCOMPARE(done[s("output")][0][s("content")][0][s("text")].toString(), s("Hello"));
        QCOMPARE(done[s("output")][1][s("arguments")].toString(), s("{\"a\":1}"));
        QCOMPARE(done[s("output")][1][s("call_id")].toString(), s("call_9"));
        QCOMPARE(done[s("usage")][s("output_tokens")].toInt(), 6);
        QCOMPARE(writer.output(), done[s("output")].toArray());
    }
}

void TestResponses::streamErrorFails()
{
    const ResponsesToChat in = responsesToChat(R"({"model":"route","input":"hi","stream":true})");
    ResponsesStreamWriter writer(in.context);
    QByteArray out = writer.feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"par\"}}]}\n\n");
    out += writer.feed("data: {\"error\":{\"message\":\"the upstream stream failed: reset\",\"type\":\"server_error\"}}\n\n");
    QVERIFY(writer.failed());
    out += writer.finish();
    const auto events = eventsOf(out);
    QCOMPARE(events[events.size() - 2].first, s("response.failed"));
    QCOMPARE(events[events.size() - 2].second[s("response")][s("status")].toString(), s("failed"));
    QCOMPARE(events.last().first, s("error"));
    QCOMPARE(events.last().second[s("message")].toString(), s("the upstream stream failed: reset"));
    QVERIFY(!out.contains("response.completed"));
}

void TestResponses::storeIsBounded()
{
    ResponseStore store({3, 1 << 20, 1000});
    for (int i = 0; i < 5; ++i)
        store.put(QString::number(i), {{s("id"), i}}, {}, {}, 100 + i);
    QCOMPARE(store.size(), 3); // the oldest two went
    QVERIFY(!store.get(s("0"), 200));
    QVERIFY(store.get(s("4"), 200));
    QVERIFY(!store.get(s("4"), 100 + 4 + 1000)); // expired
    QVERIFY(store.remove(s("3")));
    QVERIFY(!store.remove(s("3")));
    ResponseStore small({100, 200, 1000});
    for (int i = 0; i < 20; ++i)
        small.put(QString::number(i), {{s("text"), QString(40, u'x')}}, {}, {}, 0);
    QVERIFY(small.size() < 5); // bounded in bytes too
    QVERIFY(small.get(s("19"), 1));
}

// Each turn keeps only its own items; the conversation is rebuilt by following previous ids, and
// a turn gone from the chain is named rather than silently skipped.
void TestResponses::storeChainsTurns()
{
    ResponseStore store({2, 1 << 20, 1000});
    store.put(s("a"), {{s("id"), s("a")}}, {}, {s("a-in"), s("a-out")}, 0);
    store.put(s("b"), {{s("id"), s("b")}}, s("a"), {s("b-in"), s("b-out")}, 0);
    QCOMPARE(*store.conversation(s("b"), 1), (QJsonArray{s("a-in"), s("a-out"), s("b-in"), s("b-out")}));
    QCOMPARE(store.get(s("b"), 1)->items.size(), 2); // not the whole conversation again
    store.put(s("c"), {{s("id"), s("c")}}, s("b"), {s("c-in")}, 0); // "a" falls out of memory
    QString why;
    QVERIFY(!store.conversation(s("c"), 1, &why));
    QVERIFY2(why.contains(s("'a'")) && why.contains(s("'c'")), qPrintable(why));
    QVERIFY(!store.conversation(s("nope"), 1, &why));
    QVERIFY2(why.contains(s("not found")), qPrintable(why));
}

void TestResponses::throughTheProxy_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("tools");
    for (const char *route : {"fast", "claude"})
        for (bool stream : {false, true})
            for (bool tools : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1%2%3").arg(s(route), stream ? s(", stream") : QString(),
                                                                       tools ? s(", tools") : QString())))
                    << s(route) << stream << tools;
}

// A Responses client routed to chat-completions and to Anthropic providers: the answer comes
// back in the Responses shape with the provider's words, tool call and usage.
void TestResponses::throughTheProxy()
{
    QFETCH(QString, route);
    QFETCH(bool, stream);
    QFETCH(bool, tools);
    QJsonObject body{{s("model"), route}, {s("input"), tools ? s("use lookup please") : s("hello proxy")}, {s("stream"), stream}};
    if (tools)
        body.insert(s("tools"), QJsonArray{json(R"({"type":"function","name":"lookup","parameters":
            {"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}})")});
    const Reply r = request("POST", s("/v1/responses"), body);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.headers.value("x-switchyard-provider"), route == u"fast" ? QByteArray("sim") : QByteArray("simA"));
    QJsonObject response;
    if (stream) {
        QVERIFY(r.headers.value("content-type").startsWith("text/event-stream"));
        const auto events = eventsOf(r.body);
        QVERIFY(events.size() > 4);
        QCOMPARE(events.first().first, s("response.created"));
        QString deltas;
        for (const auto &e : events)
            if (e.first == u"response.output_text.delta")
                deltas += e.second[s("delta")].toString();
        QCOMPARE(events.last().first, s("response.completed"));
        response = events.last().second[s("response")].toObject();
        if (!tools)
            QCOMPARE(deltas, response[s("output")][0][s("content")][0][s("text")].toString());
    } else {
        response = QJsonDocument::fromJson(r.body).object();
    }
    QCOMPARE(response[s("object")].toString(), s("response"));
    QCOMPARE(response[s("status")].toString(), s("completed"));
    const QJsonArray output = response[s("output")].toArray();
    QVERIFY(!output.isEmpty());
    if (tools) {
        const QJsonObject call = output.last().toObject();
        QCOMPARE(call[s("type")].toString(), s("function_call"));
        QCOMPARE(call[s("name")].toString(), s("lookup"));
        QCOMPARE(QJsonDocument::fromJson(call[s("arguments")].toString().toUtf8())[s("q")].toString(), s("example"));
        QVERIFY(!call[s("call_id")].toString().isEmpty());
    } else {
        QCOMPARE(output[0][s("type")].toString(), s("message"));
        QCOMPARE(output[0][s("content")][0][s("text")].toString().split(u' ').size(), 20); // the mock's 20 words
    }
    QVERIFY(response[s("usage")][s("input_tokens")].toInt() > 0);
    QVERIFY(response[s("usage")][s("output_tokens")].toInt() > 0);
}

// previous_response_id: a tool call answered in a second request, on the other provider kind;
// the stored response is read back, listed and deleted.
void TestResponses::conversationContinuesById()
{
    const Reply first = request("POST", s("/v1/responses"),
                                {{s("model"), s("fast")}, {s("input"), s("use lookup please")},
                                 {s("tools"), QJsonArray{json(R"({"type":"function","name":"lookup","parameters":{"type":"object"}})")}}});
    QCOMPARE(first.status, 200);
    const QJsonObject one = QJsonDocument::fromJson(first.body).object();
    const QString id = one[s("id")].toString();
    const QString callId = one[s("output")].toArray().last()[s("call_id")].toString();
    QVERIFY(!callId.isEmpty());

    const Reply second = request("POST", s("/v1/responses"),
                                 {{s("model"), s("claude")}, {s("previous_response_id"), id},
                                  {s("input"), QJsonArray{QJsonObject{{s("type"), s("function_call_output")}, {s("call_id"), callId},
                                                                      {s("output"), s("sunny")}}}}});
    QVERIFY2(second.status == 200, second.body.constData());
    const QJsonObject two = QJsonDocument::fromJson(second.body).object();
    QCOMPARE(two[s("previous_response_id")].toString(), id);
    QCOMPARE(two[s("output")][0][s("type")].toString(), s("message")); // it answers, no second call

    const Reply stored = request("GET", QStringLiteral("/v1/responses/%1").arg(id));
    QCOMPARE(stored.status, 200);
    QCOMPARE(QJsonDocument::fromJson(stored.body).object(), one);
    const Reply items = request("GET", QStringLiteral("/v1/responses/%1/input_items").arg(two[s("id")].toString()));
    QCOMPARE(items.status, 200);
    const QJsonArray data = QJsonDocument::fromJson(items.body)[s("data")].toArray();
    QCOMPARE(data.size(), 3); // the first user message, the tool call, its output (newest first)
    QCOMPARE(data[0][s("type")].toString(), s("function_call_output"));

    QCOMPARE(request("DELETE", QStringLiteral("/v1/responses/%1").arg(id)).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/v1/responses/%1").arg(id)).status, 404);
    const Reply gone = request("POST", s("/v1/responses"), {{s("model"), s("fast")}, {s("previous_response_id"), id}, {s("input"), s("again")}});
    QCOMPARE(gone.status, 400);
    QCOMPARE(QJsonDocument::fromJson(gone.body)[s("error")][s("type")].toString(), s("invalid_request_error"));

    const Reply unstored = request("POST", s("/v1/responses"), {{s("model"), s("fast")}, {s("input"), s("hi")}, {s("store"), false}});
    QCOMPARE(unstored.status, 200);
    QCOMPARE(request("GET", QStringLiteral("/v1/responses/%1").arg(QJsonDocument::fromJson(unstored.body)[s("id")].toString())).status, 404);
}

void TestResponses::droppedParametersAreSaid()
{
    const Reply r = request("POST", s("/v1/responses"),
                            {{s("model"), s("fast")}, {s("input"), s("hi")}, {s("tools"), QJsonArray{json(R"({"type":"web_search"})")}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-switchyard-dropped"), QByteArray("tools[web_search]"));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1)); // and in the request log
    const QString notes = m_proxy.logged()[0].notes;
    QVERIFY2(notes.contains(QStringLiteral("tools[web_search]")), qPrintable(notes));
    const Reply plain = request("POST", s("/v1/responses"), {{s("model"), s("fast")}, {s("input"), s("hi")}});
    QVERIFY(!plain.headers.contains("x-switchyard-dropped"));
}

// A provider's own Responses stream: its usage and final response are read as it passes; a line
// that is not an event, or an end before response.completed, is a broken stream.
void TestResponses::nativeStreamIsChecked()
{
    const QByteArray created = "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0}\n\n";
    const QByteArray completed = "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":7,\"response\":"
                                 "{\"id\":\"resp_1\",\"object\":\"response\",\"output\":[],\"usage\":{\"input_tokens\":12,\"output_tokens\":30,"
                                 "\"input_tokens_details\":{\"cached_tokens\":8},\"output_tokens_details\":{\"reasoning_tokens\":20}}}}\n\n";
    ResponsesStreamCheck whole;
    QVERIFY(!whole.feed(created + completed.left(40)));
    QVERIFY(!whole.feed(completed.mid(40)));
    QVERIFY(!whole.finish());
    QCOMPARE(whole.usage().inputTokens, 12);
    QCOMPARE(whole.usage().cachedInputTokens, 8);
    QCOMPARE(whole.usage().reasoningTokens, 20);
    QCOMPARE(whole.finalResponse()[s("id")].toString(), s("resp_1"));
    QCOMPARE(whole.lastSequenceNumber(), 7);
    ResponsesStreamCheck cut;
    QVERIFY(!cut.feed(created));
    QVERIFY(cut.finish()->contains(s("before response.completed")));
    ResponsesStreamCheck garbage;
    QVERIFY(garbage.feed(created + "<html>502 Bad Gateway</html>\n"));
    QVERIFY(problemInResponseBody("<html>").contains(s("not a JSON object")));
    QVERIFY(problemInResponseBody(R"({"error":{"message":"boom"}})").contains(s("boom")));
    QVERIFY(problemInResponseBody(R"({"object":"response","output":[]})").isEmpty());
}

void TestResponses::passedThroughToANativeProvider_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("whole") << false;
    QTest::newRow("stream") << true;
}

// A provider marked responses_api gets the Responses request itself (the simulator answers it
// natively) and its answer comes back as it was sent; the proxy still stores it, so the
// conversation goes on through a chat provider and back. The simulator refuses
// previous_response_id, so a continued turn there proves the proxy spelled the conversation out.
void TestResponses::passedThroughToANativeProvider()
{
    QFETCH(bool, stream);
    QJsonObject ask{{s("model"), s("native")}, {s("input"), s("hello there")}, {s("stream"), stream},
                    {s("tools"), QJsonArray{json(R"({"type":"web_search"})")}}};
    const Reply first = request("POST", s("/v1/responses"), ask);
    QVERIFY2(first.status == 200, first.body.constData());
    QVERIFY(!first.headers.contains("x-switchyard-dropped")); // nothing translated, nothing dropped
    QCOMPARE(first.headers.value("x-switchyard-provider"), QByteArray("simR"));
    QJsonObject response;
    if (stream) {
        const auto events = eventsOf(first.body);
        QCOMPARE(events.first().first, s("response.created"));
        QCOMPARE(events.last().first, s("response.completed"));
        response = events.last().second[s("response")].toObject();
    } else {
        response = QJsonDocument::fromJson(first.body).object();
    }
    QCOMPARE(response[s("status")].toString(), s("completed"));
    const QString id = response[s("id")].toString();
    QVERIFY(id.startsWith(u"resp_"));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    QVERIFY(m_proxy.logged()[0].costUsd > 0);
    QVERIFY(m_proxy.logged()[0].outputTokens > 0);
    QVERIFY(m_proxy.logged()[0].notes.isEmpty());

    // On through a chat provider, then back to the native one.
    const Reply second = request("POST", s("/v1/responses"), {{s("model"), s("fast")}, {s("previous_response_id"), id}, {s("input"), s("and then?")}});
    QVERIFY2(second.status == 200, second.body.constData());
    const QString secondId = QJsonDocument::fromJson(second.body)[s("id")].toString();
    const Reply third = request("POST", s("/v1/responses"), {{s("model"), s("native")}, {s("previous_response_id"), secondId},
                                                             {s("input"), s("and finally?")}, {s("stream"), stream}});
    QVERIFY2(third.status == 200, third.body.constData());
    // The provider never saw the id, yet the client's answer shows it, as OpenAI's would.
    const QJsonObject thirdResponse = stream ? eventsOf(third.body).last().second[s("response")].toObject()
                                             : QJsonDocument::fromJson(third.body).object();
    QCOMPARE(thirdResponse[s("previous_response_id")].toString(), secondId);
    if (stream)
        QCOMPARE(eventsOf(third.body).first().second[s("response")][s("previous_response_id")].toString(), secondId);
    const Reply items = request("GET", QStringLiteral("/v1/responses/%1/input_items").arg(thirdResponse[s("id")].toString()));
    QCOMPARE(items.status, 200);
    QCOMPARE(QJsonDocument::fromJson(items.body)[s("data")].toArray().size(), 5); // three user turns, two answers
}

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
