#include "routing/RequestFeatures.h"

#include <QJsonArray>

#include "domain/TokenEstimator.h"

namespace sy {

const QString *RequestFeatures::header(const QString &lowerName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerName)
            return &value;
    return nullptr;
}

const QString *RequestFeatures::metadataValue(const QString &name) const
{
    for (const auto &[key, value] : metadata)
        if (key == name)
            return &value;
    return nullptr;
}

namespace {

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 128; });
}

// Text of a message "content": a string, or an array of parts (text / image / tool blocks).
QString contentText(const QJsonValue &content, bool *hasImage)
{
    if (content.isString())
        return content.toString();
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject p = part.toObject();
        const QString type = p.value(QStringLiteral("type")).toString();
        if (type == u"text" || type == u"input_text") {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += p.value(QStringLiteral("text")).toString();
        } else if (type == u"image_url" || type == u"image" || type == u"input_image") {
            *hasImage = true;
        }
    }
    return text;
}

} // namespace

void RequestFeatures::deriveTextForms()
{
    lastUserMessageLower = lastUserMessage.toLower();
    systemPromptLower = systemPrompt.toLower();
    lastUserMessageAscii = isAscii(lastUserMessage);
    systemPromptAscii = isAscii(systemPrompt);
}

RequestFeatures RequestFeatures::fromRequest(const QJsonObject &body, ApiFormat format)
{
    RequestFeatures f;
    f.alias = body.value(QStringLiteral("model")).toString();
    f.stream = body.value(QStringLiteral("stream")).toBool();
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    f.messageCount = int(messages.size());
    f.hasTools = !body.value(QStringLiteral("tools")).toArray().isEmpty();

    if (format == ApiFormat::AnthropicMessages) {
        const QJsonValue system = body.value(QStringLiteral("system"));
        bool ignored = false;
        f.systemPrompt = contentText(system, &ignored);
        if (!f.systemPrompt.isEmpty())
            ++f.messageCount;
        f.maxTokens = body.value(QStringLiteral("max_tokens")).toInt();
        const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
        f.user = metadata.value(QStringLiteral("user_id")).toString();
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            if (it.value().isString())
                f.metadata.emplace_back(it.key(), it.value().toString());
    } else {
        f.maxTokens = body.value(QStringLiteral("max_completion_tokens")).toInt(body.value(QStringLiteral("max_tokens")).toInt());
        f.user = body.value(QStringLiteral("user")).toString();
        const QString responseType = body.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")).toString();
        f.jsonResponse = responseType == u"json_object" || responseType == u"json_schema";
        const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            if (it.value().isString())
                f.metadata.emplace_back(it.key(), it.value().toString());
    }

    for (const QJsonValue &m : messages) {
        const QJsonObject msg = m.toObject();
        const QString role = msg.value(QStringLiteral("role")).toString();
        bool image = false;
        const QString text = contentText(msg.value(QStringLiteral("content")), &image);
        f.hasImages = f.hasImages || image;
        if (role == u"user")
            f.lastUserMessage = text;
        else if ((role == u"system" || role == u"developer") && f.systemPrompt.isEmpty())
            f.systemPrompt = text;
    }
    f.deriveTextForms();
    f.promptTokens = TokenEstimator::estimateRequest(body, format);
    return f;
}

} // namespace sy
