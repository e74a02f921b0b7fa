#include "domain/TokenEstimator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "routing/RequestFeatures.h"

namespace sy {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

// Letters of one word: short common words are one token; longer ones split every few letters.
int wordTokens(int asciiLetters, int otherLetters)
{
    int tokens = 0;
    if (asciiLetters > 0)
        tokens += asciiLetters <= 8 ? 1 : 1 + (asciiLetters - 8 + 4) / 5; // most English words are one token
    if (otherLetters > 0)
        tokens += (otherLetters + 1) / 2; // accented Latin, Cyrillic, Greek: about two letters a token
    return tokens;
}

} // namespace

int TokenEstimator::estimateText(QStringView text)
{
    int tokens = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isLetter()) {
            int ascii = 0, other = 0;
            while (i < n) {
                const QChar l = text.at(i);
                if (l.isHighSurrogate() && i + 1 < n) {
                    ++other;
                    i += 2;
                    continue;
                }
                if (!l.isLetter())
                    break; // an apostrophe starts its own token ("'s", "'t"), counted as punctuation
                if (isCjk(l.unicode())) {
                    if (ascii + other == 0) {
                        ++tokens; // one CJK character, about one token
                        ++i;
                    }
                    break;
                }
                (l.unicode() < 128 ? ascii : other)++;
                ++i;
            }
            tokens += wordTokens(ascii, other);
        } else if (c.isDigit()) {
            int digits = 0;
            while (i < n && text.at(i).isDigit()) {
                ++digits;
                ++i;
            }
            tokens += (digits + 2) / 3;
        } else if (c == QLatin1Char(' ')) {
            ++i; // a single space joins the next word
            int extra = 0;
            while (i < n && text.at(i) == QLatin1Char(' ')) {
                ++extra;
                ++i;
            }
            if (extra > 0)
                tokens += 1 + extra / 8; // indentation runs
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            while (i < n && (text.at(i) == QLatin1Char('\n') || text.at(i) == QLatin1Char('\r') || text.at(i) == QLatin1Char('\t')))
                ++i;
            ++tokens;
        } else if (c.isHighSurrogate()) {
            tokens += 2; // emoji and other astral characters
            i += 2;
        } else {
            // Punctuation and symbols: BPE merges common pairs ("):", "\",", "==") into one token.
            // Always consumes at least one character (other spaces, such as U+00A0, land here too).
            int run = 1;
            ++i;
            while (i < n && !text.at(i).isLetterOrNumber() && !text.at(i).isSpace() && !text.at(i).isHighSurrogate()) {
                ++run;
                ++i;
            }
            tokens += (run + 1) / 2;
        }
    }
    return tokens;
}

int TokenEstimator::estimateRequest(const QJsonObject &body, ApiFormat format)
{
    int tokens = kReplyPrimer;
    auto addContent = [&tokens](const QJsonValue &content) {
        if (content.isString()) {
            tokens += estimateText(content.toString());
            return;
        }
        const QJsonArray parts = content.toArray();
        for (const QJsonValue &part : parts) {
            const QJsonObject p = part.toObject();
            const QString type = p.value(QStringLiteral("type")).toString();
            if (type == u"text" || type == u"input_text")
                tokens += estimateText(p.value(QStringLiteral("text")).toString());
            else if (type == u"image_url" || type == u"image" || type == u"input_image")
                tokens += 765; // a 1024x1024 image at high detail in OpenAI's accounting
            else
                tokens += estimateText(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)));
        }
    };
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &m : messages) {
        const QJsonObject msg = m.toObject();
        tokens += kPerMessageOverhead;
        addContent(msg.value(QStringLiteral("content")));
        const QJsonArray toolCalls = msg.value(QStringLiteral("tool_calls")).toArray();
        for (const QJsonValue &call : toolCalls)
            tokens += estimateText(QString::fromUtf8(QJsonDocument(call.toObject()).toJson(QJsonDocument::Compact)));
    }
    if (format == ApiFormat::AnthropicMessages && body.contains(QStringLiteral("system"))) {
        tokens += kPerMessageOverhead;
        addContent(body.value(QStringLiteral("system")));
    }
    const QJsonArray tools = body.value(QStringLiteral("tools")).toArray();
    for (const QJsonValue &tool : tools)
        tokens += 8 + estimateText(QString::fromUtf8(QJsonDocument(tool.toObject()).toJson(QJsonDocument::Compact)));
    return tokens;
}

} // namespace sy
