#pragma once

#include <vector>

#include "domain/Model.h"
#include "replay/ReplayPlan.h"

namespace sy {

// What a replay cell may cost before it is sent: the spend cap reserves it, the dry run adds
// them up. The estimate is the dearest target a candidate's route can reach, at the plan's
// output budget.

// The dearest input and output prices among the targets a route can reach.
Pricing dearestPricing(const Policy &policy, const QString &alias);
// Each item's prompt tokens by the proxy's own estimate, so the cap and the dry run agree with
// what it logs; once per item, not per candidate, repeat and dispatch attempt.
std::vector<int> promptTokens(const std::vector<PromptItem> &items);
double cellEstimate(const ReplayPlan &plan, const Pricing &pricing, int promptTokens);

} // namespace sy
