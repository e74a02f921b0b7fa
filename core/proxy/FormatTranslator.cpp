#include "proxy/FormatTranslator.h"

#include "domain/StructuredOutput.h"

#include <QDateTime>
#include <QJsonDocument>

#include "http/ApiErrors.h"

namespace sy {

namespace {

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QString str(const char *s) { return QLatin1String(s); }

// Text of a content value in either format: a string, or its text blocks joined.
QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &p : content.toArray())
        if (p.toObject().value(str("type")) == str("text"))
            parts.append(p.toObject().value(str("text")).toString());
    return parts.join(QLatin1Char('\n'));
}

QJsonObject imageToAnthropic(const QJsonObject &part)
{
    const QString url = part.value(str("image_url")).toObject().value(str("url")).toString(part.value(str("image_url")).toString());
    if (url.startsWith(u"data:")) {
        const qsizetype semi = url.indexOf(QLatin1Char(';'));
        const qsizetype comma = url.indexOf(QLatin1Char(','));
        return {{str("type"), str("image")},
                {str("source"), QJsonObject{{str("type"), str("base64")},
                                            {str("media_type"), url.mid(5, semi - 5)},
                                            {str("data"), url.mid(comma + 1)}}}};
    }
    return {{str("type"), str("image")}, {str("source"), QJsonObject{{str("type"), str("url")}, {str("url"), url}}}};
}

QJsonObject imageToOpenAi(const QJsonObject &block)
{
    const QJsonObject source = block.value(str("source")).toObject();
    const QString url = source.value(str("type")) == str("base64")
                            ? QStringLiteral("data:%1;base64,%2").arg(source.value(str("media_type")).toString(), source.value(str("data")).toString())
                            : source.value(str("url")).toString();
    return {{str("type"), str("image_url")}, {str("image_url"), QJsonObject{{str("url"), url}}}};
}

QJsonObject parseArguments(const QString &arguments)
{
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject{};
}

// Anthropic wants alternating roles: consecutive messages of one role are merged.
void appendMessage(QJsonArray &messages, const QString &role, const QJsonArray &blocks)
{
    if (blocks.isEmpty())
        return;
    if (!messages.isEmpty() && messages.last().toObject().value(str("role")) == role) {
        QJsonObject last = messages.last().toObject();
        QJsonArray content = last.value(str("content")).toArray();
        for (const QJsonValue &b : blocks)
            content.append(b);
        last.insert(str("content"), content);
        messages[messages.size() - 1] = last;
        return;
    }
    messages.append(QJsonObject{{str("role"), role}, {str("content"), blocks}});
}

