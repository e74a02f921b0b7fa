#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <vector>

#include "store/RequestLogStore.h"

namespace sy {

// Per-second aggregates of finished requests for the live charts: requests per second, p50 and
// p95 latency over the last few seconds, and spend per model. Entries arrive in batches;
// points() gives what changed since the last call, so the charts only append.
class TrafficSeries
{
public:
    struct Point
    {
        double second = 0; // seconds since the epoch
        double requestsPerSecond = 0;
        double p50Ms = 0;
        double p95Ms = 0;
    };

    explicit TrafficSeries(int percentileWindowSeconds = 10);

    void add(const std::vector<RequestLogEntry> &entries);
    // Whole seconds up to nowSeconds - 1 not yet returned, empty seconds included (as zero).
    std::vector<Point> takeFinishedSeconds(qint64 nowSeconds);
    const QHash<QString, double> &spendByModel() const { return m_spend; }
    double spendTotal() const { return m_spendTotal; }
    qint64 requests() const { return m_requests; }
    qint64 errors() const { return m_errors; }

private:
    struct Second
    {
        qint64 second = 0;
        int count = 0;
        std::vector<double> latencies;
    };
    Second &bucket(qint64 second);

    int m_window;
    std::deque<Second> m_seconds; // ascending, the percentile window plus what is not yet taken
    qint64 m_nextToTake = 0;
    QHash<QString, double> m_spend;
    double m_spendTotal = 0;
    qint64 m_requests = 0;
    qint64 m_errors = 0;
};

} // namespace sy
