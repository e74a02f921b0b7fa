#pragma once

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <vector>

#include "experiments/SequentialTest.h"

namespace sy {

// What an experiment is judged on. Quality comes from feedback on the arm's answers (each
// request's mean score); the rest from the request log.
enum class ExperimentMetric { Quality, ErrorRate, Latency, TimeToFirstToken, Cost };
constexpr int kExperimentMetricCount = 5;
const char *experimentMetricKey(ExperimentMetric metric); // "quality", "error_rate", ...
bool higherIsBetter(ExperimentMetric metric);

// One logged request as an experiment reads it.
struct ExperimentRow
{
    QString route;
    QString node; // the weighted node's path; empty for rows logged before it was kept
    QString arm;
    double armShare = -1;
    int status = 0;
    int attempts = 0;
    int repeats = 1;
    double latencyMs = 0;
    double ttftMs = -1;
    double costUsd = 0;
    double quality = -1; // the mean feedback score on this answer, -1 without feedback
    qint64 timestampMs = 0;
};

struct Interval
{
    double value = -1; // -1 when there is nothing to measure
    double low = -1;
    double high = -1;
};

struct ArmReadout
{
    QString label;
    double share = -1; // the chance its node's weights gave it (the latest logged)
    qint64 requests = 0;
    qint64 errors = 0;  // tried upstream and failed (not refusals before any attempt, not clients that left)
    qint64 answered = 0;
    qint64 feedbackCount = 0;
    Interval errorRate, p50Ms, p95Ms, ttftP50Ms, ttftP95Ms, costPer1k, quality;
    Interval agreement;  // shadow tests: how close its answers are to the served ones, by the scorers
    QString agreementBy; // which scorers measured it
    std::array<MetricSample, kExperimentMetricCount> samples; // per request, for the comparisons
};

// One challenger against the control on one metric.
struct ArmComparison
{
    ExperimentMetric metric = ExperimentMetric::Quality;
    QString control;
    QString challenger;
    SequentialComparison result;
    // The better arm's label when decided, else empty.
    QString better() const;
};

struct ExperimentReadout
{
    enum class Kind { Split, Shadow }; // arms of a weighted node, or a route's shadow test
    Kind kind = Kind::Split;
    QString route;
    QString node;
    QString id() const { return kind == Kind::Shadow ? QStringLiteral("shadow:") + route : node.isEmpty() ? route : node; }
    qint64 firstMs = 0, lastMs = 0;
    std::vector<ArmReadout> arms;     // control first, then by label
    std::vector<ArmComparison> comparisons;
    double alpha = 0.05;              // for the whole experiment; each comparison gets its share
};

namespace ExperimentReadouts {

// Experiments from rows (any order): one per weighted node, its arms and the comparisons of each
// arm against the control (the arm with the largest share, the incumbent a canary is tried
// against) on every metric, with the 5% spread over the comparisons (Bonferroni).
std::vector<ExperimentReadout> build(const std::vector<ExperimentRow> &rows, double alpha = 0.05);

// Each arm's figures from its samples and latency lists; the comparisons against arms[0].
void finish(ExperimentReadout &experiment, std::vector<std::vector<double>> &latencies, std::vector<std::vector<double>> &ttfts);

// The workspace's request log and feedback over [fromMs, toMs), one route or all.
std::vector<ExperimentRow> rowsFromLog(QSqlDatabase &db, qint64 fromMs, qint64 toMs, const QString &route = {});

} // namespace ExperimentReadouts

} // namespace sy
