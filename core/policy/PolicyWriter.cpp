#include "policy/PolicyWriter.h"

#include "json/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sy {

namespace {

template<typename T>
void putIf(QJsonObject &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QJsonObject PolicyWriter::pricingToJson(const Pricing &pricing)
{
    const auto rates = [](const PriceRates &r, QJsonObject o) {
        o.insert(QStringLiteral("input_per_mtok"), r.inputPerMTok);
        o.insert(QStringLiteral("output_per_mtok"), r.outputPerMTok);
        putIf(o, "cached_input_per_mtok", r.cachedInputPerMTok);
        putIf(o, "cache_write_per_mtok", r.cacheWritePerMTok);
        putIf(o, "cache_write_1h_per_mtok", r.cacheWrite1hPerMTok);
        putIf(o, "reasoning_per_mtok", r.reasoningPerMTok);
        return o;
    };
    QJsonObject o = rates(pricing, {});
    QJsonArray tiers;
    for (const PriceTier &tier : pricing.tiers)
        tiers.append(rates(tier.rates, {{QStringLiteral("above_input_tokens"), tier.aboveInputTokens}}));
    if (!tiers.isEmpty())
        o.insert(QStringLiteral("tiers"), tiers);
    return o;
}

QJsonObject PolicyWriter::modelToJson(const ModelSpec &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), m.id);
    if (!m.alias.isEmpty())
        o.insert(QStringLiteral("alias"), m.alias);
    o.insert(QStringLiteral("pricing"), pricingToJson(m.pricing));
    putIf(o, "context_window", m.contextWindow);
    QJsonArray caps;
    for (const CapabilityName &c : kCapabilityNames)
        if (m.capabilities.has(c.capability))
            caps.append(QLatin1String(c.name));
    if (!caps.isEmpty())
        o.insert(QStringLiteral("capabilities"), caps);
    return o;
}

QJsonObject PolicyWriter::providerToJson(const ProviderSpec &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("kind"), providerKindName(p.kind));
    o.insert(QStringLiteral("base_url"), p.baseUrl);
    if (p.credential.source == CredentialRef::Source::Environment)
        o.insert(QStringLiteral("credential"), QJsonObject{{QStringLiteral("env"), p.credential.name}});
    else if (p.credential.source == CredentialRef::Source::Keychain)
        o.insert(QStringLiteral("credential"), QJsonObject{{QStringLiteral("keychain"), p.credential.name}});
    if (!p.headers.empty()) {
        QJsonObject headers;
        for (const HeaderEntry &h : p.headers)
            headers.insert(h.name, h.value);
        o.insert(QStringLiteral("headers"), headers);
    }
    QJsonObject timeouts;
    putIf(timeouts, "connect_ms", p.timeouts.connectMs);
    putIf(timeouts, "first_byte_ms", p.timeouts.firstByteMs);
    putIf(timeouts, "total_ms", p.timeouts.totalMs);
    if (!timeouts.isEmpty())
        o.insert(QStringLiteral("timeouts"), timeouts);
    if (p.responsesApi)
        o.insert(QStringLiteral("responses_api"), true);
    QJsonObject limits;
    putIf(limits, "rpm", p.requestsPerMinute);
    putIf(limits, "tpm", p.tokensPerMinute);
    if (!limits.isEmpty())
        o.insert(QStringLiteral("limits"), limits);
    if (!p.models.empty()) {
        QJsonArray models;
        for (const ModelSpec &m : p.models)
            models.append(modelToJson(m));
        o.insert(QStringLiteral("models"), models);
    }
    return o;
}

QJsonObject PolicyWriter::conditionToJson(const Condition &c)
{
    QJsonObject o;
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        QJsonArray items;
        for (const Condition &child : c.children)
            items.append(conditionToJson(child));
        o.insert(c.kind == Condition::Kind::All ? QStringLiteral("all") : QStringLiteral("any"), items);
        return o;
    }
    case Condition::Kind::Not:
        o.insert(QStringLiteral("not"), c.children.empty() ? QJsonObject() : conditionToJson(c.children.front()));
        return o;
    case Condition::Kind::Compare: break;
    }
    const ConditionFieldInfo *info = conditionFieldInfo(c.field);
    o.insert(QStringLiteral("field"), QLatin1String(info ? info->name : "prompt_tokens"));
    if (info && info->needsName)
        o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("op"), conditionOpName(c.op));
    if (!c.value.isUndefined())
        o.insert(QStringLiteral("value"), c.value);
    putIf(o, "case_sensitive", c.caseSensitive);
    return o;
}

