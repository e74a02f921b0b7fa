#include "http/HttpConnection.h"

#include "http/ContentDecoding.h"

#include <charconv>

#include "http/ApiErrors.h"
#include "http/ByteWriter.h"
#include "http/HttpLog.h"

namespace sy {

HttpConnection::HttpConnection(qintptr descriptor, std::shared_ptr<HttpHandler> handler,
                               const HttpServer::Options &options, std::atomic<int> *openCounter,
                               std::atomic<qint64> *bodyBytes, DeadlineWheel *wheel)
    : QObject(wheel), m_handler(std::move(handler)), m_parser(options.limits),
      m_timer(wheel, [this] { onTimeout(); }), m_options(options), m_openCounter(openCounter),
      m_bodyBytes(bodyBytes)
{
    m_openCounter->fetch_add(1);
    const auto gone = [this] {
        m_closing = true;
        if (m_busy && m_clientGone) {
            auto callback = std::move(m_clientGone);
            callback();
        }
        deleteLater();
    };
    m_socket.setHandlers({
        .connected = {},
        .data = [this](const char *data, qsizetype size) { onData(data, size); },
        .error = [gone](StreamError, const QString &) { gone(); },
        .flushedAndClosed = gone,
        // A client that shuts down its side after a request it sent with "Connection: close" (or
        // as HTTP/1.0) still gets its answer; on a keep-alive connection it has given up.
        .readClosed = [this] { return m_busy && !m_keepAlive; },
    });
    if (!m_socket.adopt(descriptor)) {
        m_closing = true;
        deleteLater();
        return;
    }
    m_timer.start(m_options.idleTimeoutMs);
}

HttpConnection::~HttpConnection()
{
    releaseBody();
    m_openCounter->fetch_sub(1);
}

void HttpConnection::releaseBody()
{
    if (m_reservedBodyBytes > 0)
        m_bodyBytes->fetch_sub(std::exchange(m_reservedBodyBytes, 0));
}

void HttpConnection::onTimeout()
{
    if (m_busy)
        return; // the handler owns the pace while it answers
    if (m_parser.hasPartialRequest() || m_offset < m_buffer.size())
        sendError(408, m_readingBody ? QStringLiteral("the request body stalled")
                                     : QStringLiteral("request headers not received in time"));
    else
        closeSoon();
}

void HttpConnection::onData(const char *data, qsizetype size)
{
    if (m_closing)
        return;
    if (m_buffer.size() > 0 && m_offset == m_buffer.size()) {
        m_buffer.truncate(0); // keeps the allocation for the next request
        m_offset = 0;
    }
    m_buffer.append(data, size);
    if (m_busy) {
        // Pipelined while a request is answered: bounded, or a client could fill the memory.
        if (m_buffer.size() - m_offset > m_options.limits.maxHeaderBytes + m_options.limits.maxBodyBytes)
            abortConnection();
        return;
    }
    if (m_readingBody) {
        m_timer.start(m_options.bodyTimeoutMs); // any progress restarts the body's clock
    } else if (!m_awaitingRequest) {
        m_awaitingRequest = true; // bytes that never make a request (bare CRLFs) do not restart it
        m_timer.start(m_options.headerTimeoutMs);
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing && m_offset < m_buffer.size()) {
        const auto status = m_parser.feed(m_buffer, m_offset);
        if (status == HttpRequestParser::Status::NeedMore)
            break;
        if (status == HttpRequestParser::Status::Error) {
            qCDebug(lcHttp, "bad request: %d %s", m_parser.errorStatus(),
                    m_parser.errorMessage().constData());
            sendError(m_parser.errorStatus(), QString::fromLatin1(m_parser.errorMessage()));
            return;
        }
        if (status == HttpRequestParser::Status::HeadersComplete) {
            if (!admitHeaders())
                return;
            continue;
        }
        HttpRequest request = m_parser.takeRequest();
        m_keepAlive = request.keepAlive;
        m_http10 = request.http10;
        m_head = request.method == "HEAD";
        m_busy = true;
        m_awaitingRequest = false;
        m_readingBody = false;
        m_timer.stop();
        if (!decodeBody(request))
            return;
        m_corsOrigin = allowedOrigin(request);
        if (request.method == "OPTIONS" && !m_corsOrigin.isEmpty() && request.hasHeader("access-control-request-method")) {
            answerPreflight(request); // finishing it queues the next pipelined request
            return;
        }
        m_handler->handle(std::move(request), HttpResponder(this));
    }
    if (m_offset == m_buffer.size()) {
        m_buffer.truncate(0);
        m_offset = 0;
    }
}

QByteArray HttpConnection::allowedOrigin(const HttpRequest &request) const
{
    if (m_options.corsOrigins.isEmpty())
        return {};
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty())
        return {};
    return m_options.corsOrigins.contains(origin) || m_options.corsOrigins.contains("*") ? origin : QByteArray();
}

// A browser's CORS preflight from an allowed origin, answered here: no handler needs to know.
void HttpConnection::answerPreflight(const HttpRequest &request)
{
    HttpHeaders headers{{"Access-Control-Allow-Methods", "GET, POST, DELETE, HEAD, OPTIONS"},
                        {"Access-Control-Max-Age", "600"}};
    if (const QByteArray asked = request.header("access-control-request-headers"); !asked.isEmpty())
        headers.emplace_back("Access-Control-Allow-Headers", asked);
    respond(204, headers, {});
}

