#include "proxy/KeyGate.h"

#include <algorithm>

namespace sy {

namespace {

// Input estimates are a few percent off either way; a margin keeps the reservation above the bill.
constexpr double kInputMargin = 1.25;
constexpr qint64 kInputSlack = 16;

} // namespace

KeyGate::KeyGate(std::shared_ptr<KeyAccount> account) : m_account(std::move(account))
{
    if (m_account) {
        m_key = m_account->key();
        m_name = m_key->name;
    }
}

void KeyGate::applyDefaultRoute(const CompiledPolicy &policy, RequestFeatures &features) const
{
    if (!m_key || m_key->limits.defaultRoute.isEmpty())
        return;
    const bool served = !features.alias.isEmpty() &&
                        (policy.routeByAlias.contains(features.alias) || policy.policy.passthroughModels.contains(features.alias) ||
                         policy.anyModelUpstream >= 0);
    if (!served)
        features.alias = m_key->limits.defaultRoute;
}

double KeyGate::maxCostUsd(const CompiledPolicy &policy, int upstream, qint64 inputTokens, qint64 outputTokens)
{
    const Pricing &pricing = policy.model(upstream).pricing;
    return pricing.costUsd(qint64(double(inputTokens) * kInputMargin) + kInputSlack, outputTokens);
}

std::optional<KeyGate::Refusal> KeyGate::admit(const CompiledPolicy &policy, const RequestFeatures &features,
                                               std::vector<DecisionStep> &steps, qint64 nowMs)
{
    if (!m_key)
        return std::nullopt;
    const KeyLimits &limits = m_key->limits;
    if (!limits.allowedRoutes.isEmpty() && !limits.allowedRoutes.contains(features.alias))
        return Refusal{403,
                       QStringLiteral("The key '%1' may not use '%2'; it may use: %3")
                           .arg(m_name, features.alias, limits.allowedRoutes.join(QStringLiteral(", "))),
                       "model_not_allowed"};
    if (!limits.allowedModels.isEmpty()) {
        const auto allowed = [&](const DecisionStep &step) {
            const CompiledUpstream &u = policy.upstreams[size_t(step.upstream)];
            if (limits.allowedModels.contains(u.ref))
                return true;
            const ModelSpec &model = policy.model(step.upstream);
            const QString &provider = policy.provider(step.upstream).id;
            return !model.alias.isEmpty() && limits.allowedModels.contains(provider + u'/' + model.alias);
        };
        const bool hadTargets = !steps.empty();
        std::erase_if(steps, [&](const DecisionStep &s) { return !allowed(s); });
        if (hadTargets && steps.empty())
            return Refusal{403,
                           QStringLiteral("The key '%1' may not reach any model '%2' routes to; it may reach: %3")
                               .arg(m_name, features.alias, limits.allowedModels.join(QStringLiteral(", "))),
                           "model_not_allowed"};
    }
    // The token estimate costs a pass over the messages: only keys with a budget or a token limit need it.
    const bool counts = limits.dayBudgetUsd > 0 || limits.monthBudgetUsd > 0 || limits.tokensPerMinute > 0;
    const qint64 input = counts ? features.promptTokens() : 0;
    const qint64 output = features.maxTokens > 0 ? features.maxTokens : KeyAccount::kAssumedOutputTokens;
    double maxCost = 0;
    if (limits.dayBudgetUsd > 0 || limits.monthBudgetUsd > 0)
        for (const DecisionStep &step : steps)
            maxCost = std::max(maxCost, maxCostUsd(policy, step.upstream, input, output));
    m_admission = m_account->admit(maxCost, double(input + output), nowMs);
    if (!m_admission.admitted())
        return Refusal{m_admission.status, m_admission.message, m_admission.code};
    m_holding = true;
    return std::nullopt;
}

void KeyGate::settle(double costUsd, qint64 tokens, qint64 nowMs)
{
    if (!m_holding)
        return;
    m_holding = false;
    m_account->settle(m_admission, costUsd, double(tokens), nowMs);
}

} // namespace sy
