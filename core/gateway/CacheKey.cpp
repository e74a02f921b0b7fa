#include "gateway/CacheKey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sy {

namespace {

// Fields that never change what the model answers.
const char *const kIgnored[] = {"model", "stream", "stream_options", "user", "metadata", "store", "service_tier",
                                "prompt_cache_key", "safety_identifier", "x-switchyard-cache"};

void collectText(const QJsonValue &value, QString &out)
{
    if (value.isString()) {
        out += value.toString();
        out += u'\n';
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectText(v, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *field : {"content", "text"})
            if (o.contains(QLatin1String(field)))
                collectText(o.value(QLatin1String(field)), out);
    }
}

} // namespace

CacheKey CacheKey::of(ApiFormat format, const QByteArray &body, const QString &route, const QString &scope)
{
    CacheKey key;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return key;
    QJsonObject request = doc.object();
    for (const char *field : kIgnored)
        request.remove(QLatin1String(field));
    const QByteArray head = QByteArray(format == ApiFormat::AnthropicMessages ? "anthropic" : "openai") + '\0' + route.toUtf8() + '\0' +
                            scope.toUtf8() + '\0';
    // QJsonObject keeps its keys sorted, so equal requests serialise equally whatever their order.
    key.exact = QCryptographicHash::hash(head + QJsonDocument(request).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);

    // The words of the conversation; everything else (and every number in it, which a lexical
    // match would blur) must be equal for a semantic hit.
    collectText(request.value(QStringLiteral("system")), key.text);
    collectText(request.value(QStringLiteral("messages")), key.text);
    request.remove(QStringLiteral("messages"));
    request.remove(QStringLiteral("system"));
    static const QRegularExpression numbers(QStringLiteral("\\d+(?:[.,]\\d+)*"));
    QByteArray figures;
    for (auto it = numbers.globalMatch(key.text); it.hasNext();)
        figures += it.next().captured().toUtf8() + ' ';
    key.partition = QCryptographicHash::hash(head + QJsonDocument(request).toJson(QJsonDocument::Compact) + '\0' + figures,
                                             QCryptographicHash::Sha256);
    key.valid = true;
    return key;
}

} // namespace sy
