#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace sy {

// What a decision trace is made from, formatted where the trace is stored or shown, never on the
// request path. Every copy of an entry shares it. Safe to call from any thread.
struct TraceSource
{
    virtual ~TraceSource() = default;
    virtual QString format() const = 0;
};

struct AttemptLogEntry
{
    QString provider;
    QString model;
    int status = 0; // HTTP status, 0 for connect errors and timeouts
    QString error;
    double latencyMs = 0;
    QString breakerEvent; // "opened", "half_open", "closed" or empty
    // For metrics, not stored: ok, http_NNN, invalid_answer, stream_error, timeout, connect_error,
    // client_gone, or skipped_breaker / skipped_unavailable for a target not tried,
    // skipped_incapable for one that cannot serve the endpoint (embeddings from a chat model).
    QString outcome;
};

// One request through the proxy. Bodies only when the policy enables them; never credentials.
struct RequestLogEntry
{
    qint64 timestampMs = 0;
    QString client;
    QString keyName; // the virtual key's name (never the key), empty without one
    QString requestId; // the client's x-request-id, echoed back and kept for finding the request later
    QString route;
    QString arm;
    QString experiment; // the path of the weighted node that chose the arm ("ROUTE/0"), empty without one
    double armShare = -1; // the chance that node's weights gave the arm; -1 when not chosen by weights
    QString shadowOf; // a shadow test's mirror: the request id of the answer it shadows (arm "shadow")
    QString model;
    QString provider;
    int status = 0;
    int attempts = 0;
    double latencyMs = 0;
    double ttftMs = -1; // -1 when not streamed or failed before the first token
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    QString error;
    // What the proxy changed on the way without failing: parameters a translation could not carry.
    QString notes;
    bool stream = false;
    bool cacheHit =
        false; // served from a replay's response cache; latency, tokens and cost are the first call's
    QString traceJson;
    std::shared_ptr<const TraceSource> traceSource; // set by the proxy instead of traceJson
    QString trace() const { return traceJson.isEmpty() && traceSource ? traceSource->format() : traceJson; }
    QString requestBody;
    QString responseBody;
    std::vector<AttemptLogEntry> attemptLog;
    // How many identical requests this row stands for: failures answered without an upstream
    // (open breakers, rate limits) are folded into one row per batch, so an outage cannot flood
    // the log. Time, latency and trace are the first one's.
    int repeats = 1;
};

} // namespace sy
