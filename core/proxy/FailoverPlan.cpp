#include "proxy/FailoverPlan.h"

#include <QtGlobal>

namespace sy {

FailoverPlan::Next FailoverPlan::afterFailure(const RetrySpec &retry, FailureSet fallbackOn, FailureClass failure,
                                              int retryAfterMs, const Jitter &jitter)
{
    const FailureSet retryOn = retry.on.value_or(FailureSet::defaults());
    if (m_retries < retry.maxAttempts.value_or(RetrySpec::kDefaultRetries) && retryOn.has(failure)) {
        const int initial = retry.initialBackoffMs.value_or(200);
        const int maxBackoff = retry.maxBackoffMs.value_or(5000);
        if (retryAfterMs < 0) {
            const int bound = int(qMin<qint64>(maxBackoff, qint64(initial) << qMin(m_retries, 20)));
            ++m_retries;
            return {Next::Kind::RetrySame, jitter(bound)};
        }
        if (retryAfterMs <= maxBackoff) {
            ++m_retries;
            return {Next::Kind::RetrySame, retryAfterMs};
        }
    }
    return {fallbackOn.has(failure) ? Next::Kind::NextTarget : Next::Kind::GiveUp, 0};
}

bool FailoverPlan::advance()
{
    m_retries = 0;
    if (m_index + 1 < m_steps.size()) {
        ++m_index;
        return true;
    }
    return false;
}

} // namespace sy
