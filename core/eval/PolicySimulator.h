#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

#include "eval/OutcomeMatrix.h"
#include "policy/Policy.h"
#include "routing/RequestFeatures.h"

namespace sy {

// Counterfactual evaluation of a policy on an outcome matrix: for each prompt the policy's own
// routing decision (the proxy's engine, every upstream healthy) picks a model, and that model's
// recorded quality and cost count. No model is called.
struct SimulationResult
{
    int prompts = 0;        // rows the decision could be scored on
    int unmatched = 0;      // rows whose chosen model has no outcome in the matrix
    double meanQuality = 0;
    double meanCostUsd = 0; // per prompt
    double strongShare = 0; // of scored rows, answered by the strong model (when one is named)
    QHash<QString, int> chosen; // model → rows
};

namespace PolicySimulator {
// The matrix's name for a policy target "provider/model": the full name when the matrix has it,
// else the bare model id; empty when it has neither.
QString matrixModel(const OutcomeMatrix &matrix, const QString &target);
// error names the route or the rows that cannot be simulated.
std::optional<SimulationResult> run(const Policy &policy, const QString &route, const OutcomeMatrix &matrix,
                                    const QString &strongModel, QString *error);
// The same with each row's request read beforehand (requests()), for repeated runs.
std::optional<SimulationResult> run(const Policy &policy, const QString &route, const OutcomeMatrix &matrix,
                                    const std::vector<RequestFeatures> &requests, const QString &strongModel, QString *error);
// Each row as the request the route would see.
std::vector<RequestFeatures> requests(const OutcomeMatrix &matrix, const QString &route);
// The policy run with every learned selector's threshold at 0, 1/steps, ..., 1: the curve a
// threshold sweep draws. Empty when the route has no learned selector with the threshold rule.
std::vector<std::pair<double, SimulationResult>> thresholdSweep(const Policy &policy, const QString &route, const OutcomeMatrix &matrix,
                                                                const QString &strongModel, int steps = 20);
} // namespace PolicySimulator

} // namespace sy
