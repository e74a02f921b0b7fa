#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <vector>

#include "experiments/ExperimentReadout.h"

namespace sy {

// What a different split of an experiment's traffic would have given, from the traffic it had:
// each logged request weighted by the chance the new split gives its arm over the chance the
// logged split gave it (inverse propensity, self-normalised). Valid where the logged split was
// random (weights, not latency or cost strategies: rows without a logged chance are left out) and
// the new split only uses arms the old one tried. Says how many requests support each figure.
struct OfflineFigure
{
    double value = -1; // -1 when nothing supports it
    double low = -1, high = -1; // 95%, normal approximation of the self-normalised estimator
    qint64 supporting = 0;       // requests with a weight above 0 and a value for the metric
    double effectiveSize = 0;    // (sum w)^2 / sum w^2: how many equally weighted requests it is worth
};

struct OfflineEstimate
{
    QString route, node;
    QHash<QString, double> split;            // the candidate's arm shares, summing to 1
    std::array<OfflineFigure, kExperimentMetricCount> figures; // by ExperimentMetric
    qint64 logged = 0;                       // the experiment's requests in range
    qint64 withoutChance = 0;                // logged without the chance their arm had: left out
    QStringList unseenArms;                  // arms the candidate uses that the log never tried
    QString problem;                         // why there is no estimate at all, empty otherwise
};

namespace OfflineEstimates {

// split: arm label -> weight (any scale; arms not named get 0). Rows of other experiments are ignored.
OfflineEstimate estimate(const std::vector<ExperimentRow> &rows, const QString &route, const QString &node,
                         const QHash<QString, double> &split);

} // namespace OfflineEstimates

} // namespace sy
