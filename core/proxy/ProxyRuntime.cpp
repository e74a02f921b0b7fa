#include "proxy/ProxyRuntime.h"

#include "routing/RequestReader.h"

namespace sy {

std::shared_ptr<ProxyRuntime> ProxyRuntime::create(Policy source, const CredentialResolver &credentials,
                                                   const SimulatorResolver &simulators, QStringList *warnings)
{
    auto runtime = std::make_shared<ProxyRuntime>();
    runtime->policy = CompiledPolicy::compile(std::move(source));
    const Policy &policy = runtime->policy->policy;
    for (const ProviderSpec &p : policy.providers) {
        ProviderRoute route;
        route.kind = p.kind;
        route.responsesApi = p.responsesApi;
        route.connectTimeoutMs = p.timeouts.connectMs.value_or(Timeouts::kDefaultConnectMs);
        route.firstByteTimeoutMs = p.timeouts.firstByteMs.value_or(Timeouts::kDefaultFirstByteMs);
        route.totalTimeoutMs = p.timeouts.totalMs.value_or(Timeouts::kDefaultTotalMs);
        QString url = p.baseUrl;
        if (url.startsWith(u"sim://")) {
            url = simulators ? simulators(url) : QString();
            if (url.isEmpty())
                route.unavailable =
                    QStringLiteral("provider '%1': no simulator serves %2").arg(p.id, p.baseUrl);
        }
        if (const auto endpoint = UpstreamEndpoint::fromUrl(url))
            route.endpoint = *endpoint;
        else if (route.unavailable.isEmpty())
            route.unavailable =
                QStringLiteral("provider '%1': base URL %2 is not http(s)").arg(p.id, p.baseUrl);
        route.headers.push_back({"Content-Type", "application/json"});
        if (p.credential.isSet()) {
            const CredentialResult secret =
                credentials ? credentials(p.credential)
                            : CredentialResult{{}, QStringLiteral("no credential resolver")};
            if (!secret.ok())
                route.unavailable = QStringLiteral("provider '%1': %2").arg(p.id, secret.error);
            else if (p.kind == ProviderKind::Anthropic)
                route.headers.push_back({"x-api-key", secret.secret});
            else
                route.headers.push_back({"Authorization", "Bearer " + secret.secret});
        }
        bool hasVersion = false;
        for (const HeaderEntry &h : p.headers) {
            route.headers.push_back({h.name.toUtf8(), h.value.toUtf8()});
            hasVersion = hasVersion || h.name.compare(u"anthropic-version", Qt::CaseInsensitive) == 0;
        }
        if (p.kind == ProviderKind::Anthropic && !hasVersion)
            route.headers.push_back({"anthropic-version", "2023-06-01"});
        if (!route.unavailable.isEmpty() && warnings)
            warnings->append(route.unavailable);
        runtime->providers.push_back(std::move(route));
    }
    runtime->providerUsage = std::make_unique<ProviderUsage[]>(policy.providers.size());
    for (size_t i = 0; i < policy.providers.size(); ++i)
        runtime->providerUsage[i].configure(policy.providers[i].requestsPerMinute.value_or(0),
                                            policy.providers[i].tokensPerMinute.value_or(0));
    for (const CompiledNode &node : runtime->policy->nodes)
        runtime->balances = runtime->balances || (node.kind == NodeKind::Weighted && node.source->strategy != BalanceStrategy::Weights);
    runtime->upstreamCount = runtime->policy->upstreams.size();
    runtime->upstreams = std::make_unique<UpstreamState[]>(runtime->upstreamCount);
    for (size_t i = 0; i < runtime->upstreamCount; ++i) {
        runtime->upstreams[i].modelHeader = runtime->policy->model(int(i)).id.toUtf8();
        runtime->upstreams[i].providerHeader = runtime->policy->provider(int(i)).id.toUtf8();
        runtime->upstreams[i].modelJson = RequestReader::jsonString(runtime->policy->model(int(i)).id);
    }
    for (const Route &route : runtime->policy->policy.routes)
        runtime->routeHeaders.push_back(route.alias.toUtf8());
    // One breaker per upstream model: it takes the settings of the first target that names them,
    // and a target that names others for the same model is warned about, not silently ignored.
    std::vector<const CompiledNode *> configuredBy(runtime->upstreamCount, nullptr);
    for (const CompiledNode &node : runtime->policy->nodes) {
        if (node.kind != NodeKind::Target || node.upstream < 0 || !node.source->target.breaker)
            continue;
        const CompiledNode *&first = configuredBy[size_t(node.upstream)];
        if (!first) {
            first = &node;
            runtime->upstreams[size_t(node.upstream)].breaker.configure(
                CircuitBreaker::Settings::from(node.source->target.breaker));
        } else if (*first->source->target.breaker != *node.source->target.breaker && warnings) {
            warnings->append(
                QStringLiteral(
                    "targets of %1 disagree on breaker settings; its one breaker uses the first target's")
                    .arg(node.source->target.model));
        }
    }
    return runtime;
}

void ProxyRuntime::snapshot(qint64 nowMs, std::vector<UpstreamLive> &out) const
{
    out.resize(upstreamCount);
    for (size_t i = 0; i < upstreamCount; ++i) {
        out[i].breakerOpen = upstreams[i].breaker.blocks(nowMs) ||
                             !providers[size_t(policy->upstreams[i].providerIndex)].unavailable.isEmpty();
        out[i].rateLimited = upstreams[i].rateLimitedUntilMs.load(std::memory_order_relaxed) > nowMs;
        out[i].inFlight = upstreams[i].inFlight.load(std::memory_order_relaxed);
        const int provider = policy->upstreams[i].providerIndex;
        out[i].providerLimited = provider >= 0 && !providerUsage[size_t(provider)].hasRoom(nowMs);
        if (balances) {
            const LatencyStats::Figures f = upstreams[i].stats.figures(nowMs);
            out[i].latencyMs = f.latencyMs;
            out[i].ttftMs = f.ttftMs;
            out[i].p95Ms = f.p95Ms;
            out[i].p95TtftMs = f.p95TtftMs;
            out[i].outputTokens = f.outputTokens;
            out[i].samples = f.samples;
            out[i].stale = f.stale;
        }
    }
}

} // namespace sy
