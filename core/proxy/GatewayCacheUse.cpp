#include "proxy/GatewayCacheUse.h"

namespace sy {

std::optional<GatewayCacheUse::Hit> GatewayCacheUse::begin(ResponseCacheStore *store, const Route &route, ApiFormat format,
                                                           const QByteArray &body, const QByteArray &directive, const QString &keyScope,
                                                           const RequestFeatures &features, qint64 nowMs)
{
    if (!store || !route.cache || directive.contains("no-store"))
        return std::nullopt;
    const RouteCache &config = *route.cache;
    m_key = CacheKey::of(format, body, route.alias, config.shareAcrossKeys ? QString() : keyScope, config.semantic);
    if (!m_key.valid)
        return std::nullopt;
    m_route = route.alias;
    m_ttlSeconds = config.ttlSeconds;
    if (config.semantic) {
        // A provider's embedding describes the last user message only: used when that is the
        // whole conversation, else the words of all of it.
        m_vector = !features.embedding.empty() && features.userTurns <= 1 ? SemanticVector::fromEmbedding(features.embedding)
                                                                          : SemanticVector::lexical(m_key.text);
    }
    m_store = store;
    if (directive.contains("no-cache"))
        return std::nullopt;
    std::optional<Hit> hit;
    if (std::shared_ptr<const CachedAnswer> exact = store->lookup(m_key.exact, nowMs))
        hit = Hit{std::move(exact), false, 1};
    else if (config.semantic)
        if (const auto similar = store->lookupSimilar(m_key.partition, m_vector, config.threshold, nowMs))
            hit = Hit{similar->answer, true, similar->similarity};
    store->recordLookup(m_route, hit.has_value(), hit && hit->semantic, hit ? hit->answer->costUsd : 0,
                        hit ? hit->answer->answer.size() : 0);
    if (hit)
        m_store = nullptr; // nothing new to keep
    return hit;
}

void GatewayCacheUse::keep(const QByteArray &answer, const QString &provider, const QString &model, qint64 inputTokens,
                           qint64 outputTokens, double costUsd, double latencyMs, qint64 nowMs)
{
    if (!m_store || answer.isEmpty())
        return;
    CachedAnswer entry{answer, provider, model, inputTokens, outputTokens, costUsd, latencyMs, nowMs, nowMs + qint64(m_ttlSeconds) * 1000};
    m_store->store(m_key.exact, m_key.partition, std::move(m_vector), std::move(entry));
    m_store->recordStore(m_route);
    m_store = nullptr;
}

} // namespace sy
