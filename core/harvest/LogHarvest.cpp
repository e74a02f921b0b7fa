#include "harvest/LogHarvest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include "proxy/FormatTranslator.h"
#include "replay/ResponseText.h"

namespace sy::LogHarvest {

namespace {

// The chat-completions messages of a logged request body, in either API's shape.
QJsonArray messagesOf(const QByteArray &body, bool *ok)
{
    QJsonObject request = QJsonDocument::fromJson(body).object();
    // Anthropic's shape differs where it matters here by its top-level system prompt; text parts
    // ({"type": "text", "text": ...}) read the same in both.
    if (request.value(QStringLiteral("system")).isString() || request.value(QStringLiteral("system")).isArray())
        request = QJsonDocument::fromJson(FormatTranslator::request(body, ApiFormat::AnthropicMessages, ApiFormat::OpenAIChat,
                                                                    request.value(QStringLiteral("model")).toString(), false))
                      .object();
    const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
    *ok = !messages.isEmpty();
    return messages;
}

QJsonValue redactContent(const QJsonValue &content, const Redactor &redactor, int item, std::vector<std::pair<int, Redactor::Finding>> &findings)
{
    std::vector<Redactor::Finding> found;
    if (content.isString()) {
        const QString out = redactor.redact(content.toString(), &found);
        for (Redactor::Finding &f : found)
            findings.emplace_back(item, std::move(f));
        return out;
    }
    if (!content.isArray())
        return content;
    QJsonArray parts;
    for (const QJsonValue part : content.toArray()) {
        QJsonObject p = part.toObject();
        if (p.value(QStringLiteral("text")).isString())
            p.insert(QStringLiteral("text"), redactContent(p.value(QStringLiteral("text")), redactor, item, findings));
        parts.append(p);
    }
    return parts;
}

} // namespace

Selection select(QSqlDatabase &db, const Filter &filter)
{
    Selection out;
    QString sql = QStringLiteral(
        "SELECT r.client_request_id, r.ts_ms, r.route, r.arm, r.provider, r.model, r.client, r.request_body, r.response_body, "
        "(SELECT AVG(f.score) FROM feedback f WHERE f.request_id = r.client_request_id AND f.score IS NOT NULL) AS fb "
        "FROM request_log r WHERE r.ts_ms >= ? AND r.ts_ms < ? AND r.shadow_of IS NULL");
    QVariantList binds{filter.fromMs, filter.toMs};
    const auto where = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND r.%1 = ?").arg(column);
        binds << value;
    };
    where(QStringLiteral("route"), filter.route);
    where(QStringLiteral("arm"), filter.arm);
    where(QStringLiteral("client"), filter.client);
    if (filter.succeededOnly)
        sql += QStringLiteral(" AND r.status >= 200 AND r.status < 300");
    switch (filter.feedback) {
    case FeedbackFilter::Any: break;
    case FeedbackFilter::Rated: sql += QStringLiteral(" AND fb IS NOT NULL"); break;
    case FeedbackFilter::Liked: sql += QStringLiteral(" AND fb >= 0.5"); break;
    case FeedbackFilter::Disliked: sql += QStringLiteral(" AND fb < 0.5"); break;
    }
    sql += QStringLiteral(" ORDER BY r.ts_ms DESC, r.id DESC LIMIT ?");
    binds << std::max(1, filter.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        ++out.matched;
        const QByteArray body = q.value(7).toString().toUtf8();
        if (body.isEmpty()) {
            ++out.withoutBody;
            continue;
        }
        bool ok = false;
        Request r;
        r.messages = messagesOf(body, &ok);
        if (!ok) {
            ++out.unreadable;
            continue;
        }
        r.requestId = q.value(0).toString();
        r.timestampMs = q.value(1).toLongLong();
        r.route = q.value(2).toString();
        r.arm = q.value(3).toString();
        r.model = q.value(4).toString() + QLatin1Char('/') + q.value(5).toString();
        r.client = q.value(6).toString();
        r.answer = responseText(q.value(8).toString().toUtf8());
        r.feedback = q.value(9).isNull() ? -1 : q.value(9).toDouble();
        out.requests.push_back(std::move(r));
    }
    return out;
}

Redacted toPromptSet(const QString &name, const std::vector<Request> &requests, const Redactor &redactor)
{
    Redacted out;
    out.set.name = name;
    out.set.source = QStringLiteral("request log");
    for (const Request &r : requests) {
        const int index = int(out.set.items.size());
        PromptItem item;
        item.externalId = r.requestId;
        for (const QJsonValue m : r.messages) {
            QJsonObject message = m.toObject();
            if (message.contains(QStringLiteral("content")))
                message.insert(QStringLiteral("content"), redactContent(message.value(QStringLiteral("content")), redactor, index, out.findings));
            item.messages.append(message);
        }
        if (!r.answer.isEmpty())
            item.reference = redactContent(r.answer, redactor, index, out.findings).toString();
        item.category = r.route;
        item.metadata = {{QStringLiteral("request_id"), r.requestId}, {QStringLiteral("route"), r.route}, {QStringLiteral("model"), r.model}};
        if (!r.arm.isEmpty())
            item.metadata.insert(QStringLiteral("arm"), r.arm);
        if (r.feedback >= 0)
            item.metadata.insert(QStringLiteral("feedback"), r.feedback);
        out.set.items.push_back(std::move(item));
    }
    return out;
}

} // namespace sy::LogHarvest
