#include "responses/ResponsesStream.h"

#include <QJsonDocument>

#include "http/LineSplitter.h"
#include "responses/ResponsesAnswer.h"

namespace sy {

namespace {

QString str(const char *s) { return QLatin1String(s); }

QJsonObject outputText(const QString &text)
{
    return {{str("type"), str("output_text")}, {str("text"), text}, {str("annotations"), QJsonArray{}},
            {str("logprobs"), QJsonArray{}}};
}

} // namespace

ResponsesStreamWriter::ResponsesStreamWriter(ResponsesContext context) : m_context(std::move(context)) {}

void ResponsesStreamWriter::emitEvent(const char *type, QJsonObject data, QByteArray &out)
{
    data.insert(str("type"), str(type));
    data.insert(str("sequence_number"), m_sequence++);
    out += "event: ";
    out += type;
    out += "\ndata: ";
    out += QJsonDocument(data).toJson(QJsonDocument::Compact);
    out += "\n\n";
}

void ResponsesStreamWriter::start(QByteArray &out)
{
    if (std::exchange(m_started, true))
        return;
    const QJsonObject response = responsesObject(m_context, m_upstreamModel, {}, str("in_progress"), {});
    emitEvent("response.created", {{str("response"), response}}, out);
    emitEvent("response.in_progress", {{str("response"), response}}, out);
}

QByteArray ResponsesStreamWriter::feed(QByteArrayView chatEvents)
{
    QByteArray out;
    if (m_finished)
        return out;
    forEachLine(m_partial, chatEvents, [&](QByteArrayView line) {
        if (m_finished)
            return; // after the stream's end (or its failure) nothing more is said
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith("data:"))
            return; // blank separators, comments, event names (chat streams carry none)
        const QByteArrayView data = line.sliced(5).trimmed();
        if (data == "[DONE]")
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray());
        if (doc.isObject())
            onChunk(doc.object(), out);
    });
    return out;
}

void ResponsesStreamWriter::onChunk(const QJsonObject &chunk, QByteArray &out)
{
    if (chunk.contains(str("error"))) {
        const QJsonObject error = chunk.value(str("error")).toObject();
        const QString code = error.value(str("code")).toString(error.value(str("type")).toString(str("server_error")));
        fail(code, error.value(str("message")).toString(str("the upstream stream failed")), out);
        return;
    }
    if (m_upstreamModel.isEmpty())
        m_upstreamModel = chunk.value(str("model")).toString();
    start(out);
    if (const QJsonObject usage = chunk.value(str("usage")).toObject(); !usage.isEmpty())
        m_usage = usage;
    for (const QJsonValue &c : chunk.value(str("choices")).toArray()) {
        const QJsonObject choice = c.toObject();
        if (choice.value(str("index")).toInt() != 0)
            continue; // n > 1 has no Responses form: the first choice is the answer
        const QJsonObject delta = choice.value(str("delta")).toObject();
        if (const QString text = delta.value(str("content")).toString(); !text.isEmpty()) {
            openMessage(out);
            m_text += text;
            emitEvent("response.output_text.delta",
                      {{str("item_id"), m_messageId}, {str("output_index"), m_messageIndex}, {str("content_index"), 0},
                       {str("delta"), text}, {str("logprobs"), QJsonArray{}}},
                      out);
        }
        for (const QJsonValue &t : delta.value(str("tool_calls")).toArray()) {
            const QJsonObject call = t.toObject();
            // Without an index (some servers): an id starts the next call, else it continues the last.
            const int index = call.value(str("index")).toInt(int(m_tools.size()) - (call.contains(str("id")) ? 0 : 1));
            if (index < 0 || index > 1024)
                continue;
            if (size_t(index) >= m_tools.size())
                m_tools.resize(size_t(index) + 1);
            ToolCall &tool = m_tools[size_t(index)];
            const QJsonObject fn = call.value(str("function")).toObject();
            if (tool.outputIndex < 0) {
                closeMessage(out); // items are sequential: text before a call is done
                tool.outputIndex = int(m_output.size());
                m_output.append(QJsonValue::Null); // its place; filled when it is done
                tool.itemId = responsesId("fc");
                tool.callId = call.value(str("id")).toString(responsesId("call"));
                tool.name = fn.value(str("name")).toString();
                emitEvent("response.output_item.added",
                          {{str("output_index"), tool.outputIndex},
                           {str("item"), QJsonObject{{str("type"), str("function_call")}, {str("id"), tool.itemId},
                                                     {str("call_id"), tool.callId}, {str("name"), tool.name},
                                                     {str("arguments"), QString()}, {str("status"), str("in_progress")}}}},
                          out);
            } else if (tool.name.isEmpty()) {
                tool.name = fn.value(str("name")).toString();
            }
            if (const QString args = fn.value(str("arguments")).toString(); !args.isEmpty()) {
                tool.arguments += args;
                emitEvent("response.function_call_arguments.delta",
                          {{str("item_id"), tool.itemId}, {str("output_index"), tool.outputIndex}, {str("delta"), args}},
                          out);
            }
        }
        if (const QString reason = choice.value(str("finish_reason")).toString(); !reason.isEmpty())
            m_finishReason = reason;
    }
}

