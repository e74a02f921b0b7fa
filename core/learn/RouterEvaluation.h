#pragma once

#include <QJsonObject>

#include <optional>
#include <vector>

#include "eval/RoutingMetrics.h"
#include "learn/RouterTraining.h"

namespace sy {

// Figures of a router on examples whose outcomes are known, from its scores alone: the curve of
// a threshold sweep and the metrics of RouteLLM (two models) and RouterBench (cost and quality).
namespace RouterEvaluation {

struct SweepPoint
{
    double strongShare = 0;
    double quality = 0;
    double costUsd = 0;   // mean per prompt
    double threshold = 0; // the weak model's probability below which prompts go strong (learned routers)
};

struct PairReport
{
    double weakQuality = 0, strongQuality = 0, weakCostUsd = 0, strongCostUsd = 0;
    std::vector<SweepPoint> curve;
    double apgr = 0;
    std::optional<double> cpt20, cpt50, cpt80;
    double aiq = 0; // over the curve's (cost, quality) points, up to the strong model's cost
};

// A two-model router that sends the prompts with the highest scores to the strong model.
// `thresholds` (optional, per example) label each curve point with the rule's threshold.
PairReport pair(const std::vector<RouterExample> &examples, int weak, int strong, const std::vector<double> &scores,
                const std::vector<double> &thresholds = {});
// The learned router's two-model scores: 1 − P(weak meets the bar).
std::vector<double> weakFailureScores(const std::vector<std::vector<double>> &probabilities, int weak);
// The willingness-to-pay rule's two-model scores: P(strong meets the bar) − P(weak meets it);
// argmax λ·p − cost sends a prompt strong exactly when this exceeds (cost gap)/λ.
std::vector<double> gainScores(const std::vector<std::vector<double>> &probabilities, int weak, int strong);
// The rule's threshold that sends about `share` of the prompts to the strong model.
double thresholdForShare(const std::vector<std::vector<double>> &probabilities, int weak, double share);

// Many models: RouterBench's willingness-to-pay sweep (argmax λ·p − cost over λ) and the
// threshold rule's sweep, each as (cost, quality) points with the AIQ of their hull.
struct CostCurve
{
    std::vector<RoutingMetrics::CostPoint> points;
    std::vector<double> parameter; // λ or threshold, per point
    double aiq = 0;
};
CostCurve willingnessToPay(const std::vector<RouterExample> &examples, const std::vector<std::vector<double>> &probabilities,
                           double maxCost);
CostCurve thresholdSweep(const std::vector<RouterExample> &examples, const std::vector<std::vector<double>> &probabilities,
                         double maxCost);

QJsonObject toJson(const PairReport &report, bool withCurve);

} // namespace RouterEvaluation

} // namespace sy
