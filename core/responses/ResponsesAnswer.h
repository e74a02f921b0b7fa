#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include "responses/ResponsesRequest.h"

namespace sy {

// Chat-completions usage in the Responses API's shape (input/output tokens and their details).
QJsonObject responsesUsage(const QJsonObject &chatUsage);

// The response object around finished output items: status, usage and the request's own fields.
// `status` is "completed", "incomplete" (with `incompleteReason`) or "failed" (with `error`).
QJsonObject responsesObject(const ResponsesContext &context, const QString &upstreamModel, const QJsonArray &output,
                            const QString &status, const QJsonObject &usage, const QString &incompleteReason = {},
                            const QJsonObject &error = {});

// A chat completion turned into a Responses API response. `output` receives the output items
// (for storing the conversation). A body that is not a chat completion comes back unchanged.
QByteArray responsesFromChat(const QByteArray &chatCompletion, const ResponsesContext &context,
                             QJsonArray *output = nullptr);

// The Responses API's status for a chat finish_reason: "incomplete" for length and
// content_filter (reason set), otherwise "completed".
QString responsesStatus(const QString &finishReason, QString *incompleteReason);

} // namespace sy
