#include "replay/CellCost.h"

#include <QSet>

#include <functional>

#include "routing/RequestFeatures.h"

namespace sy {

namespace {
constexpr int kDefaultOutputBudget = 512; // tokens, for the estimate when the plan sets none
} // namespace

Pricing dearestPricing(const Policy &policy, const QString &alias)
{
    Pricing dearest;
    QSet<QString> seen;
    std::function<void(const Node &)> visit = [&](const Node &n) {
        if (n.kind == NodeKind::Target) {
            if (const auto ref = ModelRef::parse(n.target.model))
                if (const ProviderSpec *p = policy.findProvider(ref->provider))
                    if (const ModelSpec *m = p->findModel(ref->model)) {
                        dearest.inputPerMTok = std::max(dearest.inputPerMTok, m->pricing.inputPerMTok);
                        dearest.outputPerMTok = std::max(dearest.outputPerMTok, m->pricing.outputPerMTok);
                    }
        } else if (n.kind == NodeKind::Ref) {
            if (const Route *r = policy.findRoute(n.routeRef); r && !seen.contains(r->alias)) {
                seen.insert(r->alias);
                visit(r->root);
            }
        }
        for (const Node &c : n.children)
            visit(c);
        for (const Rule &r : n.rules)
            visit(r.then);
        for (const Arm &a : n.arms)
            visit(a.node);
        if (n.defaultNode)
            visit(*n.defaultNode);
    };
    if (const Route *r = policy.findRoute(alias))
        visit(r->root);
    return dearest;
}

std::vector<int> promptTokens(const std::vector<PromptItem> &items)
{
    std::vector<int> tokens;
    tokens.reserve(items.size());
    for (const PromptItem &item : items)
        tokens.push_back(RequestFeatures::fromRequest(QJsonObject{{QStringLiteral("messages"), item.messages}}, ApiFormat::OpenAIChat).promptTokens());
    return tokens;
}

double cellEstimate(const ReplayPlan &plan, const Pricing &pricing, int promptTokens)
{
    return pricing.costUsd(promptTokens, plan.maxTokens.value_or(kDefaultOutputBudget));
}

} // namespace sy
