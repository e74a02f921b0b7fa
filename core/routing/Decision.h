#pragma once

#include <QString>

#include <span>
#include <vector>

namespace sy {

// Live upstream state the engine consults; indexed like CompiledPolicy::upstreams.
struct UpstreamLive
{
    bool breakerOpen = false; // open and not yet due for a half-open probe
    bool rateLimited = false; // answered 429 and its Retry-After has not passed
    bool providerLimited = false; // its provider is at the per-minute limits the policy gives it
    int inFlight = 0;
    // Recent figures, for balancing (-1: none).
    double latencyMs = -1;  // moving average of total latency
    double ttftMs = -1;     // moving average of time to first token
    double p95Ms = -1;      // of recent total latencies
    double p95TtftMs = -1;
    double outputTokens = -1; // moving average of answer sizes
    int samples = 0;          // answers in the p95 window
    bool stale = true;        // nothing recent: a balancer probes it
};

struct DecisionStep
{
    int node = -1;     // the target node (its retry, timeout and cap settings apply)
    int upstream = -1;
};

struct TraceEntry
{
    enum class Type {
        Route,            // index: route
        RuleMatched,      // node: conditional, index: rule
        RuleNotMatched,   // node: conditional, index: rule
        Leaf,             // index: condition, flag: result
        DefaultTaken,     // node: conditional or selector
        NoRuleMatched,    // node: conditional without default
        ArmChosen,        // node: weighted, index: arm, value: bucket, flag: sticky
        FallbackChild,    // node: fallback, index: child position
        TargetAdded,      // node: target
        SkippedOpen,      // node: target whose breaker is open
        SkippedRateLimited, // node: target that answered 429 and asked to wait
        SkippedFull,      // node: target at its concurrency cap (burst to the next)
        SkippedDuplicate, // node: target already listed
        RefFollowed,      // node: ref, index: route
        SelectorUnavailable, // node: selector whose method this build cannot run
        SelectorScore,       // node: selector, index: candidate, value: its score, flag: chosen
        SelectorChosen,      // node: selector, index: candidate, value: the threshold it met
        // node: weighted with a strategy, index: arm, value: its score (ms, in flight or USD),
        // value2: its p95 (ms, -1 none), count: samples, flag: probed (its figures were stale)
        BalanceRanked,
        SkippedProviderLimit, // node: target whose provider is at its per-minute limits (deferred)
        SessionPinned,        // index: upstream the conversation started on, moved to the front
    };
    Type type;
    int node = -1;
    int index = -1;
    bool flag = false;
    double value = 0;
    double value2 = 0;
    int count = 0;
};

struct Decision
{
    enum class Status { Ok, UnknownRoute, NoTarget };
    Status status = Status::Ok;
    int route = -1;
    std::vector<DecisionStep> steps;    // to try in order
    std::vector<DecisionStep> deferred; // full targets, usable after a queue wait when nothing else is left
    std::vector<TraceEntry> trace;

    void clear()
    {
        status = Status::Ok;
        route = -1;
        steps.clear();
        deferred.clear();
        trace.clear();
    }
};

} // namespace sy
