#pragma once

#include <QJsonObject>

#include <vector>

#include "eval/OutcomeMatrix.h"
#include "eval/RoutingMetrics.h"
#include "replay/ReplayPlan.h"

namespace sy {

// Per-candidate figures of a replay, from its cells (repeats included).
struct CandidateSummary
{
    int cells = 0;
    int errors = 0;
    int passed = 0;
    double meanQuality = 0;     // over cells without an error; errors count as 0 quality
    double qualityStdDev = 0;   // spread over repeats: mean of the per-item standard deviations
    double passRate = 0;        // of all cells
    double errorRate = 0;
    double costPer1k = 0;       // USD per 1,000 requests
    double latencyP50 = 0;
    double latencyP95 = 0;
    double ttftP50 = -1;        // -1 when no cell streamed
    double ttftP95 = -1;
    double totalCostUsd = 0;
};

// RouteLLM's view of a replay with a designated weak and strong candidate: every other
// candidate is a router between them, placed by its share of calls that reached the strong
// candidate's model and by its quality. The routers' points, with (0, weak) and (1, strong),
// make the curve APGR and CPT are read from (docs/metrics.md).
struct RouterPoint
{
    int candidate = -1;
    double strongShare = 0;
    double quality = 0;
    double pgr = 0;
};
struct WeakStrongMetrics
{
    int weak = -1;
    int strong = -1;
    QString strongModel; // "provider/model" most of the strong candidate's answers came from
    double weakQuality = 0;
    double strongQuality = 0;
    std::vector<RouterPoint> routers;
    std::vector<RoutingMetrics::SharePoint> curve; // the upper envelope, share 0..1
    double apgr = 0;
    std::optional<double> cpt20, cpt50, cpt80;
};

namespace ReplayAggregates {
// The figures as JSON (reports, policy evidence): mean_quality, pass_rate, cost_per_1k_usd, ...
QJsonObject toJson(const CandidateSummary &summary);
// The value at fraction q (0..1) of sorted values, by linear interpolation; 0 when empty.
double percentile(std::vector<double> values, double q);
std::vector<CandidateSummary> summarise(const std::vector<ReplayCell> &cells, int candidateCount);
// The run as an outcome matrix: per prompt and candidate the mean quality, cost, latency and
// time to first token over its repeats (an errored cell counts as quality 0), and the first
// repeat's response. Cells of earlier runs that are not in `cells` are left out.
OutcomeMatrix outcomeMatrix(const ReplayPlan &plan, const std::vector<ReplayCell> &cells);
// Outcome data from elsewhere as replay cells (one repeat), so it can be compared, charted and
// measured like a run: the matrix's models become the candidates.
std::vector<ReplayCell> cellsFromOutcomes(const OutcomeMatrix &matrix, double passThreshold, std::vector<PromptItem> *items, QStringList *labels);
WeakStrongMetrics weakStrong(const std::vector<ReplayCell> &cells, const std::vector<CandidateSummary> &summaries, int weak, int strong);
} // namespace ReplayAggregates

} // namespace sy
