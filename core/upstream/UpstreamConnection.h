#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

#include "net/ByteStream.h"
#include "net/DeadlineWheel.h"
#include "upstream/UpstreamPool.h"

struct http_parser;
struct http_parser_settings;

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

    static const http_parser_settings &parserSettings();
    static int onHeaderField(http_parser *p, const char *at, size_t len);
    static int onHeaderValue(http_parser *p, const char *at, size_t len);
    static int onHeadersComplete(http_parser *p);
    static int onBodyData(http_parser *p, const char *at, size_t len);
    static int onMessageComplete(http_parser *p);

    UpstreamPool *m_pool;
    UpstreamEndpoint m_endpoint;
    ByteStream *m_stream = nullptr;
    QPointer<Http2Session> m_forward; // after a hand-over to HTTP/2
    quint64 m_forwardSerial = 0;
    std::unique_ptr<http_parser> m_parser;
    State m_state = State::Idle;
    UpstreamRequest m_request;
    UpstreamCallbacks m_callbacks;
    quint64 m_serial = 0;
    bool m_reused = false;
    bool m_gotBytes = false;
    bool m_complete = false;
    bool m_stopParsing = false;
    int m_status = 0;
    HttpHeaders m_headers;
    size_t m_headerCount = 0;
    bool m_lastWasValue = false;
    Deadline m_timer;
    QElapsedTimer m_started;
};

} // namespace sy