QJsonObject openAiToAnthropic(const QJsonObject &in, const QString &model)
{
    QJsonObject out;
    out.insert(str("model"), model);
    QStringList system;
    QJsonArray messages;
    for (const QJsonValue &v : in.value(str("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString role = m.value(str("role")).toString();
        const QJsonValue content = m.value(str("content"));
        if (role == u"system" || role == u"developer") {
            system.append(textOf(content));
            continue;
        }
        if (role == u"tool") {
            appendMessage(messages, str("user"),
                          {QJsonObject{{str("type"), str("tool_result")}, {str("tool_use_id"), m.value(str("tool_call_id"))},
                                       {str("content"), textOf(content)}}});
            continue;
        }
        QJsonArray blocks;
        if (content.isString() && !content.toString().isEmpty())
            blocks.append(QJsonObject{{str("type"), str("text")}, {str("text"), content}});
        for (const QJsonValue &p : content.toArray()) {
            const QJsonObject part = p.toObject();
            const QString type = part.value(str("type")).toString();
            if (type == u"text")
                blocks.append(QJsonObject{{str("type"), str("text")}, {str("text"), part.value(str("text"))}});
            else if (type == u"image_url")
                blocks.append(imageToAnthropic(part));
        }
        for (const QJsonValue &c : m.value(str("tool_calls")).toArray()) {
            const QJsonObject call = c.toObject();
            const QJsonObject fn = call.value(str("function")).toObject();
            blocks.append(QJsonObject{{str("type"), str("tool_use")}, {str("id"), call.value(str("id"))},
                                      {str("name"), fn.value(str("name"))},
                                      {str("input"), parseArguments(fn.value(str("arguments")).toString())}});
        }
        appendMessage(messages, role == u"assistant" ? str("assistant") : str("user"), blocks);
    }
    const QJsonObject format = in.value(str("response_format")).toObject();
    if (format.value(str("type")) == str("json_object"))
        system.append(QLatin1String(kJsonObjectInstruction));
    else if (format.value(str("type")) == str("json_schema"))
        system.append(QLatin1String(kJsonSchemaInstruction) +
                      QString::fromUtf8(compact(format.value(str("json_schema")).toObject().value(str("schema")).toObject())));
    if (!system.isEmpty())
        out.insert(str("system"), system.join(str("\n\n")));
    out.insert(str("messages"), messages);
    out.insert(str("max_tokens"), in.value(str("max_completion_tokens")).toInt(in.value(str("max_tokens")).toInt(4096)));
    for (const char *key : {"temperature", "top_p", "stream"})
        if (in.contains(str(key)))
            out.insert(str(key), in.value(str(key)));
    const QJsonValue stop = in.value(str("stop"));
    if (stop.isString())
        out.insert(str("stop_sequences"), QJsonArray{stop});
    else if (stop.isArray())
        out.insert(str("stop_sequences"), stop);
    QJsonArray tools;
    for (const QJsonValue &t : in.value(str("tools")).toArray()) {
        const QJsonObject fn = t.toObject().value(str("function")).toObject();
        QJsonObject tool{{str("name"), fn.value(str("name"))},
                         {str("input_schema"), fn.value(str("parameters")).toObject().isEmpty() ? QJsonObject{{str("type"), str("object")}}
                                                                                               : fn.value(str("parameters")).toObject()}};
        if (fn.contains(str("description")))
            tool.insert(str("description"), fn.value(str("description")));
        tools.append(tool);
    }
    if (!tools.isEmpty())
        out.insert(str("tools"), tools);
    const QJsonValue choice = in.value(str("tool_choice"));
    if (choice == str("auto"))
        out.insert(str("tool_choice"), QJsonObject{{str("type"), str("auto")}});
    else if (choice == str("required"))
        out.insert(str("tool_choice"), QJsonObject{{str("type"), str("any")}});
    else if (choice == str("none"))
        out.insert(str("tool_choice"), QJsonObject{{str("type"), str("none")}});
    else if (choice.isObject())
        out.insert(str("tool_choice"), QJsonObject{{str("type"), str("tool")},
                                                   {str("name"), choice.toObject().value(str("function")).toObject().value(str("name"))}});
    if (in.value(str("user")).isString())
        out.insert(str("metadata"), QJsonObject{{str("user_id"), in.value(str("user"))}});
    return out;
}

QJsonObject anthropicToOpenAi(const QJsonObject &in, const QString &model, bool includeUsage)
{
    QJsonObject out;
    out.insert(str("model"), model);
    QJsonArray messages;
    const QString system = textOf(in.value(str("system")));
    if (!system.isEmpty())
        messages.append(QJsonObject{{str("role"), str("system")}, {str("content"), system}});
    for (const QJsonValue &v : in.value(str("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString role = m.value(str("role")).toString();
        const QJsonValue content = m.value(str("content"));
        if (content.isString()) {
            messages.append(QJsonObject{{str("role"), role}, {str("content"), content}});
            continue;
        }
        QJsonArray parts;
        QJsonArray toolCalls;
        QString assistantText;
        for (const QJsonValue &b : content.toArray()) {
            const QJsonObject block = b.toObject();
            const QString type = block.value(str("type")).toString();
            if (type == u"tool_result") {
                messages.append(QJsonObject{{str("role"), str("tool")}, {str("tool_call_id"), block.value(str("tool_use_id"))},
                                            {str("content"), textOf(block.value(str("content")))}});
            } else if (type == u"tool_use") {
                toolCalls.append(QJsonObject{{str("id"), block.value(str("id"))}, {str("type"), str("function")},
                                             {str("function"), QJsonObject{{str("name"), block.value(str("name"))},
                                                                           {str("arguments"), QString::fromUtf8(compact(block.value(str("input")).toObject()))}}}});
            } else if (type == u"text") {
                if (role == u"assistant")
                    assistantText += block.value(str("text")).toString();
                else
                    parts.append(QJsonObject{{str("type"), str("text")}, {str("text"), block.value(str("text"))}});
            } else if (type == u"image") {
                parts.append(imageToOpenAi(block));
            }
        }
        if (role == u"assistant") {
            QJsonObject msg{{str("role"), str("assistant")}, {str("content"), assistantText.isEmpty() && !toolCalls.isEmpty() ? QJsonValue() : QJsonValue(assistantText)}};
            if (!toolCalls.isEmpty())
                msg.insert(str("tool_calls"), toolCalls);
            messages.append(msg);
        } else if (!parts.isEmpty()) {
            messages.append(QJsonObject{{str("role"), role}, {str("content"), parts}});
        }
    }
    out.insert(str("messages"), messages);
    if (in.contains(str("max_tokens")))
        out.insert(str("max_tokens"), in.value(str("max_tokens")));
    for (const char *key : {"temperature", "top_p"})
        if (in.contains(str(key)))
            out.insert(str(key), in.value(str(key)));
    if (in.value(str("stream")).toBool()) {
        out.insert(str("stream"), true);
        if (includeUsage)
            out.insert(str("stream_options"), QJsonObject{{str("include_usage"), true}});
    }
    if (in.contains(str("stop_sequences")))
        out.insert(str("stop"), in.value(str("stop_sequences")));
    QJsonArray tools;
    for (const QJsonValue &t : in.value(str("tools")).toArray()) {
        const QJsonObject tool = t.toObject();
        QJsonObject fn{{str("name"), tool.value(str("name"))}, {str("parameters"), tool.value(str("input_schema"))}};
        if (tool.contains(str("description")))
            fn.insert(str("description"), tool.value(str("description")));
        tools.append(QJsonObject{{str("type"), str("function")}, {str("function"), fn}});
    }
    if (!tools.isEmpty())
        out.insert(str("tools"), tools);
    const QJsonObject choice = in.value(str("tool_choice")).toObject();
    const QString choiceType = choice.value(str("type")).toString();
    if (choiceType == u"auto")
        out.insert(str("tool_choice"), str("auto"));
    else if (choiceType == u"any")
        out.insert(str("tool_choice"), str("required"));
    else if (choiceType == u"none")
        out.insert(str("tool_choice"), str("none"));
    else if (choiceType == u"tool")
        out.insert(str("tool_choice"), QJsonObject{{str("type"), str("function")}, {str("function"), QJsonObject{{str("name"), choice.value(str("name"))}}}});
    const QString user = in.value(str("metadata")).toObject().value(str("user_id")).toString();
    if (!user.isEmpty())
        out.insert(str("user"), user);
    return out;
}

} // namespace

QString FormatTranslator::finishReasonToStopReason(const QString &finishReason)
{
    if (finishReason == u"length")
        return str("max_tokens");
    if (finishReason == u"tool_calls" || finishReason == u"function_call")
        return str("tool_use");
    return str("end_turn");
}

QString FormatTranslator::stopReasonToFinishReason(const QString &stopReason)
{
    if (stopReason == u"max_tokens")
        return str("length");
    if (stopReason == u"tool_use")
        return str("tool_calls");
    return str("stop");
}

QByteArray FormatTranslator::request(const QByteArray &body, ApiFormat from, ApiFormat to, const QString &model, bool includeUsage)
{
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    if (from == to) {
        QJsonObject same = in;
        same.insert(str("model"), model);
        return compact(same);
    }
    return compact(from == ApiFormat::OpenAIChat ? openAiToAnthropic(in, model) : anthropicToOpenAi(in, model, includeUsage));
}

QByteArray FormatTranslator::response(const QByteArray &body, ApiFormat from, ApiFormat to)
{
    if (from == to)
        return body;
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    if (from == ApiFormat::OpenAIChat) {
        const QJsonObject choice = in.value(str("choices")).toArray().first().toObject();
        const QJsonObject message = choice.value(str("message")).toObject();
        QJsonArray content;
        const QString text = message.value(str("content")).toString();
        if (!text.isEmpty())
            content.append(QJsonObject{{str("type"), str("text")}, {str("text"), text}});
        for (const QJsonValue &c : message.value(str("tool_calls")).toArray()) {
            const QJsonObject call = c.toObject();
            const QJsonObject fn = call.value(str("function")).toObject();
            content.append(QJsonObject{{str("type"), str("tool_use")}, {str("id"), call.value(str("id"))}, {str("name"), fn.value(str("name"))},
                                       {str("input"), parseArguments(fn.value(str("arguments")).toString())}});
        }
        const QJsonObject usage = in.value(str("usage")).toObject();
        return compact({{str("id"), in.value(str("id"))}, {str("type"), str("message")}, {str("role"), str("assistant")},
                        {str("model"), in.value(str("model"))}, {str("content"), content},
                        {str("stop_reason"), finishReasonToStopReason(choice.value(str("finish_reason")).toString())},
                        {str("stop_sequence"), QJsonValue::Null},
                        {str("usage"), QJsonObject{{str("input_tokens"), usage.value(str("prompt_tokens"))},
                                                   {str("output_tokens"), usage.value(str("completion_tokens"))}}}});
    }
    QString text;
    QJsonArray toolCalls;
    for (const QJsonValue &b : in.value(str("content")).toArray()) {
        const QJsonObject block = b.toObject();
        if (block.value(str("type")) == str("text"))
            text += block.value(str("text")).toString();
        else if (block.value(str("type")) == str("tool_use"))
            toolCalls.append(QJsonObject{{str("id"), block.value(str("id"))}, {str("type"), str("function")},
                                         {str("function"), QJsonObject{{str("name"), block.value(str("name"))},
                                                                       {str("arguments"), QString::fromUtf8(compact(block.value(str("input")).toObject()))}}}});
    }
    QJsonObject message{{str("role"), str("assistant")}, {str("content"), text.isEmpty() && !toolCalls.isEmpty() ? QJsonValue() : QJsonValue(text)}};
    if (!toolCalls.isEmpty())
        message.insert(str("tool_calls"), toolCalls);
    const QJsonObject usage = in.value(str("usage")).toObject();
    const qint64 input = qint64(usage.value(str("input_tokens")).toDouble() + usage.value(str("cache_read_input_tokens")).toDouble() +
                                usage.value(str("cache_creation_input_tokens")).toDouble());
    const qint64 output = qint64(usage.value(str("output_tokens")).toDouble());
    return compact({{str("id"), in.value(str("id"))}, {str("object"), str("chat.completion")},
                    {str("created"), QDateTime::currentSecsSinceEpoch()}, {str("model"), in.value(str("model"))},
                    {str("choices"), QJsonArray{QJsonObject{{str("index"), 0}, {str("message"), message}, {str("logprobs"), QJsonValue::Null},
                                                            {str("finish_reason"), stopReasonToFinishReason(in.value(str("stop_reason")).toString())}}}},
                    {str("usage"), QJsonObject{{str("prompt_tokens"), input}, {str("completion_tokens"), output}, {str("total_tokens"), input + output}}}});
}

QByteArray FormatTranslator::error(const QByteArray &body, int status, ApiFormat from, ApiFormat to)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(str("error"));
    const bool wellFormed = error.isObject() && (from == ApiFormat::OpenAIChat || root.value(str("type")).toString() == str("error"));
    if (from == to && wellFormed)
        return body; // the upstream's own error, already in the client's shape
    QString message = error.isString() ? error.toString() : error.toObject().value(str("message")).toString();
    if (message.isEmpty())
        message = QStringLiteral("the upstream answered %1 with %2").arg(status).arg(readableText(body));
    return apiErrorBody(to, status, message);
}

// What a non-JSON error body says, for a message: an HTML page's text without its tags.
QString FormatTranslator::readableText(QByteArrayView body)
{
    constexpr qsizetype kMaxChars = 300;
    if (body.trimmed().isEmpty())
        return QStringLiteral("an empty body");
    QByteArray kept;
    bool inTag = false;
    for (const char c : body.first(qMin<qsizetype>(body.size(), 64 * 1024))) {
        if (c == '<')
            inTag = true;
        else if (c == '>' && inTag)
            inTag = false;
        else if (!inTag)
            kept.append(c);
    }
    QString text = QString::fromUtf8(kept).simplified();
    if (text.isEmpty())
        text = QStringLiteral("markup without text");
    return text.size() > kMaxChars ? text.left(kMaxChars) + QStringLiteral("…") : text;
}

StreamTranslator::StreamTranslator(ApiFormat from, ApiFormat to, QString model, bool includeUsage, qint64 estimatedInputTokens)
    : m_from(from), m_to(to), m_model(std::move(model)), m_includeUsage(includeUsage), m_created(QDateTime::currentSecsSinceEpoch()),
      m_estimatedInputTokens(estimatedInputTokens)
{
}

QByteArray StreamTranslator::event(const QByteArray &eventName, const QByteArray &data)
{
    if (m_to == ApiFormat::AnthropicMessages)
        return "event: " + eventName + "\ndata: " + data + "\n\n";
    return "data: " + data + "\n\n";
}

QByteArray StreamTranslator::feed(QByteArrayView data)
{
    QByteArray out;
    m_partial.append(data);
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_partial.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = m_partial.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.startsWith("event:")) {
            m_eventName = line.mid(6).trimmed();
            continue;
        }
        if (!line.startsWith("data:"))
            continue;
        const QByteArray payload = line.mid(5).trimmed();
        if (m_from == ApiFormat::OpenAIChat) {
            out += payload == "[DONE]" ? openAiDone() : fromOpenAi(QJsonDocument::fromJson(payload).object());
        } else {
            const QJsonObject object = QJsonDocument::fromJson(payload).object();
            const QByteArray type = m_eventName.isEmpty() ? object.value(str("type")).toString().toUtf8() : m_eventName;
            out += fromAnthropic(type, object);
        }
        m_eventName.clear();
    }
    m_partial.remove(0, start);
    return out;
}

