#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

#include "net/ByteStream.h"
#include "net/DeadlineWheel.h"
#include "upstream/Http1ResponseParser.h"
#include "upstream/UpstreamPool.h"

namespace sy {

class Http2Session;

// One keep-alive socket to an upstream, running one request at a time. Owned by its pool.
class UpstreamConnection : public QObject
{
    Q_OBJECT
public:
    UpstreamConnection(UpstreamPool *pool, const UpstreamEndpoint &endpoint);
    ~UpstreamConnection() override;

    // reused: the socket served an earlier request; if it turns out stale before any byte of the
    // answer arrives, the request moves to a fresh connection without the caller noticing.
    quint64 start(UpstreamRequest request, UpstreamCallbacks callbacks, bool reused);
    void cancel(quint64 serial);
    bool isConnected() const;
    const UpstreamEndpoint &endpoint() const { return m_endpoint; }

private:
    enum class State { Idle, Connecting, Waiting, Receiving, Forwarding };

    void connectSocket();
    void writeRequest();
    void handOverToHttp2();
    void onData(const char *data, qsizetype size);
    void onStreamError(StreamError error, const QString &message);
    void onTimeout();
    void fail(UpstreamError error, const QString &message);
    void finish();
    void armTimer(int ms);

    UpstreamPool *m_pool;
    UpstreamEndpoint m_endpoint;
    ByteStream *m_stream = nullptr;
    QPointer<Http2Session> m_forward; // after a hand-over to HTTP/2
    quint64 m_forwardSerial = 0;
    State m_state = State::Idle;
    UpstreamRequest m_request;
    UpstreamCallbacks m_callbacks;
    quint64 m_serial = 0;
    bool m_reused = false;
    bool m_gotBytes = false;
    Http1ResponseParser m_parser;
    Deadline m_timer;
    qint64 m_startedMs = 0; // DeadlineWheel::nowMs() when the request started
};

} // namespace sy
