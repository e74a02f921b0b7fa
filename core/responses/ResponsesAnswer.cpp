#include "responses/ResponsesAnswer.h"

#include <QJsonDocument>

namespace sy {

namespace {

QString str(const char *s) { return QLatin1String(s); }

} // namespace

QJsonObject responsesUsage(const QJsonObject &chatUsage)
{
    const qint64 input = chatUsage.value(str("prompt_tokens")).toInteger();
    const qint64 output = chatUsage.value(str("completion_tokens")).toInteger();
    const qint64 cached = chatUsage.value(str("prompt_tokens_details")).toObject().value(str("cached_tokens")).toInteger();
    const qint64 reasoning =
        chatUsage.value(str("completion_tokens_details")).toObject().value(str("reasoning_tokens")).toInteger();
    return {{str("input_tokens"), input},
            {str("input_tokens_details"), QJsonObject{{str("cached_tokens"), cached}}},
            {str("output_tokens"), output},
            {str("output_tokens_details"), QJsonObject{{str("reasoning_tokens"), reasoning}}},
            {str("total_tokens"), chatUsage.value(str("total_tokens")).toInteger(input + output)}};
}

QString responsesStatus(const QString &finishReason, QString *incompleteReason)
{
    if (finishReason == u"length") {
        *incompleteReason = str("max_output_tokens");
        return str("incomplete");
    }
    if (finishReason == u"content_filter") {
        *incompleteReason = str("content_filter");
        return str("incomplete");
    }
    return str("completed");
}

QJsonObject responsesObject(const ResponsesContext &context, const QString &upstreamModel, const QJsonArray &output,
                            const QString &status, const QJsonObject &usage, const QString &incompleteReason,
                            const QJsonObject &error)
{
    const QJsonObject &echo = context.echo;
    auto echoed = [&](const char *key, const QJsonValue &otherwise) {
        const QJsonValue v = echo.value(str(key));
        return v.isUndefined() ? otherwise : v;
    };
    QJsonObject reasoning = echo.value(str("reasoning")).toObject();
    if (!reasoning.contains(str("effort")))
        reasoning.insert(str("effort"), QJsonValue::Null);
    if (!reasoning.contains(str("summary")))
        reasoning.insert(str("summary"), QJsonValue::Null);
    QJsonObject text = echo.value(str("text")).toObject();
    if (!text.contains(str("format")))
        text.insert(str("format"), QJsonObject{{str("type"), str("text")}});
    QJsonObject out{
        {str("id"), context.id},
        {str("object"), str("response")},
        {str("created_at"), context.createdAt},
        {str("status"), status},
        {str("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {str("incomplete_details"), incompleteReason.isEmpty()
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject{{str("reason"), incompleteReason}})},
        {str("instructions"), echoed("instructions", QJsonValue::Null)},
        {str("max_output_tokens"), echoed("max_output_tokens", QJsonValue::Null)},
        {str("model"), upstreamModel.isEmpty() ? context.model : upstreamModel},
        {str("output"), output},
        {str("parallel_tool_calls"), echoed("parallel_tool_calls", true)},
        {str("previous_response_id"), context.previousResponseId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(context.previousResponseId)},
        {str("reasoning"), reasoning},
        {str("store"), context.store},
        {str("temperature"), echoed("temperature", 1.0)},
        {str("text"), text},
        {str("tool_choice"), echoed("tool_choice", str("auto"))},
        {str("tools"), echoed("tools", QJsonArray{})},
        {str("top_p"), echoed("top_p", 1.0)},
        {str("truncation"), echoed("truncation", str("disabled"))},
        {str("user"), echoed("user", QJsonValue::Null)},
        {str("metadata"), echoed("metadata", QJsonObject{})},
    };
    out.insert(str("usage"), usage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(usage));
    return out;
}

std::optional<QJsonObject> responseObjectFromChat(const QByteArray &chatCompletion, const ResponsesContext &context)
{
    const QJsonDocument doc = QJsonDocument::fromJson(chatCompletion);
    const QJsonObject chat = doc.object();
    const QJsonArray choices = chat.value(str("choices")).toArray();
    if (!doc.isObject() || choices.isEmpty())
        return std::nullopt;
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(str("message")).toObject();

    QJsonArray output;
    const QString reasoningText = message.value(str("reasoning_content")).toString(message.value(str("reasoning")).toString());
    if (!reasoningText.isEmpty())
        output.append(QJsonObject{{str("type"), str("reasoning")},
                                  {str("id"), responsesId("rs")},
                                  {str("summary"), QJsonArray{QJsonObject{{str("type"), str("summary_text")},
                                                                          {str("text"), reasoningText}}}}});
    QJsonArray content;
    if (const QString text = message.value(str("content")).toString(); !text.isEmpty())
        content.append(QJsonObject{{str("type"), str("output_text")}, {str("text"), text},
                                   {str("annotations"), QJsonArray{}}, {str("logprobs"), QJsonArray{}}});
    if (const QString refusal = message.value(str("refusal")).toString(); !refusal.isEmpty())
        content.append(QJsonObject{{str("type"), str("refusal")}, {str("refusal"), refusal}});
    if (!content.isEmpty())
        output.append(QJsonObject{{str("type"), str("message")},
                                  {str("id"), responsesId("msg")},
                                  {str("status"), str("completed")},
                                  {str("role"), str("assistant")},
                                  {str("content"), content}});
    for (const QJsonValue &c : message.value(str("tool_calls")).toArray()) {
        const QJsonObject call = c.toObject();
        const QJsonObject fn = call.value(str("function")).toObject();
        output.append(QJsonObject{{str("type"), str("function_call")},
                                  {str("id"), responsesId("fc")},
                                  {str("call_id"), call.value(str("id"))},
                                  {str("name"), fn.value(str("name"))},
                                  {str("arguments"), fn.value(str("arguments")).toString()},
                                  {str("status"), str("completed")}});
    }
    QString incomplete;
    const QString status = responsesStatus(choice.value(str("finish_reason")).toString(), &incomplete);
    return responsesObject(context, chat.value(str("model")).toString(), output, status,
                           responsesUsage(chat.value(str("usage")).toObject()), incomplete);
}

QByteArray responsesFromChat(const QByteArray &chatCompletion, const ResponsesContext &context)
{
    const std::optional<QJsonObject> response = responseObjectFromChat(chatCompletion, context);
    return response ? QJsonDocument(*response).toJson(QJsonDocument::Compact) : chatCompletion;
}

} // namespace sy
