#include "gateway/AnswerStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <map>

namespace sy::AnswerStream {

namespace {

QString s(const char *text) { return QString::fromLatin1(text); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QByteArray openAiEvent(const QJsonObject &chunk) { return "data: " + compact(chunk) + "\n\n"; }
QByteArray anthropicEvent(const char *type, QJsonObject data)
{
    data.insert(s("type"), s(type));
    return QByteArray("event: ") + type + "\ndata: " + compact(data) + "\n\n";
}

QByteArray openAiEvents(const QJsonObject &answer, bool includeUsage)
{
    QJsonObject base{{s("id"), answer.value(s("id"))},
                     {s("object"), s("chat.completion.chunk")},
                     {s("created"), answer.value(s("created"))},
                     {s("model"), answer.value(s("model"))}};
    if (answer.contains(s("system_fingerprint")))
        base.insert(s("system_fingerprint"), answer.value(s("system_fingerprint")));
    const auto chunk = [&](int index, const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject c = base;
        c.insert(s("choices"), QJsonArray{QJsonObject{{s("index"), index}, {s("delta"), delta}, {s("finish_reason"), finish}}});
        return openAiEvent(c);
    };
    QByteArray out;
    for (const QJsonValue &choiceValue : answer.value(s("choices")).toArray()) {
        const QJsonObject choice = choiceValue.toObject();
        const int index = choice.value(s("index")).toInt();
        const QJsonObject message = choice.value(s("message")).toObject();
        out += chunk(index, {{s("role"), message.value(s("role")).toString(s("assistant"))}, {s("content"), s("")}}, QJsonValue::Null);
        for (const char *field : {"reasoning_content", "reasoning", "refusal", "content"}) {
            const QJsonValue value = message.value(QLatin1String(field));
            if (value.isString() && !value.toString().isEmpty())
                out += chunk(index, {{QLatin1String(field), value}}, QJsonValue::Null);
        }
        const QJsonArray calls = message.value(s("tool_calls")).toArray();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QJsonObject call = calls.at(i).toObject();
            call.insert(s("index"), int(i));
            out += chunk(index, {{s("tool_calls"), QJsonArray{call}}}, QJsonValue::Null);
        }
        out += chunk(index, {}, choice.value(s("finish_reason")));
    }
    if (includeUsage && answer.contains(s("usage"))) {
        QJsonObject c = base;
        c.insert(s("choices"), QJsonArray{});
        c.insert(s("usage"), answer.value(s("usage")));
        out += openAiEvent(c);
    }
    return out + "data: [DONE]\n\n";
}

QByteArray anthropicEvents(const QJsonObject &answer)
{
    QJsonObject start = answer;
    start.insert(s("content"), QJsonArray{});
    start.insert(s("stop_reason"), QJsonValue::Null);
    start.insert(s("stop_sequence"), QJsonValue::Null);
    QJsonObject startUsage = answer.value(s("usage")).toObject();
    startUsage.insert(s("output_tokens"), 1); // as Anthropic sends it: the count so far
    start.insert(s("usage"), startUsage);
    QByteArray out = anthropicEvent("message_start", {{s("message"), start}});
    const QJsonArray blocks = answer.value(s("content")).toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        const QString type = block.value(s("type")).toString();
        QJsonObject opening = block;
        QJsonObject delta;
        if (type == u"text") {
            opening.insert(s("text"), s(""));
            delta = {{s("type"), s("text_delta")}, {s("text"), block.value(s("text"))}};
        } else if (type == u"thinking") {
            opening.insert(s("thinking"), s(""));
            opening.insert(s("signature"), s(""));
            delta = {{s("type"), s("thinking_delta")}, {s("thinking"), block.value(s("thinking"))}};
        } else if (type == u"tool_use" || type == u"server_tool_use") {
            opening.insert(s("input"), QJsonObject{});
            delta = {{s("type"), s("input_json_delta")},
                     {s("partial_json"), QString::fromUtf8(QJsonDocument(block.value(s("input")).toObject()).toJson(QJsonDocument::Compact))}};
        }
        out += anthropicEvent("content_block_start", {{s("index"), int(i)}, {s("content_block"), opening}});
        if (!delta.isEmpty())
            out += anthropicEvent("content_block_delta", {{s("index"), int(i)}, {s("delta"), delta}});
        if (type == u"thinking" && block.contains(s("signature")))
            out += anthropicEvent("content_block_delta",
                                  {{s("index"), int(i)}, {s("delta"), QJsonObject{{s("type"), s("signature_delta")}, {s("signature"), block.value(s("signature"))}}}});
        out += anthropicEvent("content_block_stop", {{s("index"), int(i)}});
    }
    const QJsonObject usage = answer.value(s("usage")).toObject();
    out += anthropicEvent("message_delta",
                          {{s("delta"), QJsonObject{{s("stop_reason"), answer.value(s("stop_reason"))}, {s("stop_sequence"), answer.value(s("stop_sequence"))}}},
                           {s("usage"), QJsonObject{{s("output_tokens"), usage.value(s("output_tokens"))}}}});
    return out + anthropicEvent("message_stop", {});
}

// The data of each event, in order; event names are in the data for both APIs.
QList<QJsonObject> eventData(const QByteArray &events, bool *done)
{
    QList<QJsonObject> out;
    *done = false;
    for (QByteArray line : events.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith("data:"))
            continue;
        const QByteArray data = line.mid(5).trimmed();
        if (data == "[DONE]") {
            *done = true;
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(data);
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

std::optional<QByteArray> openAiAnswer(const QByteArray &events)
{
    bool done = false;
    const QList<QJsonObject> chunks = eventData(events, &done);
    if (!done || chunks.isEmpty())
        return std::nullopt;
    struct Call
    {
        QJsonObject call;
        QString arguments;
    };
    struct Choice
    {
        QJsonObject message{{s("role"), s("assistant")}};
        std::map<QString, QString> text; // content, refusal, reasoning
        std::map<int, Call> calls;
        QJsonValue finish = QJsonValue::Null;
    };
    std::map<int, Choice> choices;
    QJsonObject answer{{s("object"), s("chat.completion")}};
    for (const QJsonObject &chunk : chunks) {
        if (chunk.contains(s("error")))
            return std::nullopt;
        for (const char *field : {"id", "created", "model", "system_fingerprint"})
            if (chunk.contains(QLatin1String(field)) && !answer.contains(QLatin1String(field)))
                answer.insert(QLatin1String(field), chunk.value(QLatin1String(field)));
        if (chunk.value(s("usage")).isObject())
            answer.insert(s("usage"), chunk.value(s("usage")));
        for (const QJsonValue &c : chunk.value(s("choices")).toArray()) {
            Choice &choice = choices[c[s("index")].toInt()];
            const QJsonObject delta = c[s("delta")].toObject();
            for (auto it = delta.begin(); it != delta.end(); ++it) {
                if (it.key() == u"role")
                    choice.message.insert(s("role"), it.value());
                else if (it.key() == u"tool_calls")
                    for (const QJsonValue &part : it.value().toArray()) {
                        Call &call = choice.calls[part[s("index")].toInt()];
                        const QJsonObject p = part.toObject();
                        for (const char *field : {"id", "type"})
                            if (p.contains(QLatin1String(field)))
                                call.call.insert(QLatin1String(field), p.value(QLatin1String(field)));
                        const QJsonObject function = p.value(s("function")).toObject();
                        QJsonObject f = call.call.value(s("function")).toObject();
                        if (function.contains(s("name")))
                            f.insert(s("name"), function.value(s("name")));
                        call.call.insert(s("function"), f);
                        call.arguments += function.value(s("arguments")).toString();
                    }
                else if (it.value().isString())
                    choice.text[it.key()] += it.value().toString();
            }
            if (!c[s("finish_reason")].isNull() && !c[s("finish_reason")].isUndefined())
                choice.finish = c[s("finish_reason")];
        }
    }
    QJsonArray out;
    for (auto &[index, choice] : choices) {
        choice.message.insert(s("content"), choice.text.count(s("content")) && !choice.text[s("content")].isEmpty()
                                                ? QJsonValue(choice.text[s("content")])
                                                : QJsonValue(QJsonValue::Null));
        for (const auto &[field, text] : choice.text)
            if (field != u"content" && !text.isEmpty())
                choice.message.insert(field, text);
        if (!choice.calls.empty()) {
            QJsonArray calls;
            for (auto &[i, call] : choice.calls) {
                QJsonObject f = call.call.value(s("function")).toObject();
                f.insert(s("arguments"), call.arguments);
                call.call.insert(s("function"), f);
                if (!call.call.contains(s("type")))
                    call.call.insert(s("type"), s("function"));
                calls.append(call.call);
            }
            choice.message.insert(s("tool_calls"), calls);
        }
        out.append(QJsonObject{{s("index"), index}, {s("message"), choice.message}, {s("finish_reason"), choice.finish}, {s("logprobs"), QJsonValue::Null}});
    }
    answer.insert(s("choices"), out);
    return compact(answer);
}

std::optional<QByteArray> anthropicAnswer(const QByteArray &events)
{
    bool done = false;
    const QList<QJsonObject> data = eventData(events, &done);
    QJsonObject message;
    std::map<int, QJsonObject> blocks;
    std::map<int, QString> partialJson;
    bool stopped = false;
    for (const QJsonObject &event : data) {
        const QString type = event.value(s("type")).toString();
        if (type == u"error")
            return std::nullopt;
        if (type == u"message_start") {
            message = event.value(s("message")).toObject();
        } else if (type == u"content_block_start") {
            blocks[event.value(s("index")).toInt()] = event.value(s("content_block")).toObject();
        } else if (type == u"content_block_delta") {
            const int index = event.value(s("index")).toInt();
            QJsonObject &block = blocks[index];
            const QJsonObject delta = event.value(s("delta")).toObject();
            const QString kind = delta.value(s("type")).toString();
            if (kind == u"text_delta")
                block.insert(s("text"), block.value(s("text")).toString() + delta.value(s("text")).toString());
            else if (kind == u"thinking_delta")
                block.insert(s("thinking"), block.value(s("thinking")).toString() + delta.value(s("thinking")).toString());
            else if (kind == u"signature_delta")
                block.insert(s("signature"), block.value(s("signature")).toString() + delta.value(s("signature")).toString());
            else if (kind == u"input_json_delta")
                partialJson[index] += delta.value(s("partial_json")).toString();
        } else if (type == u"message_delta") {
            const QJsonObject delta = event.value(s("delta")).toObject();
            for (auto it = delta.begin(); it != delta.end(); ++it)
                message.insert(it.key(), it.value());
            QJsonObject usage = message.value(s("usage")).toObject();
            const QJsonObject more = event.value(s("usage")).toObject();
            for (auto it = more.begin(); it != more.end(); ++it)
                usage.insert(it.key(), it.value());
            message.insert(s("usage"), usage);
        } else if (type == u"message_stop") {
            stopped = true;
        }
    }
    if (!stopped || message.isEmpty())
        return std::nullopt;
    QJsonArray content;
    for (auto &[index, block] : blocks) {
        if (partialJson.count(index)) {
            const QString json = partialJson[index];
            const QJsonDocument input = QJsonDocument::fromJson(json.isEmpty() ? QByteArray("{}") : json.toUtf8());
            if (!input.isObject())
                return std::nullopt;
            block.insert(s("input"), input.object());
        }
        content.append(block);
    }
    message.insert(s("content"), content);
    return compact(message);
}

} // namespace

QByteArray toEvents(ApiFormat format, const QByteArray &answer, bool includeUsage)
{
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    return format == ApiFormat::AnthropicMessages ? anthropicEvents(object) : openAiEvents(object, includeUsage);
}

std::optional<QByteArray> fromEvents(ApiFormat format, const QByteArray &events)
{
    return format == ApiFormat::AnthropicMessages ? anthropicAnswer(events) : openAiAnswer(events);
}

} // namespace sy::AnswerStream
