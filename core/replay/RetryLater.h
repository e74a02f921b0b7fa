#pragma once

#include <QHash>

#include <optional>

#include "replay/ReplayPlan.h"

namespace sy {

// When a rate-limited cell goes again: after its Retry-After (at most 120 s), or 1, 2, 4 … 30 s
// without one, or 5 s while every breaker of its candidate is open, for at most kMaxWaitS of
// waiting per cell; beyond it the provider's answer stands as the cell's result.
class RetryLater
{
public:
    static constexpr double kMaxWaitS = 300;

    // Seconds to wait before sending `key` again, or nullopt when it has waited enough.
    // allTargetsOpen: the proxy answered 503 without an attempt (every breaker open).
    std::optional<double> nextWaitS(const ReplayCellKey &key, bool allTargetsOpen, double retryAfterS);

private:
    struct Waited
    {
        int count = 0;
        double seconds = 0;
    };
    QHash<ReplayCellKey, Waited> m_waited;
};

} // namespace sy
