#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

#include "domain/ApiFormat.h"

namespace sy {

// Everything the routing engine may look at, computed once per request without I/O.
struct RequestFeatures
{
    QString alias; // the requested "model"
    int promptTokens = 0;
    int messageCount = 0;
    int userTurns = 0; // user messages: the conversation's depth
    int maxTokens = 0;
    QString lastUserMessage;
    QString firstUserMessage; // set only when the conversation has more than one user turn
    QString lastUserMessageLower; // case-insensitive tests run on this
    QString systemPrompt;
    QString systemPromptLower;
    bool lastUserMessageAscii = true; // lets the engine skip case-insensitive regexes by literal
    bool systemPromptAscii = true;
    bool hasTools = false;
    bool hasImages = false;
    bool jsonResponse = false;
    bool stream = false;
    QString user;
    std::vector<std::pair<QString, QString>> headers;  // names lower-case
    std::vector<std::pair<QString, QString>> metadata;
    quint64 randomSeed = 0; // drives non-sticky weighted choices; the caller picks it
    std::vector<float> embedding; // of the last user message, when a route's semantic selector asks for one

    const QString *header(const QString &lowerName) const;
    const QString *metadataValue(const QString &name) const;

    // Reads an OpenAI chat-completions or Anthropic messages request body.
    static RequestFeatures fromRequest(const QJsonObject &body, ApiFormat format);
    // Fills the lower-cased copies and ASCII flags after the texts are set.
    void deriveTextForms();
};

} // namespace sy
