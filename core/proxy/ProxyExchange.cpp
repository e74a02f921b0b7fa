#include "proxy/ProxyExchange.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <charconv>

#include "gateway/AnswerStream.h"
#include "http/ApiErrors.h"
#include "proxy/ProxyLog.h"
#include "proxy/RequestIds.h"
#include "responses/ResponsesAnswer.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

namespace sy {

namespace {
const QString kSkippedIncapable = QStringLiteral("skipped_incapable"); // the target cannot serve the endpoint
}

namespace {

// The decision's inputs, kept for its trace: one allocation a request, and the log entry's
// copies (live feed, request log) share it.
struct DecisionTrace final : TraceSource
{
    std::shared_ptr<const CompiledPolicy> policy;
    RequestFeatures features;
    Decision decision;
    QString format() const override
    {
        // Formatted on other threads, maybe two at once: on a copy, since reading a feature may
        // still derive its case-folded form.
        const RequestFeatures copy = features;
        return QString::fromUtf8(TraceFormatter::toJsonText(*policy, copy, decision));
    }
};

// Header names the proxy writes on every answer, as constants: no allocation a header.
namespace names {
const QByteArray contentType = QByteArrayLiteral("Content-Type");
const QByteArray cacheControl = QByteArrayLiteral("Cache-Control");
const QByteArray route = QByteArrayLiteral("x-switchyard-route");
const QByteArray model = QByteArrayLiteral("x-switchyard-model");
const QByteArray provider = QByteArrayLiteral("x-switchyard-provider");
const QByteArray attempts = QByteArrayLiteral("x-switchyard-attempts");
const QByteArray arm = QByteArrayLiteral("x-switchyard-arm");
const QByteArray requestId = QByteArrayLiteral("x-request-id");
const QByteArray cost = QByteArrayLiteral("x-switchyard-cost-usd");
const QByteArray applicationJson = QByteArrayLiteral("application/json");
const QByteArray eventStream = QByteArrayLiteral("text/event-stream");
const QByteArray noCache = QByteArrayLiteral("no-cache");
} // namespace names

// The chance a weighted node gave the arm it chose: what an offline estimate divides by.
double armShareOf(const Node &node, size_t arm)
{
    double total = 0;
    for (const Arm &a : node.arms)
        total += std::max(0.0, a.weight);
    return total > 0 ? std::max(0.0, node.arms[arm].weight) / total : -1;
}

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

} // namespace

ProxyExchange::ProxyExchange(std::shared_ptr<ProxyRuntime> runtime, ClientRequest request,
                             HttpResponder responder, Services services)
    : m_runtime(std::move(runtime)), m_body(std::move(request.body)), m_format(request.format),
      m_parsed(std::move(request.parsed)), m_clientHeaders(std::move(request.headers)),
      m_responder(std::move(responder)), m_pool(services.pool), m_logSink(std::move(services.logSink)),
      m_active(services.activeCounter), m_metrics(services.metrics), m_responses(std::move(request.responses)),
      m_responseStore(services.responseStore), m_keyGate(std::move(request.key)), m_responseCache(services.responseCache),
      m_sessions(services.sessions), m_shadowBudget(services.shadowBudget), m_track(services.track)
{
    if (m_responses && m_responses->stream)
        m_responsesStream = std::make_unique<ResponsesStreamWriter>(*m_responses);
    if (m_responses && !m_responses->dropped.isEmpty())
        m_log.notes = QStringLiteral("Responses API to chat completions dropped: %1").arg(m_responses->dropped.join(QStringLiteral(", ")));
    m_log.keyName = m_keyGate.keyName();
    // The client's id when it sent one, else ours: every answer says which request it was, and
    // feedback names the answer by it.
    if (const QByteArray id = headerValue(m_clientHeaders, "x-request-id"); !id.isEmpty() && id.size() <= 200)
        m_requestId = id;
    else
        m_requestId = RequestIds::next();
    m_log.requestId = QString::fromUtf8(m_requestId);
    if (m_active)
        m_active->fetch_add(1);
    m_clock.start();
    m_logBodies = m_logSink && m_runtime->policy->policy.logBodies.value_or(false);
    QPointer<ProxyExchange> self(this);
    m_responder.onClientGone([self] {
        if (!self || self->m_done)
            return;
        self->m_call.cancel();
        self->endAttempt(Outcome::ClientGone);
        self->m_log.error = QStringLiteral("client closed the connection");
        self->finish(499);
    });
}

ProxyExchange::~ProxyExchange()
{
    m_call.cancel();                 // the upstream callbacks below hold a plain pointer to this
    endAttempt(Outcome::ClientGone); // deleted mid-attempt (the proxy stops): in-flight count, gate slot and
                                     // probe go back
    m_keyGate.settle(m_log.costUsd, m_log.inputTokens + m_log.outputTokens, nowMs()); // unless finish() did
    if (m_active)
        m_active->fetch_sub(1);
}

QString ProxyExchange::modelName(int upstream) const
{
    const QString &id = m_runtime->policy->model(upstream).id;
    return id.isEmpty() ? m_parsed.features.alias : id;
}

double ProxyExchange::costOf(const TokenUsage &usage) const
{
    return m_runtime->policy->model(currentUpstream()).pricing.costUsd(usage);
}

qint64 ProxyExchange::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void ProxyExchange::start(Endpoint endpoint)
{
    m_endpoint = endpoint;
    const CompiledPolicy &policy = *m_runtime->policy;
    RequestFeatures &features = m_parsed.features;
    for (const auto &[name, value] : m_clientHeaders)
        if (policy.headersUsed.contains(name)) // the rest never reach a condition: no conversion
            features.headers.emplace_back(QString::fromLatin1(name), QString::fromUtf8(value));
    features.randomSeed = QRandomGenerator::global()->generate64();
    m_keyGate.applyDefaultRoute(policy, features);
    // A route whose semantic selector compares embeddings needs the request's first.
    const int route = policy.routeByAlias.value(features.alias, -1);
    if (route >= 0 && m_endpoint == Endpoint::Chat && policy.routeEmbeddingUpstream[size_t(route)] >= 0)
        return fetchEmbedding(policy.routeEmbeddingUpstream[size_t(route)]);
    decideAndRun();
}

void ProxyExchange::fetchEmbedding(int upstream)
{
    const CompiledPolicy &policy = *m_runtime->policy;
    const ProviderRoute &provider =
        m_runtime->providers[size_t(policy.upstreams[size_t(upstream)].providerIndex)];
    if (!provider.unavailable.isEmpty() || provider.kind != ProviderKind::OpenAI)
        return decideAndRun(); // the selector then takes its default, and the trace says why
    UpstreamRequest request;
    request.endpoint = provider.endpoint;
    request.path = "/embeddings";
    request.headers = provider.headers;
    request.connectTimeoutMs = provider.connectTimeoutMs;
    // Routing waits for it: a slow embedder must not hold the request long.
    request.firstByteTimeoutMs = std::min(provider.firstByteTimeoutMs, kEmbeddingTimeoutMs);
    request.totalTimeoutMs = kEmbeddingTimeoutMs;
    request.idempotent = true;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("model"), policy.model(upstream).id},
                                             {QStringLiteral("input"),
                                              m_parsed.features.lastUserMessage().left(kMaxEmbeddedChars)}})
                       .toJson(QJsonDocument::Compact);
    m_embeddingUpstream = upstream;
    m_call = m_pool->send(std::move(request),
                          {[this](int status, const HttpHeaders &) { m_status = status; },
                           [this](QByteArrayView data) { m_buffer.append(data.data(), data.size()); },
                           [this] { onEmbedding(true); },
                           [this](UpstreamError, const QString &) { onEmbedding(false); }});
}