// A compressed body is inflated before any handler sees it; the handler never learns it was.
bool HttpConnection::decodeBody(HttpRequest &request)
{
    const auto encoding = std::find_if(request.headers.begin(), request.headers.end(),
                                       [](const auto &h) { return h.first == "content-encoding"; });
    if (encoding == request.headers.end())
        return true;
    DecodedBody decoded = decodeContent(std::move(request.body), encoding->second, m_options.limits.maxBodyBytes);
    if (decoded.outcome != DecodedBody::Outcome::Decoded) {
        sendError(decoded.outcome == DecodedBody::Outcome::Unsupported ? 415
                  : decoded.outcome == DecodedBody::Outcome::TooLarge  ? 413
                                                                       : 400,
                  decoded.problem);
        return false;
    }
    request.body = std::move(decoded.body);
    request.headers.erase(encoding);
    return true;
}

bool HttpConnection::admitHeaders()
{
    if (std::optional<HttpEarlyAnswer> answer = m_handler->screen(m_parser.request())) {
        m_keepAlive = false; // the body, if any, is not read
        m_busy = true;
        respond(answer->status, answer->headers, answer->body);
        return false;
    }
    const qint64 declared = m_parser.declaredBodyBytes();
    if (declared > 0) {
        if (m_bodyBytes->fetch_add(declared) + declared > m_options.maxBufferedBodyBytes) {
            m_bodyBytes->fetch_sub(declared);
            sendError(503, QStringLiteral("the proxy holds as many request bodies as it may; retry shortly"),
                      {{"Retry-After", "1"}});
            return false;
        }
        m_reservedBodyBytes = declared;
    }
    m_readingBody = true;
    m_timer.start(m_options.bodyTimeoutMs);
    return true;
}

QByteArray HttpConnection::statusAndHeaders(int status, const HttpHeaders &headers,
                                            qsizetype contentLength) const
{
    const bool chunked = contentLength == kChunked;
    const QByteArrayView reason = httpReasonPhrase(status);
    qsizetype size = 96 + 2 * ByteWriter::kNumberBytes + reason.size();
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 4;
    size += m_corsOrigin.isEmpty() ? 0 : 96 + m_corsOrigin.size();
    QByteArray out;
    {
        ByteWriter w(out, size + qMax<qsizetype>(0, contentLength)); // room for the body the caller appends
        w.add("HTTP/1.1 ").addNumber(status).add(' ').add(reason).add("\r\n");
        for (const auto &[name, value] : headers)
            w.add(name).add(": ").add(value).add("\r\n");
        if (chunked)
            w.add("Transfer-Encoding: chunked\r\n");
        else if (contentLength >= 0)
            w.add("Content-Length: ").addNumber(contentLength).add("\r\n");
        if (!m_keepAlive)
            w.add("Connection: close\r\n");
        if (!m_corsOrigin.isEmpty()) // the routing headers (x-switchyard-*) readable by the page too
            w.add("Access-Control-Allow-Origin: ").add(m_corsOrigin).add("\r\nVary: Origin\r\nAccess-Control-Expose-Headers: *\r\n");
        w.add("\r\n");
    }
    return out;
}

void HttpConnection::respond(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (!m_busy || m_chunked || m_closing)
        return;
    QByteArray out = statusAndHeaders(status, headers, body.size());
    if (!m_head) // HEAD: the headers a GET would get, Content-Length included, and no body
        out.append(body);
    m_socket.write(out);
    finishResponse();
}

void HttpConnection::beginChunked(int status, const HttpHeaders &headers)
{
    if (!m_busy || m_chunked || m_closing)
        return;
    m_chunked = true;
    if (m_http10) // no chunked encoding in HTTP/1.0: the stream ends with the connection
        m_keepAlive = false;
    m_socket.write(statusAndHeaders(status, headers, m_http10 ? kUntilClose : kChunked));
}

void HttpConnection::writeChunk(QByteArrayView data)
{
    if (!m_chunked || m_closing || data.isEmpty())
        return;
    if (m_http10) {
        m_socket.write(data.data(), data.size());
        return;
    }
    // Straight into the send queue, which gathers the pieces: no buffer a chunk.
    char head[24];
    const auto sized = std::to_chars(head, head + sizeof head - 2, data.size(), 16);
    char *end = sized.ptr;
    *end++ = '\r';
    *end++ = '\n';
    m_socket.write(head, end - head);
    m_socket.write(data.data(), data.size());
    m_socket.write("\r\n", 2);
}

void HttpConnection::endChunked()
{
    if (!m_chunked || m_closing)
        return;
    if (!m_http10)
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
    releaseBody();
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

void HttpConnection::sendError(int status, const QString &message, const HttpHeaders &extra)
{
    m_keepAlive = false;
    m_busy = true;
    // In the shape of the API the request was for, as far as it arrived.
    const HttpRequest &partial = m_parser.request();
    const QByteArray path = partial.target.first(partial.target.contains('?') ? partial.target.indexOf('?')
                                                                              : partial.target.size());
    const bool anthropic = path.endsWith("/messages") || partial.hasHeader("anthropic-version");
    HttpHeaders headers{{"Content-Type", "application/json"}};
    headers.insert(headers.end(), extra.begin(), extra.end());
    respond(status, headers,
            apiErrorBody(anthropic ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat, status, message));
}

void HttpConnection::closeSoon()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket.closeWhenFlushed(); // then deletes this
}

HttpResponder::HttpResponder(HttpConnection *connection) : m_connection(connection) {}

bool HttpResponder::isOpen() const
{
    return m_connection && m_connection->isOpen();
}

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

void HttpResponder::writeChunk(QByteArrayView data)
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
