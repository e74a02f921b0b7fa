#include "gateway/LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace sy {

double LatencyStats::p95(std::array<float, 64> &values, int count)
{
    if (count < kMinP95Samples)
        return -1;
    const int rank = std::min(count - 1, int(std::ceil(0.95 * count)) - 1);
    std::nth_element(values.begin(), values.begin() + rank, values.begin() + count);
    return values[size_t(rank)];
}

void LatencyStats::record(double latencyMs, double ttftMs, qint64 outputTokens, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    // After a silence the old average says little: the first new sample counts more.
    const double alpha = nowMs - m_lastSampleMs > kStaleMs ? 0.7 : kAlpha;
    m_latency = m_latency < 0 ? latencyMs : m_latency + alpha * (latencyMs - m_latency);
    if (ttftMs >= 0)
        m_ttft = m_ttft < 0 ? ttftMs : m_ttft + alpha * (ttftMs - m_ttft);
    if (outputTokens > 0)
        m_output = m_output < 0 ? double(outputTokens) : m_output + kAlpha * (double(outputTokens) - m_output);
    m_lastSampleMs = nowMs;
    m_ring[size_t(m_next)] = {nowMs, float(latencyMs), float(ttftMs)};
    m_next = (m_next + 1) % int(m_ring.size());
    m_count = std::min(m_count + 1, int(m_ring.size()));
    m_p95Dirty = true;
}

void LatencyStats::updateP95(qint64 nowMs) const
{
    std::array<float, 64> latencies{}, ttfts{};
    int n = 0, t = 0;
    for (int i = 0; i < m_count; ++i) {
        const Sample &s = m_ring[size_t(i)];
        if (nowMs - s.atMs > kWindowMs)
            continue;
        latencies[size_t(n++)] = s.latencyMs;
        if (s.ttftMs >= 0)
            ttfts[size_t(t++)] = s.ttftMs;
    }
    m_p95Samples = n;
    m_p95 = p95(latencies, n);
    m_p95Ttft = p95(ttfts, t);
    m_p95Dirty = false;
}

void LatencyStats::noteAttempt(qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    m_lastAttemptMs = nowMs;
}

LatencyStats::Figures LatencyStats::figures(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    Figures f;
    f.latencyMs = m_latency;
    f.ttftMs = m_ttft;
    f.outputTokens = m_output;
    if (m_p95Dirty)
        updateP95(m_lastSampleMs); // the window of the newest answer, as the averages are
    const bool windowCurrent = nowMs - m_lastSampleMs <= kWindowMs;
    f.p95Ms = windowCurrent ? m_p95 : -1;
    f.p95TtftMs = windowCurrent ? m_p95Ttft : -1;
    f.samples = windowCurrent ? m_p95Samples : 0;
    f.stale = nowMs - std::max(m_lastSampleMs, m_lastAttemptMs) > kStaleMs;
    return f;
}

} // namespace sy