void ProxyExchange::onEmbedding(bool complete)
{
    if (complete && m_status == 200) {
        const QJsonDocument answer = QJsonDocument::fromJson(m_buffer);
        // The routing embedding is billed too: its cost joins the request's in the log and budgets.
        m_routingCostUsd =
            m_runtime->policy->model(m_embeddingUpstream)
                .pricing.costUsd(answer[QStringLiteral("usage")][QStringLiteral("prompt_tokens")].toInteger(),
                                 0);
        const QJsonArray vector = answer[QStringLiteral("data")][0][QStringLiteral("embedding")].toArray();
        std::vector<float> &embedding = m_parsed.features.embedding;
        embedding.reserve(size_t(vector.size()));
        for (const QJsonValue &x : vector)
            embedding.push_back(float(x.toDouble()));
    }
    m_status = 0;
    m_buffer.clear();
    // Out of the pool's callback before the first attempt is sent.
    QMetaObject::invokeMethod(this, &ProxyExchange::decideAndRun, Qt::QueuedConnection);
}

void ProxyExchange::decideAndRun()
{
    if (m_done)
        return;
    if (m_shadow)
        return runShadow();
    const CompiledPolicy &policy = *m_runtime->policy;
    RequestFeatures &features = m_parsed.features;
    thread_local std::vector<UpstreamLive> live;
    const qint64 now = nowMs();
    m_runtime->snapshot(now, live);
    RoutingEngine::decide(policy, features, live, m_decision);

    m_log.timestampMs = now;
    m_log.stream = features.stream;
    m_log.client = QString::fromUtf8(headerValue(m_clientHeaders, "x-switchyard-client"));
    if (m_decision.route >= 0)
        m_log.route = policy.policy.routes[size_t(m_decision.route)].alias;
    for (const TraceEntry &e : m_decision.trace)
        if (e.type == TraceEntry::Type::ArmChosen) {
            const CompiledNode &node = policy.nodes[size_t(e.node)];
            const Arm &arm = node.source->arms[size_t(e.index)];
            m_log.arm = arm.label.isEmpty() ? QString::number(e.index + 1) : arm.label;
            m_log.experiment = node.path;
            m_log.armShare = node.source->strategy == BalanceStrategy::Weights ? armShareOf(*node.source, size_t(e.index)) : -1;
        }

    if (m_decision.status == Decision::Status::UnknownRoute) {
        QStringList known;
        for (const Route &r : policy.policy.routes)
            known.append(r.alias);
        return respondError(
            404,
            QStringLiteral("The model '%1' does not exist. This proxy serves: %2")
                .arg(features.alias, (known + policy.policy.passthroughModels).join(QStringLiteral(", "))),
            "model_not_found");
    }
    std::vector<DecisionStep> steps;
    steps.reserve(m_decision.steps.size() + m_decision.deferred.size()); // one allocation
    steps = m_decision.steps;
    // Full targets come last: used only when nothing else is left.
    steps.insert(steps.end(), m_decision.deferred.begin(), m_decision.deferred.end());
    // A conversation stays on the target it started on while that is healthy.
    if (m_sessions && m_endpoint == Endpoint::Chat && m_decision.route >= 0) {
        m_session.identify(policy, m_decision.route, m_clientHeaders, features, m_responses.get());
        if (m_session.active())
            m_session.apply(*m_sessions, policy, live, m_decision, steps, now);
    }
    if (m_keyGate.active()) {
        if (const std::optional<KeyGate::Refusal> refusal = m_keyGate.admit(policy, features, steps, now))
            return respondError(refusal->status, refusal->message, refusal->code);
        if (m_keyGate.budgetAlert())
            m_log.notes = QStringLiteral("key '%1' is over its budget (alert only)").arg(m_log.keyName);
    }
    m_plan = FailoverPlan(std::move(steps));
    if (m_plan.isEmpty())
        return respondNoTarget();
    if (m_shadowBudget && m_decision.route >= 0 && policy.policy.routes[size_t(m_decision.route)].shadow)
        planShadows(policy, now);
    // A route that opted in answers a repeated (or, semantic, a similar) request from its cache.
    if (m_responseCache && m_endpoint == Endpoint::Chat && !m_responses && m_decision.route >= 0) {
        const Route &route = policy.policy.routes[size_t(m_decision.route)];
        if (route.cache) {
            const std::shared_ptr<const VirtualKey> key = m_keyGate.key();
            if (const auto hit = m_gatewayCache.begin(m_responseCache, route, m_format, m_body, headerValue(m_clientHeaders, "x-switchyard-cache"),
                                                      key ? key->id : QString(), features, now))
                return serveGatewayHit(*hit);
        }
    }
    attempt();
}

// A shadow test samples the route's requests; each mirror reserves its worst cost from the
// route's daily budget now, so the client's answer is never waited on for this.
void ProxyExchange::planShadows(const CompiledPolicy &policy, qint64 nowMs)
{
    // Chat only (the Responses API keeps state a mirror must not touch), and never in a replay.
    if (m_endpoint != Endpoint::Chat || m_responses || m_runtime->gate || m_runtime->cache)
        return;
    const RouteShadow &shadow = *policy.policy.routes[size_t(m_decision.route)].shadow;
    if (QRandomGenerator::global()->generateDouble() >= shadow.sample)
        return;
    const RequestFeatures &features = m_parsed.features;
    const qint64 output = features.maxTokens > 0 ? features.maxTokens : kShadowOutputAssumed;
    for (const QString &target : shadow.targets) {
        const int upstream = policy.upstreamByRef.value(target, -1);
        if (upstream < 0)
            continue;
        const double worst = KeyGate::maxCostUsd(policy, upstream, features.promptTokens(), output);
        if (!m_shadowBudget->tryReserve(m_log.route, worst, shadow.dailyBudgetUsd, nowMs)) {
            m_log.notes = QStringLiteral("shadow test skipped: its daily budget of $%1 is spent").arg(shadow.dailyBudgetUsd);
            continue;
        }
        m_shadows.push_back({upstream, m_log.route, m_log.requestId, worst});
    }
    if (!m_shadows.empty())
        m_logBodies = bool(m_logSink); // the served answer is compared with the mirrors' later
}

// After the served request is finished: its mirrors start from the event loop, so nothing of
// theirs runs before the client's answer is written. A failed answer has nothing to compare.
void ProxyExchange::launchShadows(int status)
{
    const qint64 now = nowMs();
    for (Shadow &shadow : m_shadows) {
        if (status < 200 || status >= 300 || !m_track) {
            m_shadowBudget->settle(shadow.route, shadow.reservedUsd, 0, now);
            continue;
        }
        HttpHeaders headers = m_clientHeaders;
        std::erase_if(headers, [](const auto &h) { return h.first == "x-request-id" || h.first == "x-switchyard-feedback"; });
        // No active counter: a mirror is not a client's request (nor one a draining server waits for).
        auto *mirror = new ProxyExchange(m_runtime, {m_body, m_format, m_parsed, std::move(headers), {}, {}}, HttpResponder(),
                                         {m_pool, m_logSink, nullptr, m_metrics, nullptr, nullptr, nullptr, m_shadowBudget, m_track});
        m_track(mirror);
        mirror->startShadow(std::move(shadow));
    }
    m_shadows.clear();
}

