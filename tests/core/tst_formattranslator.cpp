#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "proxy/FormatTranslator.h"

using namespace sy;

class TestFormatTranslator : public QObject
{
    Q_OBJECT
private slots:
    void openAiRequestToAnthropic();
    void anthropicRequestToOpenAi();
    void responsesBothWays();
    void errorsKeepTheirMessage();
    void streamOpenAiToAnthropic();
    void streamAnthropicToOpenAi();
};

namespace {
QJsonObject obj(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
}

void TestFormatTranslator::openAiRequestToAnthropic()
{
    const QByteArray in = R"({"model": "x", "max_completion_tokens": 300, "temperature": 0.2, "stop": "END", "user": "u1", "stream": true,
      "tools": [{"type": "function", "function": {"name": "lookup", "description": "find", "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}],
      "tool_choice": {"type": "function", "function": {"name": "lookup"}},
      "messages": [{"role": "system", "content": "Be brief."},
                   {"role": "user", "content": [{"type": "text", "text": "see"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]},
                   {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\":\"a\"}"}}]},
                   {"role": "tool", "tool_call_id": "c1", "content": "result A"},
                   {"role": "user", "content": "and then?"}]})";
    const QJsonObject out = obj(FormatTranslator::request(in, ApiFormat::OpenAIChat, ApiFormat::AnthropicMessages, QStringLiteral("claude-x"), true));
    QCOMPARE(out[QStringLiteral("model")].toString(), QStringLiteral("claude-x"));
    QCOMPARE(out[QStringLiteral("system")].toString(), QStringLiteral("Be brief."));
    QCOMPARE(out[QStringLiteral("max_tokens")].toInt(), 300);
    QCOMPARE(out[QStringLiteral("stop_sequences")].toArray(), QJsonArray{QStringLiteral("END")});
    QCOMPARE(out[QStringLiteral("metadata")][QStringLiteral("user_id")].toString(), QStringLiteral("u1"));
    QCOMPARE(out[QStringLiteral("tools")][0][QStringLiteral("input_schema")][QStringLiteral("type")].toString(), QStringLiteral("object"));
    QCOMPARE(out[QStringLiteral("tool_choice")][QStringLiteral("type")].toString(), QStringLiteral("tool"));
    const QJsonArray messages = out[QStringLiteral("messages")].toArray();
    QCOMPARE(messages.size(), 3); // user, assistant, user (tool result and the next question merged)
    QCOMPARE(messages[0][QStringLiteral("content")][1][QStringLiteral("source")][QStringLiteral("media_type")].toString(), QStringLiteral("image/png"));
    QCOMPARE(messages[1][QStringLiteral("content")][0][QStringLiteral("type")].toString(), QStringLiteral("tool_use"));
    QCOMPARE(messages[1][QStringLiteral("content")][0][QStringLiteral("input")][QStringLiteral("q")].toString(), QStringLiteral("a"));
    QCOMPARE(messages[2][QStringLiteral("content")][0][QStringLiteral("type")].toString(), QStringLiteral("tool_result"));
    QCOMPARE(messages[2][QStringLiteral("content")][1][QStringLiteral("text")].toString(), QStringLiteral("and then?"));
}

void TestFormatTranslator::anthropicRequestToOpenAi()
{
    const QByteArray in = R"({"model": "x", "max_tokens": 200, "system": [{"type": "text", "text": "Sys."}], "stream": true,
      "metadata": {"user_id": "u2"}, "stop_sequences": ["Z"], "tool_choice": {"type": "any"},
      "tools": [{"name": "calc", "input_schema": {"type": "object"}}],
      "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "BBBB"}}, {"type": "text", "text": "q"}]},
                   {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "calc", "input": {"n": 2}}]},
                   {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "4"}]}]})";
    const QJsonObject out = obj(FormatTranslator::request(in, ApiFormat::AnthropicMessages, ApiFormat::OpenAIChat, QStringLiteral("gpt-x"), true));
    const QJsonArray messages = out[QStringLiteral("messages")].toArray();
    QCOMPARE(messages[0][QStringLiteral("role")].toString(), QStringLiteral("system"));
    QCOMPARE(messages[1][QStringLiteral("content")][0][QStringLiteral("image_url")][QStringLiteral("url")].toString(), QStringLiteral("data:image/jpeg;base64,BBBB"));
    QCOMPARE(messages[2][QStringLiteral("tool_calls")][0][QStringLiteral("function")][QStringLiteral("arguments")].toString(), QStringLiteral("{\"n\":2}"));
    QCOMPARE(messages[3][QStringLiteral("role")].toString(), QStringLiteral("tool"));
    QCOMPARE(messages[3][QStringLiteral("tool_call_id")].toString(), QStringLiteral("t1"));
    QCOMPARE(out[QStringLiteral("tool_choice")].toString(), QStringLiteral("required"));
    QCOMPARE(out[QStringLiteral("user")].toString(), QStringLiteral("u2"));
    QCOMPARE(out[QStringLiteral("stop")].toArray(), QJsonArray{QStringLiteral("Z")});
    QVERIFY(out[QStringLiteral("stream_options")][QStringLiteral("include_usage")].toBool());
}

