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

void RequestFeatures::compute(unsigned parts) const
{
    unsigned fromSource = parts & (Tokens | Texts);
    if (parts & FoldedTexts)
        fromSource |= Texts;
    fromSource &= ~m_ready;
    if (fromSource && m_filler)
        m_filler(*this, m_sourceBody, m_sourceFormat, fromSource); // marks what it fills
    if ((parts & FoldedTexts) && !(m_ready & FoldedTexts) && (m_ready & Texts)) {
        m_lastUserAscii = isAscii(m_lastUser);
        m_systemAscii = isAscii(m_system);
        m_lastUserLower = foldCase(m_lastUser, m_lastUserAscii);
        m_systemLower = foldCase(m_system, m_systemAscii);
        m_ready |= FoldedTexts;
    }
}

int RequestFeatures::promptTokens() const
{
    ensure(Tokens);
    return m_promptTokens;
}

const QString &RequestFeatures::lastUserMessage() const
{
    ensure(Texts);
    return m_lastUser;
}

const QString &RequestFeatures::firstUserMessage() const
{
    ensure(Texts);
    return m_firstUser;
}

const QString &RequestFeatures::systemPrompt() const
{
    ensure(Texts);
    return m_system;
}

const QString &RequestFeatures::lastUserMessageLower() const
{
    ensure(FoldedTexts);
    return m_lastUserLower;
}

const QString &RequestFeatures::systemPromptLower() const
{
    ensure(FoldedTexts);
    return m_systemLower;
}

bool RequestFeatures::lastUserMessageAscii() const
{
    ensure(FoldedTexts);
    return m_lastUserAscii;
}

bool RequestFeatures::systemPromptAscii() const
{
    ensure(FoldedTexts);
    return m_systemAscii;
}

void RequestFeatures::setPromptTokens(int tokens)
{
    m_promptTokens = tokens;
    m_tokensBound = tokens;
    m_ready |= Tokens;
}

void RequestFeatures::setTexts(QString lastUser, QString firstUser, QString system)
{
    m_lastUser = std::move(lastUser);
    m_firstUser = std::move(firstUser);
    m_system = std::move(system);
    m_ready = (m_ready | Texts) & ~unsigned(FoldedTexts);
}

void RequestFeatures::setSource(const QByteArray &body, ApiFormat format, Filler filler, int tokensBound)
{
    m_sourceBody = body;
    m_sourceFormat = format;
    m_filler = filler;
    m_tokensBound = tokensBound;
}

void RequestFeatures::computeAll() const
{
    ensure(AllParts);
}

void RequestFeatures::detachSource()
{
    m_sourceBody = QByteArray();
    m_filler = nullptr;
}

RequestFeatures RequestFeatures::fromRequest(const QJsonObject &body, ApiFormat format)
{
    // One implementation of feature extraction: the proxy's, over the serialized body.
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    RequestFeatures features = RequestReader::read(bytes, format).features;
    features.computeAll();
    features.detachSource();
    return features;
}

} // namespace sy
