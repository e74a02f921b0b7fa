#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

#include "responses/ResponsesRequest.h"

namespace sy {

// Chat-completions usage in the Responses API's shape (input/output tokens and their details).
QJsonObject responsesUsage(const QJsonObject &chatUsage);

// The response object around finished output items: status, usage and the request's own fields.
// `status` is "completed", "incomplete" (with `incompleteReason`) or "failed" (with `error`).
QJsonObject responsesObject(const ResponsesContext &context, const QString &upstreamModel, const QJsonArray &output,
                            const QString &status, const QJsonObject &usage, const QString &incompleteReason = {},
                            const QJsonObject &error = {});

// A chat completion turned into a Responses API response object (its output items under
// "output"); nothing when the body is not a chat completion (an error body).
std::optional<QJsonObject> responseObjectFromChat(const QByteArray &chatCompletion, const ResponsesContext &context);

// The same, serialized. A body that is not a chat completion comes back unchanged: the Responses
// API's errors have the chat shape.
QByteArray responsesFromChat(const QByteArray &chatCompletion, const ResponsesContext &context);

// The Responses API's status for a chat finish_reason: "incomplete" for length and
// content_filter (reason set), otherwise "completed".
QString responsesStatus(const QString &finishReason, QString *incompleteReason);

} // namespace sy
