#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include "feedback/Feedback.h"
#include "gateway/KeyRegistry.h"
#include "gateway/ResponseCacheStore.h"
#include "gateway/SessionAffinity.h"
#include "http/HttpServer.h"
#include "proxy/ProxyMetrics.h"
#include "proxy/ProxyRuntime.h"
#include "proxy/RequestLogEntry.h"
#include "proxy/ShadowBudget.h"
#include "responses/ResponseStore.h"

namespace sy {

// The proxy's HTTP endpoints: OpenAI chat completions and Anthropic messages (routed by the
// active policy), models and health. Runs on the HTTP server's worker threads; a new policy is
// swapped in atomically and requests in flight finish with the one they started with.
class ProxyHandler : public HttpHandler
{
public:
    using LogSink = std::function<void(RequestLogEntry &&entry)>; // called on a worker thread

    // Called on a worker thread; false when nothing keeps feedback now (no workspace open).
    using FeedbackSink = std::function<bool(Feedback &&feedback)>;

    explicit ProxyHandler(std::shared_ptr<ProxyRuntime> runtime, LogSink logSink = {});

    // Where feedback goes (POST /v1/feedback, the x-switchyard-feedback header): the workspace.
    // Set before serving; without one, or when it keeps nothing, the endpoint answers 503.
    void setFeedbackSink(FeedbackSink sink) { m_feedbackSink = std::move(sink); }

    void setRuntime(std::shared_ptr<ProxyRuntime> runtime) { m_runtime.store(std::move(runtime)); }
    std::shared_ptr<ProxyRuntime> runtime() const { return m_runtime.load(); }

    void handle(HttpRequest request, HttpResponder responder) override;
    // With client keys set: refuses a request without a valid key from its headers, before its
    // body is read. /health stays open (it says only "ok"); /metrics needs a key.
    std::optional<HttpEarlyAnswer> screen(const HttpRequest &headersOnly) override;
    // Ends the exchanges still waiting on this thread (the proxy stops mid-request): they would
    // otherwise outlive the thread, never logged and never freed.
    void stopOnThisThread() override;

    // With keys set, every request must carry one ("Authorization: Bearer KEY" or "x-api-key: KEY").
    // Keys shorter than ClientKeys::kMinLength are refused: the caller checks problemWith() first.
    void setClientKeys(QList<QByteArray> keys) { m_clientKeys = std::move(keys); }
    // Virtual keys (the workspace's): once the registry holds any, every request needs a key, and
    // one of these brings its limits, budget and default route. Set before serving; the registry
    // itself may be refilled at any time.
    void setKeyRegistry(std::shared_ptr<KeyRegistry> keys) { m_keys = std::move(keys); }
    const std::shared_ptr<KeyRegistry> &keyRegistry() const { return m_keys; }

    ProxyMetrics &metrics() { return m_metrics; }
    // The response cache of routes that opt in, kept across policy switches.
    ResponseCacheStore &responseCache() { return m_responseCache; }
    SessionAffinity &sessions() { return m_sessions; }
    const ShadowBudget &shadowBudget() const { return m_shadowBudget; }
    // Responses API responses kept for previous_response_id and GET /v1/responses/{id}.
    ResponseStore &responseStore() { return m_responseStore; }

    // Requests being answered now; a draining server waits for this to reach zero.
    int activeRequests() const { return m_active.load(); }

private:
    void handleResponses(HttpRequest request, HttpResponder responder, std::shared_ptr<ProxyRuntime> runtime);
    void answerStoredResponse(const HttpRequest &request, HttpResponder responder);
    void answerFeedback(const HttpRequest &request, HttpResponder responder, ApiFormat format);
    void takeFeedbackHeader(const HttpRequest &request);
    Feedback stamped(Feedback feedback, const HttpRequest &request) const; // time, key and client
    bool keysRequired() const { return !m_clientKeys.isEmpty() || (m_keys && !m_keys->isEmpty()); }
    // Empty when the request's key is accepted, else why not. *account: its virtual key, if any.
    QString keyProblem(const HttpRequest &request, std::shared_ptr<KeyAccount> *account) const;

    std::atomic<int> m_active{0};
    ResponseStore m_responseStore;
    ResponseCacheStore m_responseCache;
    SessionAffinity m_sessions;
    ShadowBudget m_shadowBudget; // kept across policy switches: a reload does not refill a day's budget
    ProxyMetrics m_metrics;
    QList<QByteArray> m_clientKeys; // set before serving
    std::shared_ptr<KeyRegistry> m_keys;
    std::atomic<std::shared_ptr<ProxyRuntime>> m_runtime;
    LogSink m_logSink;
    FeedbackSink m_feedbackSink;
};

} // namespace sy