void ProxyExchange::startShadow(Shadow shadow)
{
    m_shadow = std::move(shadow);
    m_logBodies = bool(m_logSink);
    QMetaObject::invokeMethod(this, [this] { decideAndRun(); }, Qt::QueuedConnection);
}

void ProxyExchange::runShadow()
{
    const qint64 now = nowMs();
    m_log.timestampMs = now;
    m_log.stream = m_parsed.features.stream;
    m_log.client = QString::fromUtf8(headerValue(m_clientHeaders, "x-switchyard-client"));
    m_log.route = m_shadow->route;
    m_log.arm = QStringLiteral("shadow");
    m_log.shadowOf = m_shadow->servedRequestId;
    m_plan = FailoverPlan({DecisionStep{-1, m_shadow->upstream}});
    attempt();
}

void ProxyExchange::serveGatewayHit(const GatewayCacheUse::Hit &hit)
{
    const CachedAnswer &cached = *hit.answer;
    m_gatewayHit = hit.answer;
    m_log.cacheHit = true;
    m_log.provider = cached.provider;
    m_log.model = cached.model;
    m_log.inputTokens = cached.inputTokens;
    m_log.outputTokens = cached.outputTokens;
    m_log.costUsd = 0;
    m_log.notes = hit.semantic ? QStringLiteral("semantic cache hit (similarity %1): saved $%2").arg(hit.similarity, 0, 'f', 3).arg(cached.costUsd, 0, 'f', 6)
                               : QStringLiteral("cache hit: saved $%1").arg(cached.costUsd, 0, 'f', 6);
    m_log.attemptLog.push_back({cached.provider, cached.model, 200, QString(), 0, QString(), QStringLiteral("cache_hit")});
    if (m_parsed.features.stream) {
        m_streaming = true;
        relay(AnswerStream::toEvents(m_format, cached.answer, m_parsed.includeUsage));
        endStream();
        finish(200);
        return;
    }
    HttpHeaders headers = decisionHeaders();
    headers.insert(headers.begin(), {names::contentType, names::applicationJson});
    headers.emplace_back(names::cost, QByteArrayLiteral("0.00000000"));
    send(200, headers, cached.answer);
    finish(200);
}

void ProxyExchange::keepInGatewayCache(const QByteArray &clientAnswer)
{
    if (!m_gatewayCache.storing())
        return;
    const CompiledPolicy &policy = *m_runtime->policy;
    const int upstream = currentUpstream();
    m_gatewayCache.keep(clientAnswer, policy.provider(upstream).id, modelName(upstream), m_log.inputTokens, m_log.outputTokens, m_log.costUsd,
                        double(m_clock.elapsed()), nowMs());
}

const CompiledNode *ProxyExchange::currentNode() const
{
    const int node = m_plan.current().node;
    return node >= 0 ? &m_runtime->policy->nodes[size_t(node)] : nullptr;
}

int ProxyExchange::currentUpstream() const
{
    return m_plan.current().upstream;
}

void ProxyExchange::attempt()
{
    if (m_done)
        return;
    const CompiledPolicy &policy = *m_runtime->policy;
    const int upstream = currentUpstream();
    const CompiledUpstream &u = policy.upstreams[size_t(upstream)];
    const ProviderRoute &provider = m_runtime->providers[size_t(u.providerIndex)];
    const ModelSpec &model = policy.model(upstream);
    const QString modelId =
        u.modelIndex < 0 ? m_parsed.features.alias : model.id; // pass-through keeps the name
    const QString providerId = policy.provider(upstream).id;

    auto skip = [&](const QString &why, const QString &outcome) {
        m_log.attemptLog.push_back({providerId, modelId, 0, why, 0, QString(), outcome});
        moveOn();
    };
    if (!provider.unavailable.isEmpty())
        return skip(provider.unavailable, QStringLiteral("skipped_unavailable"));
    if (m_endpoint == Endpoint::Embeddings &&
        (provider.kind != ProviderKind::OpenAI ||
         (u.modelIndex >= 0 && !model.capabilities.has(Capability::Embeddings))))
        return skip(QStringLiteral("%1/%2 does not serve embeddings").arg(providerId, modelId), kSkippedIncapable);
    if (m_endpoint == Endpoint::Completions && provider.kind != ProviderKind::OpenAI)
        return skip(QStringLiteral("%1/%2 does not serve the legacy completions API").arg(providerId, modelId), kSkippedIncapable);
    m_status = 0;
    m_upstreamHeaders.clear();
    m_upstreamContentType.clear();
    m_buffer.clear();
    m_streaming = false;
    m_upstreamFormat =
        provider.kind == ProviderKind::Anthropic ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat;
    m_nativeResponses = m_responses && provider.responsesApi && m_endpoint == Endpoint::Chat;
    m_nativeCheck = {};
    if (m_nativeResponses)
        m_nativeCheck.setPreviousResponseId(m_responses->previousResponseId);
    if (m_endpoint == Endpoint::CountTokens && m_upstreamFormat != ApiFormat::AnthropicMessages)
        return answerEstimatedCount(); // only Anthropic's API counts tokens for a client
    const bool translate = m_upstreamFormat != m_format;
    // Without usage a stream's cost would be unknown (and budgets blind to it): always ask.
    const bool askUsage = !translate && !m_nativeResponses && m_upstreamFormat == ApiFormat::OpenAIChat &&
                          m_endpoint != Endpoint::Embeddings && m_parsed.features.stream &&
                          !m_parsed.includeUsage;
    const bool cacheable = m_runtime->cache && m_endpoint == Endpoint::Chat && !m_nativeResponses;
    if (m_parsed.features.stream && !m_nativeResponses)
        m_relay =
            StreamRelay({m_upstreamFormat, m_format, modelId, m_parsed.includeUsage, askUsage, cacheable || m_gatewayCache.storing(),
                         translate && m_format == ApiFormat::AnthropicMessages ? m_parsed.features.promptTokens() : 0});

    UpstreamRequest request;
    request.endpoint = provider.endpoint;
    request.path = m_nativeResponses                                  ? QByteArray("/responses")
                   : m_endpoint == Endpoint::Embeddings               ? QByteArray("/embeddings")
                   : m_endpoint == Endpoint::CountTokens              ? QByteArray("/messages/count_tokens")
                   : m_endpoint == Endpoint::Completions              ? QByteArray("/completions")
                   : m_upstreamFormat == ApiFormat::AnthropicMessages ? QByteArray("/messages")
                                                                      : QByteArray("/chat/completions");
    request.headers.reserve(provider.headers.size() + 2); // with Accept and anthropic-beta: one allocation
    request.headers = provider.headers;
    // Sent again on a fresh connection if a reused one closes unanswered only when it is safe twice.
    request.idempotent = m_endpoint != Endpoint::Chat || !headerValue(m_clientHeaders, "idempotency-key").isEmpty();
    if (m_parsed.features.stream)
        request.headers.push_back({"Accept", "text/event-stream"});
    if (m_format == ApiFormat::AnthropicMessages)
        if (const QByteArray beta = headerValue(m_clientHeaders, "anthropic-beta"); !beta.isEmpty())
            request.headers.push_back({"anthropic-beta", beta});
    // Same API: only the model value changes, in place. Across APIs: a full translation.
    if (m_nativeResponses) { // the client's Responses request, its conversation spelled out
        QJsonObject native = m_responses->nativeRequest;
        native.insert(QStringLiteral("model"), modelId);
        request.body = QJsonDocument(native).toJson(QJsonDocument::Compact);
    } else if (translate) {
        request.body = FormatTranslator::request(m_body, m_format, m_upstreamFormat, modelId, true);
    } else { // the client's bytes, shared, with the model value swapped: a large body is not copied
        request.body = m_body;
        const QByteArray &modelJson = m_runtime->upstreams[size_t(upstream)].modelJson;
        request.body.replace(m_parsed.modelBegin, m_parsed.modelEnd,
                             u.modelIndex < 0 ? RequestReader::jsonString(modelId) : modelJson);
    }
    if (askUsage)
        UsageChunkFilter::requestUsage(request.body);
    const CompiledNode *node = currentNode();
    if (node && !node->source->target.overrideParams.isEmpty()) {
        QJsonObject merged = QJsonDocument::fromJson(request.body.toByteArray()).object();
        const QJsonObject &params = node->source->target.overrideParams;
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        request.body = QJsonDocument(merged).toJson(QJsonDocument::Compact);
    }
    request.connectTimeoutMs = provider.connectTimeoutMs;
    request.firstByteTimeoutMs = provider.firstByteTimeoutMs;
    request.totalTimeoutMs =
        node && node->source->target.timeoutMs ? *node->source->target.timeoutMs : provider.totalTimeoutMs;
    request.firstByteTimeoutMs = qMin(request.firstByteTimeoutMs, request.totalTimeoutMs);

    m_cacheKey.clear();
    if (cacheable) {
        const int repeat =
            headerValue(m_clientHeaders, "x-switchyard-repeat").toInt(); // each repeat cached on its own
        m_cacheKey = ResponseCache::keyFor(providerId, modelId, request.body, repeat);
        if (m_runtime->cacheReads)
            if (const auto cached = m_runtime->cache->lookup(m_cacheKey))
                return serveCached(*cached, providerId, modelId);
    }
    m_heldRequest = std::move(request);
    sendHeld();
}

