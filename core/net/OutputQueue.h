#pragma once

#include <QByteArray>

#include <vector>

namespace sy {

// Bytes waiting for a socket. Small writes gather in one buffer; a large shared buffer (a request
// body) is queued as it is, never copied, and everything leaves in one gathering system call.
class OutputQueue
{
public:
    static constexpr qsizetype kShareFromBytes = 16 * 1024; // below this a copy is cheaper than a piece

    void append(const char *data, qsizetype size);
    // Takes a buffer of the caller's over, without a copy; later small writes may append to it.
    void appendOwned(QByteArray bytes);
    // Queues owner's bytes [offset, offset + size) by reference; owner must not be written through.
    void appendShared(const QByteArray &owner, qsizetype offset, qsizetype size);
    qsizetype size() const { return m_pending; }
    bool isEmpty() const { return m_pending == 0; }
    // Sends what the descriptor takes now. Returns 0, or the errno that failed the socket.
    int sendTo(int fd);
    void clear();

private:
    struct Piece
    {
        QByteArray bytes;
        qsizetype offset = 0; // first unsent byte
        qsizetype end = 0;
        bool gathering = false; // a buffer of our own that small writes append to
    };

    std::vector<Piece> m_pieces;
    size_t m_head = 0; // first piece with unsent bytes
    qsizetype m_pending = 0;
};

} // namespace sy
