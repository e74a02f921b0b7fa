#include "UsageUpstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sy::test {

namespace {

QString str(const char *text) { return QString::fromLatin1(text); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QByteArray openAiChunk(const QJsonObject &chunk) { return "data: " + compact(chunk) + "\n\n"; }
QByteArray anthropicEvent(const char *type, QJsonObject data)
{
    data.insert(str("type"), str(type));
    return QByteArray("event: ") + type + "\ndata: " + compact(data) + "\n\n";
}

} // namespace

void UsageUpstream::setUsage(const QByteArray &model, const QJsonObject &usage)
{
    std::lock_guard lock(m_mutex);
    m_usage.insert(model, usage);
}

QJsonObject UsageUpstream::usageFor(const QByteArray &model) const
{
    std::lock_guard lock(m_mutex);
    return m_usage.value(model);
}

void UsageUpstream::handle(HttpRequest request, HttpResponder responder)
{
    ++m_served;
    if (const int delay = m_delayMs.load(); delay > 0) {
        QTimer::singleShot(delay, [this, request = std::move(request), responder]() mutable { answer(request, std::move(responder)); });
        return;
    }
    answer(request, std::move(responder));
}

void UsageUpstream::answer(const HttpRequest &request, HttpResponder responder)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString model = body.value(str("model")).toString();
    const QJsonObject usage = usageFor(model.toUtf8());
    const bool stream = body.value(str("stream")).toBool();
    const bool anthropic = request.path.endsWith("/messages");
    const HttpHeaders json{{"Content-Type", "application/json"}};
    const HttpHeaders events{{"Content-Type", "text/event-stream"}};
    if (anthropic && !stream) {
        responder.respond(200, json,
                          compact({{str("id"), str("msg_1")}, {str("type"), str("message")}, {str("role"), str("assistant")},
                                   {str("model"), model}, {str("content"), QJsonArray{QJsonObject{{str("type"), str("text")}, {str("text"), str("ok")}}}},
                                   {str("stop_reason"), str("end_turn")}, {str("stop_sequence"), QJsonValue::Null}, {str("usage"), usage}}));
        return;
    }
    if (anthropic) {
        QJsonObject startUsage = usage; // the input counts up front, one output token so far
        startUsage.insert(str("output_tokens"), 1);
        QByteArray out = anthropicEvent("message_start",
                                        {{str("message"), QJsonObject{{str("id"), str("msg_1")}, {str("type"), str("message")},
                                                                      {str("role"), str("assistant")}, {str("model"), model},
                                                                      {str("content"), QJsonArray{}}, {str("stop_reason"), QJsonValue::Null},
                                                                      {str("stop_sequence"), QJsonValue::Null}, {str("usage"), startUsage}}}});
        out += anthropicEvent("content_block_start", {{str("index"), 0}, {str("content_block"), QJsonObject{{str("type"), str("text")}, {str("text"), str("")}}}});
        out += anthropicEvent("content_block_delta", {{str("index"), 0}, {str("delta"), QJsonObject{{str("type"), str("text_delta")}, {str("text"), str("ok")}}}});
        out += anthropicEvent("content_block_stop", {{str("index"), 0}});
        out += anthropicEvent("message_delta", {{str("delta"), QJsonObject{{str("stop_reason"), str("end_turn")}, {str("stop_sequence"), QJsonValue::Null}}},
                                                {str("usage"), QJsonObject{{str("output_tokens"), usage.value(str("output_tokens"))}}}});
        out += anthropicEvent("message_stop", {});
        responder.beginChunked(200, events);
        responder.writeChunk(out);
        responder.endChunked();
        return;
    }
    const QJsonObject message{{str("role"), str("assistant")}, {str("content"), str("ok")}};
    if (!stream) {
        responder.respond(200, json,
                          compact({{str("id"), str("chatcmpl-1")}, {str("object"), str("chat.completion")}, {str("created"), 0},
                                   {str("model"), model},
                                   {str("choices"), QJsonArray{QJsonObject{{str("index"), 0}, {str("message"), message}, {str("finish_reason"), str("stop")}}}},
                                   {str("usage"), usage}}));
        return;
    }
    const auto chunk = [&](const QJsonArray &choices, const QJsonValue &chunkUsage) {
        return openAiChunk({{str("id"), str("chatcmpl-1")}, {str("object"), str("chat.completion.chunk")}, {str("created"), 0},
                            {str("model"), model}, {str("choices"), choices}, {str("usage"), chunkUsage}});
    };
    QByteArray out = chunk(QJsonArray{QJsonObject{{str("index"), 0}, {str("delta"), message}, {str("finish_reason"), QJsonValue::Null}}}, QJsonValue::Null);
    out += chunk(QJsonArray{QJsonObject{{str("index"), 0}, {str("delta"), QJsonObject{}}, {str("finish_reason"), str("stop")}}}, QJsonValue::Null);
    if (body.value(str("stream_options")).toObject().value(str("include_usage")).toBool())
        out += chunk(QJsonArray{}, usage);
    out += "data: [DONE]\n\n";
    responder.beginChunked(200, events);
    responder.writeChunk(out);
    responder.endChunked();
}

} // namespace sy::test
