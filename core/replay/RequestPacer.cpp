#include "replay/RequestPacer.h"

#include <algorithm>

namespace sy {

bool RequestPacer::take(qint64 nowMs)
{
    if (m_rate <= 0)
        return true;
    m_tokens = std::min(std::max(1.0, m_rate), m_tokens + double(nowMs - m_lastRefillMs) * m_rate / 1000.0);
    m_lastRefillMs = nowMs;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

} // namespace sy
