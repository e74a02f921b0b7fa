#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include "http/HttpServer.h"
#include "net/DeadlineWheel.h"

namespace sy {

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
    QByteArray body;
    int connectTimeoutMs = 5000;
    int firstByteTimeoutMs = 60000; // until the status line
    int totalTimeoutMs = 600000;
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
    UpstreamCall() = default;
    UpstreamCall(UpstreamConnection *connection, quint64 serial);
    void cancel();

private:
    QPointer<UpstreamConnection> m_connection;
    quint64 m_serial = 0;
};

// HTTP/1.1 keep-alive connections to upstreams, for one thread. No per-host cap: every request
// gets a connection at once (an idle one when there is one). Exactly one of onComplete and
// onError is called, on this pool's thread, never from inside send().
class UpstreamPool : public QObject
{
    Q_OBJECT
public:
    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    UpstreamCall send(UpstreamRequest request, UpstreamCallbacks callbacks);

    int idleConnections() const;
    int openConnections() const { return m_open; }
    int maxIdlePerEndpoint = 256;

private:
    friend class UpstreamConnection;
    void release(UpstreamConnection *connection, bool reusable);

    QHash<QByteArray, std::vector<UpstreamConnection *>> m_idle;
    DeadlineWheel m_wheel; // the connections' timeouts
    int m_open = 0;
};

} // namespace sy
