#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

#include <atomic>
#include <mutex>

class QTcpSocket;

namespace sy::test {

// An upstream that misbehaves on purpose, speaking raw HTTP/1.1 so it can do what a well-made
// server never would. The request's "model" names the fault; the path picks the API (…/messages
// is Anthropic, anything else OpenAI chat completions); "stream": true asks for events.
//
//   ok             a proper answer (keep-alive)
//   slow           a proper answer after 300 ms; as a stream, events 100 ms apart
//   reset_mid      part of the answer, then a TCP reset
//   stall_mid      part of the answer, then silence with the connection open
//   no_terminator  a stream that ends cleanly without [DONE] / message_stop; a JSON body cut short
//   garbage_mid    a stream with an HTML line among its events; a JSON body that is HTML
//   error_event    content, then an error event (as a JSON answer: a 200 whose body is an error)
//   error_first    an error event before any content
//   html502        a load balancer's 502 page, text/html
//   empty200       a 200 with no body
//   r429_s         429 with Retry-After: 1
//   r429_date      429 with Retry-After as an HTTP date 2 s ahead
//   r429_ms        429 with retry-after-ms: 1500 (and no Retry-After)
//   stale          answers a connection's first request, closes it at the second without a byte
//   flaky          500 while failStatus is 500, 400 while it is 400, else like slow
//
// While healthy is set every fault answers like "ok". Lives on the thread that created it.
class FaultyUpstream : public QTcpServer
{
public:
    explicit FaultyUpstream(QObject *parent = nullptr);
    bool listenOnLoopback();
    QString baseUrl() const; // http://127.0.0.1:PORT/v1

    std::atomic<bool> healthy{false};
    std::atomic<int> failStatus{500}; // for "flaky"
    int hits(const QByteArray &model) const; // requests received for that model
    void clearHits();
    QByteArray lastBody() const; // the body of the last request received, as it came
    int accepted() const { return m_accepted.load(); }

    // A proper stream in three parts: up to and including the first content delta, the rest of
    // the events, and the terminator.
    static QByteArray firstEvents(bool anthropic);
    static QByteArray laterEvents(bool anthropic);
    static QByteArray terminator(bool anthropic);
    static QByteArray answerBody(bool anthropic);
    static QByteArray errorBody(bool anthropic);
    static QByteArray errorEvent(bool anthropic);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        QByteArray buffer;
        int served = 0;
    };
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int served, bool anthropic, const QByteArray &model, bool stream);

    QHash<QTcpSocket *, Connection> m_connections;
    mutable std::mutex m_hitsMutex;
    QHash<QByteArray, int> m_hits;
    QByteArray m_lastBody;
    std::atomic<int> m_accepted{0};
};

} // namespace sy::test
