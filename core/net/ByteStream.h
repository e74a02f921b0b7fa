#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sy {

enum class StreamError
{
    Connect, // the connection could not be made (refused, unreachable, name not found, TLS handshake)
    Closed,  // the peer closed the connection
    Failed,  // reset or another socket error
};

// A connected byte stream on the current thread's event loop: plain TCP read and written with
// direct system calls, or TLS through QSslSocket. Owners get plain callbacks instead of signals
// because they run for every read on the proxy's hot path.
//
// Callbacks may delete the stream; it never touches itself after a callback that did. The
// connected callback may replace the handlers.
class ByteStream : public QObject
{
public:
    struct Handlers
    {
        std::function<void()> connected;
        std::function<void(const char *data, qsizetype size)> data;
        std::function<void(StreamError error, const QString &message)> error;
        std::function<void()> flushedAndClosed; // after closeWhenFlushed()
        // The peer shut down its sending side. Returns true to keep the stream for writing (reads
        // stop); false, or no handler, treats it as a close (error Closed).
        std::function<bool()> readClosed;
    };

    using QObject::QObject;
    void setHandlers(Handlers handlers) { m_handlers = std::move(handlers); }

    virtual void connectToHost(const QByteArray &host, quint16 port) = 0;
    virtual bool isConnected() const = 0;
    // Writes now as far as the kernel takes it; the rest leaves when the socket can take more.
    virtual void write(const char *data, qsizetype size) = 0;
    void write(const QByteArray &data) { write(data.constData(), data.size()); }
    // The same for owner's bytes [offset, offset + size), by reference where the stream can: a large
    // request body need not be copied into the send buffer. owner must not be written through.
    virtual void writeShared(const QByteArray &owner, qsizetype offset, qsizetype size)
    {
        write(owner.constData() + offset, size);
    }
    // Takes a buffer over (a request's head): no copy into the send buffer.
    virtual void writeOwned(QByteArray data) { write(data.constData(), data.size()); }
    virtual qsizetype bytesPending() const = 0;
    // Bytes written that the peer has not received yet: the pending ones and, where the stream
    // can tell, those still in the kernel's send queue. Tells a slow upload from a silent peer.
    virtual qsizetype bytesUndelivered() const { return bytesPending(); }
    virtual QByteArray negotiatedProtocol() const { return {}; } // ALPN: "h2", "http/1.1" or empty
    // True when an idle connection is already closed, reset or holds unread bytes, though the
    // event loop has not said so yet: it must not carry a new request.
    virtual bool isStale() const { return !isConnected(); }
    // Sends what is pending, then closes and calls flushedAndClosed.
    virtual void closeWhenFlushed() = 0;
    // Closes at once, dropping pending output; no callback follows.
    virtual void abort() = 0;

protected:
    Handlers m_handlers;
};

} // namespace sy
