#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

#include "gateway/CacheKey.h"
#include "gateway/ResponseCacheStore.h"
#include "policy/Policy.h"
#include "routing/RequestFeatures.h"

namespace sy {

// One request's use of the gateway's response cache on a route that opted in: looked up before
// any attempt (exact, then similar when the route allows), and the fresh answer kept after a
// successful one. The client's "x-switchyard-cache" header can say no-store (neither read nor
// kept) or no-cache (not read, the fresh answer kept).
class GatewayCacheUse
{
public:
    struct Hit
    {
        std::shared_ptr<const CachedAnswer> answer;
        bool semantic = false;
        double similarity = 1;
    };

    // keyScope: the virtual key's id (entries private to it) unless the route shares entries.
    std::optional<Hit> begin(ResponseCacheStore *store, const Route &route, ApiFormat format, const QByteArray &body,
                             const QByteArray &directive, const QString &keyScope, const RequestFeatures &features, qint64 nowMs);
    bool storing() const { return m_store != nullptr; }
    // The whole answer the client got, in its API.
    void keep(const QByteArray &answer, const QString &provider, const QString &model, qint64 inputTokens, qint64 outputTokens,
              double costUsd, double latencyMs, qint64 nowMs);

private:
    ResponseCacheStore *m_store = nullptr; // set while the answer is to be kept
    QString m_route;
    CacheKey m_key;
    SemanticVector m_vector;
    int m_ttlSeconds = 0;
};

} // namespace sy
