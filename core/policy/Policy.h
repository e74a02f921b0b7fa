#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

#include "domain/Provider.h"
#include "policy/Box.h"
#include "policy/Condition.h"

namespace sy {

inline constexpr int kPolicyFormatVersion = 1;

enum class NodeKind { Target, Fallback, Weighted, Conditional, Ref, Selector };
QString nodeKindName(NodeKind kind);
std::optional<NodeKind> nodeKindFromName(const QString &name);

// Failure classes after which a target is retried and a fallback moves on.
enum class FailureClass : unsigned {
    Connect = 1u << 0,
    Timeout = 1u << 1,
    RateLimited = 1u << 2, // 429
    ServerError = 1u << 3, // 5xx
    ClientError = 1u << 4, // 4xx other than 429
    StreamError = 1u << 5, // a stream that failed before its first token
};
struct FailureSet
{
    unsigned bits = 0;
    bool has(FailureClass c) const { return (bits & unsigned(c)) != 0; }
    static FailureSet defaults();
    friend bool operator==(const FailureSet &, const FailureSet &) = default;
};
std::optional<FailureClass> failureClassFromName(const QString &name);
QStringList failureSetNames(FailureSet set);
extern const FailureClass kAllFailureClasses[6];

struct RetrySpec
{
    // Without a retry block a target still gets this many retries on the default failures
    // (connect, timeout, rate_limited, server_error, stream_error before the first byte), as the
    // official SDKs do; "retry": {"max_attempts": 0} turns them off.
    static constexpr int kDefaultRetries = 2;

    std::optional<int> maxAttempts;      // retries after the first attempt
    std::optional<int> initialBackoffMs;
    std::optional<int> maxBackoffMs;
    std::optional<FailureSet> on;
    friend bool operator==(const RetrySpec &, const RetrySpec &) = default;
};

// How deep the router follows nodes (refs to other routes included); deeper policies are refused.
inline constexpr int kMaxNodeDepth = 64;

struct CircuitBreakerSpec
{
    std::optional<int> consecutiveFailures;
    std::optional<double> errorRate; // 0..1 over the window
    std::optional<int> windowSeconds;
    std::optional<int> minRequests;
    std::optional<int> cooldownMs; // open → half-open
    std::optional<bool> openOnRateLimits; // a 429 counts as a failure (default: back-pressure only)
    friend bool operator==(const CircuitBreakerSpec &, const CircuitBreakerSpec &) = default;
};

struct TargetSpec
{
    QString model; // "provider/model-id" or "provider/alias"
    std::optional<int> timeoutMs;
    RetrySpec retry;
    std::optional<int> maxConcurrency;   // in-flight requests; beyond it the target counts as full
    std::optional<int> maxQueueWaitMs;   // how long a request may wait for a slot before bursting
    std::optional<CircuitBreakerSpec> breaker;
    QJsonObject overrideParams; // merged into the upstream request body (temperature, ...)
    friend bool operator==(const TargetSpec &, const TargetSpec &) = default;
};

struct Rule;
struct Arm;

// How a weighted node chooses among its arms. Weights: by their weights (and sticky key). The
// others rank the arms on live figures of each arm's first target and try them in that order:
// least latency (moving average), least busy (requests in flight), lowest cost (its prices for
// this request), latency objective (the cheapest whose recent p95 is within objective_ms).
enum class BalanceStrategy { Weights, LeastLatency, LeastBusy, LowestCost, LatencyObjective };
QString balanceStrategyName(BalanceStrategy strategy);
std::optional<BalanceStrategy> balanceStrategyFromName(const QString &name);
enum class LatencyMetric { Total, FirstToken };

struct Node
{
    NodeKind kind = NodeKind::Target;
    QString id;          // optional label shown in traces and the editor
    QJsonObject metadata; // free-form, preserved

    TargetSpec target;                 // Target
    std::vector<Node> children;        // Fallback
    std::optional<FailureSet> fallbackOn;
    std::vector<Arm> arms;             // Weighted (weights), Selector (candidates)
    QString stickyKey;                 // Weighted: "header:NAME", "user", "metadata:NAME" or empty (random)
    QString salt;                      // Weighted: varies assignment between experiments
    BalanceStrategy strategy = BalanceStrategy::Weights; // Weighted: how an arm is chosen
    LatencyMetric latencyMetric = LatencyMetric::Total;  // Weighted, least latency and latency objective
    std::optional<int> objectiveMs;    // Weighted, latency objective: the p95 an arm must keep
    std::vector<Rule> rules;           // Conditional
    Box<Node> defaultNode;             // Conditional (optional), Selector (required)
    QString routeRef;                  // Ref: alias of another route
    QString method;                    // Selector: which selector (semantic, learned, ...)
    QJsonObject params;                // Selector: its parameters, kept verbatim

    friend bool operator==(const Node &, const Node &) = default;
};

struct Rule
{
    QString name;
    Condition when;
    Node then;
    friend bool operator==(const Rule &, const Rule &) = default;
};

struct Arm
{
    QString label;
    double weight = 0;
    Node node;
    friend bool operator==(const Arm &, const Arm &) = default;
};

// A route's response cache: exact answers by normalised request, and optionally answers to
// similar requests (semantic: a similarity threshold over the lexical encoder, or the route's
// selector embeddings when it has them).
struct RouteCache
{
    static constexpr int kDefaultTtlSeconds = 3600;
    static constexpr double kDefaultThreshold = 0.95;
    bool semantic = false;
    int ttlSeconds = kDefaultTtlSeconds;
    double threshold = kDefaultThreshold;
    bool shareAcrossKeys = false; // false: each virtual key sees only its own entries
    friend bool operator==(const RouteCache &, const RouteCache &) = default;
};

// A route's shadow test: a sampled share of its answered requests is sent again, after the
// client has its answer, to candidate models whose answers are only logged, never served; a
// daily spend cap (UTC days) bounds what the test costs.
struct RouteShadow
{
    static constexpr double kDefaultSample = 0.05;
    double sample = kDefaultSample; // the share of answered requests mirrored, (0, 1]
    double dailyBudgetUsd = 1;      // over all its targets; a mirror that would pass it is not sent
    QStringList targets;            // "provider/model" candidates
    // How a mirror's answer is compared with the served one (the reference), as replays name
    // scorers: "rouge-l", "json", "pairwise:provider/model"... Empty: ROUGE-L.
    QStringList scorers;
    friend bool operator==(const RouteShadow &, const RouteShadow &) = default;
};

struct Route
{
    QString alias; // what clients put in "model"
    QString description;
    QJsonObject metadata;
    std::optional<RouteCache> cache;
    std::optional<RouteShadow> shadow;
    Node root;
    friend bool operator==(const Route &, const Route &) = default;
};

struct Policy
{
    QString name;
    QString description;
    QJsonObject metadata; // evidence summaries and the like, kept verbatim
    std::optional<bool> logBodies;
    std::vector<ProviderSpec> providers;
    std::vector<Route> routes;
    QStringList passthroughModels; // "provider/model" also served under their own name

    const Route *findRoute(const QString &alias) const;
    const ProviderSpec *findProvider(const QString &id) const;
    friend bool operator==(const Policy &, const Policy &) = default;
};

// Calls fn(node, jsonPath) for `node` and every node below it, parents first, with each node's
// JSON path in the policy file (path is the node's own).
void forEachNode(Node &node, const QString &path, const std::function<void(Node &, const QString &)> &fn);

// "provider/model" split at the first slash (model ids may contain slashes).
struct ModelRef
{
    QString provider;
    QString model;
    static std::optional<ModelRef> parse(const QString &text);
};

} // namespace sy
