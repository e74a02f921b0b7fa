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
    int inFlight = 0;
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
    };
    Type type;
    int node = -1;
    int index = -1;
    bool flag = false;
    double value = 0;
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
