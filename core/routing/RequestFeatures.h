#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <limits>

#include <utility>
#include <vector>

#include "domain/ApiFormat.h"

namespace sy {

// Everything the routing engine may look at, computed without I/O. The cheap features are read
// with the request; the costly ones (the token estimate, the message texts and their case-folded
// forms) only when a rule, selector or estimate first asks, and then once: a pass-through or a
// plain target never pays for text analysis.
struct RequestFeatures
{
    QString alias; // the requested "model"
    int messageCount = 0;
    int userTurns = 0; // user messages: the conversation's depth
    int maxTokens = 0;
    bool hasTools = false;
    bool hasImages = false;
    bool jsonResponse = false;
    bool stream = false;
    QString user;
    std::vector<std::pair<QString, QString>> headers; // names lower-case
    std::vector<std::pair<QString, QString>> metadata;
    quint64 randomSeed = 0;       // drives non-sticky weighted choices; the caller picks it
    std::vector<float> embedding; // of the last user message, when a route's semantic selector asks for one

    const QString *header(const QString &lowerName) const;
    const QString *metadataValue(const QString &name) const;

    // The costly features, on first use.
    int promptTokens() const;
    // Never below promptTokens(), known without counting: a threshold far above a short
    // request's size is decided without the estimate.
    int promptTokensAtMost() const { return m_ready & Tokens ? m_promptTokens : m_tokensBound; }
    const QString &lastUserMessage() const;
    const QString &firstUserMessage() const; // set only when the conversation has more than one user turn
    const QString &systemPrompt() const;
    const QString &lastUserMessageLower() const; // case-insensitive tests run on these
    const QString &systemPromptLower() const;
    bool lastUserMessageAscii() const; // lets the engine skip case-insensitive regexes by literal
    bool systemPromptAscii() const;

    enum Part : unsigned
    {
        Tokens = 1,
        Texts = 2,
        FoldedTexts = 4,
        AllParts = 7
    };
    bool hasPart(Part part) const { return m_ready & part; }
    // For features built by hand (tests, other readers).
    void setPromptTokens(int tokens);
    void setTexts(QString lastUser, QString firstUser, QString system);

    // Where the costly parts come from: the request's bytes (shared, not copied) and the reader
    // that computes them. Only the thread that reads the request may trigger that.
    using Filler = void (*)(const RequestFeatures &features, const QByteArray &body, ApiFormat format,
                            unsigned parts);
    void setSource(const QByteArray &body, ApiFormat format, Filler filler, int tokensBound);
    void computeAll() const;
    // Lets the request bytes go; parts not computed by then stay unknown (hasPart() is false and
    // their accessors return zero or empty): a finished request's trace must not pin its body.
    void detachSource();

    // Reads an OpenAI chat-completions or Anthropic messages request body; every part computed.
    static RequestFeatures fromRequest(const QJsonObject &body, ApiFormat format);

private:
    friend class RequestReader; // fills the parts
    void ensure(unsigned parts) const
    {
        if ((m_ready & parts) != parts)
            compute(parts);
    }
    void compute(unsigned parts) const;

    mutable unsigned m_ready = 0;
    mutable int m_promptTokens = 0;
    int m_tokensBound = std::numeric_limits<int>::max();
    mutable QString m_lastUser;
    mutable QString m_firstUser;
    mutable QString m_system;
    mutable QString m_lastUserLower;
    mutable QString m_systemLower;
    mutable bool m_lastUserAscii = true;
    mutable bool m_systemAscii = true;
    QByteArray m_sourceBody;
    ApiFormat m_sourceFormat = ApiFormat::OpenAIChat;
    Filler m_filler = nullptr;
};

} // namespace sy
