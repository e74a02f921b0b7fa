#include "upstream/UpstreamConnection.h"

#include "http/ByteWriter.h"
#include "http/HeaderNames.h"

#include <QUrl>

#include "net/OutputQueue.h"
#include "net/TcpStream.h"
#include "net/TlsStream.h"
#include "upstream/Http2Session.h"
#include "upstream/UpstreamLog.h"


namespace sy {


QString upstreamErrorName(UpstreamError error)
{
    switch (error) {
    case UpstreamError::Connect: return QStringLiteral("connect");
    case UpstreamError::Timeout: return QStringLiteral("timeout");
    case UpstreamError::Protocol: return QStringLiteral("protocol");
    case UpstreamError::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<UpstreamEndpoint> UpstreamEndpoint::fromUrl(const QString &baseUrl)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return std::nullopt;
    UpstreamEndpoint e;
    e.tls = scheme == u"https";
    e.host = url.host().toUtf8();
    e.port = quint16(url.port(e.tls ? 443 : 80));
    e.pathPrefix = url.path(QUrl::FullyEncoded).toUtf8();
    while (e.pathPrefix.endsWith('/'))
        e.pathPrefix.chop(1);
    e.key();
    return e;
}

QByteArray UpstreamEndpoint::key() const
{
    if (m_key.isEmpty())
        m_key = (tls ? QByteArray("s:") : QByteArray("p:")) + host + ':' + QByteArray::number(port);
    return m_key;
}

UpstreamConnection::UpstreamConnection(UpstreamPool *pool, const UpstreamEndpoint &endpoint)
    : QObject(pool), m_pool(pool), m_endpoint(endpoint),
      // Nothing reaches a caller that cancelled, even from inside one of its own callbacks.
      m_parser({[this](int status, const HttpHeaders &headers) {
                    if (m_state != State::Idle && m_callbacks.onHeaders)
                        m_callbacks.onHeaders(status, headers);
                },
                [this](QByteArrayView body) {
                    if (m_state != State::Idle && m_callbacks.onBody)
                        m_callbacks.onBody(body);
                }}),
      m_timer(&pool->m_wheel, [this] { onTimeout(); })
{
    ++m_pool->m_open;
}

UpstreamConnection::~UpstreamConnection() { --m_pool->m_open; }

bool UpstreamConnection::isConnected() const
{
    return m_stream && m_stream->isConnected();
}

bool UpstreamConnection::isStale() const
{
    return !m_stream || m_stream->isStale();
}

void UpstreamConnection::armTimer(int ms)
{
    const qint64 now = DeadlineWheel::nowMs();
    const qint64 left = m_request.totalTimeoutMs - (now - m_startedMs);
    m_timer.startAt(now + qMax<qint64>(1, qMin<qint64>(ms, left)));
}

quint64 UpstreamConnection::start(UpstreamRequest request, UpstreamCallbacks callbacks, bool reused)
{
    m_request = std::move(request);
    m_callbacks = std::move(callbacks);
    m_reused = reused;
    m_gotBytes = false;
    m_resent = false;
    ++m_serial;
    m_startedMs = DeadlineWheel::nowMs();
    m_parser.begin();
    if (isConnected()) {
        writeRequest();
    } else {
        m_state = State::Connecting;
        connectSocket();
    }
    return m_serial;
}

void UpstreamConnection::connectSocket()
{
    delete m_stream;
    if (m_endpoint.tls) {
        auto *tls = new TlsStream(this);
        tls->setOfferHttp2(m_pool->offerHttp2);
        m_stream = tls;
    } else {
        m_stream = new TcpStream(this);
    }
    m_stream->setHandlers({
        .connected = [this] {
            if (m_stream->negotiatedProtocol() == "h2")
                handOverToHttp2();
            else
                writeRequest();
        },
        .data = [this](const char *data, qsizetype size) { onData(data, size); },
        .error = [this](StreamError error, const QString &message) { onStreamError(error, message); },
        .flushedAndClosed = {},
        .readClosed = {},
    });
    armTimer(m_request.connectTimeoutMs);
    m_stream->connectToHost(m_endpoint.host, m_endpoint.port);
}

void UpstreamConnection::handOverToHttp2()
{
    // The upstream speaks HTTP/2: the socket becomes a session the pool shares. This object stays
    // as a forwarder until the request ends, so the caller's UpstreamCall can still cancel it.
    ByteStream *stream = m_stream;
    m_stream = nullptr;
    m_timer.stop();
    m_state = State::Forwarding;
    Http2Session *session = m_pool->adoptHttp2(m_endpoint, stream);
    UpstreamCallbacks callbacks = std::move(m_callbacks);
    const auto ended = [this] {
        m_state = State::Idle;
        m_forward = nullptr;
        m_pool->release(this, false);
    };
    UpstreamCallbacks forwarded{std::move(callbacks.onHeaders), std::move(callbacks.onBody),
                                [ended, done = std::move(callbacks.onComplete)] {
                                    ended();
                                    if (done)
                                        done();
                                },
                                [ended, failed = std::move(callbacks.onError)](UpstreamError error, const QString &message) {
                                    ended();
                                    if (failed)
                                        failed(error, message);
                                }};
    m_forward = session;
    m_forwardSerial = session->submit(std::move(m_request), std::move(forwarded));
}

void UpstreamConnection::writeRequest()
{
    const RequestBody &body = m_request.body;
    // A small body joins the head in one buffer; a large one is sent from where it lies.
    const bool bodyInHead = body.size() < OutputQueue::kShareFromBytes;
    qsizetype size = 64 + 2 * ByteWriter::kNumberBytes + m_endpoint.pathPrefix.size() + m_request.path.size() + m_endpoint.host.size() +
                     m_request.method.size() + (bodyInHead ? body.size() : 0);
    for (const auto &[name, value] : m_request.headers)
        size += name.size() + value.size() + 4;
    QByteArray out;
    {
        ByteWriter w(out, size); // one allocation for the head
        w.add(m_request.method).add(' ').add(m_endpoint.pathPrefix).add(m_request.path).add(" HTTP/1.1\r\nHost: ").add(m_endpoint.host);
        if (m_endpoint.port != (m_endpoint.tls ? 443 : 80))
            w.add(':').addNumber(m_endpoint.port);
        w.add("\r\n");
        for (const auto &[name, value] : m_request.headers)
            w.add(name).add(": ").add(value).add("\r\n");
        w.add("Content-Length: ").addNumber(body.size()).add("\r\n\r\n");
        if (bodyInHead)
            for (const RequestBody::Piece &piece : body.pieces())
                w.add(piece.view());
    }
    m_state = State::Waiting;
    m_stream->writeOwned(std::move(out));
    if (!bodyInHead)
        for (const RequestBody::Piece &piece : body.pieces())
            m_stream->writeShared(piece.owner, piece.offset, piece.size);
    // A small request leaves at once; a large one may take longer than the first-byte limit to
    // upload, and onTimeout() gives it that time while it moves.
    m_undeliveredAtArm = body.size() >= kSlowUploadBytes ? m_stream->bytesUndelivered() : 0;
    armTimer(m_request.firstByteTimeoutMs);
}

void UpstreamConnection::onData(const char *data, qsizetype size)
{
    if (m_state != State::Waiting && m_state != State::Receiving)
        return; // an idle keep-alive socket has nothing to say; a close arrives as an error
    m_gotBytes = true;
    m_state = State::Receiving;
    // The first-byte limit bounds every silence, not only the first: a stream stalled mid-way
    // ends like one that never started, and neither outlives the total limit.
    armTimer(m_request.firstByteTimeoutMs);
    switch (m_parser.feed(data, size)) {
    case Http1ResponseParser::Result::Complete:
        finish(); // outside the parser: the caller may reuse this connection from its callback
        return;
    case Http1ResponseParser::Result::Error:
        fail(UpstreamError::Protocol, QStringLiteral("malformed HTTP response: %1").arg(m_parser.errorText()));
        return;
    case Http1ResponseParser::Result::NeedMore:
    case Http1ResponseParser::Result::Stopped:
        return;
    }
}

void UpstreamConnection::onStreamError(StreamError error, const QString &message)
{
    if (m_state == State::Idle) {
        m_pool->release(this, false); // a kept-alive socket the upstream closed
        return;
    }
    if (m_state == State::Receiving && error == StreamError::Closed) {
        // A body delimited by the close: tell the parser, which completes the message or not.
        switch (m_parser.feedEnd()) {
        case Http1ResponseParser::Result::Complete: finish(); return;
        case Http1ResponseParser::Result::Stopped: return;
        default: fail(UpstreamError::Closed, QStringLiteral("upstream closed the connection mid-response")); return;
        }
    }
    if (m_reused && !m_gotBytes && m_state == State::Waiting) {
        if (resendOnFreshSocket())
            return;
        UpstreamPool::staleCounts().failed.fetch_add(1, std::memory_order_relaxed);
        fail(UpstreamError::Closed, QStringLiteral("the upstream closed a reused keep-alive connection before answering "
                                                   "(not re-sent: the request may have been processed): %1").arg(message));
        return;
    }
    const UpstreamError kind = m_state == State::Connecting ? UpstreamError::Connect : UpstreamError::Closed;
    fail(kind, message);
}

bool UpstreamConnection::resendOnFreshSocket()
{
    if (!m_request.idempotent || m_resent)
        return false;
    m_resent = true;
    m_reused = false;
    UpstreamPool::staleCounts().resent.fetch_add(1, std::memory_order_relaxed);
    qCDebug(lcUpstream, "%s:%u closed a reused connection unanswered: the request goes again on a fresh one",
            m_endpoint.host.constData(), unsigned(m_endpoint.port));
    // The old stream is inside its own callback: it may be deleted, but only after it returns.
    m_stream->abort();
    m_stream->deleteLater();
    m_stream = nullptr;
    m_state = State::Connecting;
    m_parser.begin();
    connectSocket();
    return true;
}

void UpstreamConnection::onTimeout()
{
    if (m_state == State::Idle)
        return;
    // The first-byte limit is the upstream's silence, not the time a large request takes to
    // upload: while the request still moves, the clock starts again (the total limit still holds).
    if (m_state == State::Waiting && m_undeliveredAtArm > 0 && m_stream && DeadlineWheel::nowMs() - m_startedMs < m_request.totalTimeoutMs) {
        const qsizetype undelivered = m_stream->bytesUndelivered();
        if (undelivered < m_undeliveredAtArm) {
            m_undeliveredAtArm = undelivered;
            armTimer(m_request.firstByteTimeoutMs);
            return;
        }
    }
    const char *phase = m_state == State::Connecting ? "connecting" : m_state == State::Waiting ? "waiting for the response" : "receiving the response";
    fail(UpstreamError::Timeout, QStringLiteral("timed out %1 after %2 ms").arg(QLatin1String(phase)).arg(DeadlineWheel::nowMs() - m_startedMs));
}

void UpstreamConnection::fail(UpstreamError error, const QString &message)
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    qCDebug(lcUpstream, "%s:%u %s%s: %s", m_endpoint.host.constData(), unsigned(m_endpoint.port), m_request.path.constData(),
            m_reused ? " (reused connection)" : "", qPrintable(message));
    m_parser.stop();
    m_timer.stop();
    UpstreamCallbacks callbacks = std::move(m_callbacks);
    if (m_stream)
        m_stream->abort();
    m_pool->release(this, false); // deletes this later
    if (callbacks.onError)
        callbacks.onError(error, message);
}

void UpstreamConnection::finish()
{
    m_state = State::Idle;
    m_timer.stop();
    UpstreamCallbacks callbacks = std::move(m_callbacks);
    m_request.body.clear();
    m_pool->release(this, m_parser.keepAlive() && isConnected());
    if (callbacks.onComplete)
        callbacks.onComplete();
}

void UpstreamConnection::cancel(quint64 serial)
{
    if (serial != m_serial || m_state == State::Idle)
        return;
    if (m_state == State::Forwarding) {
        if (m_forward)
            m_forward->cancel(m_forwardSerial);
        m_state = State::Idle;
        m_pool->release(this, false);
        return;
    }
    m_state = State::Idle;
    m_parser.stop();
    m_timer.stop();
    // The callbacks stay until this is deleted: cancel() may run inside one of them.
    if (m_stream)
        m_stream->abort();
    m_pool->release(this, false);
}

UpstreamCall::UpstreamCall(QObject *owner, quint64 serial, CancelFunction cancelFunction)
    : m_owner(owner), m_serial(serial), m_cancel(cancelFunction)
{
}

void UpstreamCall::cancel()
{
    if (m_owner)
        m_cancel(m_owner, m_serial);
}

namespace {

void cancelOnConnection(QObject *owner, quint64 serial) { static_cast<UpstreamConnection *>(owner)->cancel(serial); }
void cancelOnSession(QObject *owner, quint64 serial) { static_cast<Http2Session *>(owner)->cancel(serial); }

} // namespace

UpstreamPool::UpstreamPool(QObject *parent) : QObject(parent) {}

UpstreamPool::StaleCounts &UpstreamPool::staleCounts()
{
    static StaleCounts counts;
    return counts;
}

UpstreamPool::~UpstreamPool()
{
    const auto sessions = m_sessions;
    for (Http2Session *session : sessions)
        delete session;
    // Children (connections) are deleted by QObject; their destructors touch m_open, still valid here.
    const auto children = findChildren<UpstreamConnection *>(Qt::FindDirectChildrenOnly);
    for (UpstreamConnection *c : children)
        delete c;
}

UpstreamCall UpstreamPool::send(UpstreamRequest request, UpstreamCallbacks callbacks)
{
    const QByteArray key = request.endpoint.key();
    if (request.endpoint.tls) {
        for (Http2Session *session : m_sessions) {
            if (session->endpoint().key() == key && session->isUsable()) {
                const quint64 serial = session->submit(std::move(request), std::move(callbacks));
                return UpstreamCall(session, serial, &cancelOnSession);
            }
        }
    }
    auto &idle = m_idle[key];
    while (!idle.empty()) {
        UpstreamConnection *c = idle.back();
        idle.pop_back();
        if (!c->isStale()) {
            const quint64 serial = c->start(std::move(request), std::move(callbacks), true);
            return UpstreamCall(c, serial, &cancelOnConnection);
        }
        staleCounts().discarded.fetch_add(1, std::memory_order_relaxed);
        c->deleteLater();
    }
    auto *c = new UpstreamConnection(this, request.endpoint);
    const quint64 serial = c->start(std::move(request), std::move(callbacks), false);
    return UpstreamCall(c, serial, &cancelOnConnection);
}

void UpstreamPool::release(UpstreamConnection *connection, bool reusable)
{
    auto &idle = m_idle[connection->endpoint().key()];
    idle.erase(std::remove(idle.begin(), idle.end(), connection), idle.end());
    if (reusable && int(idle.size()) < maxIdlePerEndpoint) {
        idle.push_back(connection);
        return;
    }
    connection->deleteLater();
}

Http2Session *UpstreamPool::adoptHttp2(const UpstreamEndpoint &endpoint, ByteStream *stream)
{
    auto *session = new Http2Session(this, endpoint, stream);
    m_sessions.push_back(session);
    return session;
}

void UpstreamPool::dropSession(Http2Session *session)
{
    m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), session), m_sessions.end());
}

int UpstreamPool::idleConnections() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

} // namespace sy
