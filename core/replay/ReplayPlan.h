#pragma once

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

#include "eval/Scorer.h"
#include "policy/Policy.h"
#include "prompts/PromptSet.h"
#include "proxy/ProxyRuntime.h"

namespace sy {

// One thing a replay compares: a route of a policy, or a single model.
struct ReplayCandidate
{
    QString label;  // "cheap-first:auto", "sim-cloud/sim-mini"
    Policy policy;  // for a model: a one-route policy around it
    QString route;  // the alias to request

    static ReplayCandidate forRoute(const Policy &policy, const QString &route);
    // providers: where to find the model ("provider/model"); nullopt when it is not there.
    static std::optional<ReplayCandidate> forModel(const std::vector<ProviderSpec> &providers, const QString &model);
};

struct ReplayCellKey
{
    int item = 0;
    int candidate = 0;
    int repeat = 0;
    friend bool operator==(const ReplayCellKey &, const ReplayCellKey &) = default;
};
inline size_t qHash(const ReplayCellKey &k, size_t seed = 0) { return qHashMulti(seed, k.item, k.candidate, k.repeat); }

struct ReplayPlan
{
    std::vector<PromptItem> items;
    std::vector<ReplayCandidate> candidates;
    int repeats = 1;
    int concurrency = 8;          // requests in flight per candidate
    double requestsPerSecond = 0; // over all candidates; 0: no limit
    std::optional<int> maxTokens; // output budget per request (also bounds the cost estimate)
    std::optional<double> temperature;
    std::vector<ScorerSpec> scorers;
    double passThreshold = 0.5;   // quality at or above it passes
    double budgetUsd = 0;         // 0: no cap
    QSet<ReplayCellKey> done;     // finished earlier (a resumed run skips them)
    ProxyRuntime::CredentialResolver credentials;
    ProxyRuntime::SimulatorResolver simulators;

    int cellCount() const { return int(items.size() * candidates.size()) * repeats; }
};

// What one cell produced. An error (the request failed) is kept apart from a low quality (the
// answer was wrong).
struct ReplayCell
{
    ReplayCellKey key;
    QString response;
    QString provider;
    QString model;
    QString trace;
    int status = 0;
    int attempts = 0;
    double ttftMs = -1;
    double latencyMs = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    QString error;
    std::vector<ScoreOutcome> scores;
    double quality = 0;
    bool passed = false;
};

struct ReplayProgress
{
    int done = 0;  // this run's cells finished so far, earlier runs' included
    int total = 0;
    int inFlight = 0;
    double spentUsd = 0;
    double etaSeconds = -1; // -1 until there is a rate to go by
};

} // namespace sy
