#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <map>
#include <mutex>
#include <tuple>

#include "proxy/RequestLogEntry.h"

namespace sy {

class KeyRegistry;
class ResponseCacheStore;
class ProxyRuntime;

// Counters and histograms of the proxy's traffic, rendered in Prometheus' text format.
// Recorded once per request when it ends; breaker states and in-flight counts are read from
// the live runtime at scrape time.
class ProxyMetrics
{
public:
    void record(const RequestLogEntry &entry, bool burst);
    // keys: the virtual keys whose spend, budgets and refusals are shown (none: no key series).
    QByteArray render(const ProxyRuntime &runtime, int activeRequests, const KeyRegistry *keys = nullptr,
                      const ResponseCacheStore *cache = nullptr) const;

    static constexpr std::array<double, 14> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120};

private:
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> counts{};
        quint64 count = 0;
        double sum = 0;
        void observe(double seconds);
    };
    struct Series
    {
        std::map<int, quint64> byStatus;
        Histogram latency;
        Histogram ttft;
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        double costUsd = 0;
        quint64 bursts = 0;
    };
    using Key = std::tuple<QString, QString, QString>; // route, model, provider

    mutable std::mutex m_mutex;
    std::map<Key, Series> m_series;
    std::map<std::tuple<QString, QString, QString>, quint64> m_attempts; // provider, model, outcome
    std::map<std::tuple<QString, QString, QString>, quint64> m_skipped;  // provider, model, reason
    struct KeySeries
    {
        std::map<int, quint64> byStatus;
        double costUsd = 0;
        qint64 tokens = 0;
    };
    QHash<QString, KeySeries> m_keys; // by key name (sorted when rendered)
};

} // namespace sy
