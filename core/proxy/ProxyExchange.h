#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

#include "http/HttpServer.h"
#include "proxy/ProxyHandler.h"
#include "proxy/FailoverPlan.h"
#include "proxy/GatewayCacheUse.h"
#include "proxy/SessionPinning.h"
#include "proxy/ShadowBudget.h"
#include "proxy/KeyGate.h"
#include "proxy/StreamRelay.h"
#include "proxy/UpstreamFailure.h"
#include "responses/ResponseStore.h"
#include "responses/ResponsesNative.h"
#include "responses/ResponsesStream.h"
#include "routing/RequestReader.h"

namespace sy {

// One client request through the proxy: the routing decision, then attempts in the order the
// FailoverPlan gives — with breakers, in-flight counts, the cache and the log — until one answers
// or all fail. A stream goes through a StreamRelay and is committed to the client only when its
// first byte is passed on, so a failure before it falls back unseen; a failure after it ends the
// stream with an error event.
class ProxyExchange : public QObject
{
public:
    enum class Endpoint { Chat, Embeddings, CountTokens, Completions };
    // What the client sent, read once by the handler.
    struct ClientRequest
    {
        QByteArray body;
        ApiFormat format = ApiFormat::OpenAIChat;
        ParsedRequest parsed;
        HttpHeaders headers; // without its credentials
        // Set when the client spoke the Responses API: the body above is its chat-completions form,
        // and every answer goes back in the Responses shape.
        std::shared_ptr<const ResponsesContext> responses;
        std::shared_ptr<KeyAccount> key; // the virtual key it came with, if any
    };
    // What the handler's thread lends every exchange on it.
    struct Services
    {
        UpstreamPool *pool = nullptr;
        ProxyHandler::LogSink logSink;
        std::atomic<int> *activeCounter = nullptr; // the requests being answered; null for a shadow's mirror
        ProxyMetrics *metrics = nullptr;
        ResponseStore *responseStore = nullptr; // for Responses API requests with store: true
        ResponseCacheStore *responseCache = nullptr; // the gateway's cache, for routes that opt in
        SessionAffinity *sessions = nullptr;         // which target each conversation started on
        ShadowBudget *shadowBudget = nullptr;        // what routes' shadow tests spent today; null: none run
        void (*track)(ProxyExchange *) = nullptr;    // registers an exchange started here (a shadow) with the thread
    };
    // A shadow: the served request sent again to one candidate after the client has its answer.
    struct Shadow
    {
        int upstream = -1;
        QString route;
        QString servedRequestId;
        double reservedUsd = 0; // taken from the route's daily budget, settled at the real cost
    };
    ProxyExchange(std::shared_ptr<ProxyRuntime> runtime, ClientRequest request, HttpResponder responder, Services services);
    ~ProxyExchange() override;
    void start(Endpoint endpoint = Endpoint::Chat);
    // Runs as a shadow: only `shadow.upstream` is tried, no answer goes anywhere, the log names
    // the served request; started from the event loop, never inside the caller.
    void startShadow(Shadow shadow);

private:
    static constexpr qsizetype kMaxLoggedBodyBytes = 256 * 1024; // each way; the rest is counted, not stored
    static constexpr int kEmbeddingTimeoutMs = 5000;  // for the embedding a semantic route decides on
    static constexpr qsizetype kMaxEmbeddedChars = 8000;
    static constexpr int kRateLimitPauseMs = 1000; // after a 429 without Retry-After
    static constexpr qint64 kShadowOutputAssumed = 1024; // a mirror's output for its reservation without max_tokens

    void send(int status, const HttpHeaders &headers, const QByteArray &body);
    void sendChunk(QByteArrayView data);
    void endStream(); // the last chunk of a stream the client has
    void storeResponse(QJsonObject response);
    static QString loggedBody(const QByteArray &body);

