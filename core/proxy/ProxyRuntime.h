#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "gateway/LatencyStats.h"
#include "gateway/ProviderUsage.h"
#include "proxy/CircuitBreaker.h"
#include "proxy/UpstreamHooks.h"
#include "routing/CompiledPolicy.h"
#include "routing/Decision.h"
#include "secrets/Credentials.h"
#include "upstream/UpstreamPool.h"

namespace sy {

// How the proxy reaches one provider: its endpoint and the headers every request carries.
struct ProviderRoute
{
    ProviderKind kind = ProviderKind::OpenAI;
    bool responsesApi = false; // Responses API requests pass through to it
    UpstreamEndpoint endpoint;
    HttpHeaders headers; // authentication and the provider's default headers
    QString unavailable; // non-empty: why requests cannot go there (say, a missing key)
    int connectTimeoutMs = Timeouts::kDefaultConnectMs;
    int firstByteTimeoutMs = Timeouts::kDefaultFirstByteMs;
    int totalTimeoutMs = Timeouts::kDefaultTotalMs;
};

// Live state of one upstream model, shared by every worker thread.
struct UpstreamState
{
    std::atomic<int> inFlight{0};
    CircuitBreaker breaker;
    std::atomic<qint64> rateLimitedUntilMs{0}; // after a 429: its Retry-After, or a short default
    QByteArray modelHeader;                    // response header values, encoded once
    QByteArray providerHeader;
    QByteArray modelJson; // the model id as the JSON string the upstream body carries
    LatencyStats stats;   // recent latencies, for balancing and the editor's figures
};

// A policy ready to serve: compiled, with its providers resolved to endpoints and credentials,
// and the live state of every upstream. Immutable but for the live state; a reload builds a new
// one, and requests in flight keep the one they started with.
class ProxyRuntime
{
public:
    using CredentialResolver = std::function<CredentialResult(const CredentialRef &)>;
    using SimulatorResolver = std::function<QString(const QString &simUrl)>; // sim://NAME -> http URL

    static std::shared_ptr<ProxyRuntime> create(Policy policy, const CredentialResolver &credentials,
                                                const SimulatorResolver &simulators, QStringList *warnings);

    std::shared_ptr<const CompiledPolicy> policy;
    std::vector<ProviderRoute> providers;       // by provider index
    std::unique_ptr<ProviderUsage[]> providerUsage; // by provider index: their own per-minute limits
    bool balances = false; // a weighted node ranks on live figures: the snapshot reads them
    std::unique_ptr<UpstreamState[]> upstreams; // by upstream index
    size_t upstreamCount = 0;
    std::vector<QByteArray> routeHeaders; // x-switchyard-route values by route index, encoded once

    // Replay hooks (none in the live proxy): answers kept from earlier runs, and in-flight
    // limits per provider shared with the other candidates.
    std::shared_ptr<ResponseCache> cache;
    bool cacheReads = true; // false: ask the provider anyway and keep the fresh answer
    std::shared_ptr<ProviderGate> gate;

    // Breakers that block and in-flight counts, for the routing decision.
    void snapshot(qint64 nowMs, std::vector<UpstreamLive> &out) const;
};

} // namespace sy
