#include "routing/RouteExplainer.h"

#include "routing/PromptTraits.h"

#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

namespace sy {

RouteExplanation RouteExplainer::explain(const CompiledPolicy &policy, const QJsonObject &request, ApiFormat format,
                                         const std::vector<std::pair<QString, QString>> &headers, quint64 seed,
                                         std::span<const UpstreamLive> live)
{
    RouteExplanation e;
    e.features = RequestFeatures::fromRequest(request, format);
    e.features.randomSeed = seed;
    for (const auto &[name, value] : headers)
        e.features.headers.emplace_back(name.toLower(), value);
    std::vector<UpstreamLive> idle;
    if (live.empty()) {
        idle.resize(policy.upstreams.size());
        live = idle;
    }
    e.decision = RoutingEngine::decide(policy, e.features, live);
    for (const DecisionStep &s : e.decision.steps)
        e.targets.append(policy.upstreams[size_t(s.upstream)].ref);
    for (const DecisionStep &s : e.decision.deferred)
        e.deferred.append(policy.upstreams[size_t(s.upstream)].ref);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    e.featureSummary = QStringLiteral("prompt_tokens=%1 messages=%2 tools=%3 images=%4 json=%5 stream=%6")
                           .arg(e.features.promptTokens())
                           .arg(e.features.messageCount)
                           .arg(yesNo(e.features.hasTools), yesNo(e.features.hasImages), yesNo(e.features.jsonResponse), yesNo(e.features.stream));
    const PromptTraits t = PromptTraits::of(e.features);
    e.featureSummary += QStringLiteral(" depth=%1 language=%2 code=%3 math=%4 structured=%5 question=%6 complexity=%7")
                            .arg(t.depth)
                            .arg(t.language, yesNo(t.hasCode), yesNo(t.hasMath), yesNo(t.hasStructuredData), PromptTraits::questionTypeName(t.questionType))
                            .arg(t.complexity, 0, 'f', 2);
    e.trace = TraceFormatter::lines(policy, e.features, e.decision);
    e.json = TraceFormatter::toJson(policy, e.features, e.decision);
    return e;
}

} // namespace sy
