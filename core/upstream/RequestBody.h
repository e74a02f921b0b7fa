#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <QVarLengthArray>

namespace sy {

// The body of an upstream request as pieces of shared buffers. Forwarding a client's request
// usually changes only its model value: the body is then the client's buffer, a few bytes of
// replacement and the client's buffer again, and a 30 MB request is held once, not copied for
// each attempt and again into the send buffer.
class RequestBody
{
public:
    struct Piece
    {
        QByteArray owner; // shared, never written through
        qsizetype offset = 0;
        qsizetype size = 0;
        QByteArrayView view() const { return QByteArrayView(owner.constData() + offset, size); }
    };

    RequestBody() = default;
    RequestBody(QByteArray whole); // NOLINT: a body in one buffer converts implicitly
    RequestBody(const char *text) : RequestBody(QByteArray(text)) {}

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Held inline: the usual body (before, model, after, perhaps a usage member) costs no allocation.
    using Pieces = QVarLengthArray<Piece, 5>;
    const Pieces &pieces() const { return m_pieces; }

    // Bytes [begin, end) become `with`; the other bytes stay where they are, uncopied.
    void replace(qsizetype begin, qsizetype end, QByteArray with);
    void insert(qsizetype at, QByteArray bytes) { replace(at, at, std::move(bytes)); }
    // Where `needle` first occurs inside one piece, or -1 (a match across two pieces is not seen).
    qsizetype indexOf(QByteArrayView needle) const;
    // Copies up to `max` bytes from `offset` on; returns how many.
    qsizetype read(qsizetype offset, char *buffer, qsizetype max) const;
    // One buffer: free when the body is one whole piece, a copy otherwise.
    QByteArray toByteArray() const;
    void clear();

private:
    Pieces m_pieces;
    qsizetype m_size = 0;
};

} // namespace sy
