#pragma once

#include <QByteArray>
#include <QString>

#include "domain/ApiFormat.h"

namespace sy {

// An error body in the shape each API's clients parse:
//   OpenAI:    {"error": {"message", "type", "param", "code"}}
//   Anthropic: {"type": "error", "error": {"type", "message"}}
QByteArray apiErrorBody(ApiFormat format, int status, const QString &message, const char *code = nullptr);
// The same error as a server-sent event, for a stream that fails after it started.
QByteArray apiErrorEvent(ApiFormat format, int status, const QString &message);

} // namespace sy
