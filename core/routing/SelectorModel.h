#pragma once

#include <QString>

#include <span>

#include "routing/RequestFeatures.h"

namespace sy {

// A selector node's method, compiled once per policy and shared read-only by every request.
// It scores each candidate (a predicted probability of meeting the quality bar, or a similarity)
// and picks one; the engine follows the pick and the trace keeps the scores.
class SelectorModel
{
public:
    static constexpr int kMaxCandidates = 32;

    virtual ~SelectorModel() = default;
    // scores has one slot per candidate. Returns the chosen candidate, or -1 for the default.
    virtual int choose(const RequestFeatures &features, std::span<double> scores) const = 0;
    // The bar a score was held against for candidate c (threshold), for the trace.
    virtual double threshold(int candidate) const = 0;
    // "probability" or "similarity": what the scores are, for the trace.
    virtual QString scoreName() const = 0;
};

} // namespace sy
