#include "routing/RequestFeatures.h"


#include <QJsonDocument>

#include "routing/RequestReader.h"

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

} // namespace

namespace {

// Lower-cases ASCII text without Qt's Unicode case tables (most prompts are ASCII).
QString foldCase(const QString &text, bool ascii)
{
    if (!ascii)
        return text.toLower();
    QString out(text.size(), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const char16_t *>(text.utf16());
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = in[i];
        o[i] = char16_t(c + (char16_t(c - u'A') < 26u ? 32 : 0)); // branch-free, so it vectorises
    }
    return out;
}

} // namespace

void RequestFeatures::deriveTextForms()
{
    lastUserMessageAscii = isAscii(lastUserMessage);
    systemPromptAscii = isAscii(systemPrompt);
    lastUserMessageLower = foldCase(lastUserMessage, lastUserMessageAscii);
    systemPromptLower = foldCase(systemPrompt, systemPromptAscii);
}

RequestFeatures RequestFeatures::fromRequest(const QJsonObject &body, ApiFormat format)
{
    // One implementation of feature extraction: the proxy's, over the serialized body.
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return RequestReader::read(bytes, format).features;
}

} // namespace sy
