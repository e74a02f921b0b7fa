#include "upstream/Http2Session.h"

#include <nghttp2/nghttp2.h>

#include <cstring>

#include "http/HeaderNames.h"

namespace sy {

namespace {

constexpr int kIdleCloseMs = 90000;
constexpr int32_t kWindowSize = 16 * 1024 * 1024; // streams of long answers never wait on WINDOW_UPDATE

bool isConnectionHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "connection" || lowerName == "keep-alive" || lowerName == "proxy-connection" ||
           lowerName == "transfer-encoding" || lowerName == "upgrade" || lowerName == "te" || lowerName == "content-length";
}

} // namespace

struct Http2Session::Stream
{
    Stream(DeadlineWheel *wheel, std::function<void()> onTimeout) : deadline(wheel, std::move(onTimeout)) {}

    int32_t id = -1;
    quint64 serial = 0;
    UpstreamRequest request; // its body feeds the data provider
    qsizetype bodyOffset = 0;
    UpstreamCallbacks callbacks;
    int status = 0;
    HttpHeaders headers;
    bool headersDelivered = false;
    qint64 startedMs = 0;
    Deadline deadline;
};

struct Http2Session::Callbacks
{
    static ssize_t onSend(nghttp2_session *, const uint8_t *data, size_t length, int, void *self)
    {
    static_cast<Http2Session *>(self)->m_stream->write(reinterpret_cast<const char *>(data), qsizetype(length));
        return long(length);
    }

    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength, const uint8_t *value,
                               size_t valueLength, uint8_t, void *self)
    {
        if (frame->hd.type != NGHTTP2_HEADERS)
            return 0;
        Stream *s = static_cast<Http2Session *>(self)->streamById(frame->hd.stream_id);
        if (!s || s->headersDelivered)
            return 0; // trailers, or a cancelled stream
        const QByteArrayView n(reinterpret_cast<const char *>(name), qsizetype(nameLength));
        const QByteArrayView v(reinterpret_cast<const char *>(value), qsizetype(valueLength));
        if (n == ":status")
            s->status = v.toInt();
        else if (!n.startsWith(':'))
            s->headers.emplace_back(n.toByteArray(), v.toByteArray());
        return 0;
    }

    static int onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *self)
    {
        auto *session = static_cast<Http2Session *>(self);
        if (frame->hd.type != NGHTTP2_HEADERS)
            return 0;
        Stream *s = session->streamById(frame->hd.stream_id);
        if (!s || s->headersDelivered)
            return 0;
        if (s->status < 200) {
            s->status = 0; // an informational answer; the real one follows
            s->headers.clear();
            return 0;
        }
        s->headersDelivered = true;
        const qint64 left = s->request.totalTimeoutMs - (DeadlineWheel::nowMs() - s->startedMs);
        s->deadline.start(int(qMax<qint64>(1, left)));
        if (s->callbacks.onHeaders)
            s->callbacks.onHeaders(s->status, s->headers);
        return 0;
    }

    static int onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length, void *self)
    {
        Stream *s = static_cast<Http2Session *>(self)->streamById(streamId);
        if (s && s->callbacks.onBody)
            s->callbacks.onBody(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(length)));
        return 0;
    }

    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *self)
    {
        auto *session = static_cast<Http2Session *>(self);
        Stream *s = session->streamById(streamId);
        if (!s)
            return 0;
        if (errorCode == NGHTTP2_NO_ERROR && s->headersDelivered) {
            session->endStream(streamId, true, UpstreamError::Closed, {});
            return 0;
        }
        const QString message = QStringLiteral("HTTP/2 stream closed: %1").arg(QLatin1String(nghttp2_http2_strerror(errorCode)));
        // A refused stream was never processed: as safe to send elsewhere as a failed connect.
        session->endStream(streamId, false, errorCode == NGHTTP2_REFUSED_STREAM ? UpstreamError::Connect : UpstreamError::Closed, message);
        return 0;
    }
};

