#pragma once

#include <QtGlobal>

namespace sy {

// The replay's requests-per-second limit: a token bucket holding at most one second's worth
// (and at least one token), refilled by the time the caller gives, so a test needs no clock.
class RequestPacer
{
public:
    // 0 or less: no limit.
    explicit RequestPacer(double requestsPerSecond = 0, qint64 nowMs = 0) : m_rate(requestsPerSecond), m_lastRefillMs(nowMs) {}

    // True, spending a token, when a request may go now.
    bool take(qint64 nowMs);

private:
    double m_rate;
    double m_tokens = 1;
    qint64 m_lastRefillMs;
};

} // namespace sy
