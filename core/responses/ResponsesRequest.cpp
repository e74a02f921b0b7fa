#include "responses/ResponsesRequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace sy {

namespace {

QString str(const char *s) { return QLatin1String(s); }

// The text of a content value: a string, or the text of its text parts joined.
QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &p : content.toArray()) {
        const QJsonObject part = p.toObject();
        const QString type = part.value(str("type")).toString();
        if (type == u"input_text" || type == u"output_text" || type == u"text")
            parts.append(part.value(str("text")).toString());
        else if (type == u"refusal")
            parts.append(part.value(str("refusal")).toString());
    }
    return parts.join(QString());
}

// A user or system message's content parts in chat form; what chat cannot carry goes to dropped.
QJsonValue chatContent(const QJsonValue &content, QStringList &dropped)
{
    if (content.isString())
        return content;
    QJsonArray parts;
    bool onlyText = true;
    for (const QJsonValue &p : content.toArray()) {
        const QJsonObject part = p.toObject();
        const QString type = part.value(str("type")).toString();
        if (type == u"input_text" || type == u"output_text" || type == u"text") {
            parts.append(QJsonObject{{str("type"), str("text")}, {str("text"), part.value(str("text"))}});
        } else if (type == u"input_image" && part.value(str("image_url")).isString()) {
            QJsonObject image{{str("url"), part.value(str("image_url"))}};
            if (const QString detail = part.value(str("detail")).toString(); !detail.isEmpty() && detail != u"auto")
                image.insert(str("detail"), detail);
            parts.append(QJsonObject{{str("type"), str("image_url")}, {str("image_url"), image}});
            onlyText = false;
        } else if (type == u"input_image") {
            dropped.append(str("input_image.file_id"));
        } else {
            dropped.append(QStringLiteral("content part %1").arg(type.isEmpty() ? str("(untyped)") : type));
        }
    }
    if (onlyText) // a plain string is what every OpenAI-compatible server understands
        return textOf(QJsonArray(parts));
    return parts;
}

// Chat wants one assistant message holding all tool calls of a turn: a function_call item joins
// the assistant message just before it, or starts one.
void appendToolCall(QJsonArray &messages, const QJsonObject &item)
{
    const QJsonObject call{{str("id"), item.value(str("call_id"))},
                           {str("type"), str("function")},
                           {str("function"), QJsonObject{{str("name"), item.value(str("name"))},
                                                         {str("arguments"), item.value(str("arguments")).toString()}}}};
    if (!messages.isEmpty()) {
        QJsonObject last = messages.last().toObject();
        if (last.value(str("role")) == str("assistant")) {
            QJsonArray calls = last.value(str("tool_calls")).toArray();
            calls.append(call);
            last.insert(str("tool_calls"), calls);
            messages[messages.size() - 1] = last;
            return;
        }
    }
    messages.append(QJsonObject{{str("role"), str("assistant")}, {str("content"), QJsonValue::Null},
                                {str("tool_calls"), QJsonArray{call}}});
}

void appendItem(QJsonArray &messages, const QJsonObject &item, QStringList &dropped)
{
    const QString type = item.value(str("type")).toString(str("message"));
    if (type == u"message") {
        QString role = item.value(str("role")).toString(str("user"));
        if (role == u"developer") // the chat role every compatible server knows
            role = str("system");
        if (role == u"assistant") {
            messages.append(QJsonObject{{str("role"), role}, {str("content"), textOf(item.value(str("content")))}});
            return;
        }
        messages.append(QJsonObject{{str("role"), role}, {str("content"), chatContent(item.value(str("content")), dropped)}});
        return;
    }
    if (type == u"function_call") {
        appendToolCall(messages, item);
        return;
    }
    if (type == u"function_call_output") {
        const QJsonValue output = item.value(str("output"));
        messages.append(QJsonObject{{str("role"), str("tool")},
                                    {str("tool_call_id"), item.value(str("call_id"))},
                                    {str("content"), output.isString() ? output.toString() : textOf(output)}});
        return;
    }
    if (type == u"reasoning") // a model's own earlier reasoning: chat targets take none back
        return;
    dropped.append(QStringLiteral("input item %1").arg(type));
}

