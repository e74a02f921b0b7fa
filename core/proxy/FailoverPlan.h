#pragma once

#include <functional>
#include <vector>

#include "policy/Policy.h"
#include "routing/Decision.h"

namespace sy {

// The targets one request tries, in order, and what follows a failed attempt: the same target
// again after a backoff, the next target, or the end. It keeps no clock and starts no timer: the
// caller waits out the delay it is given, so a test drives it without waiting.
class FailoverPlan
{
public:
    struct Next
    {
        enum class Kind { RetrySame, NextTarget, GiveUp };
        Kind kind = Kind::GiveUp;
        int delayMs = 0; // before the retry
    };
    // A uniformly random integer in [0, bound]: the backoff's full jitter.
    using Jitter = std::function<int(int bound)>;

    FailoverPlan() = default;
    explicit FailoverPlan(std::vector<DecisionStep> steps) : m_steps(std::move(steps)) {}

    bool isEmpty() const { return m_steps.empty(); }
    const DecisionStep &current() const { return m_steps[m_index]; }
    size_t index() const { return m_index; }
    int retries() const { return m_retries; } // at the current target

    // After a failed attempt at the current target. A failure class in retry.on is tried again
    // (up to retry.maxAttempts more times) after exponential backoff with full jitter, or after
    // the upstream's Retry-After when it is within the backoff cap; a longer Retry-After, or the
    // retries used up, moves on when fallbackOn has the class, and otherwise gives up.
    Next afterFailure(const RetrySpec &retry, FailureSet fallbackOn, FailureClass failure, int retryAfterMs,
                      const Jitter &jitter);
    // To the next target with its own retries; false, staying on the last, when none is left.
    bool advance();

private:
    std::vector<DecisionStep> m_steps;
    size_t m_index = 0;
    int m_retries = 0;
};

} // namespace sy
