#include "replay/ReplayAggregates.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sy::ReplayAggregates {

QJsonObject toJson(const CandidateSummary &s)
{
    QJsonObject o{{QStringLiteral("cells"), s.cells},
                  {QStringLiteral("mean_quality"), s.meanQuality},
                  {QStringLiteral("quality_stddev"), s.qualityStdDev},
                  {QStringLiteral("pass_rate"), s.passRate},
                  {QStringLiteral("error_rate"), s.errorRate},
                  {QStringLiteral("cost_per_1k_usd"), s.costPer1k},
                  {QStringLiteral("total_cost_usd"), s.totalCostUsd},
                  {QStringLiteral("latency_p50_ms"), s.latencyP50},
                  {QStringLiteral("latency_p95_ms"), s.latencyP95}};
    if (s.ttftP50 >= 0) {
        o.insert(QStringLiteral("ttft_p50_ms"), s.ttftP50);
        o.insert(QStringLiteral("ttft_p95_ms"), s.ttftP95);
    }
    return o;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(values.size() - 1, below + 1);
    return values[below] + (values[above] - values[below]) * (position - double(below));
}

std::vector<CandidateSummary> summarise(const std::vector<ReplayCell> &cells, int candidateCount)
{
    std::vector<CandidateSummary> out(size_t(std::max(0, candidateCount)));
    std::vector<std::vector<double>> latency(out.size()), ttft(out.size());
    std::vector<QHash<int, std::vector<double>>> perItem(out.size()); // qualities of an item's repeats
    std::vector<double> qualitySum(out.size(), 0);
    for (const ReplayCell &cell : cells) {
        if (cell.key.candidate < 0 || size_t(cell.key.candidate) >= out.size())
            continue;
        const size_t c = size_t(cell.key.candidate);
        CandidateSummary &s = out[c];
        ++s.cells;
        s.totalCostUsd += cell.costUsd;
        if (!cell.error.isEmpty()) {
            ++s.errors;
        } else {
            latency[c].push_back(cell.latencyMs);
            if (cell.ttftMs >= 0)
                ttft[c].push_back(cell.ttftMs);
        }
        s.passed += cell.passed ? 1 : 0;
        qualitySum[c] += cell.error.isEmpty() ? cell.quality : 0;
        perItem[c][cell.key.item].push_back(cell.error.isEmpty() ? cell.quality : 0);
    }
    for (size_t c = 0; c < out.size(); ++c) {
        CandidateSummary &s = out[c];
        if (s.cells == 0)
            continue;
        s.meanQuality = qualitySum[c] / s.cells;
        s.passRate = double(s.passed) / s.cells;
        s.errorRate = double(s.errors) / s.cells;
        s.costPer1k = s.totalCostUsd / s.cells * 1000;
        s.latencyP50 = percentile(latency[c], 0.5);
        s.latencyP95 = percentile(latency[c], 0.95);
        if (!ttft[c].empty()) {
            s.ttftP50 = percentile(ttft[c], 0.5);
            s.ttftP95 = percentile(ttft[c], 0.95);
        }
        double spread = 0;
        int items = 0;
        for (auto it = perItem[c].cbegin(); it != perItem[c].cend(); ++it) {
            const std::vector<double> &q = it.value();
            if (q.size() < 2)
                continue;
            double mean = 0;
            for (double v : q)
                mean += v;
            mean /= double(q.size());
            double var = 0;
            for (double v : q)
                var += (v - mean) * (v - mean);
            spread += std::sqrt(var / double(q.size() - 1));
            ++items;
        }
        s.qualityStdDev = items > 0 ? spread / items : 0;
    }
    return out;
}

OutcomeMatrix outcomeMatrix(const ReplayPlan &plan, const std::vector<ReplayCell> &cells)
{
    struct Sum
    {
        int n = 0, ttftN = 0;
        double quality = 0, cost = 0, latency = 0, ttft = 0;
        QString response;
        int firstRepeat = INT_MAX;
    };
    std::vector<std::vector<Sum>> sums(plan.items.size(), std::vector<Sum>(plan.candidates.size()));
    for (const ReplayCell &c : cells) {
        if (c.key.item < 0 || size_t(c.key.item) >= plan.items.size() || c.key.candidate < 0 || size_t(c.key.candidate) >= plan.candidates.size())
            continue;
        Sum &s = sums[size_t(c.key.item)][size_t(c.key.candidate)];
        ++s.n;
        s.quality += c.error.isEmpty() ? c.quality : 0;
        s.cost += c.costUsd;
        s.latency += c.latencyMs;
        if (c.ttftMs >= 0) {
            s.ttft += c.ttftMs;
            ++s.ttftN;
        }
        if (c.key.repeat < s.firstRepeat) {
            s.firstRepeat = c.key.repeat;
            s.response = c.error.isEmpty() ? c.response : QString();
        }
    }
    OutcomeMatrix matrix;
    for (size_t i = 0; i < plan.items.size(); ++i) {
        const PromptItem &item = plan.items[i];
        OutcomeRow row;
        row.id = item.externalId.isEmpty() ? QString::number(i + 1) : item.externalId;
        row.messages = item.messages;
        row.category = item.category;
        row.reference = item.reference;
        for (size_t c = 0; c < plan.candidates.size(); ++c) {
            const Sum &s = sums[i][c];
            if (s.n == 0)
                continue;
            ModelOutcome o;
            o.quality = s.quality / s.n;
            o.costUsd = s.cost / s.n;
            o.latencyMs = s.latency / s.n;
            if (s.ttftN > 0)
                o.ttftMs = s.ttft / s.ttftN;
            if (!s.response.isEmpty())
                o.response = s.response;
            row.outcomes.emplace_back(plan.candidates[c].label, o);
        }
        if (!row.outcomes.empty())
            matrix.rows.push_back(std::move(row));
    }
    return matrix;
}