void convertTools(const QJsonObject &in, QJsonObject &out, QStringList &dropped)
{
    QJsonArray tools;
    for (const QJsonValue &t : in.value(str("tools")).toArray()) {
        const QJsonObject tool = t.toObject();
        if (tool.value(str("type")) != str("function")) {
            dropped.append(QStringLiteral("tools[%1]").arg(tool.value(str("type")).toString()));
            continue;
        }
        QJsonObject fn{{str("name"), tool.value(str("name"))}};
        for (const char *key : {"description", "parameters", "strict"})
            if (tool.contains(str(key)) && !tool.value(str(key)).isNull())
                fn.insert(str(key), tool.value(str(key)));
        tools.append(QJsonObject{{str("type"), str("function")}, {str("function"), fn}});
    }
    if (!tools.isEmpty())
        out.insert(str("tools"), tools);
    const QJsonValue choice = in.value(str("tool_choice"));
    if (choice.isString()) {
        if (!tools.isEmpty())
            out.insert(str("tool_choice"), choice);
    } else if (choice.isObject()) {
        const QJsonObject c = choice.toObject();
        if (c.value(str("type")) == str("function"))
            out.insert(str("tool_choice"), QJsonObject{{str("type"), str("function")},
                                                       {str("function"), QJsonObject{{str("name"), c.value(str("name"))}}}});
        else
            dropped.append(QStringLiteral("tool_choice %1").arg(c.value(str("type")).toString()));
    }
    if (in.contains(str("parallel_tool_calls")) && !tools.isEmpty())
        out.insert(str("parallel_tool_calls"), in.value(str("parallel_tool_calls")));
}

void convertTextFormat(const QJsonObject &in, QJsonObject &out, QStringList &dropped)
{
    const QJsonObject text = in.value(str("text")).toObject();
    const QJsonObject format = text.value(str("format")).toObject();
    const QString type = format.value(str("type")).toString();
    if (type == u"json_object") {
        out.insert(str("response_format"), QJsonObject{{str("type"), str("json_object")}});
    } else if (type == u"json_schema") {
        QJsonObject schema{{str("name"), format.value(str("name")).toString(str("response"))},
                           {str("schema"), format.value(str("schema"))}};
        for (const char *key : {"strict", "description"})
            if (format.contains(str(key)))
                schema.insert(str(key), format.value(str(key)));
        out.insert(str("response_format"), QJsonObject{{str("type"), str("json_schema")}, {str("json_schema"), schema}});
    } else if (!type.isEmpty() && type != u"text") {
        dropped.append(QStringLiteral("text.format %1").arg(type));
    }
    if (text.contains(str("verbosity")))
        dropped.append(str("text.verbosity"));
}

} // namespace

QString responsesId(const char *prefix)
{
    QByteArray random(24, Qt::Uninitialized);
    static constexpr char kHex[] = "0123456789abcdef";
    for (char &c : random)
        c = kHex[QRandomGenerator::global()->bounded(16)];
    return QLatin1String(prefix) + u'_' + QString::fromLatin1(random);
}

QJsonArray responsesInputItems(const QJsonValue &input)
{
    if (input.isString())
        return {QJsonObject{{str("type"), str("message")}, {str("role"), str("user")},
                            {str("content"), QJsonArray{QJsonObject{{str("type"), str("input_text")},
                                                                    {str("text"), input.toString()}}}}}};
    return input.toArray();
}