Http2Session::Http2Session(UpstreamPool *pool, const UpstreamEndpoint &endpoint, ByteStream *stream)
    : QObject(pool), m_pool(pool), m_endpoint(endpoint), m_stream(stream), m_idle(&pool->m_wheel, [this] {
          if (m_streams.empty())
              retire();
      })
{
    m_stream->setParent(this);
    m_stream->setHandlers({
        .connected = {},
        .data = [this](const char *data, qsizetype size) { onData(data, size); },
        .error = [this](StreamError, const QString &message) { failAll(UpstreamError::Closed, message); },
        .flushedAndClosed = {},
        .readClosed = {},
    });
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_send_callback(callbacks, &Callbacks::onSend);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Callbacks::onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Callbacks::onFrameReceived);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Callbacks::onDataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Callbacks::onStreamClose);
    nghttp2_session_client_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    const nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0}, {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, uint32_t(kWindowSize)}};
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
    nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, kWindowSize);
    pump();
}

Http2Session::~Http2Session()
{
    m_streams.clear(); // their deadlines first: they sit on the pool's wheel
    nghttp2_session_del(m_session);
}

bool Http2Session::isUsable() const
{
    if (m_dead || !m_stream->isConnected() || !nghttp2_session_check_request_allowed(m_session))
        return false;
    const uint32_t limit = nghttp2_session_get_remote_settings(m_session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
    return uint32_t(m_streams.size()) < limit;
}

quint64 Http2Session::submit(UpstreamRequest request, UpstreamCallbacks callbacks)
{
    const quint64 serial = ++m_nextSerial;
    auto stream = std::make_unique<Stream>(&m_pool->m_wheel, [this, serial] {
        for (const auto &[id, s] : m_streams) {
            if (s->serial != serial)
                continue;
            const qint64 elapsed = DeadlineWheel::nowMs() - s->startedMs;
            const int32_t streamId = id;
            nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_CANCEL);
            endStream(streamId, false, UpstreamError::Timeout,
                      QStringLiteral("timed out %1 after %2 ms").arg(QLatin1String(s->headersDelivered ? "receiving the response" : "waiting for the response")).arg(elapsed));
            pump();
            return;
        }
    });
    stream->serial = serial;
    stream->request = std::move(request);
    stream->callbacks = std::move(callbacks);
    stream->startedMs = DeadlineWheel::nowMs();
    const UpstreamRequest &r = stream->request;

    QByteArray authority = m_endpoint.host;
    if (m_endpoint.port != 443)
        authority += ':' + QByteArray::number(m_endpoint.port);
    const QByteArray path = m_endpoint.pathPrefix + r.path;
    const QByteArray length = QByteArray::number(r.body.size());
    std::vector<QByteArray> names;
    names.reserve(r.headers.size());
    std::vector<nghttp2_nv> nva;
    nva.reserve(r.headers.size() + 5);
    auto add = [&nva](const QByteArray &name, const QByteArray &value) {
        nva.push_back({reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
                       reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()), size_t(value.size()),
                       NGHTTP2_NV_FLAG_NONE});
    };
    static const QByteArray method(":method"), scheme(":scheme"), https("https"), authorityName(":authority"), pathName(":path"),
        contentLength("content-length");
    add(method, r.method);
    add(scheme, https);
    add(authorityName, authority);
    add(pathName, path);
    for (const auto &[name, value] : r.headers) {
        QByteArray lower;
        appendLowerCase(lower, name.constData(), size_t(name.size())); // HTTP/2 wants lower-case names
        if (isConnectionHeader(lower))
            continue;
        names.push_back(lower);
        add(names.back(), value);
    }
    const bool hasBody = !r.body.isEmpty() || r.method == "POST";
    if (hasBody)
        add(contentLength, length);

    nghttp2_data_provider provider;
    provider.source.ptr = stream.get();
    provider.read_callback = [](nghttp2_session *, int32_t, uint8_t *buffer, size_t size, uint32_t *flags, nghttp2_data_source *source,
                                void *) -> ssize_t {
        auto *s = static_cast<Stream *>(source->ptr);
        const qsizetype n = s->request.body.read(s->bodyOffset, reinterpret_cast<char *>(buffer), qsizetype(size));
        s->bodyOffset += n;
        if (s->bodyOffset == s->request.body.size())
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        return ssize_t(n);
    };
    const int32_t id = nghttp2_submit_request(m_session, nullptr, nva.data(), nva.size(), hasBody ? &provider : nullptr, nullptr);
    if (id < 0) {
        // Reported from the event loop, as the contract says.
        QMetaObject::invokeMethod(this, [failed = stream->callbacks.onError, message = QString::fromLatin1(nghttp2_strerror(id))] {
            if (failed)
                failed(UpstreamError::Connect, QStringLiteral("HTTP/2: %1").arg(message));
        }, Qt::QueuedConnection);
        return serial;
    }
    stream->id = id;
    stream->deadline.start(qMin(r.firstByteTimeoutMs, r.totalTimeoutMs));
    m_streams.emplace(id, std::move(stream));
    m_idle.stop();
    // Sent from the event loop: nghttp2 may close a stream while sending, and its callback must
    // not run inside submit().
    QMetaObject::invokeMethod(this, &Http2Session::pump, Qt::QueuedConnection);
    return serial;
}

