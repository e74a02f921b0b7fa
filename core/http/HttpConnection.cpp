#include "http/HttpConnection.h"

namespace sy {

HttpConnection::HttpConnection(qintptr descriptor, std::shared_ptr<HttpHandler> handler,
                               const HttpServer::Options &options, std::atomic<int> *openCounter, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_parser(options.limits), m_options(options),
      m_openCounter(openCounter)
{
    m_openCounter->fetch_add(1);
    m_socket.setSocketDescriptor(descriptor);
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_busy)
            return; // the handler owns the pace while it answers
        if (m_parser.hasPartialRequest() || m_offset < m_buffer.size())
            sendError(408, "request not received in time");
        else
            closeSoon();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        if (m_busy && m_clientGone) {
            auto callback = std::move(m_clientGone);
            callback();
        }
        deleteLater();
    });
    m_timer.start(m_options.idleTimeoutMs);
    if (m_socket.bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection() { m_openCounter->fetch_sub(1); }

void HttpConnection::onReadyRead()
{
    if (m_buffer.size() > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    m_buffer.append(m_socket.readAll());
    if (!m_busy) {
        if (!m_parser.hasPartialRequest())
            m_timer.start(m_options.headerTimeoutMs);
        processBuffer();
    }
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing && m_offset < m_buffer.size()) {
        const auto status = m_parser.feed(m_buffer, m_offset);
        if (status == HttpRequestParser::Status::NeedMore)
            break;
        if (status == HttpRequestParser::Status::Error) {
            sendError(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        HttpRequest request = m_parser.takeRequest();
        m_keepAlive = request.keepAlive;
        m_busy = true;
        m_timer.stop();
        m_handler->handle(std::move(request), HttpResponder(this));
    }
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
}

QByteArray HttpConnection::statusAndHeaders(int status, const HttpHeaders &headers, qsizetype contentLength,
                                            bool chunked) const
{
    qsizetype size = 96;
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 4;
    QByteArray out;
    out.reserve(size);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(httpReasonPhrase(status)).append("\r\n");
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (chunked)
        out.append("Transfer-Encoding: chunked\r\n");
    else
        out.append("Content-Length: ").append(QByteArray::number(contentLength)).append("\r\n");
    if (!m_keepAlive)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    return out;
}

void HttpConnection::respond(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (!m_busy || m_chunked || m_closing)
        return;
    QByteArray out = statusAndHeaders(status, headers, body.size(), false);
    out.append(body);
    m_socket.write(out);
    finishResponse();
}

void HttpConnection::beginChunked(int status, const HttpHeaders &headers)
{
    if (!m_busy || m_chunked || m_closing)
        return;
    m_chunked = true;
    m_socket.write(statusAndHeaders(status, headers, 0, true));
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_chunked || m_closing || data.isEmpty())
        return;
    m_socket.write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endChunked()
{
    if (!m_chunked || m_closing)
        return;
    m_socket.write("0\r\n\r\n");
    m_chunked = false;
    finishResponse();
}

void HttpConnection::abortConnection()
{
    m_closing = true;
    m_busy = false;
    m_socket.abort();
    deleteLater();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    m_clientGone = nullptr;
    if (!m_keepAlive) {
        closeSoon();
        return;
    }
    m_timer.start(m_options.idleTimeoutMs);
    // Pipelined requests that arrived meanwhile; queued so a deep pipeline cannot recurse.
    if (m_offset < m_buffer.size())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::sendError(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_busy = true;
    const QByteArray body = "{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\"}}";
    respond(status, {{"Content-Type", "application/json"}}, body);
}

void HttpConnection::closeSoon()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket.disconnectFromHost(); // flushes what is written, then emits disconnected
}

HttpResponder::HttpResponder(HttpConnection *connection) : m_connection(connection) {}

bool HttpResponder::isOpen() const { return m_connection && m_connection->isOpen(); }

void HttpResponder::respond(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (m_connection)
        m_connection->respond(status, headers, body);
}

void HttpResponder::beginChunked(int status, const HttpHeaders &headers)
{
    if (m_connection)
        m_connection->beginChunked(status, headers);
}

void HttpResponder::writeChunk(const QByteArray &data)
{
    if (m_connection)
        m_connection->writeChunk(data);
}

void HttpResponder::endChunked()
{
    if (m_connection)
        m_connection->endChunked();
}

void HttpResponder::abort()
{
    if (m_connection)
        m_connection->abortConnection();
}

void HttpResponder::onClientGone(std::function<void()> callback)
{
    if (m_connection)
        m_connection->setClientGoneCallback(std::move(callback));
}

} // namespace sy