ResponsesToChat responsesToChat(const QByteArray &body, const ResponsesHistory &history)
{
    ResponsesToChat result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? QStringLiteral("the body is not valid JSON: %1").arg(parseError.errorString())
                           : str("the body must be a JSON object");
        return result;
    }
    const QJsonObject in = doc.object();
    ResponsesContext &ctx = result.context;
    ctx.model = in.value(str("model")).toString();
    if (ctx.model.isEmpty()) {
        result.error = str("model: field required");
        result.errorParam = str("model");
        return result;
    }
    const QJsonValue input = in.value(str("input"));
    if (!input.isString() && !input.isArray()) {
        result.error = str("input: a string or a list of input items is required");
        result.errorParam = str("input");
        return result;
    }
    for (const char *unsupported : {"background", "conversation", "prompt"}) {
        const QJsonValue v = in.value(str(unsupported));
        if (!v.isUndefined() && !v.isNull() && v != QJsonValue(false)) {
            result.error = QStringLiteral("%1 is not supported by this proxy%2")
                               .arg(str(unsupported), qstrcmp(unsupported, "conversation") == 0
                                                          ? str(": continue with previous_response_id")
                                                          : QString());
            result.errorParam = str(unsupported);
            return result;
        }
    }
    ctx.id = responsesId("resp");
    ctx.createdAt = QDateTime::currentSecsSinceEpoch();
    ctx.stream = in.value(str("stream")).toBool();
    ctx.store = in.value(str("store")).toBool(true);
    ctx.previousResponseId = in.value(str("previous_response_id")).toString();
    for (const char *key : {"instructions", "tools", "tool_choice", "text", "temperature", "top_p", "max_output_tokens",
                            "metadata", "reasoning", "parallel_tool_calls", "user", "truncation", "service_tier"})
        if (in.contains(str(key)))
            ctx.echo.insert(str(key), in.value(str(key)));

    QJsonArray conversation;
    if (!ctx.previousResponseId.isEmpty()) {
        QString why;
        std::optional<QJsonArray> earlier = history ? history(ctx.previousResponseId, &why) : std::nullopt;
        if (!earlier) {
            result.error = why.isEmpty() ? QStringLiteral("previous response '%1' not found").arg(ctx.previousResponseId) : why;
            result.errorParam = str("previous_response_id");
            return result;
        }
        conversation = std::move(*earlier);
    }
    ctx.input = responsesInputItems(input);
    for (const QJsonValue &item : std::as_const(ctx.input))
        conversation.append(item);
    ctx.nativeRequest = in;
    ctx.nativeRequest.remove(str("previous_response_id"));
    ctx.nativeRequest.insert(str("input"), conversation);
    ctx.nativeRequest.insert(str("store"), false);

    QJsonObject out;
    out.insert(str("model"), ctx.model);
    QJsonArray messages;
    // Instructions are this request's only: OpenAI does not carry them over previous_response_id.
    if (const QString instructions = in.value(str("instructions")).toString(); !instructions.isEmpty())
        messages.append(QJsonObject{{str("role"), str("system")}, {str("content"), instructions}});
    for (const QJsonValue &item : std::as_const(conversation)) {
        if (!item.isObject()) {
            result.error = str("input: each item must be an object");
            result.errorParam = str("input");
            return result;
        }
        appendItem(messages, item.toObject(), ctx.dropped);
    }
    out.insert(str("messages"), messages);
    convertTools(in, out, ctx.dropped);
    convertTextFormat(in, out, ctx.dropped);
    const QJsonObject reasoning = in.value(str("reasoning")).toObject();
    if (const QJsonValue effort = reasoning.value(str("effort")); effort.isString())
        out.insert(str("reasoning_effort"), effort);
    if (reasoning.contains(str("summary")) && !reasoning.value(str("summary")).isNull())
        ctx.dropped.append(str("reasoning.summary"));
    if (const QJsonValue max = in.value(str("max_output_tokens")); max.isDouble())
        // Reasoning models take only max_completion_tokens; most compatible servers only max_tokens.
        out.insert(reasoning.contains(str("effort")) ? str("max_completion_tokens") : str("max_tokens"), max);
    for (const char *key : {"temperature", "top_p", "user", "service_tier", "top_logprobs"})
        if (in.contains(str(key)) && !in.value(str(key)).isNull())
            out.insert(str(key), in.value(str(key)));
    if (in.contains(str("top_logprobs")))
        out.insert(str("logprobs"), true);
    if (const QJsonArray include = in.value(str("include")).toArray(); !include.isEmpty())
        for (const QJsonValue &what : include)
            ctx.dropped.append(QStringLiteral("include %1").arg(what.toString()));
    if (in.value(str("truncation")) == str("auto"))
        ctx.dropped.append(str("truncation auto"));
    if (ctx.stream) {
        out.insert(str("stream"), true);
        out.insert(str("stream_options"), QJsonObject{{str("include_usage"), true}});
    }
    ctx.dropped.removeDuplicates();
    result.chatBody = QJsonDocument(out).toJson(QJsonDocument::Compact);
    return result;
}

} // namespace sy