QJsonObject PolicyWriter::nodeToJson(const Node &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), nodeKindName(n.kind));
    if (!n.id.isEmpty())
        o.insert(QStringLiteral("id"), n.id);
    if (!n.metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), n.metadata);
    auto armsToJson = [](const std::vector<Arm> &arms, bool weighted) {
        QJsonArray a;
        for (const Arm &arm : arms) {
            QJsonObject ao;
            if (!arm.label.isEmpty())
                ao.insert(QStringLiteral("label"), arm.label);
            if (weighted)
                ao.insert(QStringLiteral("weight"), arm.weight);
            ao.insert(QStringLiteral("node"), nodeToJson(arm.node));
            a.append(ao);
        }
        return a;
    };
    switch (n.kind) {
    case NodeKind::Target: {
        const TargetSpec &t = n.target;
        o.insert(QStringLiteral("model"), t.model);
        putIf(o, "timeout_ms", t.timeoutMs);
        putIf(o, "max_concurrency", t.maxConcurrency);
        putIf(o, "max_queue_wait_ms", t.maxQueueWaitMs);
        if (!t.overrideParams.isEmpty())
            o.insert(QStringLiteral("params"), t.overrideParams);
        QJsonObject retry;
        putIf(retry, "max_attempts", t.retry.maxAttempts);
        putIf(retry, "initial_backoff_ms", t.retry.initialBackoffMs);
        putIf(retry, "max_backoff_ms", t.retry.maxBackoffMs);
        if (t.retry.on)
            retry.insert(QStringLiteral("on"), toArray(failureSetNames(*t.retry.on)));
        if (!retry.isEmpty())
            o.insert(QStringLiteral("retry"), retry);
        if (t.breaker) {
            QJsonObject b;
            putIf(b, "consecutive_failures", t.breaker->consecutiveFailures);
            putIf(b, "error_rate", t.breaker->errorRate);
            putIf(b, "window_s", t.breaker->windowSeconds);
            putIf(b, "min_requests", t.breaker->minRequests);
            putIf(b, "cooldown_ms", t.breaker->cooldownMs);
            putIf(b, "open_on_rate_limits", t.breaker->openOnRateLimits);
            o.insert(QStringLiteral("breaker"), b);
        }
        break;
    }
    case NodeKind::Fallback: {
        QJsonArray children;
        for (const Node &c : n.children)
            children.append(nodeToJson(c));
        o.insert(QStringLiteral("children"), children);
        if (n.fallbackOn)
            o.insert(QStringLiteral("fallback_on"), toArray(failureSetNames(*n.fallbackOn)));
        break;
    }
    case NodeKind::Weighted:
        o.insert(QStringLiteral("arms"), armsToJson(n.arms, true));
        if (!n.stickyKey.isEmpty())
            o.insert(QStringLiteral("sticky_key"), n.stickyKey);
        if (!n.salt.isEmpty())
            o.insert(QStringLiteral("salt"), n.salt);
        if (n.strategy != BalanceStrategy::Weights)
            o.insert(QStringLiteral("strategy"), balanceStrategyName(n.strategy));
        if (n.latencyMetric == LatencyMetric::FirstToken)
            o.insert(QStringLiteral("latency_metric"), QStringLiteral("ttft"));
        putIf(o, "objective_ms", n.objectiveMs);
        break;
    case NodeKind::Conditional: {
        QJsonArray rules;
        for (const Rule &r : n.rules) {
            QJsonObject ro;
            if (!r.name.isEmpty())
                ro.insert(QStringLiteral("name"), r.name);
            ro.insert(QStringLiteral("when"), conditionToJson(r.when));
            ro.insert(QStringLiteral("then"), nodeToJson(r.then));
            rules.append(ro);
        }
        o.insert(QStringLiteral("rules"), rules);
        if (n.defaultNode)
            o.insert(QStringLiteral("default"), nodeToJson(*n.defaultNode));
        break;
    }
    case NodeKind::Ref: o.insert(QStringLiteral("route"), n.routeRef); break;
    case NodeKind::Selector:
        o.insert(QStringLiteral("method"), n.method);
        if (!n.params.isEmpty())
            o.insert(QStringLiteral("params"), n.params);
        o.insert(QStringLiteral("candidates"), armsToJson(n.arms, false));
        if (n.defaultNode)
            o.insert(QStringLiteral("default"), nodeToJson(*n.defaultNode));
        break;
    }
    return o;
}

