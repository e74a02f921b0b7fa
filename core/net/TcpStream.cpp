#include "net/TcpStream.h"

#include <QAbstractEventDispatcher>
#include <QHostInfo>

#include "net/DescriptorWatch.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <linux/sockios.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sy {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

constexpr qsizetype readChunk = 64 * 1024;

} // namespace

// Writes made while the event loop handles one batch of ready sockets leave together at the end
// of it. On a busy proxy the peers then find several messages per wake-up: waking a process on
// another core was the largest single kernel cost per request (an interrupt to that core).
class TcpStream::WriteBatch
{
public:
    static WriteBatch &forThisThread()
    {
        thread_local WriteBatch batch;
        return batch;
    }

    void add(TcpStream *stream)
    {
        if (stream->m_batchIndex >= 0)
            return;
        stream->m_batchIndex = qsizetype(m_streams.size());
        m_streams.push_back(stream);
        if (!m_posted) {
            m_posted = true;
            DescriptorWatch::atEndOfPass(QAbstractEventDispatcher::instance(), [this] { flushAll(); });
        }
    }

    void remove(TcpStream *stream)
    {
        if (stream->m_batchIndex < 0)
            return;
        m_streams[size_t(stream->m_batchIndex)] = nullptr;
        stream->m_batchIndex = -1;
    }

private:
    void flushAll()
    {
        m_posted = false;
        // A flush may fail and run an error callback, which may write to or destroy other streams.
        for (size_t i = 0; i < m_streams.size(); ++i) {
            TcpStream *stream = m_streams[i];
            if (!stream)
                continue;
            m_streams[i] = nullptr;
            stream->m_batchIndex = -1;
            stream->sendPending();
        }
        m_streams.clear();
    }

    std::vector<TcpStream *> m_streams;
    bool m_posted = false;
};

TcpStream::TcpStream(QObject *parent) : ByteStream(parent) {}

TcpStream::~TcpStream()
{
    if (m_destroyed)
        *m_destroyed = true;
    WriteBatch::forThisThread().remove(this);
    closeDescriptor();
}

bool TcpStream::adopt(qintptr descriptor)
{
    const int fd = int(descriptor);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || (!(flags & O_NONBLOCK) && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0)) {
        ::close(fd);
        return false;
    }
    setUp(fd);
    m_state = State::Connected;
    m_watch->setReadEnabled(true);
    return true;
}

void TcpStream::setUp(int fd)
{
    m_fd = fd;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_watch = std::make_unique<DescriptorWatch>(fd, this, [this] { onReadable(); }, [this] { onWritable(); });
}

void TcpStream::closeDescriptor()
{
    m_watch.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void TcpStream::connectToHost(const QByteArray &host, quint16 port)
{
    abort();
    m_port = port;
    m_lastConnectError.clear();
    const QHostAddress numeric(QString::fromLatin1(host));
    if (!numeric.isNull()) {
        m_addresses = {numeric};
        connectNext();
        return;
    }
    m_state = State::Resolving;
    QHostInfo::lookupHost(QString::fromUtf8(host), this, [this](const QHostInfo &info) { onLookedUp(info); });
}

void TcpStream::onLookedUp(const QHostInfo &info)
{
    if (m_state != State::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(StreamError::Connect, info.errorString());
        return;
    }
    m_addresses = info.addresses();
    connectNext();
}

void TcpStream::connectNext()
{
    while (!m_addresses.isEmpty()) {
        const QHostAddress address = m_addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(m_port);
            in->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        } else {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(m_port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
            in6->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof(sockaddr_in6);
        }
        const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            m_lastConnectError = errnoText(errno);
            continue;
        }
        if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0 || errno == EINPROGRESS) {
            setUp(fd);
            m_state = State::Connecting;
            m_watch->setWriteEnabled(true); // writable once the handshake has finished, either way
            return;
        }
        m_lastConnectError = errnoText(errno);
        ::close(fd);
    }
    failLater(StreamError::Connect,
              m_lastConnectError.isEmpty() ? QStringLiteral("no address to connect to") : m_lastConnectError);
}

void TcpStream::onReadable()
{
    static thread_local char buffer[readChunk];
    bool destroyed = false;
    m_destroyed = &destroyed;
    const quint64 generation = m_generation;
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            if (m_handlers.data)
                m_handlers.data(buffer, qsizetype(n));
            if (destroyed)
                return;
            if (m_fd < 0 || generation != m_generation || n < qsizetype(sizeof buffer))
                break; // level-triggered: the loop comes back if more arrived meanwhile
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n == 0 && m_handlers.readClosed) {
            m_watch->setReadEnabled(false); // end of file stays readable: stop asking
            const bool keep = m_handlers.readClosed();
            if (destroyed)
                return;
            m_destroyed = nullptr;
            if (keep || m_fd < 0 || generation != m_generation)
                return;
        }
        m_destroyed = nullptr;
        if (n == 0)
            fail(StreamError::Closed, QStringLiteral("the remote host closed the connection"));
        else
            fail(errno == ECONNRESET ? StreamError::Closed : StreamError::Failed, errnoText(errno));
        return;
    }
    m_destroyed = nullptr;
}