// Sends the attempt's request once the replay's provider gate, if there is one, has a slot;
// the request is built and the cache asked once, however long the wait.
void ProxyExchange::sendHeld()
{
    if (m_done || !m_heldRequest)
        return;
    const int upstream = currentUpstream();
    const QString &providerId = m_runtime->policy->provider(upstream).id;
    if (m_runtime->gate) {
        if (!m_runtime->gate->tryAcquire(providerId)) {
            // The provider's replay limit is reached: wait for a slot without counting it as latency.
            if (m_gateWaitStartMs < 0)
                m_gateWaitStartMs = m_clock.elapsed();
            QTimer::singleShot(2, this, &ProxyExchange::sendHeld);
            return;
        }
        m_gatedProvider = providerId;
        if (m_gateWaitStartMs >= 0)
            m_gateWaitMs += double(m_clock.elapsed() - m_gateWaitStartMs);
        m_gateWaitStartMs = -1;
    }
    UpstreamState &state = m_runtime->upstreams[size_t(upstream)];
    if (!state.breaker.tryAcquire(nowMs(), &m_holdsProbe)) {
        m_heldRequest.reset();
        if (m_runtime->gate)
            m_runtime->gate->release(std::exchange(m_gatedProvider, QString()));
        m_log.attemptLog.push_back({providerId, modelName(upstream), 0,
                                    QStringLiteral("circuit breaker open"), 0, QString(),
                                    QStringLiteral("skipped_breaker")});
        return moveOn();
    }
    state.inFlight.fetch_add(1, std::memory_order_relaxed);
    m_inAttempt = true;
    ++m_attempts;
    m_attemptStartMs = m_clock.elapsed();
    state.stats.noteAttempt(nowMs()); // figures are on their way: no probe needed meanwhile
    ProviderUsage &usage = m_runtime->providerUsage[size_t(m_runtime->policy->upstreams[size_t(upstream)].providerIndex)];
    if (usage.limited()) {
        m_providerTokensTaken = double(m_parsed.features.promptTokens()) + (m_parsed.features.maxTokens > 0 ? m_parsed.features.maxTokens : 256);
        usage.take(m_providerTokensTaken, nowMs());
    }

    // Plain pointers keep each callback within std::function's own storage (no allocation);
    // the destructor cancels the call, so none can outlive this.
    m_call = m_pool->send(std::move(*m_heldRequest),
                          {[this](int status, const HttpHeaders &headers) { onHeaders(status, headers); },
                           [this](QByteArrayView data) { onBody(data); }, [this] { onComplete(); },
                           [this](UpstreamError e, const QString &message) { onError(e, message); }});
    m_heldRequest.reset();
}

void ProxyExchange::serveCached(const CachedResponse &cached, const QString &providerId,
                                const QString &modelId)
{
    ++m_attempts;
    m_status = cached.status;
    m_log.cacheHit = true;
    m_log.attemptLog.push_back({providerId, modelId, cached.status, QString(), cached.latencyMs, QString(),
                                QStringLiteral("cache_hit")});
    m_log.inputTokens = cached.inputTokens;
    m_log.outputTokens = cached.outputTokens;
    m_log.costUsd = cached.costUsd;
    m_cachedLatencyMs = cached.latencyMs;
    if (m_parsed.features.stream && cached.contentType.startsWith("text/event-stream")) {
        // The stored events through the same path as live ones (translation, usage filtering).
        m_streaming = true;
        const qint64 before = m_clock.elapsed();
        relay(m_relay.replayStored(cached.body));
        m_ttftMs = double(before) + std::max(0.0, cached.ttftMs);
        if (m_committed) {
            endStream();
            finish(200);
            return;
        }
        return respondError(
            502, QStringLiteral("the cached stream for %1/%2 holds no events").arg(providerId, modelId));
    }
    HttpHeaders headers = decisionHeaders();
    headers.insert(
        headers.begin(),
        {"Content-Type", cached.contentType.isEmpty() ? QByteArray("application/json") : cached.contentType});
    headers.push_back({"x-switchyard-cost-usd", QByteArray::number(cached.costUsd, 'f', 8)});
    headers.push_back({"x-switchyard-cache", "hit"});
    send(cached.status, headers, FormatTranslator::response(cached.body, m_upstreamFormat, m_format));
    finish(cached.status);
}

void ProxyExchange::onHeaders(int status, const HttpHeaders &headers)
{
    m_status = status;
    if (status >= 200 && status < 300)
        m_upstreamContentType = headerValue(headers, "content-type"); // all a success needs
    else
        m_upstreamHeaders = headers; // Retry-After and friends

    m_streaming = m_parsed.features.stream && status >= 200 && status < 300;
}

