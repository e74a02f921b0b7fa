#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include "http/HttpServer.h"
#include "proxy/ProxyMetrics.h"
#include "proxy/ProxyRuntime.h"
#include "proxy/RequestLogEntry.h"
#include "responses/ResponseStore.h"

namespace sy {

// The proxy's HTTP endpoints: OpenAI chat completions and Anthropic messages (routed by the
// active policy), models and health. Runs on the HTTP server's worker threads; a new policy is
// swapped in atomically and requests in flight finish with the one they started with.
class ProxyHandler : public HttpHandler
{
public:
    using LogSink = std::function<void(RequestLogEntry &&entry)>; // called on a worker thread

    explicit ProxyHandler(std::shared_ptr<ProxyRuntime> runtime, LogSink logSink = {});

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

    ProxyMetrics &metrics() { return m_metrics; }
    // Responses API responses kept for previous_response_id and GET /v1/responses/{id}.
    ResponseStore &responseStore() { return m_responseStore; }

    // Requests being answered now; a draining server waits for this to reach zero.
    int activeRequests() const { return m_active.load(); }

private:
    void handleResponses(HttpRequest request, HttpResponder responder, std::shared_ptr<ProxyRuntime> runtime);
    void answerStoredResponse(const HttpRequest &request, HttpResponder responder);

    std::atomic<int> m_active{0};
    ResponseStore m_responseStore;
    ProxyMetrics m_metrics;
    QList<QByteArray> m_clientKeys; // set before serving
    std::atomic<std::shared_ptr<ProxyRuntime>> m_runtime;
    LogSink m_logSink;
};

} // namespace sy
