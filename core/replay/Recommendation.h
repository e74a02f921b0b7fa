#pragma once

#include <QString>

#include <vector>

#include "replay/ReplayAggregates.h"

namespace sy {

// The candidate a replay recommends, by a rule the user can read and change: the cheapest
// candidate whose mean quality is within `tolerance` of the best (ties: the faster p50).
// Candidates without results are left out.
struct Recommendation
{
    int candidate = -1; // -1: nothing to recommend yet
    int best = -1;      // the best quality, for the comparison the verdict states
    double savingShare = 0; // of the best's cost per request saved, 0..1

    static Recommendation cheapestWithin(const std::vector<CandidateSummary> &summaries, double tolerance);
};

} // namespace sy