void ProxyExchange::onBody(QByteArrayView data)
{
    if (!m_streaming) {
        m_buffer.append(data);
        return;
    }
    if (m_nativeResponses) { // Responses events as they come, each chunk checked before it goes on
        QByteArray whole; // complete lines only, showing the client's previous_response_id
        if (const std::optional<QString> problem = m_nativeCheck.feed(data, whole))
            return streamFailed(FailureClass::StreamError, *problem);
        return relay(whole);
    }
    StreamRelay::Result result = m_relay.feed(data);
    relay(result.out);
    if (result.fault)
        streamFailed(result.fault->failureClass, result.fault->message);
}

void ProxyExchange::relay(QByteArrayView out)
{
    if (out.isEmpty())
        return;
    if (!m_committed) {
        m_committed = true;
        m_ttftMs = double(m_clock.elapsed());
        HttpHeaders headers = decisionHeaders();
        headers.insert(headers.begin(),
                       {{names::contentType, names::eventStream}, {names::cacheControl, names::noCache}});
        m_responder.beginChunked(200, headers);
    }
    sendChunk(out);
}

void ProxyExchange::endAttempt(Outcome outcome)
{
    if (!m_inAttempt)
        return;
    m_inAttempt = false;
    if (!m_gatedProvider.isEmpty())
        m_runtime->gate->release(std::exchange(m_gatedProvider, QString()));
    const int upstream = currentUpstream();
    UpstreamState &state = m_runtime->upstreams[size_t(upstream)];
    state.inFlight.fetch_sub(1, std::memory_order_relaxed);
    const qint64 now = nowMs();
    const bool probe = std::exchange(m_holdsProbe, false);
    QString event;
    QString name;
    switch (outcome) {
    case Outcome::Success:
        event = state.breaker.recordSuccess(now);
        name = QStringLiteral("ok");
        break;
    case Outcome::Failure:
        event = state.breaker.recordFailure(now);
        name = failureOutcomeName(m_lastFailure);
        break;
    case Outcome::Answered:
        if (probe) // it answered: alive, whatever it thought of the request
            event = state.breaker.recordSuccess(now);
        name = QStringLiteral("http_%1").arg(m_status);
        break;
    case Outcome::RateLimited:
        state.rateLimitedUntilMs.store(
            now + (m_lastFailure.retryAfterMs >= 0 ? m_lastFailure.retryAfterMs : kRateLimitPauseMs),
            std::memory_order_relaxed);
        if (state.breaker.opensOnRateLimits())
            event = state.breaker.recordFailure(now);
        else if (probe)
            state.breaker.releaseProbe();
        name = QStringLiteral("http_429");
        break;
    case Outcome::ClientGone:
        if (probe)
            state.breaker.releaseProbe();
        name = QStringLiteral("client_gone");
        break;
    }
    const bool failed = outcome == Outcome::Failure || outcome == Outcome::RateLimited;
    // A slow answer and a timeout both say how long this upstream takes now.
    // (Kept for every policy: the editor shows them.)
    if (outcome == Outcome::Success || (outcome == Outcome::Failure && m_lastFailure.failureClass == FailureClass::Timeout))
        state.stats.record(double(m_clock.elapsed() - m_attemptStartMs), m_ttftMs >= 0 ? m_ttftMs - double(m_attemptStartMs) : -1, 0, now);
    const CompiledPolicy &policy = *m_runtime->policy;
    m_log.attemptLog.push_back({policy.provider(upstream).id, modelName(upstream), m_status,
                                failed ? m_lastFailure.message : QString(),
                                double(m_clock.elapsed() - m_attemptStartMs), event, name});
    if (!event.isEmpty())
        qCInfo(lcProxy, "breaker of %s/%s: %s", qPrintable(policy.provider(upstream).id),
               qPrintable(modelName(upstream)), qPrintable(event));
}

// A stream found broken as it arrived: before the first relayed byte it falls back unseen;
// after it, the client's stream ends with an error event.
void ProxyExchange::streamFailed(FailureClass failureClass, const QString &message)
{
    m_call.cancel();
    m_lastFailure = {failureClass, 0, {}, {}, message, -1};
    endAttempt(Outcome::Failure);
    if (!m_committed)
        return attemptFailed(m_lastFailure);
    if (m_nativeResponses) {
        if (!m_nativeCheck.sawError())
            sendChunk(responsesErrorEvent(message, m_nativeCheck.lastSequenceNumber() + 1));
    } else if (!m_relay.sawErrorEvent()) { // an upstream error event was relayed already
        sendChunk(apiErrorEvent(m_format, 502, message));
    }
    endStream();
    m_log.error = message;
    logFailedAttempt(QStringLiteral("the client's stream ends with an error event"));
    finish(502);
}

