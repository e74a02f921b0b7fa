#include "proxy/UsageChunkFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy {

bool UsageChunkFilter::isUsageOnlyEvent(QByteArrayView event)
{
    // Cheap checks first: most chunks carry a delta, so they are passed without parsing.
    if (!event.contains(QByteArrayView("\"usage\"")) || !event.contains(QByteArrayView("\"choices\"")))
        return false;
    const qsizetype data = event.indexOf(QByteArrayView("data:"));
    if (data < 0)
        return false;
    const QJsonObject chunk =
        QJsonDocument::fromJson(event.sliced(data + 5).trimmed().toByteArray()).object();
    return chunk.value(QStringLiteral("choices")).isArray() &&
           chunk.value(QStringLiteral("choices")).toArray().isEmpty() &&
           chunk.value(QStringLiteral("usage")).isObject();
}

QByteArray UsageChunkFilter::feed(QByteArrayView data)
{
    m_pending.append(data);
    QByteArray out;
    qsizetype start = 0; // of the event being read
    qsizetype line = 0;  // of the line being read
    // Events end with an empty line ("\n\n" or "\r\n\r\n"): one pass over the lines.
    for (qsizetype nl; (nl = m_pending.indexOf('\n', line)) >= 0; line = nl + 1) {
        const bool empty = nl == line || (nl == line + 1 && m_pending.at(line) == '\r');
        if (!empty)
            continue;
        const QByteArrayView event(m_pending.constData() + start, nl + 1 - start);
        if (!isUsageOnlyEvent(event))
            out.append(event);
        start = nl + 1;
    }
    m_pending.remove(0, start);
    return out;
}

QByteArray UsageChunkFilter::finish()
{
    QByteArray rest;
    rest.swap(m_pending);
    return rest;
}

void UsageChunkFilter::requestUsage(RequestBody &body)
{
    // On the request path: the usual body has no stream_options, so the member goes in front
    // without parsing (a large body stays uncopied); only a body that has some is parsed and merged.
    if (body.indexOf("\"stream_options\"") < 0) {
        if (const qsizetype open = body.indexOf("{"); open >= 0) {
            char next = '}';
            for (qsizetype at = open + 1; at < body.size() && body.read(at, &next, 1) == 1; ++at)
                if (next != ' ' && next != '\t' && next != '\n' && next != '\r')
                    break;
            body.insert(open + 1, next == '}' ? QByteArray("\"stream_options\":{\"include_usage\":true}")
                                              : QByteArray("\"stream_options\":{\"include_usage\":true},"));
            return;
        }
    }
    QJsonObject object = QJsonDocument::fromJson(body.toByteArray()).object();
    QJsonObject options = object.value(QStringLiteral("stream_options")).toObject();
    options.insert(QStringLiteral("include_usage"), true);
    object.insert(QStringLiteral("stream_options"), options);
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray UsageChunkFilter::withUsageRequested(const QByteArray &body)
{
    RequestBody out(body);
    requestUsage(out);
    return out.toByteArray();
}

} // namespace sy
