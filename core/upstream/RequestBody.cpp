#include "upstream/RequestBody.h"

#include <cstring>

namespace sy {

RequestBody::RequestBody(QByteArray whole)
{
    m_size = whole.size();
    if (m_size > 0)
        m_pieces.push_back({std::move(whole), 0, m_size});
}

void RequestBody::replace(qsizetype begin, qsizetype end, QByteArray with)
{
    begin = qBound(qsizetype(0), begin, m_size);
    end = qBound(begin, end, m_size);
    Pieces out;
    bool placed = false;
    const auto place = [&] {
        if (!placed && !with.isEmpty())
            out.push_back({with, 0, with.size()});
        placed = true;
    };
    qsizetype at = 0; // body offset of the current piece
    for (Piece &piece : m_pieces) {
        const qsizetype pieceEnd = at + piece.size;
        if (at < begin) // the part before the range
            out.push_back({piece.owner, piece.offset, qMin(pieceEnd, begin) - at});
        if (begin <= pieceEnd)
            place();
        if (pieceEnd > end) { // the part after it
            const qsizetype from = qMax(at, end);
            out.push_back({piece.owner, piece.offset + (from - at), pieceEnd - from});
        }
        at = pieceEnd;
    }
    place(); // at the very end, or into an empty body
    m_pieces = std::move(out);
    m_size += with.size() - (end - begin);
}

qsizetype RequestBody::indexOf(QByteArrayView needle) const
{
    qsizetype at = 0;
    for (const Piece &piece : m_pieces) {
        if (const qsizetype i = piece.view().indexOf(needle); i >= 0)
            return at + i;
        at += piece.size;
    }
    return -1;
}

qsizetype RequestBody::read(qsizetype offset, char *buffer, qsizetype max) const
{
    qsizetype copied = 0;
    qsizetype at = 0;
    for (const Piece &piece : m_pieces) {
        if (copied == max)
            break;
        const qsizetype pieceEnd = at + piece.size;
        if (offset + copied < pieceEnd) {
            const qsizetype from = offset + copied - at;
            const qsizetype n = qMin(piece.size - from, max - copied);
            std::memcpy(buffer + copied, piece.owner.constData() + piece.offset + from, size_t(n));
            copied += n;
        }
        at = pieceEnd;
    }
    return copied;
}

QByteArray RequestBody::toByteArray() const
{
    if (m_pieces.size() == 1 && m_pieces.front().offset == 0 &&
        m_pieces.front().size == m_pieces.front().owner.size())
        return m_pieces.front().owner;
    QByteArray out;
    out.reserve(m_size);
    for (const Piece &piece : m_pieces)
        out.append(piece.view());
    return out;
}

void RequestBody::clear()
{
    m_pieces.clear();
    m_size = 0;
}

} // namespace sy
