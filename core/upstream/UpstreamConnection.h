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

    // reused: the socket served an earlier request. If it closes before any byte of the answer,
    // an idempotent request is sent once more on a fresh socket of this same connection (the
    // caller's UpstreamCall stays valid); any other request fails: it may have been processed.
    quint64 start(UpstreamRequest request, UpstreamCallbacks callbacks, bool reused);
    void cancel(quint64 serial);
    bool isConnected() const;
    bool isStale() const; // an idle socket already closed by the upstream
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
    bool resendOnFreshSocket(); // after a reused socket closed unanswered
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
    bool m_resent = false;
    Http1ResponseParser m_parser;
    Deadline m_timer;
    static constexpr qsizetype kSlowUploadBytes = 64 * 1024;
    qsizetype m_undeliveredAtArm = 0; // request bytes not yet received by the upstream when the timer was armed
    qint64 m_startedMs = 0; // DeadlineWheel::nowMs() when the request started
};

} // namespace sy
