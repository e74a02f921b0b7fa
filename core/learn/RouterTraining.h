#pragma once

#include <QHash>
#include <QStringList>

#include <vector>

#include "domain/Model.h"
#include "eval/OutcomeFeatures.h"
#include "eval/OutcomeMatrix.h"
#include "learn/LearnedRouter.h"
#include "routing/RequestFeatures.h"

namespace sy {

// One prompt of an outcome matrix as the router sees it, with each candidate model's result.
struct RouterExample
{
    QString id;
    QString category;
    RequestFeatures features;
    std::vector<double> quality; // per model, as the models were given
    std::vector<double> costUsd;
};

namespace RouterTraining {

struct Options
{
    double qualityBar = 0.5; // a result meets the bar when its quality is at least this
    double l2 = 1e-3;        // ridge penalty on the weights (not the bias)
    int iterations = 200;
    int minDocumentFrequency = 2; // words seen in fewer training prompts carry no weight (and no bytes)
    TextHasher::Options hashing;
};

// The rows that have every one of `models`, as examples in the matrix's order.
std::vector<RouterExample> examples(const OutcomeMatrix &matrix, const QStringList &models);
// Recosts every outcome of the priced models from the token estimates of its prompt and
// response at list prices; returns how many outcomes were recosted.
int applyPrices(OutcomeMatrix &matrix, const QHash<QString, Pricing> &prices);

// Trains one classifier per model on the examples (indexes into `all`).
LearnedRouterModel train(const std::vector<RouterExample> &all, const std::vector<int> &rows, const QStringList &models,
                         const Options &options);
// k-fold cross-validation with a fixed seed: each example's probabilities (per model) from the
// model trained on the other folds, so no example is scored by a model that saw it.
std::vector<std::vector<double>> crossValidate(const std::vector<RouterExample> &all, const QStringList &models,
                                               const Options &options, int folds, quint64 seed);
// Fold of each example: a seeded shuffle dealt round-robin.
std::vector<int> foldsOf(int count, int folds, quint64 seed);

} // namespace RouterTraining

} // namespace sy
