#include "replay/Recommendation.h"

namespace sy {

Recommendation Recommendation::cheapestWithin(const std::vector<CandidateSummary> &summaries, double tolerance)
{
    Recommendation r;
    for (size_t i = 0; i < summaries.size(); ++i)
        if (summaries[i].cells > 0 && (r.best < 0 || summaries[i].meanQuality > summaries[size_t(r.best)].meanQuality))
            r.best = int(i);
    if (r.best < 0)
        return r;
    const double bar = summaries[size_t(r.best)].meanQuality - std::max(0.0, tolerance) - 1e-12;
    for (size_t i = 0; i < summaries.size(); ++i) {
        const CandidateSummary &s = summaries[i];
        if (s.cells == 0 || s.meanQuality < bar)
            continue;
        if (r.candidate < 0)
            r.candidate = int(i);
        const CandidateSummary &chosen = summaries[size_t(r.candidate)];
        if (s.costPer1k < chosen.costPer1k || (s.costPer1k == chosen.costPer1k && s.latencyP50 < chosen.latencyP50))
            r.candidate = int(i);
    }
    const double bestCost = summaries[size_t(r.best)].costPer1k;
    r.savingShare = bestCost > 0 ? std::max(0.0, 1 - summaries[size_t(r.candidate)].costPer1k / bestCost) : 0;
    return r;
}

} // namespace sy