void TcpStream::onWritable()
{
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
            error = errno;
        if (error != 0) {
            m_lastConnectError = errnoText(error);
            closeDescriptor();
            connectNext();
            return;
        }
        m_state = State::Connected;
        m_watch->setReadEnabled(true);
        m_watch->setWriteEnabled(bytesPending() > 0);
        if (const auto connected = m_handlers.connected) { // a copy: it may replace the handlers
            bool destroyed = false;
            m_destroyed = &destroyed;
            connected();
            if (destroyed)
                return;
            m_destroyed = nullptr;
        }
        return;
    }
    sendPending();
}

void TcpStream::sendPending()
{
    if (m_state != State::Connected && m_state != State::Closing)
        return;
    if (!flush())
        return;
    if (bytesPending() > 0) {
        m_watch->setWriteEnabled(true); // the kernel's buffer is full: the rest when it drains
        return;
    }
    m_watch->setWriteEnabled(false);
    if (m_state == State::Closing) {
        closeDescriptor();
        m_state = State::Unconnected;
        if (m_handlers.flushedAndClosed)
            m_handlers.flushedAndClosed();
    }
}

bool TcpStream::flush()
{
    if (const int error = m_out.sendTo(m_fd)) {
        fail(StreamError::Failed, errnoText(error));
        return false;
    }
    return true;
}

void TcpStream::write(const char *data, qsizetype size)
{
    writeShared({}, 0, 0, data, size);
}

void TcpStream::writeOwned(QByteArray data)
{
    if (m_state != State::Connected && m_state != State::Resolving && m_state != State::Connecting)
        return;
    m_out.appendOwned(std::move(data));
    if (m_state == State::Connected && !m_watch->writeEnabled())
        WriteBatch::forThisThread().add(this);
}

void TcpStream::writeShared(const QByteArray &owner, qsizetype offset, qsizetype size)
{
    writeShared(owner, offset, size, nullptr, 0);
}

void TcpStream::writeShared(const QByteArray &owner, qsizetype offset, qsizetype size, const char *data,
                            qsizetype dataSize)
{
    if (m_state != State::Connected && m_state != State::Resolving && m_state != State::Connecting)
        return;
    if (data)
        m_out.append(data, dataSize);
    else
        m_out.appendShared(owner, offset, size);
    // Before the connection is made the bytes wait; they leave once connected.
    if (m_state == State::Connected && !m_watch->writeEnabled())
        WriteBatch::forThisThread().add(this);
}

void TcpStream::closeWhenFlushed()
{
    if (m_state == State::Connected && bytesPending() > 0) {
        m_state = State::Closing; // the batch or the write notifier finishes it
        return;
    }
    const bool wasOpen = m_state != State::Unconnected;
    closeDescriptor();
    m_state = State::Unconnected;
    m_out.clear();
    if (wasOpen)
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation && m_handlers.flushedAndClosed)
                    m_handlers.flushedAndClosed();
            },
            Qt::QueuedConnection);
}

qsizetype TcpStream::bytesUndelivered() const
{
    int queued = 0; // sent to the kernel, not yet acknowledged by the peer
    if (m_fd >= 0 && ::ioctl(m_fd, SIOCOUTQ, &queued) < 0)
        queued = 0;
    return m_out.size() + queued;
}

bool TcpStream::isStale() const
{
    if (m_state != State::Connected)
        return true;
    // Under the epoll loop an idle socket that was closed, reset or sent bytes either was reported
    // on an earlier pass (and left the pool) or has a report waiting in this one.
    if (m_watch->knowsPendingReads())
        return m_watch->readReportPending();
    char byte;
    const ssize_t n = ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    // 0: the peer sent FIN; > 0: bytes nobody asked for; an error other than "nothing yet": reset.
    return !(n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
}

void TcpStream::abort()
{
    ++m_generation; // callbacks queued for the old connection are dropped
    WriteBatch::forThisThread().remove(this);
    closeDescriptor();
    m_state = State::Unconnected;
    m_out.clear();
    m_addresses.clear();
}

void TcpStream::failLater(StreamError error, const QString &message)
{
    m_state = State::Unconnected;
    QMetaObject::invokeMethod(
        this,
        [this, error, message, generation = m_generation] {
            if (generation == m_generation && m_handlers.error)
                m_handlers.error(error, message);
        },
        Qt::QueuedConnection);
}

void TcpStream::fail(StreamError error, const QString &message)
{
    WriteBatch::forThisThread().remove(this);
    closeDescriptor();
    m_state = State::Unconnected;
    m_out.clear();
    if (m_handlers.error)
        m_handlers.error(error, message);
}

} // namespace sy
