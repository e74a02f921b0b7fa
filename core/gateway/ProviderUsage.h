#pragma once

#include <mutex>

#include "gateway/TokenBucket.h"

namespace sy {

// A provider's own per-minute limits as the proxy spends them: requests and tokens taken when an
// attempt starts (tokens estimated, then settled with the real count). A provider at its limits
// is passed over while another target can take the request, so its 429s are avoided, not hit.
class ProviderUsage
{
public:
    void configure(int requestsPerMinute, qint64 tokensPerMinute);
    bool limited() const { return m_limited; }
    // Room for one more request now.
    bool hasRoom(qint64 nowMs);
    void take(double tokens, qint64 nowMs);
    void settle(double estimated, double used, qint64 nowMs);

private:
    std::mutex m_mutex;
    TokenBucket m_requests;
    TokenBucket m_tokens;
    bool m_limited = false;
};

} // namespace sy