void ResponsesStreamWriter::openMessage(QByteArray &out)
{
    if (m_messageIndex >= 0)
        return;
    m_messageIndex = int(m_output.size());
    m_output.append(QJsonValue::Null);
    m_messageId = responsesId("msg");
    emitEvent("response.output_item.added",
              {{str("output_index"), m_messageIndex},
               {str("item"), QJsonObject{{str("type"), str("message")}, {str("id"), m_messageId},
                                         {str("status"), str("in_progress")}, {str("role"), str("assistant")},
                                         {str("content"), QJsonArray{}}}}},
              out);
    emitEvent("response.content_part.added",
              {{str("item_id"), m_messageId}, {str("output_index"), m_messageIndex}, {str("content_index"), 0},
               {str("part"), outputText(QString())}},
              out);
}

void ResponsesStreamWriter::closeMessage(QByteArray &out)
{
    if (m_messageIndex < 0 || !m_output.at(m_messageIndex).isNull())
        return;
    emitEvent("response.output_text.done",
              {{str("item_id"), m_messageId}, {str("output_index"), m_messageIndex}, {str("content_index"), 0},
               {str("text"), m_text}, {str("logprobs"), QJsonArray{}}},
              out);
    emitEvent("response.content_part.done",
              {{str("item_id"), m_messageId}, {str("output_index"), m_messageIndex}, {str("content_index"), 0},
               {str("part"), outputText(m_text)}},
              out);
    const QJsonObject item{{str("type"), str("message")}, {str("id"), m_messageId}, {str("status"), str("completed")},
                           {str("role"), str("assistant")}, {str("content"), QJsonArray{outputText(m_text)}}};
    m_output[m_messageIndex] = item;
    emitEvent("response.output_item.done", {{str("output_index"), m_messageIndex}, {str("item"), item}}, out);
}

void ResponsesStreamWriter::closeToolCalls(QByteArray &out)
{
    for (const ToolCall &tool : m_tools) {
        if (tool.outputIndex < 0 || !m_output.at(tool.outputIndex).isNull())
            continue;
        emitEvent("response.function_call_arguments.done",
                  {{str("item_id"), tool.itemId}, {str("output_index"), tool.outputIndex}, {str("arguments"), tool.arguments}},
                  out);
        const QJsonObject item{{str("type"), str("function_call")}, {str("id"), tool.itemId},
                               {str("call_id"), tool.callId},       {str("name"), tool.name},
                               {str("arguments"), tool.arguments},  {str("status"), str("completed")}};
        m_output[tool.outputIndex] = item;
        emitEvent("response.output_item.done", {{str("output_index"), tool.outputIndex}, {str("item"), item}}, out);
    }
}

void ResponsesStreamWriter::fail(const QString &code, const QString &message, QByteArray &out)
{
    start(out);
    m_failed = true;
    m_finished = true;
    const QJsonObject error{{str("code"), code}, {str("message"), message}};
    QJsonArray done;
    for (const QJsonValue &item : std::as_const(m_output))
        if (!item.isNull())
            done.append(item);
    m_output = done;
    m_final = responsesObject(m_context, m_upstreamModel, m_output, str("failed"), responsesUsage(m_usage), {}, error);
    emitEvent("response.failed", {{str("response"), m_final}}, out);
    emitEvent("error", {{str("code"), code}, {str("message"), message}, {str("param"), QJsonValue::Null}}, out);
}

QByteArray ResponsesStreamWriter::finish()
{
    QByteArray out;
    if (std::exchange(m_finished, true))
        return out;
    start(out);
    closeMessage(out);
    closeToolCalls(out);
    QString incomplete;
    const QString status = responsesStatus(m_finishReason, &incomplete);
    m_final = responsesObject(m_context, m_upstreamModel, m_output, status, responsesUsage(m_usage), incomplete);
    emitEvent(status == u"incomplete" ? "response.incomplete" : "response.completed", {{str("response"), m_final}}, out);
    return out;
}

} // namespace sy
