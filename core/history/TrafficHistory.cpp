#include "history/TrafficHistory.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sy {

namespace {

// Values with weights; percentiles by the nearest-rank rule over the weights. Almost every row
// weighs one: those are selected in linear time, and only a sample holding folded rows is sorted.
struct WeightedSample
{
    std::vector<float> single;
    std::vector<std::pair<float, int>> folded;
    qint64 total = 0;
    void add(double v, int weight)
    {
        if (weight == 1)
            single.push_back(float(v));
        else
            folded.emplace_back(float(v), weight);
        total += weight;
    }
    // The median and the 95th percentile; -1 for an empty sample.
    std::pair<double, double> p50p95()
    {
        if (total == 0)
            return {-1, -1};
        const qint64 rank50 = std::max<qint64>(1, qint64(std::ceil(0.50 * double(total))));
        const qint64 rank95 = std::max<qint64>(1, qint64(std::ceil(0.95 * double(total))));
        if (folded.empty()) {
            const auto at50 = single.begin() + (rank50 - 1);
            const auto at95 = single.begin() + (rank95 - 1);
            std::nth_element(single.begin(), at50, single.end());
            const double p50 = *at50;
            if (at95 == at50)
                return {p50, p50};
            std::nth_element(at50 + 1, at95, single.end()); // everything after at50 is at least as large
            return {p50, *at95};
        }
        std::vector<std::pair<float, int>> values = std::move(folded);
        for (float v : single)
            values.emplace_back(v, 1);
        std::sort(values.begin(), values.end());
        double p50 = values.back().first, p95 = values.back().first;
        qint64 seen = 0;
        bool have50 = false;
        for (const auto &[v, w] : values) {
            seen += w;
            if (!have50 && seen >= rank50) {
                p50 = v;
                have50 = true;
            }
            if (seen >= rank95) {
                p95 = v;
                break;
            }
        }
        return {p50, p95};
    }
};

struct Accumulator
{
    HistoryFigures figures;
    WeightedSample latency, ttft;
    void add(int status, double latencyMs, double ttftMs, bool isNullTtft, bool stream, qint64 in, qint64 out,
             double cost, int repeats)
    {
        figures.requests += repeats;
        if (status == 0 || status >= 400)
            figures.errors += repeats;
        if (stream)
            figures.streamed += repeats;
        figures.inputTokens += in;
        figures.outputTokens += out;
        figures.costUsd += cost;
        latency.add(latencyMs, repeats);
        if (!isNullTtft && ttftMs >= 0)
            ttft.add(ttftMs, repeats);
    }
    HistoryFigures finish()
    {
        std::tie(figures.latencyP50, figures.latencyP95) = latency.p50p95();
        std::tie(figures.ttftP50, figures.ttftP95) = ttft.p50p95();
        latency = {};
        ttft = {};
        return figures;
    }
};

std::vector<HistoryGroup> finishGroups(QHash<QString, Accumulator> &groups)
{
    std::vector<HistoryGroup> out;
    out.reserve(size_t(groups.size()));
    for (auto it = groups.begin(); it != groups.end(); ++it)
        out.push_back({it.key(), it.value().finish()});
    std::sort(out.begin(), out.end(), [](const HistoryGroup &a, const HistoryGroup &b) {
        return a.figures.requests != b.figures.requests ? a.figures.requests > b.figures.requests : a.key < b.key;
    });
    return out;
}

} // namespace

const std::vector<HistoryGroup> &TrafficHistoryReport::groups(HistoryDimension d) const
{
    switch (d) {
    case HistoryDimension::Route: return byRoute;
    case HistoryDimension::Model: return byModel;
    case HistoryDimension::Client: return byClient;
    case HistoryDimension::Arm: return byArm;
    case HistoryDimension::Key: return byKey;
    }
    return byRoute;
}

TrafficHistoryReport TrafficHistory::query(QSqlDatabase &db, qint64 fromMs, qint64 toMs, int bucketCount)
{
    TrafficHistoryReport report;
    report.fromMs = fromMs;
    report.toMs = std::max(toMs, fromMs + 1);
    bucketCount = std::clamp(bucketCount, 1, 10000);
    report.bucketMs = std::max<qint64>(1, (report.toMs - report.fromMs + bucketCount - 1) / bucketCount);

    Accumulator total;
    QHash<QString, Accumulator> routes, models, clients, arms, keys;
    std::vector<Accumulator> buckets(static_cast<size_t>(bucketCount));

    QSqlQuery q(db);
    q.setForwardOnly(true); // otherwise the driver keeps every row for scrolling back
    q.prepare(QStringLiteral("SELECT ts_ms, client, route, arm, model, status, latency_ms, ttft_ms, input_tokens, "
                             "output_tokens, cost_usd, stream, repeats, key_name FROM request_log WHERE ts_ms >= ? AND ts_ms < ?"));
    q.addBindValue(report.fromMs);
    q.addBindValue(report.toMs);
    if (!q.exec())
        return report;
    while (q.next()) {
        ++report.rowsRead;
        const qint64 ts = q.value(0).toLongLong();
        const QString client = q.value(1).toString();
        const QString route = q.value(2).toString();
        const QString arm = q.value(3).toString();
        const QString model = q.value(4).toString();
        const int status = q.value(5).toInt();
        const double latency = q.value(6).toDouble();
        const QVariant ttftValue = q.value(7);
        const double ttft = ttftValue.toDouble();
        const qint64 in = q.value(8).toLongLong();
        const qint64 out = q.value(9).toLongLong();
        const double cost = q.value(10).toDouble();
        const bool stream = q.value(11).toInt() != 0;
        const int repeats = std::max(1, q.value(12).toInt());
        const QString key = q.value(13).toString();
        const bool noTtft = ttftValue.isNull();
        auto add = [&](Accumulator &a) { a.add(status, latency, ttft, noTtft, stream, in, out, cost, repeats); };
        add(total);
        add(routes[route]);
        add(models[model]);
        add(clients[client]);
        add(arms[arm]);
        add(keys[key]);
        const auto bucket = size_t(std::clamp<qint64>((ts - report.fromMs) / report.bucketMs, 0, bucketCount - 1));
        add(buckets[bucket]);
    }
    report.totals = total.finish();
    report.byRoute = finishGroups(routes);
    report.byModel = finishGroups(models);
    report.byClient = finishGroups(clients);
    report.byArm = finishGroups(arms);
    report.byKey = finishGroups(keys);
    report.buckets.reserve(buckets.size());
    for (size_t i = 0; i < buckets.size(); ++i) {
        const HistoryFigures f = buckets[i].finish();
        report.buckets.push_back({report.fromMs + qint64(i) * report.bucketMs, f.requests, f.errors, f.latencyP95, f.costUsd});
    }
    return report;
}

} // namespace sy
