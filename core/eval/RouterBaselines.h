#pragma once

#include <QStringList>

#include <vector>

#include "eval/OutcomeMatrix.h"
#include "eval/RoutingMetrics.h"

namespace sy {

// The reference points every router is measured against, from an outcome matrix alone
// (docs/routing.md): each model on its own, random routing between a weak and a strong model at
// every strong-call share, the best convex mix of single models (RouterBench's zero router) and
// the oracle that knows which model answers each prompt best.
struct ModelPoint
{
    QString model;
    double quality = 0;
    double costUsd = 0; // mean per prompt
};

namespace RouterBaselines {
// Each model's mean quality and cost over the rows every one of `models` has an outcome for.
std::vector<ModelPoint> singleModels(const OutcomeMatrix &matrix, const QStringList &models);
// Random routing: at share s the expected quality is (1 − s)·Q_weak + s·Q_strong; the curve
// from 0 to 1 in `steps` steps (APGR 0.5 by construction).
std::vector<RoutingMetrics::SharePoint> randomCurve(double weakQuality, double strongQuality, int steps = 20);
// The zero router: the non-decreasing convex hull of the single models' (cost, quality) points.
std::vector<RoutingMetrics::CostPoint> zeroRouter(const std::vector<ModelPoint> &models);
// The oracle: per prompt the cheapest model with the best quality among `models`.
ModelPoint oracle(const OutcomeMatrix &matrix, const QStringList &models);
} // namespace RouterBaselines

} // namespace sy
