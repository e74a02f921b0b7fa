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
    static constexpr int kUnavailable = -2; // choose(): the method cannot score this request

    virtual ~SelectorModel() = default;
    // scores has one slot per candidate. Returns the chosen candidate, -1 for the default, or
    // kUnavailable when it cannot score the request (the default is taken too).
    virtual int choose(const RequestFeatures &features, std::span<double> scores) const = 0;
    // The bar a score was held against for candidate c (threshold), for the trace.
    virtual double threshold(int candidate) const = 0;
    // "probability" or "similarity": what the scores are, for the trace.
    virtual QString scoreName() const = 0;
    // "provider/model" whose embedding of the request this method reads; empty for none.
    virtual QString embeddingModel() const { return {}; }
};

} // namespace sy
