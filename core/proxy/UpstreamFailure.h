#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "domain/ApiFormat.h"
#include "http/HttpRequest.h"
#include "policy/Policy.h"
#include "upstream/UpstreamPool.h"

namespace sy {

// What went wrong with one attempt at an upstream, kept until a later attempt succeeds or the
// request gives up (the last upstream's own error answer is the best one to relay).
struct UpstreamFailure
{
    FailureClass failureClass = FailureClass::Connect;
    int status = 0; // an upstream HTTP answer, relayed if nothing better comes
    QByteArray body;
    HttpHeaders headers;
    QString message;
    int retryAfterMs = -1;
    ApiFormat format = ApiFormat::OpenAIChat; // the shape of body
};

// 429 is a rate limit, other 5xx a server error, other 4xx the request's own fault.
FailureClass failureClassOfStatus(int status);
// A transport error: before any answer it is a connect failure; after the status line, a broken
// answer (or a broken stream, once one has begun).
FailureClass failureClassOfError(UpstreamError error, bool answered, bool streaming);
// The attempt's outcome as the request log names it: "timeout", "http_503", "stream_error", …
QString failureOutcomeName(const UpstreamFailure &failure);

// Retry-After in seconds or as an HTTP date, or retry-after-ms (OpenAI), as milliseconds from
// `nowUtc`, at most an hour; -1 when the headers say nothing usable.
int retryAfterMs(const HttpHeaders &headers, const QDateTime &nowUtc);
// Retry-After is whole seconds: a wait is rounded up, never down to "now".
inline qint64 retryAfterSeconds(qint64 ms) { return (ms + 999) / 1000; }

} // namespace sy
