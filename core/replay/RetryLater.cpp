#include "replay/RetryLater.h"

#include <algorithm>

namespace sy {

std::optional<double> RetryLater::nextWaitS(const ReplayCellKey &key, bool allTargetsOpen, double retryAfterS)
{
    Waited &w = m_waited[key];
    if (w.seconds >= kMaxWaitS)
        return std::nullopt;
    const double waitS = allTargetsOpen     ? 5.0
                         : retryAfterS > 0  ? std::min(retryAfterS, 120.0)
                                            : std::min(30.0, double(1 << std::min(w.count, 5)));
    ++w.count;
    w.seconds += waitS;
    return waitS;
}

} // namespace sy
