#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

#include "http/HttpRequestParser.h"
#include "http/HttpServer.h"

namespace sy {

// One client connection on a worker thread.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr descriptor, std::shared_ptr<HttpHandler> handler, const HttpServer::Options &options,
                   std::atomic<int> *openCounter, QObject *parent);
    ~HttpConnection() override;

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState && !m_closing; }
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);
    void beginChunked(int status, const HttpHeaders &headers);
    void writeChunk(const QByteArray &data);
    void endChunked();
    void abortConnection();
    void setClientGoneCallback(std::function<void()> callback) { m_clientGone = std::move(callback); }

private:
    void onReadyRead();
    void processBuffer();
    void finishResponse();
    void sendError(int status, const QByteArray &message);
    void closeSoon();
    QByteArray statusAndHeaders(int status, const HttpHeaders &headers, qsizetype contentLength, bool chunked) const;

    QTcpSocket m_socket;
    std::shared_ptr<HttpHandler> m_handler;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    QTimer m_timer; // header timeout while a request arrives, idle timeout between requests
    HttpServer::Options m_options;
    std::atomic<int> *m_openCounter;
    std::function<void()> m_clientGone;
    bool m_busy = false;          // a request is being answered
    bool m_chunked = false;       // a chunked response is under way
    bool m_keepAlive = true;
    bool m_closing = false;
};

} // namespace sy
