#include "eval/RouterBaselines.h"

namespace sy::RouterBaselines {

std::vector<ModelPoint> singleModels(const OutcomeMatrix &matrix, const QStringList &models)
{
    const auto rows = matrix.rowsWithAll(models);
    std::vector<ModelPoint> out;
    for (const QString &m : models) {
        ModelPoint p{m, 0, 0};
        for (const OutcomeRow *row : rows) {
            const ModelOutcome *o = row->outcome(m);
            p.quality += o->quality;
            p.costUsd += o->costUsd;
        }
        if (!rows.empty()) {
            p.quality /= double(rows.size());
            p.costUsd /= double(rows.size());
        }
        out.push_back(p);
    }
    return out;
}

std::vector<RoutingMetrics::SharePoint> randomCurve(double weakQuality, double strongQuality, int steps)
{
    std::vector<RoutingMetrics::SharePoint> curve;
    steps = std::max(1, steps);
    for (int i = 0; i <= steps; ++i) {
        const double s = double(i) / steps;
        curve.push_back({s, (1 - s) * weakQuality + s * strongQuality});
    }
    return curve;
}

std::vector<RoutingMetrics::CostPoint> zeroRouter(const std::vector<ModelPoint> &models)
{
    std::vector<RoutingMetrics::CostPoint> points;
    for (const ModelPoint &m : models)
        points.push_back({m.costUsd, m.quality});
    return RoutingMetrics::nonDecreasingHull(points);
}

ModelPoint oracle(const OutcomeMatrix &matrix, const QStringList &models)
{
    const auto rows = matrix.rowsWithAll(models);
    ModelPoint p{QStringLiteral("oracle"), 0, 0};
    for (const OutcomeRow *row : rows) {
        const ModelOutcome *best = nullptr;
        for (const QString &m : models) {
            const ModelOutcome *o = row->outcome(m);
            if (!best || o->quality > best->quality || (o->quality == best->quality && o->costUsd < best->costUsd))
                best = o;
        }
        p.quality += best->quality;
        p.costUsd += best->costUsd;
    }
    if (!rows.empty()) {
        p.quality /= double(rows.size());
        p.costUsd /= double(rows.size());
    }
    return p;
}

} // namespace sy::RouterBaselines
