#pragma once

#include <QtGlobal>

#include <array>
#include <mutex>

namespace sy {

// What an upstream's recent answers say about it, for balancing: moving averages of total
// latency and time to first token, the p95 of recent latencies, output sizes, and when it was
// last heard from. Figures older than kStaleMs no longer describe the upstream: the balancer
// sends it one probe. Thread-safe (one small lock per upstream).
class LatencyStats
{
public:
    static constexpr double kAlpha = 0.3;       // weight of the newest sample in the moving averages
    static constexpr qint64 kStaleMs = 10000;   // no answer and no attempt for this long: probe
    static constexpr qint64 kWindowMs = 60000;  // the p95 covers answers this recent
    static constexpr int kMinP95Samples = 5;

    struct Figures
    {
        double latencyMs = -1; // -1: no data
        double ttftMs = -1;
        double p95Ms = -1;     // of total latency (or TTFT for streams asked by ttft), -1: too few
        double p95TtftMs = -1;
        double outputTokens = -1;
        int samples = 0;       // in the window
        bool stale = true;     // nothing recent: worth a probe
    };

    void record(double latencyMs, double ttftMs, qint64 outputTokens, qint64 nowMs);
    void noteAttempt(qint64 nowMs); // an attempt went out: it will bring fresh figures
    Figures figures(qint64 nowMs) const;

private:
    struct Sample
    {
        qint64 atMs = 0;
        float latencyMs = 0;
        float ttftMs = -1;
    };
    static double p95(std::array<float, 64> &values, int count);
    void updateP95(qint64 nowMs) const; // under the lock

    mutable std::mutex m_mutex;
    double m_latency = -1;
    double m_ttft = -1;
    double m_output = -1;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastAttemptMs = 0;
    std::array<Sample, 64> m_ring{};
    int m_next = 0;
    int m_count = 0;
    // p95s, recomputed on the first read after a sample arrives (records far outnumber reads
    // unless a balancer reads them for every request).
    mutable bool m_p95Dirty = false;
    mutable double m_p95 = -1;
    mutable double m_p95Ttft = -1;
    mutable int m_p95Samples = 0;
};

} // namespace sy