void Http2Session::cancel(quint64 serial)
{
    for (auto it = m_streams.begin(); it != m_streams.end(); ++it) {
        if (it->second->serial != serial)
            continue;
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, it->first, NGHTTP2_CANCEL);
        m_streams.erase(it); // no callback: the caller has gone
        if (m_streams.empty())
            m_idle.start(kIdleCloseMs);
        if (!m_inReceive)
            QMetaObject::invokeMethod(this, &Http2Session::pump, Qt::QueuedConnection);
        return;
    }
}

void Http2Session::pump()
{
    if (m_dead)
        return;
    const int rv = nghttp2_session_send(m_session);
    if (rv != 0) {
        failAll(UpstreamError::Protocol, QStringLiteral("HTTP/2: %1").arg(QLatin1String(nghttp2_strerror(rv))));
        return;
    }
    if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session))
        failAll(UpstreamError::Closed, QStringLiteral("HTTP/2: the upstream ended the session"));
}

void Http2Session::onData(const char *data, qsizetype size)
{
    if (m_dead)
        return;
    m_inReceive = true;
    const auto rv = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(data), size_t(size));
    m_inReceive = false;
    if (rv < 0) {
        failAll(UpstreamError::Protocol, QStringLiteral("HTTP/2: %1").arg(QLatin1String(nghttp2_strerror(int(rv)))));
        return;
    }
    pump();
}

void Http2Session::failAll(UpstreamError error, const QString &message)
{
    if (m_dead)
        return;
    auto streams = std::move(m_streams);
    m_streams.clear();
    retire();
    for (auto &[id, s] : streams) {
        s->deadline.stop();
        if (s->callbacks.onError)
            s->callbacks.onError(error, message);
    }
}

void Http2Session::retire()
{
    if (m_dead)
        return;
    m_dead = true;
    m_pool->dropSession(this);
    m_stream->abort();
    deleteLater();
}

Http2Session::Stream *Http2Session::streamById(int32_t id)
{
    const auto it = m_streams.find(id);
    return it == m_streams.end() ? nullptr : it->second.get();
}

void Http2Session::endStream(int32_t id, bool ok, UpstreamError error, const QString &message)
{
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    std::unique_ptr<Stream> s = std::move(it->second);
    m_streams.erase(it);
    s->deadline.stop();
    if (m_streams.empty() && !m_dead)
        m_idle.start(kIdleCloseMs);
    if (ok) {
        if (s->callbacks.onComplete)
            s->callbacks.onComplete();
    } else if (s->callbacks.onError) {
        s->callbacks.onError(error, message);
    }
}

} // namespace sy
