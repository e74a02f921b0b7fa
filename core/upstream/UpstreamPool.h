#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "http/HttpServer.h"
#include "net/DeadlineWheel.h"
#include "upstream/RequestBody.h"

namespace sy {

class ByteStream;
class Http2Session;
class UpstreamConnection;

// Where a provider lives, from its base URL.
struct UpstreamEndpoint
{
    QByteArray host;
    quint16 port = 80;
    bool tls = false;
    QByteArray pathPrefix; // "/v1", no trailing slash

    static std::optional<UpstreamEndpoint> fromUrl(const QString &baseUrl);
    QByteArray key() const; // pool key, computed once: it is asked for twice a request

private:
    mutable QByteArray m_key;
};

struct UpstreamRequest
{
    UpstreamEndpoint endpoint;
    QByteArray method = "POST";
    QByteArray path; // appended to the endpoint's prefix
    HttpHeaders headers;
    RequestBody body;
    int connectTimeoutMs = 5000;
    int firstByteTimeoutMs = 60000; // until the status line
    int totalTimeoutMs = 600000;
    // Safe to send twice (an embedding, or a client's Idempotency-Key): only then is a request
    // re-sent on a fresh connection when a reused one closes before answering.
    bool idempotent = false;
};

enum class UpstreamError { Connect, Timeout, Protocol, Closed };
QString upstreamErrorName(UpstreamError error);

struct UpstreamCallbacks
{
    std::function<void(int status, const HttpHeaders &headers)> onHeaders;
    std::function<void(QByteArrayView data)> onBody; // de-chunked, as it arrives
    std::function<void()> onComplete;
    std::function<void(UpstreamError error, const QString &message)> onError;
};

// Cancels a call that has not ended; harmless afterwards.
class UpstreamCall
{
public:
    using CancelFunction = void (*)(QObject *owner, quint64 serial);
    UpstreamCall() = default;
    UpstreamCall(QObject *owner, quint64 serial, CancelFunction cancelFunction);
    void cancel();

private:
    QPointer<QObject> m_owner; // an HTTP/1.1 connection or an HTTP/2 session
    quint64 m_serial = 0;
    CancelFunction m_cancel = nullptr;
};

// Connections to upstreams, for one thread. HTTP/1.1 keep-alive: no per-host cap, every request
// gets a connection at once (an idle one when there is one). HTTPS upstreams are offered HTTP/2
// by ALPN; where it is taken, requests share that connection up to the server's stream limit,
// then open another. Exactly one of onComplete and onError is called, on this pool's thread,
// never from inside send().
class UpstreamPool : public QObject
{
    Q_OBJECT
public:
    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    UpstreamCall send(UpstreamRequest request, UpstreamCallbacks callbacks);

    int idleConnections() const;
    int openConnections() const { return m_open; }
    int http2Sessions() const { return int(m_sessions.size()); }
    // A connected stream that negotiated "h2" becomes a session the pool shares (takes ownership).
    Http2Session *adoptHttp2(const UpstreamEndpoint &endpoint, ByteStream *stream);
    int maxIdlePerEndpoint = 1024; // kept-alive connections beyond it close when they finish
    bool offerHttp2 = true;

    // Process-wide counts of kept-alive connections found closed, for /metrics.
    struct StaleCounts
    {
        std::atomic<quint64> discarded{0}; // found closed before a request was written: nothing sent
        std::atomic<quint64> resent{0};    // closed after the write, before any answer; idempotent, sent again
        std::atomic<quint64> failed{0};    // the same, not idempotent: reported to the caller, not re-sent
    };
    static StaleCounts &staleCounts();

private:
    friend class UpstreamConnection;
    friend class Http2Session;
    void release(UpstreamConnection *connection, bool reusable);
    void dropSession(Http2Session *session);

    QHash<QByteArray, std::vector<UpstreamConnection *>> m_idle;
    std::vector<Http2Session *> m_sessions;
    DeadlineWheel m_wheel; // the connections' timeouts
    int m_open = 0;
};

} // namespace sy
