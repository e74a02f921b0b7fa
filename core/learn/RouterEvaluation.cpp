#include "learn/RouterEvaluation.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sy::RouterEvaluation {

PairReport pair(const std::vector<RouterExample> &examples, int weak, int strong, const std::vector<double> &scores,
                const std::vector<double> &thresholds)
{
    PairReport r;
    const size_t n = examples.size();
    if (n == 0)
        return r;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    double quality = 0, cost = 0;
    for (const RouterExample &e : examples) {
        r.weakQuality += e.quality[size_t(weak)];
        r.strongQuality += e.quality[size_t(strong)];
        r.weakCostUsd += e.costUsd[size_t(weak)];
        r.strongCostUsd += e.costUsd[size_t(strong)];
    }
    quality = r.weakQuality;
    cost = r.weakCostUsd;
    const double dn = double(n);
    r.weakQuality /= dn;
    r.strongQuality /= dn;
    r.weakCostUsd /= dn;
    r.strongCostUsd /= dn;
    r.curve.push_back({0, quality / dn, cost / dn, 0});
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]]) { // one threshold moves all tied prompts
            const RouterExample &e = examples[order[j]];
            quality += e.quality[size_t(strong)] - e.quality[size_t(weak)];
            cost += e.costUsd[size_t(strong)] - e.costUsd[size_t(weak)];
            ++j;
        }
        const double threshold = thresholds.empty() ? scores[order[i]] : thresholds[order[i]];
        r.curve.push_back({double(j) / dn, quality / dn, cost / dn, threshold});
        i = j;
    }
    std::vector<RoutingMetrics::SharePoint> shares;
    std::vector<RoutingMetrics::CostPoint> costs;
    for (const SweepPoint &p : r.curve) {
        shares.push_back({p.strongShare, p.quality});
        costs.push_back({p.costUsd, p.quality});
    }
    r.apgr = RoutingMetrics::apgr(shares, r.weakQuality, r.strongQuality);
    r.cpt20 = RoutingMetrics::cpt(shares, r.weakQuality, r.strongQuality, 0.2);
    r.cpt50 = RoutingMetrics::cpt(shares, r.weakQuality, r.strongQuality, 0.5);
    r.cpt80 = RoutingMetrics::cpt(shares, r.weakQuality, r.strongQuality, 0.8);
    r.aiq = RoutingMetrics::aiq(costs, std::max(r.strongCostUsd, r.weakCostUsd));
    return r;
}

std::vector<double> weakFailureScores(const std::vector<std::vector<double>> &probabilities, int weak)
{
    std::vector<double> scores;
    scores.reserve(probabilities.size());
    for (const auto &p : probabilities)
        scores.push_back(1 - p[size_t(weak)]);
    return scores;
}

std::vector<double> gainScores(const std::vector<std::vector<double>> &probabilities, int weak, int strong)
{
    std::vector<double> scores;
    scores.reserve(probabilities.size());
    for (const auto &p : probabilities)
        scores.push_back(p[size_t(strong)] - p[size_t(weak)]);
    return scores;
}

double thresholdForShare(const std::vector<std::vector<double>> &probabilities, int weak, double share)
{
    if (probabilities.empty())
        return 0.5;
    std::vector<double> p;
    for (const auto &row : probabilities)
        p.push_back(row[size_t(weak)]);
    std::sort(p.begin(), p.end());
    const size_t k = size_t(std::clamp(share, 0.0, 1.0) * double(p.size()));
    if (k >= p.size())
        return 1.0; // every prompt strong: no probability reaches it... except exactly 1
    return p[k]; // strong when p < p[k]: the k lowest
}

