#pragma once

#include <optional>
#include <vector>

namespace sy {

// The routing metrics of RouteLLM (two models) and RouterBench (many models with costs), as
// docs/metrics.md defines them.
namespace RoutingMetrics {

struct SharePoint
{
    double strongShare = 0; // share of prompts sent to the strong model, 0..1
    double quality = 0;     // mean quality at that share
};

// Sweeps the router's threshold from "all weak" to "all strong": prompts whose score is at least
// the threshold go to the strong model (ties move together). Starts at (0, Q_weak).
std::vector<SharePoint> strongShareCurve(const std::vector<double> &weakQuality, const std::vector<double> &strongQuality,
                                         const std::vector<double> &routerScores);
// PGR = (Q − Q_weak) / (Q_strong − Q_weak); 0 when the two are equal.
double pgr(double quality, double weakQuality, double strongQuality);
// APGR = (AUC − Q_weak) / (Q_strong − Q_weak), AUC by the trapezoid rule over share 0..1.
double apgr(const std::vector<SharePoint> &curve, double weakQuality, double strongQuality);
// CPT(x): the least strong share reaching Q_weak + x·(Q_strong − Q_weak), interpolated linearly
// between sweep points; none when the curve never reaches it. x in [0, 1] (0.2, 0.5, 0.8).
std::optional<double> cpt(const std::vector<SharePoint> &curve, double weakQuality, double strongQuality, double x);

struct CostPoint
{
    double cost = 0;
    double quality = 0;
};
// RouterBench's non-decreasing convex hull: the upper convex hull of the points from the
// cheapest to the best, in order of cost.
std::vector<CostPoint> nonDecreasingHull(std::vector<CostPoint> points);
// AIQ: the area under the hull from 0 to maxCost, divided by maxCost; the hull is extended flat
// on both sides (below the cheapest point at its quality, beyond the best point at its quality).
double aiq(const std::vector<CostPoint> &points, double maxCost);

struct Candidate
{
    double cost = 0;
    double latency = 0;
    double quality = 0;
};
// Indexes of the candidates no other beats: none is at most as costly, at most as slow and at
// least as good, and better in one of the three.
std::vector<int> paretoFront(const std::vector<Candidate> &candidates);

} // namespace RoutingMetrics

} // namespace sy
