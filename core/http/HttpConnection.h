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
                   std::atomic<int> *openCounter, DeadlineWheel *wheel);
    ~HttpConnection() override;

    bool isOpen() const { return m_socket.isConnected() && !m_closing; }
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);
    void beginChunked(int status, const HttpHeaders &headers);
    void writeChunk(const QByteArray &data);
    void endChunked();
    void abortConnection();
    void setClientGoneCallback(std::function<void()> callback) { m_clientGone = std::move(callback); }

private:
    void onData(const char *data, qsizetype size);
    void processBuffer();
    void onTimeout();
    void finishResponse();
    void sendError(int status, const QByteArray &message);
    void closeSoon();
    static constexpr qsizetype kChunked = -1;
    QByteArray statusAndHeaders(int status, const HttpHeaders &headers, qsizetype contentLength) const; // or kChunked

    TcpStream m_socket;
    std::shared_ptr<HttpHandler> m_handler;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    Deadline m_timer; // header timeout while a request arrives, idle timeout between requests
    HttpServer::Options m_options;
    std::atomic<int> *m_openCounter;
    std::function<void()> m_clientGone;
    bool m_busy = false;          // a request is being answered
    bool m_chunked = false;       // a chunked response is under way
    bool m_keepAlive = true;
    bool m_closing = false;
};

} // namespace sy
