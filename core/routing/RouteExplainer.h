#pragma once

#include <QJsonObject>
#include <QStringList>

#include <span>
#include <utility>
#include <vector>

#include "routing/CompiledPolicy.h"
#include "routing/Decision.h"
#include "routing/RequestFeatures.h"

namespace sy {

// "Try a request": what the policy decides for a request body and why, without calling any
// model. Shared by `switchyard-cli route` and the workbench's try-a-request panel.
struct RouteExplanation
{
    Decision decision;
    RequestFeatures features;
    QStringList targets;  // "provider/model" in attempt order
    QStringList deferred; // full targets, tried last
    QString featureSummary;
    QStringList trace;
    QJsonObject json; // the decision as JSON (TraceFormatter)
};

class RouteExplainer
{
public:
    // headers: lower-case names. live: per upstream (empty: every breaker closed, nothing in flight).
    static RouteExplanation explain(const CompiledPolicy &policy, const QJsonObject &request, ApiFormat format,
                                    const std::vector<std::pair<QString, QString>> &headers = {}, quint64 seed = 1,
                                    std::span<const UpstreamLive> live = {});
};

} // namespace sy
