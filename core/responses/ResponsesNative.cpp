#include "responses/ResponsesNative.h"

#include <QJsonDocument>

#include "http/LineSplitter.h"

namespace sy {

namespace {

QString str(const char *s) { return QLatin1String(s); }

} // namespace

TokenUsage tokenUsageOfResponse(const QJsonObject &usage)
{
    TokenUsage u;
    u.inputTokens = usage.value(str("input_tokens")).toInteger();
    u.outputTokens = usage.value(str("output_tokens")).toInteger();
    u.cachedInputTokens = usage.value(str("input_tokens_details")).toObject().value(str("cached_tokens")).toInteger();
    u.reasoningTokens = usage.value(str("output_tokens_details")).toObject().value(str("reasoning_tokens")).toInteger();
    return u;
}

QString problemInResponseBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return str("an empty body");
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return str("a body that is not a JSON object");
    const QJsonObject o = doc.object();
    if (o.contains(str("error")) && !o.value(str("error")).isNull() && o.value(str("object")) != str("response"))
        return QStringLiteral("an error: %1").arg(o.value(str("error")).toObject().value(str("message")).toString());
    if (o.value(str("object")) != str("response") || !o.value(str("output")).isArray())
        return str("a body that is not a response object");
    return {};
}

QByteArray responsesErrorEvent(const QString &message, int sequenceNumber)
{
    const QJsonObject data{{str("type"), str("error")}, {str("code"), str("upstream_error")}, {str("message"), message},
                           {str("param"), QJsonValue::Null}, {str("sequence_number"), sequenceNumber}};
    return "event: error\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject withPreviousResponseId(QJsonObject response, const QString &id)
{
    if (!id.isEmpty() && !response.isEmpty())
        response.insert(str("previous_response_id"), id);
    return response;
}

std::optional<QString> ResponsesStreamCheck::feed(QByteArrayView events, QByteArray &out)
{
    std::optional<QString> problem; // the first one: what follows it is not looked at
    forEachLine(m_partial, events, [&](QByteArrayView text) {
        if (!problem)
            problem = line(text, out);
    });
    if (!problem && m_partial.size() > 64 * 1024 * 1024)
        problem = str("an event longer than 64 MiB");
    return problem;
}

std::optional<QString> ResponsesStreamCheck::line(QByteArrayView text, QByteArray &out)
{
    const QByteArrayView raw = text;
    const auto pass = [&] {
        out += raw;
        out += '\n';
        return std::nullopt;
    };
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty() || text.startsWith(':') || text.startsWith("event:") || text.startsWith("id:") || text.startsWith("retry:"))
        return pass();
    if (!text.startsWith("data:"))
        return QStringLiteral("a line that is not an event: %1").arg(QString::fromUtf8(text.first(qMin<qsizetype>(80, text.size()))));
    const QJsonDocument doc = QJsonDocument::fromJson(text.sliced(5).trimmed().toByteArray());
    if (!doc.isObject())
        return str("an event whose data is not a JSON object");
    QJsonObject event = doc.object();
    const QString type = event.value(str("type")).toString();
    m_sequence = qMax(m_sequence, event.value(str("sequence_number")).toInt());
    if (type == u"error") {
        m_sawError = true;
        m_ended = true;
    } else if (type == u"response.completed" || type == u"response.incomplete" || type == u"response.failed") {
        m_ended = true;
        const QJsonObject response = withPreviousResponseId(event.value(str("response")).toObject(), m_previousId);
        m_usage = tokenUsageOfResponse(response.value(str("usage")).toObject());
        if (type != u"response.failed")
            m_final = response;
        else
            m_sawError = true;
    }
    if (m_previousId.isEmpty() || !event.value(str("response")).isObject())
        return pass();
    event.insert(str("response"), withPreviousResponseId(event.value(str("response")).toObject(), m_previousId));
    out += "data: ";
    out += QJsonDocument(event).toJson(QJsonDocument::Compact);
    out += '\n';
    return std::nullopt;
}

std::optional<QString> ResponsesStreamCheck::finish(QByteArray &out)
{
    if (!m_partial.trimmed().isEmpty())
        if (std::optional<QString> problem = line(std::exchange(m_partial, {}), out))
            return problem;
    if (!m_ended)
        return str("the upstream stream ended before response.completed");
    return std::nullopt;
}

} // namespace sy
