#pragma once

#include <QJsonArray>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

#include "eval/Scorer.h"
#include "policy/Policy.h"
#include "prompts/PromptSet.h"
#include "proxy/ProxyRuntime.h"
#include "proxy/UpstreamHooks.h"

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
    // Every route of these policies, then every chat model of these providers.
    static std::vector<ReplayCandidate> allOf(const std::vector<Policy> &policies, const std::vector<ProviderSpec> &providers);
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
    bool stream = true;           // streamed answers, so time to first token is measured
    std::vector<ScorerSpec> scorers;
    double passThreshold = 0.5;   // quality at or above it passes
    double budgetUsd = 0;         // 0: no cap
    QSet<ReplayCellKey> done;     // finished earlier (a resumed run skips them)
    // Responses of done cells of the first candidate, the baseline of pairwise judging.
    QHash<ReplayCellKey, QString> earlierResponses;
    int providerConcurrency = 0;  // requests in flight per provider over all candidates; 0: no limit
    std::shared_ptr<ResponseCache> cache; // none: every request goes to its provider
    bool bypassCache = false;     // ask the providers anyway; fresh answers replace cached ones
    std::vector<ProviderSpec> judgeProviders; // where judge and pairwise scorers find their models
    ProxyRuntime::CredentialResolver credentials;
    ProxyRuntime::SimulatorResolver simulators;

    int cellCount() const { return int(items.size() * candidates.size()) * repeats; }
    // Every cell of the plan but those `redo` accepts, for re-running errors or failures.
    template<typename Cells, typename Pred>
    void markDoneExcept(const Cells &cells, Pred redo)
    {
        done.clear();
        for (const auto &c : cells)
            if (!redo(c))
                done.insert(c.key);
    }
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
    bool cached = false;     // served from the response cache: latency, tokens and cost are the first call's
    QJsonArray judgements;   // per judged scorer: {scorer, model, grade or preference, reasoning}
    int humanRating = 0;     // 1..5 (thumbs: 1 or 5); 0: not rated
    QString humanComment;
};

struct ReplayProgress
{
    int done = 0;  // this run's cells finished so far, earlier runs' included
    int total = 0;
    int inFlight = 0;
    double spentUsd = 0;     // candidates and judges, cache hits not counted
    double judgeCostUsd = 0;
    int cacheHits = 0;
    double etaSeconds = -1; // -1 until there is a rate to go by
};

} // namespace sy