QByteArray StreamTranslator::closeOpenBlock()
{
    if (!m_textOpen && m_toolOpen < 0)
        return {};
    m_textOpen = false;
    m_toolOpen = -1;
    return event("content_block_stop", compact({{str("type"), str("content_block_stop")}, {str("index"), m_blockIndex}}));
}

QByteArray StreamTranslator::fromOpenAi(const QJsonObject &chunk)
{
    QByteArray out;
    if (chunk.contains(str("error"))) {
        m_finished = true;
        return event("error", FormatTranslator::error(compact(chunk), 500, ApiFormat::OpenAIChat, ApiFormat::AnthropicMessages));
    }
    if (!m_started) {
        m_started = true;
        m_id = chunk.value(str("id")).toString();
        out += event("message_start", compact({{str("type"), str("message_start")},
                                               {str("message"), QJsonObject{{str("id"), m_id}, {str("type"), str("message")}, {str("role"), str("assistant")},
                                                                            {str("model"), chunk.value(str("model")).toString(m_model)}, {str("content"), QJsonArray()},
                                                                            {str("stop_reason"), QJsonValue::Null}, {str("stop_sequence"), QJsonValue::Null},
                                                                            {str("usage"), QJsonObject{{str("input_tokens"), m_estimatedInputTokens}, {str("output_tokens"), 0}}}}}}));
    }
    if (chunk.value(str("usage")).isObject()) {
        const QJsonObject usage = chunk.value(str("usage")).toObject();
        m_inputTokens = qint64(usage.value(str("prompt_tokens")).toDouble());
        m_outputTokens = qint64(usage.value(str("completion_tokens")).toDouble());
    }
    const QJsonArray choices = chunk.value(str("choices")).toArray();
    if (choices.isEmpty())
        return out;
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(str("delta")).toObject();
    const QString text = delta.value(str("content")).toString();
    if (!text.isEmpty()) {
        if (!m_textOpen) {
            out += closeOpenBlock();
            m_textOpen = true;
            ++m_blockIndex;
            out += event("content_block_start", compact({{str("type"), str("content_block_start")}, {str("index"), m_blockIndex},
                                                         {str("content_block"), QJsonObject{{str("type"), str("text")}, {str("text"), QString()}}}}));
        }
        out += event("content_block_delta", compact({{str("type"), str("content_block_delta")}, {str("index"), m_blockIndex},
                                                     {str("delta"), QJsonObject{{str("type"), str("text_delta")}, {str("text"), text}}}}));
    }
    for (const QJsonValue &c : delta.value(str("tool_calls")).toArray()) {
        const QJsonObject call = c.toObject();
        const int index = call.value(str("index")).toInt();
        if (index != m_toolOpen && call.contains(str("id"))) {
            out += closeOpenBlock();
            m_toolOpen = index;
            ++m_blockIndex;
            out += event("content_block_start",
                         compact({{str("type"), str("content_block_start")}, {str("index"), m_blockIndex},
                                  {str("content_block"), QJsonObject{{str("type"), str("tool_use")}, {str("id"), call.value(str("id"))},
                                                                     {str("name"), call.value(str("function")).toObject().value(str("name"))},
                                                                     {str("input"), QJsonObject()}}}}));
        }
        const QString args = call.value(str("function")).toObject().value(str("arguments")).toString();
        if (!args.isEmpty())
            out += event("content_block_delta", compact({{str("type"), str("content_block_delta")}, {str("index"), m_blockIndex},
                                                         {str("delta"), QJsonObject{{str("type"), str("input_json_delta")}, {str("partial_json"), args}}}}));
    }
    if (choice.value(str("finish_reason")).isString())
        m_stopReason = FormatTranslator::finishReasonToStopReason(choice.value(str("finish_reason")).toString());
    return out;
}

