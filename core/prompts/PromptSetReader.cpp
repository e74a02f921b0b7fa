#include <QJsonDocument>

#include "json/JsonReader.h"
#include "prompts/PromptSet.h"

namespace sy {

QString lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = messages.at(i).toObject();
        if (m.value(QStringLiteral("role")) != QStringLiteral("user"))
            continue;
        const QJsonValue c = m.value(QStringLiteral("content"));
        if (c.isString())
            return c.toString();
        QString text;
        for (const QJsonValue &part : c.toArray())
            text += part.toObject().value(QStringLiteral("text")).toString();
        return text;
    }
    return {};
}

std::optional<PromptFieldMap> PromptFieldMap::parse(const QString &spec, QString *error)
{
    PromptFieldMap map;
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed();
        const QString field = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        QString *target = key == u"id"          ? &map.id
                          : key == u"prompt"    ? &map.prompt
                          : key == u"messages"  ? &map.messages
                          : key == u"system"    ? &map.system
                          : key == u"reference" ? &map.reference
                          : key == u"category"  ? &map.category
                                                : nullptr;
        if (!target || field.isEmpty()) {
            if (error)
                *error = QStringLiteral("'%1' is not KEY=FIELD with KEY one of id, prompt, messages, system, reference, category").arg(pair);
            return std::nullopt;
        }
        *target = field;
    }
    return map;
}

namespace {

QString firstString(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().isEmpty() ? QString() : v.toArray().first().toString();
    return v.toString();
}

} // namespace

std::vector<PromptItem> PromptSetReader::fromJsonl(const QByteArray &text, Diagnostics &diagnostics, const PromptFieldMap &map)
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
        const QJsonValue id = o.take(map.id);
        item.externalId = id.isDouble() ? QString::number(id.toDouble()) : id.toString();
        if (item.externalId.isEmpty())
            item.externalId = QString::number(lineNo);
        item.reference = firstString(o.take(map.reference));
        item.category = o.take(map.category).toString();
        const QJsonValue system = o.take(map.system);
        if (system.isString() && !system.toString().isEmpty())
            item.messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                             {QStringLiteral("content"), system}});
        if (o.contains(map.messages)) {
            const QJsonValue messages = o.take(map.messages);
            if (!messages.isArray() || messages.toArray().isEmpty()) {
                diagnostics.addAt(lineNo, 0, QStringLiteral("%1: expected a non-empty array").arg(jsonPathKey(QStringLiteral("$"), map.messages)));
                continue;
            }
            bool wellFormed = true;
            const QJsonArray list = messages.toArray();
            for (qsizetype k = 0; k < list.size() && wellFormed; ++k) {
                const QJsonObject m = list.at(k).toObject();
                if (!m.value(QStringLiteral("role")).isString() || !m.contains(QStringLiteral("content"))) {
                    diagnostics.addAt(lineNo, 0, QStringLiteral("%1[%2]: expected {\"role\", \"content\"}")
                                                     .arg(jsonPathKey(QStringLiteral("$"), map.messages)).arg(k));
                    wellFormed = false;
                }
            }
            if (!wellFormed)
                continue;
            for (const QJsonValue &m : list)
                item.messages.append(m);
            // OpenAI chat-format data sets end with the assistant's answer: that is the reference.
            const QJsonObject last = item.messages.last().toObject();
            if (item.messages.size() > 1 && last.value(QStringLiteral("role")).toString() == u"assistant" && item.reference.isEmpty()) {
                item.reference = last.value(QStringLiteral("content")).toString();
                item.messages.removeLast();
            }
        } else {
            const QString prompt = firstString(o.take(map.prompt));
            if (prompt.isEmpty()) {
                diagnostics.addAt(lineNo, 0, QStringLiteral("%1: expected a non-empty string (or \"%2\")")
                                                 .arg(jsonPathKey(QStringLiteral("$"), map.prompt), map.messages));
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
