#pragma once

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

#include "domain/Model.h"
#include "learn/LearnedRouter.h"
#include "learn/RouterEvaluation.h"
#include "policy/Policy.h"

namespace sy {

// A learned router studied on an outcome matrix: held-out predictions by k-fold
// cross-validation, their curves, and the model trained on every prompt for export. What the
// workbench's "Train router" dialog shows and the CLI's train command writes.
struct RouterStudy
{
    QStringList models; // cheapest first
    std::vector<RouterExample> examples;
    std::vector<std::vector<double>> heldOut; // per example and model
    RouterEvaluation::PairReport thresholdRule; // weak = first model, strong = last
    RouterEvaluation::PairReport willingnessRule;
    RouterEvaluation::CostCurve thresholdSweep; // all models
    RouterEvaluation::CostCurve willingnessSweep;
    LearnedRouterModel model; // trained on every prompt
    double seconds = 0;

    static RouterStudy run(const OutcomeMatrix &matrix, const QStringList &models, const RouterTraining::Options &options, int folds, quint64 seed);
};

namespace LearnedPolicy {
// A policy whose route `alias` is a learned selector over `models`. Targets come from the
// providers of `base` (a model matched by "provider/id", id or alias); without `base`, from one
// OpenAI-compatible provider "local" at 127.0.0.1:8000 with `prices`. Errors name the model.
std::optional<Policy> build(const LearnedRouterModel &model, const LearnedRule &rule, const QStringList &models, const std::optional<Policy> &base,
                            const QHash<QString, Pricing> &prices, const QString &alias, QString *error);
} // namespace LearnedPolicy

} // namespace sy