std::vector<ReplayCell> cellsFromOutcomes(const OutcomeMatrix &matrix, double passThreshold, std::vector<PromptItem> *items, QStringList *labels)
{
    *labels = matrix.models();
    items->clear();
    std::vector<ReplayCell> cells;
    for (size_t r = 0; r < matrix.rows.size(); ++r) {
        const OutcomeRow &row = matrix.rows[r];
        PromptItem item;
        item.externalId = row.id;
        item.messages = !row.messages.isEmpty() ? row.messages
                                                : QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), row.prompt}}};
        item.reference = row.reference;
        item.category = row.category;
        item.metadata = row.metadata;
        items->push_back(item);
        for (const auto &[model, outcome] : row.outcomes) {
            ReplayCell c;
            c.key = {int(r), int(labels->indexOf(model)), 0};
            c.quality = outcome.quality;
            c.passed = outcome.quality >= passThreshold;
            c.costUsd = outcome.costUsd;
            c.latencyMs = outcome.latencyMs.value_or(0);
            c.ttftMs = outcome.ttftMs.value_or(-1);
            c.response = outcome.response.value_or(QString());
            const qsizetype slash = model.indexOf(u'/');
            c.provider = slash > 0 ? model.left(slash) : QString();
            c.model = slash > 0 ? model.mid(slash + 1) : model;
            c.status = 200;
            cells.push_back(std::move(c));
        }
    }
    return cells;
}

WeakStrongMetrics weakStrong(const std::vector<ReplayCell> &cells, const std::vector<CandidateSummary> &summaries, int weak, int strong)
{
    WeakStrongMetrics m;
    const int n = int(summaries.size());
    if (weak < 0 || strong < 0 || weak >= n || strong >= n || weak == strong)
        return m;
    m.weak = weak;
    m.strong = strong;
    m.weakQuality = summaries[size_t(weak)].meanQuality;
    m.strongQuality = summaries[size_t(strong)].meanQuality;
    QHash<QString, int> strongModels;
    for (const ReplayCell &c : cells)
        if (c.key.candidate == strong && c.error.isEmpty())
            ++strongModels[c.provider + u'/' + c.model];
    int most = 0;
    for (auto it = strongModels.cbegin(); it != strongModels.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            m.strongModel = it.key();
        }
    std::vector<int> total(size_t(n), 0), toStrong(size_t(n), 0);
    for (const ReplayCell &c : cells) {
        if (c.key.candidate < 0 || c.key.candidate >= n)
            continue;
        ++total[size_t(c.key.candidate)];
        if (c.error.isEmpty() && c.provider + u'/' + c.model == m.strongModel)
            ++toStrong[size_t(c.key.candidate)];
    }
    std::vector<RoutingMetrics::SharePoint> points{{0, m.weakQuality}, {1, m.strongQuality}};
    for (int c = 0; c < n; ++c) {
        if (c == weak || c == strong || total[size_t(c)] == 0)
            continue;
        RouterPoint r;
        r.candidate = c;
        r.strongShare = double(toStrong[size_t(c)]) / total[size_t(c)];
        r.quality = summaries[size_t(c)].meanQuality;
        r.pgr = RoutingMetrics::pgr(r.quality, m.weakQuality, m.strongQuality);
        m.routers.push_back(r);
        if (r.strongShare > 0 && r.strongShare < 1) // the ends are the weak and the strong candidate's own
            points.push_back({r.strongShare, r.quality});
    }
    // The best quality reached at each share, kept non-decreasing: a router that does worse at a
    // higher share adds nothing a mix of the others could not.
    std::sort(points.begin(), points.end(), [](const auto &a, const auto &b) {
        return a.strongShare < b.strongShare || (a.strongShare == b.strongShare && a.quality > b.quality);
    });
    for (const auto &p : points) {
        if (!m.curve.empty() && p.strongShare == m.curve.back().strongShare)
            continue;
        if (!m.curve.empty() && p.quality < m.curve.back().quality && p.strongShare < 1)
            continue;
        m.curve.push_back(p);
    }
    m.apgr = RoutingMetrics::apgr(m.curve, m.weakQuality, m.strongQuality);
    m.cpt20 = RoutingMetrics::cpt(m.curve, m.weakQuality, m.strongQuality, 0.2);
    m.cpt50 = RoutingMetrics::cpt(m.curve, m.weakQuality, m.strongQuality, 0.5);
    m.cpt80 = RoutingMetrics::cpt(m.curve, m.weakQuality, m.strongQuality, 0.8);
    return m;
}

} // namespace sy::ReplayAggregates
