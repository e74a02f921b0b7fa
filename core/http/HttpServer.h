#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "http/HttpRequest.h"
#include "http/HttpRequestParser.h"

class QThread;

namespace sy {

class DeadlineWheel;
class HttpConnection;

using HttpHeaders = std::vector<std::pair<QByteArray, QByteArray>>;

// The handle a handler answers through. Cheap to copy; every call is a no-op once the client
// has gone, so a late answer can never touch a freed socket. Use it only on the thread the
// handler was called on (the connection's worker thread).
class HttpResponder
{
public:
    HttpResponder() = default;
    explicit HttpResponder(HttpConnection *connection);

    bool isOpen() const;
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);
    // Chunked transfer for streams (SSE): begin once, write pieces, end once.
    void beginChunked(int status, const HttpHeaders &headers);
    void writeChunk(QByteArrayView data);
    void endChunked();
    // Drops the connection without a proper end (fault injection, or a broken upstream).
    void abort();
    // Called once if the client disconnects before the response has ended.
    void onClientGone(std::function<void()> callback);

private:
    QPointer<HttpConnection> m_connection;
};

// An answer given from a request's headers alone; the body is never read.
struct HttpEarlyAnswer
{
    int status = 400;
    HttpHeaders headers;
    QByteArray body;
};

class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    // Runs on a worker thread once a request's headers have arrived, before its body is read:
    // an answer here (a missing key, say) refuses the request without buffering its body.
    virtual std::optional<HttpEarlyAnswer> screen(const HttpRequest &headersOnly)
    {
        (void)headersOnly;
        return std::nullopt;
    }
    // Runs on a worker thread; several workers may call it at once.
    virtual void handle(HttpRequest request, HttpResponder responder) = 0;
    // Runs on each worker thread when the server stops, after its connections were aborted:
    // work still waiting there (on an upstream, a timer) ends now, while the thread still runs.
    virtual void stopOnThisThread() {}
};

QByteArrayView httpReasonPhrase(int status);

// An HTTP/1.1 server: one acceptor, N worker threads each with its own event loop and its
// own connections. Keep-alive, pipelining answered in order, chunked responses, size limits,
// header and idle timeouts.
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Options
    {
        int workerThreads = 2;
        HttpRequestParser::Limits limits;
        int headerTimeoutMs = 10000; // a request's line and headers must arrive within this
        int bodyTimeoutMs = 30000;   // then its body may pause this long between reads
        int idleTimeoutMs = 75000;   // keep-alive connections idle longer are closed
        int maxConnections = 4096;   // more are answered 503 and closed at once
        qint64 maxBufferedBodyBytes =
            256LL * 1024 * 1024; // request bodies held at once, all connections (about 3x that in memory)
        // Browser origins allowed to call (CORS), exactly as browsers send them
        // ("https://app.example"), or "*" for any. Empty: no CORS headers, preflights are 404s.
        QList<QByteArray> corsOrigins;
    };

    HttpServer(std::shared_ptr<HttpHandler> handler, Options options, QObject *parent = nullptr);
    explicit HttpServer(std::shared_ptr<HttpHandler> handler, QObject *parent = nullptr)
        : HttpServer(std::move(handler), Options{}, parent)
    {
    }
    ~HttpServer() override;

    static constexpr int kListenBacklog = 1024; // as the kernel caps it (net.core.somaxconn, 4096 here)

    // "127.0.0.1:PORT" convenience; port 0 picks a free one.
    bool listenOn(const QHostAddress &address, quint16 port);
    int openConnections() const { return m_openConnections.load(); }
    qint64 bufferedBodyBytes() const { return m_bodyBytes.load(); }
    quint64 refusedConnections() const { return m_refusedConnections.load(); }
    void stop(); // stops accepting and closes every connection

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::shared_ptr<HttpHandler> m_handler;
    Options m_options;
    std::vector<QThread *> m_threads;
    std::vector<DeadlineWheel *> m_workers; // one context object per thread
    size_t m_next = 0;
    std::atomic<int> m_openConnections{0};
    std::atomic<qint64> m_bodyBytes{0}; // reserved by requests being read or answered
    std::atomic<quint64> m_refusedConnections{0};
};

} // namespace sy
