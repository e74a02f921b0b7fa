#include <QJsonDocument>

#include "json/JsonReader.h"
#include "prompts/PromptSet.h"

namespace sy {

std::vector<PromptItem> PromptSetReader::fromJsonl(const QByteArray &text, Diagnostics &diagnostics)
{
    std::vector<PromptItem> items;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNo = int(i + 1);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            diagnostics.addAt(lineNo, 0, err.error != QJsonParseError::NoError
                                             ? QStringLiteral("invalid JSON: %1").arg(err.errorString())
                                             : QStringLiteral("expected a JSON object"));
            continue;
        }
        QJsonObject o = doc.object();
        PromptItem item;
        const QJsonValue id = o.take(QStringLiteral("id"));
        item.externalId = id.isDouble() ? QString::number(id.toDouble()) : id.toString();
        item.reference = o.take(QStringLiteral("reference")).toString();
        item.category = o.take(QStringLiteral("category")).toString();
        const QJsonValue system = o.take(QStringLiteral("system"));
        if (system.isString() && !system.toString().isEmpty())
            item.messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                             {QStringLiteral("content"), system}});
        if (o.contains(QStringLiteral("messages"))) {
            const QJsonValue messages = o.take(QStringLiteral("messages"));
            if (!messages.isArray() || messages.toArray().isEmpty()) {
                diagnostics.addAt(lineNo, 0, QStringLiteral("$.messages: expected a non-empty array"));
                continue;
            }
            for (const QJsonValue &m : messages.toArray())
                item.messages.append(m);
        } else {
            const QJsonValue prompt = o.take(QStringLiteral("prompt"));
            if (!prompt.isString() || prompt.toString().isEmpty()) {
                diagnostics.addAt(lineNo, 0, QStringLiteral("$.prompt: expected a non-empty string (or \"messages\")"));
                continue;
            }
            item.messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), prompt}});
        }
        item.metadata = o;
        items.push_back(std::move(item));
    }
    return items;
}

QByteArray PromptSetReader::toJsonl(const std::vector<PromptItem> &items)
{
    QByteArray out;
    for (const PromptItem &item : items) {
        QJsonObject o = item.metadata;
        if (!item.externalId.isEmpty())
            o.insert(QStringLiteral("id"), item.externalId);
        if (!item.reference.isEmpty())
            o.insert(QStringLiteral("reference"), item.reference);
        if (!item.category.isEmpty())
            o.insert(QStringLiteral("category"), item.category);
        o.insert(QStringLiteral("messages"), item.messages);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace sy