    void fetchEmbedding(int upstream);
    void onEmbedding(bool complete);
    void decideAndRun();
    void runShadow();
    void planShadows(const CompiledPolicy &policy, qint64 nowMs); // the served request's mirrors, if sampled
    void launchShadows(int status);
    void attempt();
    void sendHeld();
    void serveCached(const CachedResponse &cached, const QString &providerId, const QString &modelId);
    void serveGatewayHit(const GatewayCacheUse::Hit &hit);
    void keepInGatewayCache(const QByteArray &clientAnswer);
    void onHeaders(int status, const HttpHeaders &headers);
    void onBody(QByteArrayView data);
    void onComplete();
    void relay(QByteArrayView out); // sends stream bytes to the client, committing on the first
    void logFailedAttempt(const QString &next) const;
    void onError(UpstreamError error, const QString &message);
    void attemptFailed(UpstreamFailure failure);
    void moveOn();
    // What an attempt tells about its upstream's health.
    enum class Outcome {
        Success,
        Failure,     // m_lastFailure says what
        Answered,    // a 4xx other than 429: the upstream is up, the request was bad
        RateLimited, // 429: back-pressure, not ill health (unless the breaker is told otherwise)
        ClientGone,  // nothing learnt
    };
    void endAttempt(Outcome outcome);
    void streamFailed(FailureClass failureClass, const QString &message);
    void respondNoTarget();
    void finishWithFailure();
    void finish(int status);
    void respondError(int status, const QString &message, const char *code = nullptr);
    void answerEstimatedCount(); // count_tokens for a target that cannot count itself
    HttpHeaders decisionHeaders() const;
    const CompiledNode *currentNode() const;
    int currentUpstream() const;
    QString modelName(int upstream) const; // the client's name for a "provider/*" pass-through
    qint64 nowMs() const;
    double costOf(const TokenUsage &usage) const; // at the current upstream's prices

    std::shared_ptr<ProxyRuntime> m_runtime;
    QByteArray m_body;
    ApiFormat m_format;
    ParsedRequest m_parsed;
    HttpHeaders m_clientHeaders;
    HttpResponder m_responder;
    UpstreamPool *m_pool;
    ProxyHandler::LogSink m_logSink;
    std::atomic<int> *m_active;
    ProxyMetrics *m_metrics;

    Endpoint m_endpoint = Endpoint::Chat;
    Decision m_decision;
    FailoverPlan m_plan;
    int m_attempts = 0;
    bool m_inAttempt = false;
    bool m_holdsProbe = false; // the attempt is its breaker's half-open probe
    UpstreamCall m_call;

    int m_status = 0;
    HttpHeaders m_upstreamHeaders; // of a failed attempt
    QByteArray m_upstreamContentType;
    QByteArray m_buffer;
    bool m_streaming = false;
    bool m_committed = false;   // the client has the status line of a stream
    bool m_logBodies = false;   // the policy's log_bodies, when there is a log
    QByteArray m_responseCopy;  // what the client got, for the log
    bool m_done = false;
    ApiFormat m_upstreamFormat = ApiFormat::OpenAIChat;
    StreamRelay m_relay; // a streamed request's current attempt
    QByteArray m_requestId; // the client's x-request-id (a header value, so without line breaks), else ours
    UpstreamFailure m_lastFailure;
    bool m_haveFailure = false;

    QElapsedTimer m_clock;
    double m_ttftMs = -1;
    qint64 m_attemptStartMs = 0;
    std::optional<UpstreamRequest> m_heldRequest; // built, waiting for the provider gate
    QByteArray m_cacheKey;         // of the current attempt, when the runtime has a cache
    QString m_gatedProvider;       // holds a slot of the runtime's provider gate
    qint64 m_gateWaitStartMs = -1;
    double m_gateWaitMs = 0;       // queued behind the gate: not the provider's latency
    double m_cachedLatencyMs = 0;
    int m_embeddingUpstream = -1;  // asked for the embedding a semantic route decides on
    double m_routingCostUsd = 0;   // what that embedding cost
    RequestLogEntry m_log;
    std::shared_ptr<const ResponsesContext> m_responses;
    std::unique_ptr<ResponsesStreamWriter> m_responsesStream; // chat events to Responses events
    bool m_nativeResponses = false; // this attempt's provider speaks the Responses API: passed through
    ResponsesStreamCheck m_nativeCheck;
    ResponseStore *m_responseStore = nullptr;
    KeyGate m_keyGate;
    double m_providerTokensTaken = 0; // estimated tokens taken from a provider's per-minute limit
    ResponseCacheStore *m_responseCache = nullptr;
    SessionAffinity *m_sessions = nullptr;
    GatewayCacheUse m_gatewayCache;
    std::shared_ptr<const CachedAnswer> m_gatewayHit; // served from the gateway's cache
    SessionPinning m_session;
    ShadowBudget *m_shadowBudget = nullptr;
    void (*m_track)(ProxyExchange *) = nullptr;
    std::vector<Shadow> m_shadows;  // served request: the mirrors to launch once it has its answer
    std::optional<Shadow> m_shadow; // this exchange is a mirror
};

} // namespace sy
