#pragma once

#include <QByteArray>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

#include "http/HttpRequestParser.h"
#include "http/HttpServer.h"
#include "net/DeadlineWheel.h"
#include "net/TcpStream.h"

namespace sy {

// One client connection on a worker thread.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr descriptor, std::shared_ptr<HttpHandler> handler, const HttpServer::Options &options,
                   std::atomic<int> *openCounter, std::atomic<qint64> *bodyBytes, DeadlineWheel *wheel);
    ~HttpConnection() override;

    bool isOpen() const { return m_socket.isConnected() && !m_closing; }
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);
    void beginChunked(int status, const HttpHeaders &headers);
    void writeChunk(QByteArrayView data);
    void endChunked();
    void abortConnection();
    void setClientGoneCallback(std::function<void()> callback) { m_clientGone = std::move(callback); }

private:
    void onData(const char *data, qsizetype size);
    void processBuffer();
    void onTimeout();
    void finishResponse();
    void sendError(int status, const QString &message, const HttpHeaders &extra = {});
    bool decodeBody(HttpRequest &request);
    QByteArray allowedOrigin(const HttpRequest &request) const;
    void answerPreflight(const HttpRequest &request);
    bool admitHeaders(); // false when the request was refused from its headers
    void releaseBody();
    void closeSoon();
    static constexpr qsizetype kChunked = -1;
    static constexpr qsizetype kUntilClose = -2; // HTTP/1.0: the body ends when the connection does
    QByteArray statusAndHeaders(int status, const HttpHeaders &headers, qsizetype contentLength) const; // or kChunked

    TcpStream m_socket;
    std::shared_ptr<HttpHandler> m_handler;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    Deadline m_timer; // header timeout while a request arrives, idle timeout between requests
    HttpServer::Options m_options;
    std::atomic<int> *m_openCounter;
    std::atomic<qint64> *m_bodyBytes; // the server's, shared by every connection
    qint64 m_reservedBodyBytes = 0;   // this request's share of it
    std::function<void()> m_clientGone;
    bool m_busy = false;          // a request is being answered
    bool m_chunked = false;       // a chunked response is under way
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_head = false; // answering a HEAD request: headers only
    QByteArray m_corsOrigin; // the request's Origin when the server allows it
    bool m_awaitingRequest = false; // the header deadline runs from a request's first byte
    bool m_readingBody = false;
    bool m_closing = false;
};

} // namespace sy