void ProxyExchange::onComplete()
{
    if (m_streaming && m_nativeResponses) {
        QByteArray rest;
        const std::optional<QString> problem = m_nativeCheck.finish(rest);
        relay(rest);
        if (problem)
            return streamFailed(FailureClass::StreamError, *problem);
        if (m_nativeCheck.sawError()) { // response.failed or an error event, relayed as they came
            m_lastFailure = {FailureClass::StreamError, 0, {}, {}, QStringLiteral("the upstream's stream reported a failure"), -1};
            endAttempt(Outcome::Failure);
            m_log.error = m_lastFailure.message;
            endStream();
            finish(502);
            return;
        }
        endAttempt(Outcome::Success);
        endStream();
        finish(200);
        return;
    }
    if (m_streaming) {
        const StreamRelay::Result end = m_relay.finish();
        relay(end.out);
        if (end.fault)
            return streamFailed(end.fault->failureClass, end.fault->message);
        endAttempt(Outcome::Success);
        if (!m_cacheKey.isEmpty()) {
            const Usage &usage = m_relay.usage();
            m_runtime->cache->store(
                m_cacheKey, m_runtime->policy->provider(currentUpstream()).id, modelName(currentUpstream()),
                {200, "text/event-stream", m_relay.copy(), double(m_clock.elapsed() - m_attemptStartMs),
                 m_ttftMs - double(m_attemptStartMs), usage.inputTokens, usage.outputTokens, costOf(usage)});
        }
        if (m_gatewayCache.storing() && !m_relay.sawErrorEvent()) {
            const Usage &usage = m_relay.usage();
            m_log.inputTokens = usage.inputTokens;
            m_log.outputTokens = usage.outputTokens;
            m_log.costUsd = costOf(usage);
            if (const std::optional<QByteArray> whole = AnswerStream::fromEvents(m_upstreamFormat, m_relay.copy()))
                keepInGatewayCache(m_upstreamFormat == m_format ? *whole : FormatTranslator::response(*whole, m_upstreamFormat, m_format));
        }
        endStream();
        finish(200);
        return;
    }
    if (m_status >= 200 && m_status < 300 && m_endpoint == Endpoint::CountTokens) {
        // {"input_tokens": N}: free, nothing to check beyond the count itself.
        if (!QJsonDocument::fromJson(m_buffer).object().value(QStringLiteral("input_tokens")).isDouble()) {
            m_lastFailure = {FailureClass::ServerError, 0, {}, {}, QStringLiteral("upstream answered %1 without input_tokens").arg(m_status), -1};
            endAttempt(Outcome::Failure);
            return attemptFailed(m_lastFailure);
        }
        endAttempt(Outcome::Success);
        HttpHeaders headers = decisionHeaders();
        headers.insert(headers.begin(), {names::contentType, names::applicationJson});
        send(m_status, headers, m_buffer);
        finish(m_status);
        return;
    }
    if (m_status >= 200 && m_status < 300) {
        // A 2xx must carry an answer: an empty, non-JSON or error body is the upstream failing.
        Usage usage;
        const QString problem = m_nativeResponses ? problemInResponseBody(m_buffer)
                                                  : UpstreamAnswerCheck::problemInBody(m_buffer, m_upstreamFormat, &usage);
        if (m_nativeResponses && problem.isEmpty())
            static_cast<TokenUsage &>(usage) =
                tokenUsageOfResponse(QJsonDocument::fromJson(m_buffer).object().value(QStringLiteral("usage")).toObject());
        if (!problem.isEmpty()) {
            m_lastFailure = {FailureClass::ServerError,
                             0,
                             {},
                             {},
                             QStringLiteral("upstream answered %1 with %2").arg(m_status).arg(problem),
                             -1};
            endAttempt(Outcome::Failure);
            return attemptFailed(m_lastFailure);
        }
        endAttempt(Outcome::Success);
        m_log.inputTokens = usage.inputTokens;
        m_log.outputTokens = usage.outputTokens;
        m_log.costUsd = costOf(usage);
        if (!m_cacheKey.isEmpty()) {
            const CompiledPolicy &policy = *m_runtime->policy;
            m_runtime->cache->store(
                m_cacheKey, policy.provider(currentUpstream()).id, modelName(currentUpstream()),
                {m_status, m_upstreamContentType, m_buffer, double(m_clock.elapsed() - m_attemptStartMs), -1,
                 usage.inputTokens, usage.outputTokens, m_log.costUsd});
        }
        HttpHeaders headers = decisionHeaders();
        char cost[32];
        const auto written =
            std::to_chars(cost, cost + sizeof cost, m_log.costUsd, std::chars_format::fixed, 8);
        headers.emplace_back(names::cost,
                             QByteArray(cost, written.ec == std::errc() ? written.ptr - cost : 0));
        headers.insert(headers.begin(),
                       {names::contentType,
                        m_upstreamContentType.isEmpty() ? names::applicationJson : m_upstreamContentType});
        const QByteArray answer = m_nativeResponses ? m_buffer : FormatTranslator::response(m_buffer, m_upstreamFormat, m_format);
        keepInGatewayCache(answer);
        send(m_status, headers, answer);
        finish(m_status);
        return;
    }
    const FailureClass fc = failureClassOfStatus(m_status);
    m_lastFailure = {fc,
                     m_status,
                     m_buffer,
                     m_upstreamHeaders,
                     QStringLiteral("upstream answered %1").arg(m_status),
                     retryAfterMs(m_upstreamHeaders, QDateTime::currentDateTimeUtc()),
                     m_upstreamFormat};
    // A bad request says nothing against the upstream's health; a 429 is back-pressure.
    endAttempt(fc == FailureClass::RateLimited   ? Outcome::RateLimited
               : fc == FailureClass::ClientError ? Outcome::Answered
                                                 : Outcome::Failure);
    attemptFailed(m_lastFailure);
}

void ProxyExchange::onError(UpstreamError error, const QString &message)
{
    const bool midStream = m_committed;
    const FailureClass fc = failureClassOfError(error, m_status != 0, m_streaming);
    m_lastFailure = {fc, 0, {}, {}, QStringLiteral("%1: %2").arg(upstreamErrorName(error), message), -1};
    endAttempt(Outcome::Failure);
    if (midStream) {
        // Tokens already reached the client: end the stream with an error it can see.
        sendChunk(
            apiErrorEvent(m_format, 502, QStringLiteral("the upstream stream failed: %1").arg(message)));
        endStream();
        m_log.error = m_lastFailure.message;
        logFailedAttempt(QStringLiteral("the client's stream ends with an error event"));
        finish(502);
        return;
    }
    attemptFailed(m_lastFailure);
}

void ProxyExchange::attemptFailed(UpstreamFailure failure)
{
    m_haveFailure = true;
    m_lastFailure = std::move(failure);
    const CompiledNode *node = currentNode();
    static const RetrySpec noRetry;
    static const FailoverPlan::Jitter jitter = [](int bound) {
        return int(QRandomGenerator::global()->bounded(bound + 1));
    };
    const RetrySpec &retry = node ? node->source->target.retry : noRetry;
    const FailoverPlan::Next next = m_plan.afterFailure(retry, node ? node->fallbackOn : FailureSet::defaults(),
                                                        m_lastFailure.failureClass, m_lastFailure.retryAfterMs, jitter);
    switch (next.kind) {
    case FailoverPlan::Next::Kind::RetrySame:
        if (!retry.maxAttempts && !m_log.attemptLog.empty()) // said where the attempts are read: a retry nobody configured
            m_log.attemptLog.back().error += QStringLiteral(" (retried by default: up to %1 retries for a target without a "
                                                            "retry block)")
                                                 .arg(RetrySpec::kDefaultRetries);
        logFailedAttempt(QStringLiteral("retrying in %1 ms").arg(next.delayMs));
        QTimer::singleShot(next.delayMs, this, &ProxyExchange::attempt);
        return;
    case FailoverPlan::Next::Kind::NextTarget:
        if (m_plan.advance()) {
            logFailedAttempt(QStringLiteral("falling back to the next target"));
            return attempt();
        }
        logFailedAttempt(QStringLiteral("no target left"));
        return finishWithFailure();
    case FailoverPlan::Next::Kind::GiveUp:
        logFailedAttempt(QStringLiteral("the policy does not fall back on this failure"));
        return finishWithFailure();
    }
}

// One warning per failed attempt, with what the proxy does next; the request log has the rest.
void ProxyExchange::logFailedAttempt(const QString &next) const
{
    if (!lcProxy().isWarningEnabled() || m_log.attemptLog.empty())
        return;
    const AttemptLogEntry &a = m_log.attemptLog.back();
    qCWarning(lcProxy, "%s%s%s to '%s': %s/%s failed after %.0f ms (%s: %s); %s", m_shadow ? "shadow test mirror" : "request",
              m_requestId.isEmpty() ? "" : " ", m_requestId.constData(), qPrintable(m_parsed.features.alias),
              qPrintable(a.provider), qPrintable(a.model), a.latencyMs, qPrintable(a.outcome),
              qPrintable(a.error), qPrintable(next));
}

void ProxyExchange::moveOn()
{
    if (m_plan.advance())
        return attempt();
    finishWithFailure();
}

