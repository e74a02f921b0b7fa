#pragma once

#include <QHostAddress>
#include <QList>

#include <memory>

#include "net/ByteStream.h"
#include "net/OutputQueue.h"

class QHostInfo;

namespace sy {

class DescriptorWatch;

// Plain TCP on a non-blocking descriptor. Reads go straight from the kernel into the data
// callback and writes straight to the kernel, without QAbstractSocket's buffers, signals and
// per-read ioctl: on the proxy's path that halves the system calls per request.
class TcpStream final : public ByteStream
{
public:
    explicit TcpStream(QObject *parent = nullptr);
    ~TcpStream() override;

    // Takes over an accepted descriptor (server side). Returns false if it is unusable.
    bool adopt(qintptr descriptor);

    void connectToHost(const QByteArray &host, quint16 port) override;
    bool isConnected() const override { return m_state == State::Connected; }
    using ByteStream::write;
    void write(const char *data, qsizetype size) override;
    void writeShared(const QByteArray &owner, qsizetype offset, qsizetype size) override;
    void writeOwned(QByteArray data) override;
    qsizetype bytesPending() const override { return m_out.size(); }
    qsizetype bytesUndelivered() const override;
    bool isStale() const override;
    void closeWhenFlushed() override;
    void abort() override;

private:
    class WriteBatch;
    enum class State
    {
        Unconnected,
        Resolving,
        Connecting,
        Connected,
        Closing
    };

    void onLookedUp(const QHostInfo &info);
    void connectNext();
    void onReadable();
    void onWritable();
    bool flush(); // false once the stream has failed
    void sendPending();
    void writeShared(const QByteArray &owner, qsizetype offset, qsizetype size, const char *data,
                     qsizetype dataSize);
    void setUp(int fd);
    void closeDescriptor();
    void failLater(StreamError error, const QString &message);
    void fail(StreamError error, const QString &message);

    int m_fd = -1;
    State m_state = State::Unconnected;
    std::unique_ptr<DescriptorWatch> m_watch;
    OutputQueue m_out;
    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
    QString m_lastConnectError;
    qsizetype m_batchIndex = -1; // in this thread's WriteBatch
    quint64 m_generation = 0;    // counts connections, so late queued callbacks can be told apart
    bool *m_destroyed = nullptr; // set by the destructor while a callback runs
};

} // namespace sy
