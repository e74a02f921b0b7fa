#include "replay/ResponseText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy {

QString responseText(const QByteArray &body)
{
    if (body.startsWith("data:") || body.contains("\ndata:") || body.startsWith("event:")) {
        QString text;
        for (const QByteArray &line : body.split('\n')) {
            if (!line.startsWith("data:"))
                continue;
            const QByteArray data = line.mid(5).trimmed();
            if (data == "[DONE]")
                continue;
            const QJsonObject event = QJsonDocument::fromJson(data).object();
            const QJsonArray choices = event.value(QStringLiteral("choices")).toArray();
            if (!choices.isEmpty())
                text += choices.first().toObject().value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
            else if (event.value(QStringLiteral("type")).toString() == u"content_block_delta") // Anthropic's stream
                text += event.value(QStringLiteral("delta")).toObject().value(QStringLiteral("text")).toString();
        }
        return text;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty()) {
        QString text; // Anthropic's message: its text blocks
        for (const QJsonValue block : o.value(QStringLiteral("content")).toArray())
            if (block.toObject().value(QStringLiteral("type")).toString() == u"text")
                text += block.toObject().value(QStringLiteral("text")).toString();
        return text;
    }
    return choices.first().toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
}

} // namespace sy
