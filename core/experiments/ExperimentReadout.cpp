#include "experiments/ExperimentReadout.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>

namespace sy {

const char *experimentMetricKey(ExperimentMetric metric)
{
    switch (metric) {
    case ExperimentMetric::Quality: return "quality";
    case ExperimentMetric::ErrorRate: return "error_rate";
    case ExperimentMetric::Latency: return "latency_ms";
    case ExperimentMetric::TimeToFirstToken: return "ttft_ms";
    case ExperimentMetric::Cost: return "cost_usd";
    }
    return "";
}

bool higherIsBetter(ExperimentMetric metric) { return metric == ExperimentMetric::Quality; }

QString ArmComparison::better() const
{
    if (!result.decided)
        return {};
    const bool challengerHigher = result.difference > 0;
    return challengerHigher == higherIsBetter(metric) ? challenger : control;
}

namespace ExperimentReadouts {

namespace {

constexpr double kZ = 1.959964;

// The nearest-rank percentile and its distribution-free 95% interval from order statistics:
// the ranks a binomial(n, p) count lands between 95% of the time.
Interval percentile(std::vector<double> &values, double p)
{
    Interval out;
    const auto n = qsizetype(values.size());
    if (n == 0)
        return out;
    std::sort(values.begin(), values.end());
    const auto at = [&](double rank) { return values[size_t(std::clamp<qsizetype>(qsizetype(rank), 0, n - 1))]; };
    out.value = at(std::ceil(double(n) * p) - 1);
    const double spread = kZ * std::sqrt(double(n) * p * (1 - p));
    out.low = at(std::floor(double(n) * p - spread) - 1);
    out.high = at(std::ceil(double(n) * p + spread));
    return out;
}

Interval meanInterval(const MetricSample &s, bool proportion, double scale = 1)
{
    Interval out;
    if (s.count() == 0)
        return out;
    s.interval95(&out.low, &out.high, proportion);
    out.value = s.mean() * scale;
    out.low *= scale;
    out.high *= scale;
    return out;
}

struct ArmBuild
{
    ArmReadout readout;
    std::vector<double> latencies, ttfts;
    qint64 shareAtMs = -1;
};

} // namespace

std::vector<ExperimentReadout> build(const std::vector<ExperimentRow> &rows, double alpha)
{
    // experiment id -> (route, arms by label)
    std::map<QString, std::pair<ExperimentReadout, std::map<QString, ArmBuild>>> experiments;
    for (const ExperimentRow &r : rows) {
        if (r.arm.isEmpty())
            continue;
        auto &[experiment, arms] = experiments[r.route + QLatin1Char('\n') + r.node];
        if (experiment.arms.empty() && arms.empty()) {
            experiment.route = r.route;
            experiment.node = r.node;
            experiment.firstMs = experiment.lastMs = r.timestampMs;
        }
        experiment.firstMs = std::min(experiment.firstMs, r.timestampMs);
        experiment.lastMs = std::max(experiment.lastMs, r.timestampMs);
        ArmBuild &arm = arms[r.arm];
        ArmReadout &a = arm.readout;
        a.label = r.arm;
        if (r.armShare >= 0 && r.timestampMs >= arm.shareAtMs) {
            a.share = r.armShare;
            arm.shareAtMs = r.timestampMs;
        }
        const qint64 count = std::max(1, r.repeats);
        a.requests += count;
        if (r.attempts == 0 && r.status >= 400)
            continue; // refused before any upstream (a key's limit, open breakers): not the arm's doing
        if (r.status == 499)
            continue; // the client left: no verdict on the arm
        const bool failed = r.status >= 400 || r.status == 0;
        a.errors += failed ? count : 0;
        a.samples[size_t(ExperimentMetric::ErrorRate)].add(failed ? 1 : 0, count);
        if (failed)
            continue;
        ++a.answered;
        a.samples[size_t(ExperimentMetric::Latency)].add(r.latencyMs);
        arm.latencies.push_back(r.latencyMs);
        if (r.ttftMs >= 0) {
            a.samples[size_t(ExperimentMetric::TimeToFirstToken)].add(r.ttftMs);
            arm.ttfts.push_back(r.ttftMs);
        }
        a.samples[size_t(ExperimentMetric::Cost)].add(r.costUsd);
        if (r.quality >= 0) {
            ++a.feedbackCount;
            a.samples[size_t(ExperimentMetric::Quality)].add(r.quality);
        }
    }

    std::vector<ExperimentReadout> out;
    for (auto &[id, entry] : experiments) {
        auto &[experiment, arms] = entry;
        experiment.alpha = alpha;
        std::vector<ArmBuild *> ordered;
        for (auto &[label, arm] : arms)
            ordered.push_back(&arm);
        // The control: the largest share (the incumbent), else the most requests, else the first label.
        std::stable_sort(ordered.begin(), ordered.end(), [](const ArmBuild *x, const ArmBuild *y) {
            if (x->readout.share != y->readout.share)
                return x->readout.share > y->readout.share;
            return x->readout.requests > y->readout.requests;
        });
        std::stable_sort(ordered.begin() + 1, ordered.end(), [](const ArmBuild *x, const ArmBuild *y) { return x->readout.label < y->readout.label; });
        std::vector<std::vector<double>> latencies, ttfts;
        for (ArmBuild *arm : ordered) {
            experiment.arms.push_back(std::move(arm->readout));
            latencies.push_back(std::move(arm->latencies));
            ttfts.push_back(std::move(arm->ttfts));
        }
        finish(experiment, latencies, ttfts);
        out.push_back(std::move(experiment));
    }
    std::sort(out.begin(), out.end(), [](const ExperimentReadout &x, const ExperimentReadout &y) { return x.lastMs > y.lastMs; });
    return out;
}

void finish(ExperimentReadout &experiment, std::vector<std::vector<double>> &latencies, std::vector<std::vector<double>> &ttfts)
{
    for (size_t i = 0; i < experiment.arms.size(); ++i) {
        ArmReadout &a = experiment.arms[i];
        a.errorRate = meanInterval(a.samples[size_t(ExperimentMetric::ErrorRate)], true);
        a.p50Ms = percentile(latencies[i], 0.5);
        a.p95Ms = percentile(latencies[i], 0.95);
        a.ttftP50Ms = percentile(ttfts[i], 0.5);
        a.ttftP95Ms = percentile(ttfts[i], 0.95);
        a.costPer1k = meanInterval(a.samples[size_t(ExperimentMetric::Cost)], false, 1000);
        a.quality = meanInterval(a.samples[size_t(ExperimentMetric::Quality)], true); // Wilson: bounded in [0, 1], spread at most p(1-p)
    }
    if (experiment.arms.empty())
        return;
    const size_t challengers = experiment.arms.size() - 1;
    const double each = challengers > 0 ? experiment.alpha / double(challengers) : experiment.alpha;
    const ArmReadout &control = experiment.arms.front();
    for (size_t i = 1; i < experiment.arms.size(); ++i) {
        const ArmReadout &challenger = experiment.arms[i];
        for (int m = 0; m < kExperimentMetricCount; ++m) {
            const auto metric = ExperimentMetric(m);
            ArmComparison c;
            c.metric = metric;
            c.control = control.label;
            c.challenger = challenger.label;
            c.result = SequentialTest::compare(control.samples[size_t(m)], challenger.samples[size_t(m)], each,
                                               metric == ExperimentMetric::ErrorRate || metric == ExperimentMetric::Quality);
            experiment.comparisons.push_back(c);
        }
    }
}

std::vector<ExperimentRow> rowsFromLog(QSqlDatabase &db, qint64 fromMs, qint64 toMs, const QString &route)
{
    std::vector<ExperimentRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.route, r.experiment, r.arm, r.arm_share, r.status, r.attempts, r.repeats, r.latency_ms, "
                             "r.ttft_ms, r.cost_usd, r.ts_ms, "
                             "(SELECT AVG(f.score) FROM feedback f WHERE f.request_id = r.client_request_id AND f.score IS NOT NULL) "
                             "FROM request_log r WHERE r.ts_ms >= ? AND r.ts_ms < ? AND r.arm IS NOT NULL AND r.shadow_of IS NULL") +
              (route.isEmpty() ? QString() : QStringLiteral(" AND r.route = ?")));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!route.isEmpty())
        q.addBindValue(route);
    if (!q.exec())
        return rows;
    while (q.next()) {
        ExperimentRow r;
        r.route = q.value(0).toString();
        r.node = q.value(1).toString();
        r.arm = q.value(2).toString();
        r.armShare = q.value(3).isNull() ? -1 : q.value(3).toDouble();
        r.status = q.value(4).toInt();
        r.attempts = q.value(5).toInt();
        r.repeats = q.value(6).toInt();
        r.latencyMs = q.value(7).toDouble();
        r.ttftMs = q.value(8).isNull() ? -1 : q.value(8).toDouble();
        r.costUsd = q.value(9).toDouble();
        r.timestampMs = q.value(10).toLongLong();
        r.quality = q.value(11).isNull() ? -1 : q.value(11).toDouble();
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace ExperimentReadouts

} // namespace sy