QByteArray StreamTranslator::openAiDone()
{
    if (m_finished)
        return {};
    m_finished = true;
    QByteArray out = closeOpenBlock();
    out += event("message_delta", compact({{str("type"), str("message_delta")},
                                           {str("delta"), QJsonObject{{str("stop_reason"), m_stopReason.isEmpty() ? str("end_turn") : m_stopReason},
                                                                      {str("stop_sequence"), QJsonValue::Null}}},
                                           {str("usage"), QJsonObject{{str("input_tokens"), m_inputTokens}, {str("output_tokens"), m_outputTokens}}}}));
    out += event("message_stop", compact({{str("type"), str("message_stop")}}));
    return out;
}

QByteArray StreamTranslator::openAiChunk(const QJsonObject &delta, const QJsonValue &finishReason)
{
    return event({}, compact({{str("id"), m_id}, {str("object"), str("chat.completion.chunk")}, {str("created"), m_created},
                              {str("model"), m_model},
                              {str("choices"), QJsonArray{QJsonObject{{str("index"), 0}, {str("delta"), delta}, {str("logprobs"), QJsonValue::Null},
                                                                      {str("finish_reason"), finishReason}}}}}));
}

QByteArray StreamTranslator::fromAnthropic(const QByteArray &type, const QJsonObject &data)
{
    if (type == "message_start") {
        const QJsonObject message = data.value(str("message")).toObject();
        m_id = message.value(str("id")).toString();
        m_model = message.value(str("model")).toString(m_model);
        const QJsonObject usage = message.value(str("usage")).toObject();
        m_inputTokens = qint64(usage.value(str("input_tokens")).toDouble() + usage.value(str("cache_read_input_tokens")).toDouble() +
                               usage.value(str("cache_creation_input_tokens")).toDouble());
        return openAiChunk({{str("role"), str("assistant")}, {str("content"), QString()}}, QJsonValue::Null);
    }
    if (type == "content_block_start") {
        const QJsonObject block = data.value(str("content_block")).toObject();
        if (block.value(str("type")) != str("tool_use"))
            return {};
        ++m_toolIndex;
        return openAiChunk({{str("tool_calls"), QJsonArray{QJsonObject{{str("index"), m_toolIndex}, {str("id"), block.value(str("id"))},
                                                                        {str("type"), str("function")},
                                                                        {str("function"), QJsonObject{{str("name"), block.value(str("name"))}, {str("arguments"), QString()}}}}}}},
                           QJsonValue::Null);
    }
    if (type == "content_block_delta") {
        const QJsonObject delta = data.value(str("delta")).toObject();
        if (delta.value(str("type")) == str("text_delta"))
            return openAiChunk({{str("content"), delta.value(str("text"))}}, QJsonValue::Null);
        if (delta.value(str("type")) == str("input_json_delta"))
            return openAiChunk({{str("tool_calls"), QJsonArray{QJsonObject{{str("index"), m_toolIndex},
                                                                            {str("function"), QJsonObject{{str("arguments"), delta.value(str("partial_json"))}}}}}}},
                               QJsonValue::Null);
        return {};
    }
    if (type == "message_delta") {
        m_outputTokens = qint64(data.value(str("usage")).toObject().value(str("output_tokens")).toDouble());
        return openAiChunk({}, FormatTranslator::stopReasonToFinishReason(data.value(str("delta")).toObject().value(str("stop_reason")).toString()));
    }
    if (type == "message_stop") {
        QByteArray out;
        if (m_includeUsage)
            out += event({}, compact({{str("id"), m_id}, {str("object"), str("chat.completion.chunk")}, {str("created"), m_created},
                                      {str("model"), m_model}, {str("choices"), QJsonArray()},
                                      {str("usage"), QJsonObject{{str("prompt_tokens"), m_inputTokens}, {str("completion_tokens"), m_outputTokens},
                                                                 {str("total_tokens"), m_inputTokens + m_outputTokens}}}}));
        return out + "data: [DONE]\n\n";
    }
    if (type == "error")
        return "data: " + FormatTranslator::error(compact(data), 500, ApiFormat::AnthropicMessages, ApiFormat::OpenAIChat) + "\n\n";
    return {}; // ping, content_block_stop
}

} // namespace sy
