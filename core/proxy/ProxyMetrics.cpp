#include "proxy/ProxyMetrics.h"

#include <QDateTime>

#include "gateway/KeyRegistry.h"
#include "gateway/ResponseCacheStore.h"
#include "proxy/ProxyRuntime.h"

namespace sy {

namespace {

QByteArray label(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return v;
}

QByteArray labels(const std::tuple<QString, QString, QString> &key)
{
    return "route=\"" + label(std::get<0>(key)) + "\",model=\"" + label(std::get<1>(key)) + "\",provider=\"" + label(std::get<2>(key)) + '"';
}

QByteArray number(double v) { return QByteArray::number(v, 'g', 12); }

} // namespace

void ProxyMetrics::Histogram::observe(double seconds)
{
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++counts[i];
    ++count;
    sum += seconds;
}

void ProxyMetrics::record(const RequestLogEntry &e, bool burst)
{
    std::lock_guard lock(m_mutex);
    Series &s = m_series[{e.route, e.model, e.provider}];
    ++s.byStatus[e.status];
    s.latency.observe(e.latencyMs / 1000.0);
    if (e.ttftMs >= 0)
        s.ttft.observe(e.ttftMs / 1000.0);
    s.inputTokens += e.inputTokens;
    s.outputTokens += e.outputTokens;
    s.costUsd += e.costUsd;
    s.bursts += burst ? 1 : 0;
    if (!e.keyName.isEmpty()) {
        KeySeries &k = m_keys[e.keyName];
        ++k.byStatus[e.status];
        k.costUsd += e.costUsd;
        k.tokens += e.inputTokens + e.outputTokens;
    }
    for (const AttemptLogEntry &a : e.attemptLog) {
        if (a.outcome.startsWith(u"skipped_"))
            ++m_skipped[{a.provider, a.model, a.outcome.mid(8)}]; // never tried: not an attempt
        else
            ++m_attempts[{a.provider, a.model, a.outcome}];
    }
}

QByteArray ProxyMetrics::render(const ProxyRuntime &runtime, int activeRequests, const KeyRegistry *keys,
                                const ResponseCacheStore *cache) const
{
    QByteArray out;
    out.reserve(8192);
    std::lock_guard lock(m_mutex);
    auto header = [&out](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    header("switchyard_requests_total", "counter", "Requests answered, by route, model, provider and HTTP status.");
    for (const auto &[key, s] : m_series)
        for (const auto &[status, n] : s.byStatus)
            out += "switchyard_requests_total{" + labels(key) + ",status=\"" + QByteArray::number(status) + "\"} " + QByteArray::number(n) + '\n';
    auto histogram = [&](const char *name, const char *help, const Histogram Series::*member) {
        header(name, "histogram", help);
        for (const auto &[key, s] : m_series) {
            const Histogram &h = s.*member;
            if (h.count == 0)
                continue;
            for (size_t i = 0; i < kBuckets.size(); ++i)
                out += QByteArray(name) + "_bucket{" + labels(key) + ",le=\"" + number(kBuckets[i]) + "\"} " + QByteArray::number(h.counts[i]) + '\n';
            out += QByteArray(name) + "_bucket{" + labels(key) + ",le=\"+Inf\"} " + QByteArray::number(h.count) + '\n';
            out += QByteArray(name) + "_sum{" + labels(key) + "} " + number(h.sum) + '\n';
            out += QByteArray(name) + "_count{" + labels(key) + "} " + QByteArray::number(h.count) + '\n';
        }
    };
    histogram("switchyard_request_duration_seconds", "Time from request to the end of the answer.", &Series::latency);
    histogram("switchyard_time_to_first_token_seconds", "Time to the first streamed byte.", &Series::ttft);
    header("switchyard_tokens_total", "counter", "Tokens reported by providers.");
    for (const auto &[key, s] : m_series) {
        out += "switchyard_tokens_total{" + labels(key) + ",direction=\"input\"} " + QByteArray::number(s.inputTokens) + '\n';
        out += "switchyard_tokens_total{" + labels(key) + ",direction=\"output\"} " + QByteArray::number(s.outputTokens) + '\n';
    }
    header("switchyard_cost_usd_total", "counter", "Spend computed from usage and the models' prices.");
    for (const auto &[key, s] : m_series)
        out += "switchyard_cost_usd_total{" + labels(key) + "} " + number(s.costUsd) + '\n';
    header("switchyard_burst_requests_total", "counter", "Requests sent past a target at its concurrency cap.");
    for (const auto &[key, s] : m_series)
        out += "switchyard_burst_requests_total{" + labels(key) + "} " + QByteArray::number(s.bursts) + '\n';
    auto perUpstream = [&out](const char *name, const char *labelName, const std::map<std::tuple<QString, QString, QString>, quint64> &counts) {
        for (const auto &[key, n] : counts)
            out += QByteArray(name) + "{provider=\"" + label(std::get<0>(key)) + "\",model=\"" + label(std::get<1>(key)) + "\"," + labelName +
                   "=\"" + label(std::get<2>(key)) + "\"} " + QByteArray::number(n) + '\n';
    };
    header("switchyard_upstream_attempts_total", "counter",
           "Attempts at upstreams, by outcome: ok, http_NNN, invalid_answer (a 2xx without a usable answer), stream_error, "
           "timeout, connect_error, client_gone, cache_hit.");
    perUpstream("switchyard_upstream_attempts_total", "outcome", m_attempts);
    header("switchyard_upstream_skipped_total", "counter", "Targets passed over without an attempt: breaker open, provider unavailable.");
    perUpstream("switchyard_upstream_skipped_total", "reason", m_skipped);
    const UpstreamPool::StaleCounts &stale = UpstreamPool::staleCounts();
    header("switchyard_upstream_stale_connections_total", "counter",
           "Kept-alive upstream connections found closed: discarded before use, re-sent (idempotent requests) or failed.");
    out += "switchyard_upstream_stale_connections_total{action=\"discarded\"} " + QByteArray::number(stale.discarded.load()) + '\n';
    out += "switchyard_upstream_stale_connections_total{action=\"resent\"} " + QByteArray::number(stale.resent.load()) + '\n';
    out += "switchyard_upstream_stale_connections_total{action=\"failed\"} " + QByteArray::number(stale.failed.load()) + '\n';

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    header("switchyard_breaker_state", "gauge", "Circuit breaker per upstream: 0 closed, 1 half-open, 2 open.");
    header("switchyard_upstream_in_flight", "gauge", "Requests in flight per upstream.");
    QByteArray breakers, inFlight;
    for (size_t i = 0; i < runtime.upstreamCount; ++i) {
        const int u = int(i);
        const QByteArray l = "provider=\"" + label(runtime.policy->provider(u).id) + "\",model=\"" + label(runtime.policy->model(u).id) + '"';
        const CircuitBreaker::State state = runtime.upstreams[i].breaker.state(now);
        breakers += "switchyard_breaker_state{" + l + "} " + QByteArray::number(state == CircuitBreaker::State::Closed ? 0 : state == CircuitBreaker::State::HalfOpen ? 1 : 2) + '\n';
        inFlight += "switchyard_upstream_in_flight{" + l + "} " + QByteArray::number(runtime.upstreams[i].inFlight.load()) + '\n';
    }
    out += breakers + inFlight;
    if (keys && !keys->isEmpty()) {
        header("switchyard_key_requests_total", "counter", "Requests per virtual key and HTTP status (429: rate limit, 402: budget).");
        const std::map<QString, KeySeries> sortedKeys(m_keys.keyValueBegin(), m_keys.keyValueEnd());
        for (const auto &[name, k] : sortedKeys)
            for (const auto &[status, n] : k.byStatus)
                out += "switchyard_key_requests_total{key=\"" + label(name) + "\",status=\"" + QByteArray::number(status) + "\"} " +
                       QByteArray::number(n) + '\n';
        header("switchyard_key_cost_usd_total", "counter", "Spend per virtual key since the proxy started.");
        for (const auto &[name, k] : sortedKeys)
            out += "switchyard_key_cost_usd_total{key=\"" + label(name) + "\"} " + number(k.costUsd) + '\n';
        header("switchyard_key_spend_usd", "gauge", "Spend per virtual key this UTC day and month (the log's before the start included).");
        QByteArray budgets, reserved, refused;
        for (const std::shared_ptr<KeyAccount> &account : keys->accounts()) {
            const std::shared_ptr<const VirtualKey> key = account->key();
            const KeyAccount::Figures f = account->figures(now);
            const QByteArray l = "key=\"" + label(key->name) + '"';
            out += "switchyard_key_spend_usd{" + l + ",period=\"day\"} " + number(f.dayUsd) + '\n';
            out += "switchyard_key_spend_usd{" + l + ",period=\"month\"} " + number(f.monthUsd) + '\n';
            if (key->limits.dayBudgetUsd > 0)
                budgets += "switchyard_key_budget_usd{" + l + ",period=\"day\"} " + number(key->limits.dayBudgetUsd) + '\n';
            if (key->limits.monthBudgetUsd > 0)
                budgets += "switchyard_key_budget_usd{" + l + ",period=\"month\"} " + number(key->limits.monthBudgetUsd) + '\n';
            reserved += "switchyard_key_reserved_usd{" + l + "} " + number(f.reservedUsd) + '\n';
            refused += "switchyard_key_refused_total{" + l + ",reason=\"rate\"} " + QByteArray::number(f.refusedRate) + '\n';
            refused += "switchyard_key_refused_total{" + l + ",reason=\"budget\"} " + QByteArray::number(f.refusedBudget) + '\n';
        }
        header("switchyard_key_budget_usd", "gauge", "Budgets of virtual keys.");
        out += budgets;
        header("switchyard_key_reserved_usd", "gauge", "Highest possible cost of each key's requests in flight, held against its budget.");
        out += reserved;
        header("switchyard_key_refused_total", "counter", "Requests a key's limits refused: rate (429) or budget (402).");
        out += refused;
    }
    if (cache) {
        const ResponseCacheStore::Stats c = cache->stats();
        if (!c.routes.empty()) {
            const auto perRoute = [&](const char *name, const char *type, const char *help, auto value) {
                header(name, type, help);
                for (const auto &[route, r] : c.routes)
                    out += QByteArray(name) + "{route=\"" + label(route) + "\"} " + value(r) + '\n';
            };
            perRoute("switchyard_cache_lookups_total", "counter", "Requests on cached routes that asked the response cache.",
                     [](const ResponseCacheStore::RouteStats &r) { return QByteArray::number(r.lookups); });
            header("switchyard_cache_hits_total", "counter", "Requests answered from the response cache: exact or semantic match.");
            for (const auto &[route, r] : c.routes) {
                out += "switchyard_cache_hits_total{route=\"" + label(route) + "\",match=\"exact\"} " + QByteArray::number(r.hits - r.semanticHits) + '\n';
                out += "switchyard_cache_hits_total{route=\"" + label(route) + "\",match=\"semantic\"} " + QByteArray::number(r.semanticHits) + '\n';
            }
            perRoute("switchyard_cache_saved_usd_total", "counter", "What the cached answers served cost when first asked.",
                     [](const ResponseCacheStore::RouteStats &r) { return number(r.savedUsd); });
            perRoute("switchyard_cache_served_bytes_total", "counter", "Bytes of answers served from the response cache.",
                     [](const ResponseCacheStore::RouteStats &r) { return QByteArray::number(r.servedBytes); });
            perRoute("switchyard_cache_stores_total", "counter", "Fresh answers kept in the response cache.",
                     [](const ResponseCacheStore::RouteStats &r) { return QByteArray::number(r.stores); });
        }
        header("switchyard_cache_bytes", "gauge", "Bytes the response cache holds (its bound evicts the least recently used).");
        out += "switchyard_cache_bytes " + QByteArray::number(c.bytes) + '\n';
        header("switchyard_cache_entries", "gauge", "Answers the response cache holds.");
        out += "switchyard_cache_entries " + QByteArray::number(c.entries) + '\n';
        header("switchyard_cache_evictions_total", "counter", "Entries evicted by the size bound or expired by their TTL.");
        out += "switchyard_cache_evictions_total{reason=\"size\"} " + QByteArray::number(c.evictions) + '\n';
        out += "switchyard_cache_evictions_total{reason=\"ttl\"} " + QByteArray::number(c.expirations) + '\n';
    }
    header("switchyard_requests_in_flight", "gauge", "Requests being answered now.");
    out += "switchyard_requests_in_flight " + QByteArray::number(activeRequests) + '\n';
    return out;
}

} // namespace sy
