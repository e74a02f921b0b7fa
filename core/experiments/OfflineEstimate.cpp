#include "experiments/OfflineEstimate.h"

#include <QSet>

#include <cmath>

namespace sy::OfflineEstimates {

OfflineEstimate estimate(const std::vector<ExperimentRow> &rows, const QString &route, const QString &node, const QHash<QString, double> &split)
{
    OfflineEstimate out;
    out.route = route;
    out.node = node;
    double total = 0;
    for (auto it = split.constBegin(); it != split.constEnd(); ++it)
        total += std::max(0.0, it.value());
    if (!(total > 0)) {
        out.problem = QStringLiteral("the candidate split gives no arm any traffic");
        return out;
    }
    for (auto it = split.constBegin(); it != split.constEnd(); ++it)
        out.split.insert(it.key(), std::max(0.0, it.value()) / total);

    // Per metric: sums of w, w^2, w*r for the self-normalised estimate, and the pairs for its spread.
    struct Sums
    {
        double w = 0, w2 = 0, wr = 0;
        qint64 n = 0;
        std::vector<std::pair<double, double>> pairs; // (w, r)
    };
    std::array<Sums, kExperimentMetricCount> sums;
    QSet<QString> seen;
    for (const ExperimentRow &r : rows) {
        if (r.route != route || r.node != node || r.arm.isEmpty())
            continue;
        out.logged += std::max(1, r.repeats);
        if (!(r.armShare > 0)) {
            out.withoutChance += std::max(1, r.repeats);
            continue;
        }
        seen.insert(r.arm);
        const double w = out.split.value(r.arm, 0) / r.armShare;
        if (r.attempts == 0 && r.status >= 400)
            continue; // refused before any upstream: the arm never ran
        if (r.status == 499)
            continue;
        const bool failed = r.status >= 400 || r.status == 0;
        std::array<double, kExperimentMetricCount> values;
        values.fill(std::nan(""));
        values[size_t(ExperimentMetric::ErrorRate)] = failed ? 1 : 0;
        if (!failed) {
            values[size_t(ExperimentMetric::Latency)] = r.latencyMs;
            if (r.ttftMs >= 0)
                values[size_t(ExperimentMetric::TimeToFirstToken)] = r.ttftMs;
            values[size_t(ExperimentMetric::Cost)] = r.costUsd;
            if (r.quality >= 0)
                values[size_t(ExperimentMetric::Quality)] = r.quality;
        }
        for (int m = 0; m < kExperimentMetricCount; ++m) {
            const double v = values[size_t(m)];
            if (std::isnan(v))
                continue;
            Sums &s = sums[size_t(m)];
            s.w += w;
            s.w2 += w * w;
            s.wr += w * v;
            s.n += w > 0 ? 1 : 0;
            s.pairs.emplace_back(w, v);
        }
    }
    for (auto it = out.split.constBegin(); it != out.split.constEnd(); ++it)
        if (it.value() > 0 && !seen.contains(it.key()))
            out.unseenArms << it.key();
    if (!out.unseenArms.isEmpty()) {
        out.problem = QStringLiteral("the log never tried %1: its outcomes cannot be estimated from this traffic")
                          .arg(out.unseenArms.join(QStringLiteral(", ")));
        return out;
    }
    for (int m = 0; m < kExperimentMetricCount; ++m) {
        const Sums &s = sums[size_t(m)];
        OfflineFigure &f = out.figures[size_t(m)];
        f.supporting = s.n;
        if (!(s.w > 0) || s.n < 2)
            continue;
        f.value = s.wr / s.w;
        f.effectiveSize = s.w * s.w / s.w2;
        double spread = 0;
        for (const auto &[w, v] : s.pairs)
            spread += w * w * (v - f.value) * (v - f.value);
        const double se = std::sqrt(spread) / s.w;
        f.low = f.value - 1.959964 * se;
        f.high = f.value + 1.959964 * se;
    }
    return out;
}

} // namespace sy::OfflineEstimates
