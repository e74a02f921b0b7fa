#include "eval/RoutingMetrics.h"

#include <algorithm>
#include <numeric>

namespace sy::RoutingMetrics {

std::vector<SharePoint> strongShareCurve(const std::vector<double> &weak, const std::vector<double> &strong,
                                         const std::vector<double> &scores)
{
    const size_t n = std::min({weak.size(), strong.size(), scores.size()});
    std::vector<SharePoint> curve;
    if (n == 0)
        return curve;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    double total = std::accumulate(weak.begin(), weak.begin() + std::ptrdiff_t(n), 0.0);
    curve.push_back({0, total / double(n)});
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]]) { // one threshold moves all tied prompts
            total += strong[order[j]] - weak[order[j]];
            ++j;
        }
        curve.push_back({double(j) / double(n), total / double(n)});
        i = j;
    }
    return curve;
}

double pgr(double quality, double weakQuality, double strongQuality)
{
    const double gap = strongQuality - weakQuality;
    return gap == 0 ? 0 : (quality - weakQuality) / gap;
}

double apgr(const std::vector<SharePoint> &curve, double weakQuality, double strongQuality)
{
    double auc = 0;
    for (size_t i = 1; i < curve.size(); ++i)
        auc += (curve[i].strongShare - curve[i - 1].strongShare) * (curve[i].quality + curve[i - 1].quality) / 2;
    return pgr(auc, weakQuality, strongQuality);
}

std::optional<double> cpt(const std::vector<SharePoint> &curve, double weakQuality, double strongQuality, double x)
{
    const double target = weakQuality + x * (strongQuality - weakQuality);
    for (size_t i = 0; i < curve.size(); ++i) {
        if (curve[i].quality < target)
            continue;
        if (i == 0)
            return curve[0].strongShare;
        const SharePoint &a = curve[i - 1], &b = curve[i];
        const double t = (target - a.quality) / (b.quality - a.quality);
        return a.strongShare + t * (b.strongShare - a.strongShare);
    }
    return std::nullopt;
}

std::vector<CostPoint> nonDecreasingHull(std::vector<CostPoint> points)
{
    std::sort(points.begin(), points.end(), [](const CostPoint &a, const CostPoint &b) {
        return a.cost < b.cost || (a.cost == b.cost && a.quality > b.quality);
    });
    // Upper hull by the monotone chain: keep right turns only.
    std::vector<CostPoint> hull;
    for (const CostPoint &p : points) {
        if (!hull.empty() && hull.back().cost == p.cost)
            continue; // the best of equal costs came first
        while (hull.size() >= 2) {
            const CostPoint &a = hull[hull.size() - 2], &b = hull.back();
            const double cross = (b.cost - a.cost) * (p.quality - a.quality) - (b.quality - a.quality) * (p.cost - a.cost);
            if (cross < 0)
                break;
            hull.pop_back();
        }
        hull.push_back(p);
    }
    // Non-decreasing: stop at the best quality; what costs more and gives less is never chosen.
    const auto best = std::max_element(hull.begin(), hull.end(), [](const CostPoint &a, const CostPoint &b) { return a.quality < b.quality; });
    if (best != hull.end())
        hull.erase(best + 1, hull.end());
    return hull;
}

double aiq(const std::vector<CostPoint> &points, double maxCost)
{
    const std::vector<CostPoint> hull = nonDecreasingHull(points);
    if (hull.empty() || maxCost <= 0)
        return 0;
    double area = std::min(hull.front().cost, maxCost) * hull.front().quality; // flat below the cheapest
    for (size_t i = 1; i < hull.size(); ++i) {
        const CostPoint &a = hull[i - 1], &b = hull[i];
        if (a.cost >= maxCost)
            break;
        const double end = std::min(b.cost, maxCost);
        const double qEnd = a.quality + (b.quality - a.quality) * (end - a.cost) / (b.cost - a.cost);
        area += (end - a.cost) * (a.quality + qEnd) / 2;
    }
    if (hull.back().cost < maxCost)
        area += (maxCost - hull.back().cost) * hull.back().quality; // flat beyond the best
    return area / maxCost;
}

std::vector<int> paretoFront(const std::vector<Candidate> &c)
{
    std::vector<int> front;
    for (size_t i = 0; i < c.size(); ++i) {
        bool dominated = false;
        for (size_t j = 0; j < c.size() && !dominated; ++j) {
            if (i == j)
                continue;
            const bool noWorse = c[j].cost <= c[i].cost && c[j].latency <= c[i].latency && c[j].quality >= c[i].quality;
            const bool better = c[j].cost < c[i].cost || c[j].latency < c[i].latency || c[j].quality > c[i].quality;
            dominated = noWorse && better;
        }
        if (!dominated)
            front.push_back(int(i));
    }
    return front;
}

} // namespace sy::RoutingMetrics
