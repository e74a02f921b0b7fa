#pragma once

#include <QObject>

#include <memory>
#include <unordered_map>

#include "net/ByteStream.h"
#include "net/DeadlineWheel.h"
#include "upstream/UpstreamPool.h"

struct nghttp2_session;

namespace sy {

// One HTTP/2 connection to an upstream (negotiated by ALPN over TLS), carrying many requests
// at once. Framing, flow control and HPACK are nghttp2's; this class maps its callbacks to
// UpstreamCallbacks with the same contract as the HTTP/1.1 connections: exactly one of
// onComplete and onError per request, never from inside submit().
class Http2Session : public QObject
{
public:
    Http2Session(UpstreamPool *pool, const UpstreamEndpoint &endpoint, ByteStream *stream);
    ~Http2Session() override;

    bool isUsable() const; // connected, no GOAWAY, below the server's stream limit
    int activeStreams() const { return int(m_streams.size()); }
    const UpstreamEndpoint &endpoint() const { return m_endpoint; }

    quint64 submit(UpstreamRequest request, UpstreamCallbacks callbacks);
    void cancel(quint64 serial);

private:
    struct Stream;

    void pump();
    void onData(const char *data, qsizetype size);
    void failAll(UpstreamError error, const QString &message);
    void retire();
    Stream *streamById(int32_t id);
    void endStream(int32_t id, bool ok, UpstreamError error, const QString &message);

    struct Callbacks; // nghttp2's, in the .cpp (its frame type cannot be declared ahead)

    UpstreamPool *m_pool;
    UpstreamEndpoint m_endpoint;
    ByteStream *m_stream;
    nghttp2_session *m_session = nullptr;
    std::unordered_map<int32_t, std::unique_ptr<Stream>> m_streams;
    quint64 m_nextSerial = 0;
    bool m_dead = false;
    bool m_inReceive = false;
    Deadline m_idle; // an unused session closes after a while
};

} // namespace sy
