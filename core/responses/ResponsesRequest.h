#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sy {

// What a Responses API request leaves behind once it is a chat-completions request: the fields the
// response object repeats, the conversation so far (for previous_response_id) and every parameter
// no chat-completions target can honour, so the proxy can say so instead of dropping it silently.
struct ResponsesContext
{
    QString id;                 // resp_…, given to this request's response
    qint64 createdAt = 0;       // seconds since the epoch
    QString model;              // as the client named it (the route)
    bool stream = false;
    bool store = true;
    QString previousResponseId;
    QJsonObject echo;           // instructions, tools, tool_choice, text, temperature, top_p, …
    QJsonArray input;           // this request's input as items (stored with its output)
    QStringList dropped;        // parameters or items the chat translation loses
    // For a provider that speaks the Responses API: the request as the client wrote it, with the
    // stored conversation spelled out in `input` instead of previous_response_id (that provider
    // never saw it) and store off (the proxy keeps it). "model" is set per attempt.
    QJsonObject nativeRequest;
};

struct ResponsesToChat
{
    QByteArray chatBody;        // a chat-completions request body
    ResponsesContext context;
    QString error;              // the request cannot be served: a 400 with this message
    QString errorParam;         // the field the error is about
};

// The conversation up to a stored response (every input and output item, oldest first), or
// nothing when it cannot be rebuilt, with `error` saying why.
using ResponsesHistory = std::function<std::optional<QJsonArray>(const QString &responseId, QString *error)>;

// Turns a POST /v1/responses body into a chat-completions body; `history` resolves
// previous_response_id (an unknown id is an error).
ResponsesToChat responsesToChat(const QByteArray &body, const ResponsesHistory &history = {});

// The input of a Responses request as items: a plain string becomes one user message.
QJsonArray responsesInputItems(const QJsonValue &input);

// A fresh id with the API's prefixes: "resp", "msg", "fc", "rs".
QString responsesId(const char *prefix);

} // namespace sy
