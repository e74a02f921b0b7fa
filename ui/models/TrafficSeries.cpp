#include "models/TrafficSeries.h"

#include <algorithm>
#include <cmath>

namespace sy {

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p * double(values.size()))) - 1;
    std::nth_element(values.begin(), values.begin() + qsizetype(rank), values.end());
    return values[rank];
}

} // namespace

TrafficSeries::TrafficSeries(int percentileWindowSeconds) : m_window(qMax(1, percentileWindowSeconds)) {}

TrafficSeries::Second &TrafficSeries::bucket(qint64 second)
{
    auto it = std::lower_bound(m_seconds.begin(), m_seconds.end(), second, [](const Second &s, qint64 v) { return s.second < v; });
    if (it != m_seconds.end() && it->second == second)
        return *it;
    return *m_seconds.insert(it, Second{second, 0, {}});
}

void TrafficSeries::add(const std::vector<RequestLogEntry> &entries)
{
    for (const RequestLogEntry &e : entries) {
        ++m_requests;
        if (e.status < 200 || e.status >= 400)
            ++m_errors;
        if (e.costUsd > 0) {
            m_spend[e.model.isEmpty() ? e.route : e.model] += e.costUsd;
            m_spendTotal += e.costUsd;
        }
        // Counted in the second it finished; a second already charted is too late to change.
        const qint64 second = qMax((e.timestampMs + qint64(e.latencyMs)) / 1000, m_nextToTake);
        Second &s = bucket(second);
        ++s.count;
        s.latencies.push_back(e.latencyMs);
    }
}

std::vector<TrafficSeries::Point> TrafficSeries::takeFinishedSeconds(qint64 nowSeconds)
{
    std::vector<Point> out;
    if (m_nextToTake == 0) {
        if (m_seconds.empty())
            return out;
        m_nextToTake = m_seconds.front().second;
    }
    for (; m_nextToTake < nowSeconds; ++m_nextToTake) {
        std::vector<double> window;
        int count = 0;
        for (const Second &s : m_seconds) {
            if (s.second > m_nextToTake - m_window && s.second <= m_nextToTake)
                window.insert(window.end(), s.latencies.begin(), s.latencies.end());
            if (s.second == m_nextToTake)
                count = s.count;
        }
        out.push_back({double(m_nextToTake), double(count), percentile(window, 0.5), percentile(window, 0.95)});
    }
    while (!m_seconds.empty() && m_seconds.front().second <= m_nextToTake - m_window)
        m_seconds.pop_front();
    return out;
}

} // namespace sy
