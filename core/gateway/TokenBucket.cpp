#include "gateway/TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace sy {

void TokenBucket::configure(double perMinute)
{
    const bool fresh = m_capacity <= 0;
    m_capacity = std::max(0.0, perMinute);
    m_level = fresh ? m_capacity : std::min(m_level, m_capacity);
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs == 0 || nowMs < m_lastMs) { // first use, or a clock that stepped back
        m_lastMs = nowMs;
        return;
    }
    m_level = std::min(m_capacity, m_level + double(nowMs - m_lastMs) * m_capacity / 60000.0);
    m_lastMs = nowMs;
}

qint64 TokenBucket::take(double n, qint64 nowMs)
{
    if (!limited())
        return 0;
    refill(nowMs);
    if (m_level >= n) {
        m_level -= n;
        return 0;
    }
    const double wanted = std::min(n, m_capacity) - m_level;
    return std::max<qint64>(1, qint64(std::ceil(wanted * 60000.0 / m_capacity - 1e-6))); // not 2 ms for a rounding error
}

void TokenBucket::adjust(double taken, double used, qint64 nowMs)
{
    if (!limited())
        return;
    refill(nowMs);
    m_level = std::min(m_capacity, m_level + taken - used);
}

double TokenBucket::remaining(qint64 nowMs)
{
    if (!limited())
        return 0;
    refill(nowMs);
    return std::max(0.0, m_level);
}

qint64 TokenBucket::msUntilFull(qint64 nowMs)
{
    if (!limited())
        return 0;
    refill(nowMs);
    return qint64(std::ceil((m_capacity - m_level) * 60000.0 / m_capacity));
}

} // namespace sy
