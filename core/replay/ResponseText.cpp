#include "replay/ResponseText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy {

QString responseText(const QByteArray &body)
{
    if (body.startsWith("data:") || body.contains("\ndata:")) {
        QString text;
        for (const QByteArray &line : body.split('\n')) {
            if (!line.startsWith("data:"))
                continue;
            const QByteArray data = line.mid(5).trimmed();
            if (data == "[DONE]")
                continue;
            const QJsonArray choices = QJsonDocument::fromJson(data).object().value(QStringLiteral("choices")).toArray();
            if (!choices.isEmpty())
                text += choices.first().toObject().value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
        }
        return text;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return {};
    return choices.first().toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
}

} // namespace sy
