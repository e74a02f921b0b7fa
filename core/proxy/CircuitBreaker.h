#pragma once

#include <QString>

#include <mutex>
#include <vector>

#include "policy/Policy.h"

namespace sy {

// Per-upstream breaker: opens after N consecutive failures or an error rate over a sliding
// window, lets one probe through after the cool-down (half-open), closes on its success.
// Thread-safe; the proxy's workers share one per upstream.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };
    struct Settings
    {
        int consecutiveFailures = 5;
        double errorRate = 0; // 0: off
        int windowSeconds = 30;
        int minRequests = 20;
        int cooldownMs = 30000;
        bool openOnRateLimits = false;
        static Settings from(const std::optional<CircuitBreakerSpec> &spec);
    };

    CircuitBreaker();
    explicit CircuitBreaker(Settings settings);

    // Before the breaker is shared: replaces the settings and clears the history.
    void configure(Settings settings);

    // For routing decisions: true while open and not yet due for a probe. No side effects.
    bool blocks(qint64 nowMs) const;
    // Before an attempt: false when open; in half-open lets exactly one probe through, and says
    // so in *probe: that attempt must end in recordSuccess, recordFailure or releaseProbe.
    bool tryAcquire(qint64 nowMs, bool *probe = nullptr);
    // Results; return "opened", "closed" or empty when the state did not change.
    QString recordSuccess(qint64 nowMs);
    QString recordFailure(qint64 nowMs);
    // A probe that ended telling nothing about health (the client left): the next request probes.
    void releaseProbe();
    // How long until an open breaker lets a probe through (0 when it would now), for Retry-After.
    qint64 msUntilProbe(qint64 nowMs) const;

    State state(qint64 nowMs) const;
    bool opensOnRateLimits() const { return m_settings.openOnRateLimits; }

private:
    void addToWindow(qint64 nowMs, bool failure);
    void open(qint64 nowMs);

    Settings m_settings;
    mutable std::mutex m_mutex;
    State m_state = State::Closed;
    qint64 m_openedAt = 0;
    bool m_probeInFlight = false;
    int m_consecutive = 0;
    struct Bucket
    {
        qint64 second = -1;
        int requests = 0;
        int failures = 0;
    };
    std::vector<Bucket> m_window;
};

} // namespace sy