namespace {

CostCurve finish(std::vector<RoutingMetrics::CostPoint> points, std::vector<double> parameter, double maxCost)
{
    CostCurve c;
    c.points = std::move(points);
    c.parameter = std::move(parameter);
    c.aiq = RoutingMetrics::aiq(c.points, maxCost);
    return c;
}

// Each model's mean cost per prompt: what a router knows of cost before it calls a model (the
// cost of one answer depends on its length, unknown when routing).
std::vector<double> meanCosts(const std::vector<RouterExample> &examples, size_t models)
{
    std::vector<double> mean(models, 0);
    for (const RouterExample &e : examples)
        for (size_t m = 0; m < models; ++m)
            mean[m] += e.costUsd[m] / double(examples.size());
    return mean;
}

// Candidates from cheapest to dearest by their mean cost over the examples.
std::vector<int> costOrder(const std::vector<RouterExample> &examples, size_t models)
{
    const std::vector<double> mean = meanCosts(examples, models);
    std::vector<int> order(models);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return mean[size_t(a)] < mean[size_t(b)]; });
    return order;
}

template<typename Choose>
RoutingMetrics::CostPoint evaluate(const std::vector<RouterExample> &examples, Choose &&choose)
{
    double q = 0, c = 0;
    for (size_t i = 0; i < examples.size(); ++i) {
        const size_t m = size_t(choose(i));
        q += examples[i].quality[m];
        c += examples[i].costUsd[m];
    }
    const double n = double(std::max<size_t>(examples.size(), 1));
    return {c / n, q / n};
}

} // namespace

CostCurve willingnessToPay(const std::vector<RouterExample> &examples, const std::vector<std::vector<double>> &probabilities, double maxCost)
{
    if (examples.empty())
        return {};
    const size_t models = examples.front().quality.size();
    const std::vector<int> order = costOrder(examples, models);
    const std::vector<double> costs = meanCosts(examples, models);
    LearnedRule rule;
    rule.kind = LearnedRule::Kind::WillingnessToPay;
    std::vector<RoutingMetrics::CostPoint> points;
    std::vector<double> lambdas;
    // λ in USD per unit of quality, from far below to far above any cost difference.
    const double top = std::max(maxCost, 1e-9);
    for (int k = -40; k <= 40; ++k) {
        rule.lambda = top * std::pow(10.0, k / 10.0);
        points.push_back(evaluate(examples, [&](size_t i) { return rule.choose(probabilities[i], order, costs); }));
        lambdas.push_back(rule.lambda);
    }
    return finish(std::move(points), std::move(lambdas), maxCost);
}

CostCurve thresholdSweep(const std::vector<RouterExample> &examples, const std::vector<std::vector<double>> &probabilities, double maxCost)
{
    if (examples.empty())
        return {};
    const size_t models = examples.front().quality.size();
    const std::vector<int> order = costOrder(examples, models);
    LearnedRule rule;
    std::vector<RoutingMetrics::CostPoint> points;
    std::vector<double> thresholds;
    for (int k = 0; k <= 100; ++k) {
        rule.threshold = k / 100.0;
        points.push_back(evaluate(examples, [&](size_t i) {
            return rule.choose(probabilities[i], order, {});
        }));
        thresholds.push_back(rule.threshold);
    }
    return finish(std::move(points), std::move(thresholds), maxCost);
}

QJsonObject toJson(const PairReport &r, bool withCurve)
{
    auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject json{{QStringLiteral("apgr"), r.apgr},
                     {QStringLiteral("cpt20"), optional(r.cpt20)},
                     {QStringLiteral("cpt50"), optional(r.cpt50)},
                     {QStringLiteral("cpt80"), optional(r.cpt80)},
                     {QStringLiteral("aiq"), r.aiq}};
    if (withCurve) {
        // At most ~100 points: enough for a chart, small enough to read.
        QJsonArray curve;
        const size_t stride = std::max<size_t>(1, r.curve.size() / 100);
        for (size_t i = 0; i < r.curve.size(); ++i)
            if (i % stride == 0 || i + 1 == r.curve.size())
                curve.append(QJsonObject{{QStringLiteral("strong_share"), r.curve[i].strongShare},
                                         {QStringLiteral("quality"), r.curve[i].quality},
                                         {QStringLiteral("cost_usd"), r.curve[i].costUsd},
                                         {QStringLiteral("threshold"), r.curve[i].threshold}});
        json.insert(QStringLiteral("curve"), curve);
    }
    return json;
}

} // namespace sy::RouterEvaluation
