#include "net/OutputQueue.h"

#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>

namespace sy {

namespace {
constexpr size_t kMaxIovecs = 64;
}

void OutputQueue::append(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    if (m_head < m_pieces.size() && m_pieces.back().gathering) {
        Piece &last = m_pieces.back();
        last.bytes.append(data, size);
        last.end += size;
    } else {
        m_pieces.push_back({QByteArray(data, size), 0, size, true});
    }
    m_pending += size;
}

void OutputQueue::appendOwned(QByteArray bytes)
{
    const qsizetype size = bytes.size();
    if (size == 0)
        return;
    m_pieces.push_back({std::move(bytes), 0, size, true});
    m_pending += size;
}

void OutputQueue::appendShared(const QByteArray &owner, qsizetype offset, qsizetype size)
{
    if (size < kShareFromBytes)
        return append(owner.constData() + offset, size);
    m_pieces.push_back({owner, offset, offset + size, false});
    m_pending += size;
}

int OutputQueue::sendTo(int fd)
{
    while (m_pending > 0) {
        iovec vectors[kMaxIovecs];
        size_t count = 0;
        for (size_t i = m_head; i < m_pieces.size() && count < kMaxIovecs; ++i, ++count) {
            Piece &piece = m_pieces[i];
            vectors[count].iov_base = const_cast<char *>(piece.bytes.constData() + piece.offset);
            vectors[count].iov_len = size_t(piece.end - piece.offset);
        }
        ssize_t n;
        if (count == 1) {
            n = ::send(fd, vectors[0].iov_base, vectors[0].iov_len, MSG_NOSIGNAL);
        } else {
            msghdr message{};
            message.msg_iov = vectors;
            message.msg_iovlen = count;
            n = ::sendmsg(fd, &message, MSG_NOSIGNAL);
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : errno;
        }
        m_pending -= n;
        while (n > 0) {
            Piece &piece = m_pieces[m_head];
            const qsizetype taken = qMin(qsizetype(n), piece.end - piece.offset);
            piece.offset += taken;
            n -= taken;
            if (piece.offset == piece.end) {
                piece.bytes = QByteArray(); // a shared body is let go as soon as it is sent
                ++m_head;
            }
        }
    }
    clear();
    return 0;
}

void OutputQueue::clear()
{
    m_pieces.clear();
    m_head = 0;
    m_pending = 0;
}

} // namespace sy