void ProxyExchange::finishWithFailure()
{
    if (m_done)
        return;
    m_log.error = m_haveFailure ? m_lastFailure.message : QStringLiteral("no target could be tried");
    if (m_haveFailure && m_lastFailure.status > 0) {
        // The last upstream's own answer, in this same API's shape, is the most useful error.
        HttpHeaders headers = decisionHeaders();
        headers.insert(headers.begin(), {"Content-Type", "application/json"});
        // However the upstream said it (seconds, an HTTP date, retry-after-ms), in seconds; OpenAI's
        // clients also read the millisecond form.
        if (const int wait = m_lastFailure.retryAfterMs; wait >= 0) {
            headers.push_back({"Retry-After", QByteArray::number(retryAfterSeconds(wait))});
            if (m_format == ApiFormat::OpenAIChat)
                headers.push_back({"retry-after-ms", QByteArray::number(wait)});
        }
        send(m_lastFailure.status, headers,
             FormatTranslator::error(m_lastFailure.body, m_lastFailure.status, m_lastFailure.format,
                                     m_format));
        finish(m_lastFailure.status);
        return;
    }
    // No target can do what was asked (embeddings from chat models): the request is wrong, not
    // the upstreams, and a 5xx would have SDKs retry it.
    if (!m_log.attemptLog.empty() &&
        std::all_of(m_log.attemptLog.begin(), m_log.attemptLog.end(),
                    [](const AttemptLogEntry &a) { return a.outcome == kSkippedIncapable; })) {
        QStringList targets;
        for (const AttemptLogEntry &a : m_log.attemptLog)
            targets.append(QStringLiteral("%1/%2").arg(a.provider, a.model));
        return respondError(400,
                            m_endpoint == Endpoint::Embeddings
                                ? QStringLiteral("route '%1' has no target that serves embeddings (tried %2): add a model "
                                                 "with the embeddings capability on an OpenAI-kind provider")
                                      .arg(m_parsed.features.alias, targets.join(QStringLiteral(", ")))
                                : QStringLiteral("route '%1' has no target that serves the legacy completions API (tried %2): "
                                                 "it needs an OpenAI-kind provider")
                                      .arg(m_parsed.features.alias, targets.join(QStringLiteral(", "))),
                            "unsupported_model");
    }
    QStringList tried;
    for (const AttemptLogEntry &a : m_log.attemptLog)
        tried.append(QStringLiteral("%1/%2: %3")
                         .arg(a.provider, a.model, a.error.isEmpty() ? QString::number(a.status) : a.error));
    const int status = m_haveFailure && m_lastFailure.failureClass == FailureClass::Timeout ? 504 : 502;
    respondError(status, QStringLiteral("every target failed (%1)").arg(tried.join(QStringLiteral("; "))));
}

// Every target is skipped: breakers open, rate limits being waited out, providers unavailable.
// Only rate limits: a 429, like the upstreams'. Either way Retry-After says when one reopens.
void ProxyExchange::respondNoTarget()
{
    const CompiledPolicy &policy = *m_runtime->policy;
    const qint64 now = nowMs();
    qint64 soonestMs = -1;
    bool onlyRateLimits = true;
    for (const TraceEntry &e : m_decision.trace) {
        if (e.type != TraceEntry::Type::SkippedOpen && e.type != TraceEntry::Type::SkippedRateLimited)
            continue;
        const UpstreamState &state = m_runtime->upstreams[size_t(policy.nodes[size_t(e.node)].upstream)];
        const qint64 wait = e.type == TraceEntry::Type::SkippedOpen
                                ? state.breaker.msUntilProbe(now)
                                : state.rateLimitedUntilMs.load(std::memory_order_relaxed) - now;
        onlyRateLimits = onlyRateLimits && e.type == TraceEntry::Type::SkippedRateLimited;
        if (wait > 0 && (soonestMs < 0 || wait < soonestMs))
            soonestMs = wait;
    }
    const QString alias = m_parsed.features.alias;
    const int status = onlyRateLimits && soonestMs > 0 ? 429 : 503;
    const QString message =
        status == 429
            ? QStringLiteral("every target of '%1' is rate limited by its provider; retry after %2 s")
                  .arg(alias)
                  .arg(retryAfterSeconds(soonestMs))
            : QStringLiteral("no upstream is available for '%1': every target's circuit breaker is open, its "
                             "provider rate limited or unavailable")
                  .arg(alias);
    HttpHeaders headers = decisionHeaders();
    headers.insert(headers.begin(), {"Content-Type", "application/json"});
    if (soonestMs > 0)
        headers.push_back({"Retry-After", QByteArray::number(retryAfterSeconds(soonestMs))});
    m_log.error = message;
    send(status, headers,
         apiErrorBody(m_format, status, message, status == 429 ? "rate_limit_exceeded" : nullptr));
    finish(status);
}

void ProxyExchange::answerEstimatedCount()
{
    HttpHeaders headers = decisionHeaders();
    headers.insert(headers.begin(), {names::contentType, names::applicationJson});
    headers.emplace_back("x-switchyard-estimated", "true");
    m_log.inputTokens = m_parsed.features.promptTokens();
    ++m_attempts;
    send(200, headers, QByteArray(R"({"input_tokens":)") + QByteArray::number(m_log.inputTokens) + '}');
    finish(200);
}

void ProxyExchange::respondError(int status, const QString &message, const char *code)
{
    HttpHeaders headers = decisionHeaders();
    headers.insert(headers.begin(), {"Content-Type", "application/json"});
    if (m_log.error.isEmpty())
        m_log.error = message;
    send(status, headers, apiErrorBody(m_format, status, message, code));
    finish(status);
}

void ProxyExchange::send(int status, const HttpHeaders &headers, const QByteArray &body)
{
    QByteArray answer = body;
    if (m_responses && status >= 200 && status < 300 && m_nativeResponses) {
        QJsonObject response = withPreviousResponseId(QJsonDocument::fromJson(body).object(), m_responses->previousResponseId);
        if (!m_responses->previousResponseId.isEmpty())
            answer = QJsonDocument(response).toJson(QJsonDocument::Compact);
        if (m_responses->store)
            storeResponse(std::move(response));
    } else if (m_responses && status >= 200 && status < 300) {
        if (std::optional<QJsonObject> response = responseObjectFromChat(body, *m_responses)) {
            answer = QJsonDocument(*response).toJson(QJsonDocument::Compact);
            if (m_responses->store)
                storeResponse(std::move(*response));
        }
    }
    if (m_logBodies)
        m_responseCopy = answer;
    m_responder.respond(status, headers, answer);
}

void ProxyExchange::sendChunk(QByteArrayView data)
{
    QByteArray translated;
    if (m_responsesStream && !m_nativeResponses) {
        translated = m_responsesStream->feed(data);
        data = translated;
        if (data.isEmpty())
            return;
    }
    if (m_logBodies && m_responseCopy.size() < kMaxLoggedBodyBytes)
        m_responseCopy.append(data);
    m_responder.writeChunk(data);
}

void ProxyExchange::endStream()
{
    if (m_nativeResponses) {
        if (m_responses->store && !m_nativeCheck.finalResponse().isEmpty())
            storeResponse(m_nativeCheck.finalResponse());
    } else if (m_responsesStream) {
        const bool failedBefore = m_responsesStream->failed();
        const QByteArray closing = m_responsesStream->finish();
        if (!closing.isEmpty()) {
            if (m_logBodies && m_responseCopy.size() < kMaxLoggedBodyBytes)
                m_responseCopy.append(closing);
            m_responder.writeChunk(closing);
        }
        if (!failedBefore && !m_responsesStream->failed() && m_responses->store)
            storeResponse(m_responsesStream->finalResponse());
    }
    m_responder.endChunked();
}