QJsonObject PolicyWriter::toJson(const Policy &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("switchyard.policy"));
    o.insert(QStringLiteral("version"), kPolicyFormatVersion);
    o.insert(QStringLiteral("name"), p.name);
    if (!p.description.isEmpty())
        o.insert(QStringLiteral("description"), p.description);
    if (!p.metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), p.metadata);
    putIf(o, "log_bodies", p.logBodies);
    if (!p.passthroughModels.isEmpty())
        o.insert(QStringLiteral("passthrough_models"), toArray(p.passthroughModels));
    QJsonArray providers;
    for (const ProviderSpec &pr : p.providers)
        providers.append(providerToJson(pr));
    o.insert(QStringLiteral("providers"), providers);
    QJsonArray routes;
    for (const Route &r : p.routes) {
        QJsonObject ro;
        ro.insert(QStringLiteral("alias"), r.alias);
        if (!r.description.isEmpty())
            ro.insert(QStringLiteral("description"), r.description);
        if (!r.metadata.isEmpty())
            ro.insert(QStringLiteral("metadata"), r.metadata);
        if (r.cache) {
            QJsonObject c{{QStringLiteral("mode"), r.cache->semantic ? QStringLiteral("semantic") : QStringLiteral("exact")},
                          {QStringLiteral("ttl_s"), r.cache->ttlSeconds}};
            if (r.cache->semantic)
                c.insert(QStringLiteral("threshold"), r.cache->threshold);
            if (r.cache->shareAcrossKeys)
                c.insert(QStringLiteral("share_across_keys"), true);
            ro.insert(QStringLiteral("cache"), c);
        }
        if (r.shadow) {
            QJsonObject shadow{{QStringLiteral("sample"), r.shadow->sample},
                               {QStringLiteral("daily_budget_usd"), r.shadow->dailyBudgetUsd},
                               {QStringLiteral("targets"), QJsonArray::fromStringList(r.shadow->targets)}};
            if (!r.shadow->scorers.isEmpty())
                shadow.insert(QStringLiteral("scorers"), QJsonArray::fromStringList(r.shadow->scorers));
            ro.insert(QStringLiteral("shadow"), shadow);
        }
        ro.insert(QStringLiteral("root"), nodeToJson(r.root));
        routes.append(ro);
    }
    o.insert(QStringLiteral("routes"), routes);
    return o;
}

const QStringList &PolicyWriter::keyOrder()
{
    // What a thing is, then its name, then what it holds; a conditional's rules before its default.
    static const QStringList order{
        QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("providers"), QStringLiteral("routes"), QStringLiteral("passthrough_models"),
        QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("alias"), QStringLiteral("label"), QStringLiteral("kind"),
        QStringLiteral("base_url"), QStringLiteral("credential"), QStringLiteral("env"), QStringLiteral("keychain"),
        QStringLiteral("headers"), QStringLiteral("timeouts"), QStringLiteral("models"), QStringLiteral("pricing"),
        QStringLiteral("input_per_mtok"), QStringLiteral("output_per_mtok"), QStringLiteral("capabilities"),
        QStringLiteral("root"), QStringLiteral("model"), QStringLiteral("params"), QStringLiteral("retry"), QStringLiteral("breaker"),
        QStringLiteral("limits"), QStringLiteral("rpm"), QStringLiteral("tpm"), QStringLiteral("cache"), QStringLiteral("mode"),
        QStringLiteral("ttl_s"), QStringLiteral("threshold"), QStringLiteral("share_across_keys"), QStringLiteral("shadow"),
        QStringLiteral("sample"), QStringLiteral("daily_budget_usd"), QStringLiteral("targets"), QStringLiteral("scorers"), QStringLiteral("strategy"),
        QStringLiteral("latency_metric"), QStringLiteral("objective_ms"),
        QStringLiteral("method"), QStringLiteral("sticky_key"), QStringLiteral("salt"), QStringLiteral("weight"),
        QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value"),
        QStringLiteral("all"), QStringLiteral("any"), QStringLiteral("not"), QStringLiteral("route"),
        QStringLiteral("fallback_on"), QStringLiteral("children"), QStringLiteral("rules"), QStringLiteral("arms"),
        QStringLiteral("candidates"), QStringLiteral("node"), QStringLiteral("default")};
    return order;
}

QByteArray PolicyWriter::toJsonText(const Policy &policy)
{
    return OrderedJson::write(toJson(policy), keyOrder());
}

} // namespace sy