void TestFormatTranslator::responsesBothWays()
{
    const QByteArray openAi = R"({"id": "c", "object": "chat.completion", "model": "m", "choices": [{"index": 0, "finish_reason": "tool_calls",
      "message": {"role": "assistant", "content": null, "tool_calls": [{"id": "t", "type": "function", "function": {"name": "f", "arguments": "{\"a\":1}"}}]}}],
      "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}})";
    const QJsonObject a = obj(FormatTranslator::response(openAi, ApiFormat::OpenAIChat, ApiFormat::AnthropicMessages));
    QCOMPARE(a[QStringLiteral("stop_reason")].toString(), QStringLiteral("tool_use"));
    QCOMPARE(a[QStringLiteral("content")][0][QStringLiteral("input")][QStringLiteral("a")].toInt(), 1);
    QCOMPARE(a[QStringLiteral("usage")][QStringLiteral("input_tokens")].toInt(), 11);
    const QJsonObject back = obj(FormatTranslator::response(QJsonDocument(a).toJson(), ApiFormat::AnthropicMessages, ApiFormat::OpenAIChat));
    QCOMPARE(back[QStringLiteral("choices")][0][QStringLiteral("finish_reason")].toString(), QStringLiteral("tool_calls"));
    QCOMPARE(back[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("tool_calls")][0][QStringLiteral("function")][QStringLiteral("arguments")].toString(),
             QStringLiteral("{\"a\":1}"));
    QCOMPARE(back[QStringLiteral("usage")][QStringLiteral("total_tokens")].toInt(), 18);
}

void TestFormatTranslator::errorsKeepTheirMessage()
{
    const QJsonObject e = obj(FormatTranslator::error(R"({"error": {"message": "quota", "type": "insufficient_quota"}})", 429,
                                                      ApiFormat::OpenAIChat, ApiFormat::AnthropicMessages));
    QCOMPARE(e[QStringLiteral("type")].toString(), QStringLiteral("error"));
    QCOMPARE(e[QStringLiteral("error")][QStringLiteral("type")].toString(), QStringLiteral("rate_limit_error"));
    QCOMPARE(e[QStringLiteral("error")][QStringLiteral("message")].toString(), QStringLiteral("quota"));
}

void TestFormatTranslator::streamOpenAiToAnthropic()
{
    StreamTranslator t(ApiFormat::OpenAIChat, ApiFormat::AnthropicMessages, QStringLiteral("m"), false);
    QByteArray out;
    // Split mid-line to check buffering across chunks.
    const QByteArray in = "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"
                          "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                          "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}]}\n\n"
                          "data: {\"id\":\"c\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\n"
                          "data: [DONE]\n\n";
    out += t.feed(QByteArrayView(in).first(40));
    out += t.feed(QByteArrayView(in).sliced(40));
    QStringList types;
    QString text;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("data: "))
            continue;
        const QJsonObject e = obj(line.mid(6));
        types.append(e[QStringLiteral("type")].toString());
        if (e[QStringLiteral("type")] == QStringLiteral("content_block_delta"))
            text += e[QStringLiteral("delta")][QStringLiteral("text")].toString();
        if (e[QStringLiteral("type")] == QStringLiteral("message_delta")) {
            QCOMPARE(e[QStringLiteral("delta")][QStringLiteral("stop_reason")].toString(), QStringLiteral("end_turn"));
            QCOMPARE(e[QStringLiteral("usage")][QStringLiteral("output_tokens")].toInt(), 2);
        }
    }
    QCOMPARE(text, QStringLiteral("Hello"));
    QCOMPARE(types, (QStringList{QStringLiteral("message_start"), QStringLiteral("content_block_start"), QStringLiteral("content_block_delta"),
                                 QStringLiteral("content_block_delta"), QStringLiteral("content_block_stop"), QStringLiteral("message_delta"),
                                 QStringLiteral("message_stop")}));
}

void TestFormatTranslator::streamAnthropicToOpenAi()
{
    StreamTranslator t(ApiFormat::AnthropicMessages, ApiFormat::OpenAIChat, QStringLiteral("m"), true);
    const QByteArray in =
        "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg\",\"model\":\"m\",\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}}\n\n"
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{}}}\n\n"
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\":\"}}\n\n"
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"1}\"}}\n\n"
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
        "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":6}}\n\n"
        "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    const QByteArray out = t.feed(in);
    QVERIFY(out.trimmed().endsWith("data: [DONE]"));
    QString args;
    QString finish;
    QJsonObject usage;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("data: {"))
            continue;
        const QJsonObject chunk = obj(line.mid(6));
        const QJsonArray choices = chunk[QStringLiteral("choices")].toArray();
        if (choices.isEmpty()) {
            usage = chunk[QStringLiteral("usage")].toObject();
            continue;
        }
        args += choices[0][QStringLiteral("delta")][QStringLiteral("tool_calls")][0][QStringLiteral("function")][QStringLiteral("arguments")].toString();
        if (choices[0][QStringLiteral("finish_reason")].isString())
            finish = choices[0][QStringLiteral("finish_reason")].toString();
    }
    QCOMPARE(args, QStringLiteral("{\"a\":1}"));
    QCOMPARE(finish, QStringLiteral("tool_calls"));
    QCOMPARE(usage[QStringLiteral("prompt_tokens")].toInt(), 9);
    QCOMPARE(usage[QStringLiteral("completion_tokens")].toInt(), 6);
}

QTEST_GUILESS_MAIN(TestFormatTranslator)
#include "tst_formattranslator.moc"