void ProxyExchange::storeResponse(QJsonObject response)
{
    if (!m_responseStore || response.isEmpty())
        return;
    QJsonArray items = m_responses->input;
    for (const QJsonValue &item : response.value(QStringLiteral("output")).toArray())
        items.append(item);
    // A provider answering natively names its response itself; the client continues from that id.
    const QString id = response.value(QStringLiteral("id")).toString(m_responses->id);
    m_responseStore->put(id, std::move(response), m_responses->previousResponseId, std::move(items), nowMs());
}

QString ProxyExchange::loggedBody(const QByteArray &body)
{
    if (body.size() <= kMaxLoggedBodyBytes)
        return QString::fromUtf8(body);
    return QString::fromUtf8(body.left(kMaxLoggedBodyBytes)) +
           QStringLiteral("\n[... %1 more bytes not logged]").arg(body.size() - kMaxLoggedBodyBytes);
}

HttpHeaders ProxyExchange::decisionHeaders() const
{
    static const QByteArray attemptCounts[] = {
        QByteArrayLiteral("0"), QByteArrayLiteral("1"), QByteArrayLiteral("2"), QByteArrayLiteral("3"),
        QByteArrayLiteral("4"), QByteArrayLiteral("5"), QByteArrayLiteral("6"), QByteArrayLiteral("7"),
        QByteArrayLiteral("8"), QByteArrayLiteral("9")};
    HttpHeaders h;
    h.reserve(8); // with the content type and cost the caller adds
    if (m_decision.route >= 0)
        h.emplace_back(names::route, m_runtime->routeHeaders[size_t(m_decision.route)]);
    if (!m_plan.isEmpty() && m_attempts > 0) {
        const UpstreamState &u = m_runtime->upstreams[size_t(currentUpstream())];
        h.emplace_back(names::model,
                       u.modelHeader.isEmpty() ? m_parsed.features.alias.toUtf8() : u.modelHeader);
        h.emplace_back(names::provider, u.providerHeader);
    }
    h.emplace_back(names::attempts, m_attempts >= 0 && m_attempts < 10 ? attemptCounts[m_attempts]
                                                                       : QByteArray::number(m_attempts));
    if (!m_log.arm.isEmpty())
        h.emplace_back(names::arm, m_log.arm.toUtf8());
    h.emplace_back(names::requestId, m_requestId);
    // What the Responses-to-chat translation could not carry, never dropped silently.
    if (m_responses && !m_nativeResponses && !m_responses->dropped.isEmpty())
        h.emplace_back("x-switchyard-dropped", m_responses->dropped.join(QStringLiteral(", ")).toUtf8());
    h.insert(h.end(), m_keyGate.headers().begin(), m_keyGate.headers().end());
    if (m_gatewayHit) {
        h.emplace_back("x-switchyard-cache", QByteArrayLiteral("hit"));
        h.emplace_back(names::model, m_gatewayHit->model.toUtf8());
        h.emplace_back(names::provider, m_gatewayHit->provider.toUtf8());
    } else if (m_gatewayCache.storing()) {
        h.emplace_back("x-switchyard-cache", QByteArrayLiteral("miss"));
    }
    if (m_session.pinned())
        h.emplace_back("x-switchyard-session", QByteArrayLiteral("pinned"));
    return h;
}

void ProxyExchange::finish(int status)
{
    if (m_done)
        return;
    m_done = true;
    if (m_nativeResponses)
        m_log.notes.clear(); // nothing was translated, so nothing was dropped
    if (m_streaming && m_committed && !m_log.cacheHit) {
        const TokenUsage &usage = m_nativeResponses ? m_nativeCheck.usage() : m_relay.usage();
        m_log.inputTokens = usage.inputTokens;
        m_log.outputTokens = usage.outputTokens;
        m_log.costUsd = costOf(usage);
    }
    m_log.costUsd += m_routingCostUsd;
    m_keyGate.settle(m_log.costUsd, m_log.inputTokens + m_log.outputTokens, nowMs());
    if (m_sessions && m_session.active() && status >= 200 && status < 300 && m_attempts > 0 && !m_plan.isEmpty())
        m_session.remember(*m_sessions, *m_runtime->policy, currentUpstream(), nowMs());
    if (m_providerTokensTaken > 0 && m_attempts > 0 && !m_plan.isEmpty()) // the last attempt's provider learns the real count
        m_runtime->providerUsage[size_t(m_runtime->policy->upstreams[size_t(currentUpstream())].providerIndex)].settle(
            m_providerTokensTaken, double(m_log.inputTokens + m_log.outputTokens), nowMs());
    if (!m_plan.isEmpty() && m_attempts > 0) {
        const CompiledPolicy &policy = *m_runtime->policy;
        m_log.model = modelName(currentUpstream());
        m_log.provider = policy.provider(currentUpstream()).id;
    }
    m_log.status = status;
    m_log.attempts = m_attempts;
    m_log.latencyMs = std::max(0.0, double(m_clock.elapsed()) - m_gateWaitMs) + m_cachedLatencyMs;
    m_log.ttftMs = m_ttftMs;
    // Targets the routing decision passed over are in the log (and /metrics) ahead of the attempts.
    std::vector<AttemptLogEntry> skipped;
    for (const TraceEntry &e : m_decision.trace) {
        const bool open = e.type == TraceEntry::Type::SkippedOpen;
        if (!open && e.type != TraceEntry::Type::SkippedRateLimited)
            continue;
        const int upstream = m_runtime->policy->nodes[size_t(e.node)].upstream;
        skipped.push_back(
            {m_runtime->policy->provider(upstream).id, modelName(upstream), 0,
             open ? QStringLiteral("circuit breaker open")
                  : QStringLiteral("rate limited: waiting out its Retry-After"),
             0, QString(),
             open ? QStringLiteral("skipped_breaker") : QStringLiteral("skipped_rate_limited")});
    }
    if (!skipped.empty())
        m_log.attemptLog.insert(m_log.attemptLog.begin(), skipped.begin(), skipped.end());
    const bool burst = std::any_of(m_decision.trace.begin(), m_decision.trace.end(), [](const TraceEntry &e) {
        return e.type == TraceEntry::Type::SkippedFull;
    });
    if (m_shadow)
        m_shadowBudget->settle(m_shadow->route, m_shadow->reservedUsd, m_log.costUsd, nowMs());
    else
        m_metrics->record(m_log, burst); // a mirror is not a client's request
    if (!m_shadows.empty())
        launchShadows(status); // before the features move into the trace: the mirrors copy them
    if (m_logSink) {
        if (m_logBodies) {
            m_log.requestBody = loggedBody(m_body);
            m_log.responseBody = loggedBody(m_responseCopy);
        }
        auto trace = std::make_shared<DecisionTrace>();
        trace->policy = m_runtime->policy;
        trace->features = std::move(m_parsed.features);
        trace->features.detachSource(); // the trace outlives the request: it must not hold its body
        trace->decision = std::move(m_decision);
        m_log.traceSource = std::move(trace);
        m_logSink(std::move(m_log));
    }
    deleteLater();
}

} // namespace sy
