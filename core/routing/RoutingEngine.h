#pragma once

#include <span>

#include "routing/CompiledPolicy.h"
#include "routing/Decision.h"
#include "routing/RequestFeatures.h"

namespace sy {

// The routing decision: a pure function of (policy, request features, live upstream state).
// No I/O, no allocation beyond the decision's own vectors (reuse a Decision to avoid even that).
class RoutingEngine
{
public:
    static void decide(const CompiledPolicy &policy, const RequestFeatures &features,
                       std::span<const UpstreamLive> live, Decision &out);
    static Decision decide(const CompiledPolicy &policy, const RequestFeatures &features,
                           std::span<const UpstreamLive> live = {});

    // Stable 64-bit FNV-1a, so sticky assignments survive restarts (qHash is seeded per process).
    static quint64 stableHash(QStringView a, QStringView b);
    // The bucket in [0, 100) a sticky key lands in.
    static double bucketOf(QStringView salt, QStringView key);
};

} // namespace sy
