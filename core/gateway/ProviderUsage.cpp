#include "gateway/ProviderUsage.h"

namespace sy {

void ProviderUsage::configure(int requestsPerMinute, qint64 tokensPerMinute)
{
    std::lock_guard lock(m_mutex);
    m_requests.configure(requestsPerMinute);
    m_tokens.configure(double(tokensPerMinute));
    m_limited = m_requests.limited() || m_tokens.limited();
}

bool ProviderUsage::hasRoom(qint64 nowMs)
{
    if (!m_limited)
        return true;
    std::lock_guard lock(m_mutex);
    return (!m_requests.limited() || m_requests.remaining(nowMs) >= 1) && (!m_tokens.limited() || m_tokens.remaining(nowMs) > 0);
}

void ProviderUsage::take(double tokens, qint64 nowMs)
{
    if (!m_limited)
        return;
    std::lock_guard lock(m_mutex);
    m_requests.adjust(0, 1, nowMs);
    m_tokens.adjust(0, tokens, nowMs);
}

void ProviderUsage::settle(double estimated, double used, qint64 nowMs)
{
    if (!m_limited)
        return;
    std::lock_guard lock(m_mutex);
    m_tokens.adjust(estimated, used, nowMs);
}

} // namespace sy
