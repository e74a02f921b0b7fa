#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <charconv>
#include <cstring>

namespace sy {

// Writes a message head into one allocation with plain copies: QByteArray::append checks for
// sharing and growth on every piece, which added up to a few microseconds a request.
// The caller sizes it: every add must fit in the capacity given.
class ByteWriter
{
public:
    static constexpr qsizetype kNumberBytes = 24; // room for one integer or fixed-point number

    ByteWriter(QByteArray &out, qsizetype capacity) : m_out(out)
    {
        m_out.resize(capacity);
        m_begin = m_out.data();
        m_p = m_begin;
    }
    ~ByteWriter() { m_out.truncate(m_p - m_begin); }
    ByteWriter(const ByteWriter &) = delete;
    ByteWriter &operator=(const ByteWriter &) = delete;

    ByteWriter &add(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return *this; // an empty view may hold no pointer at all, which memcpy must not see
        std::memcpy(m_p, bytes.data(), size_t(bytes.size()));
        m_p += bytes.size();
        return *this;
    }
    template <size_t N>
    ByteWriter &add(const char (&literal)[N])
    {
        return add(QByteArrayView(literal, qsizetype(N - 1)));
    }
    ByteWriter &add(char c)
    {
        *m_p++ = c;
        return *this;
    }
    ByteWriter &addNumber(qint64 n, int base = 10)
    {
        m_p = std::to_chars(m_p, m_p + kNumberBytes, n, base).ptr;
        return *this;
    }

private:
    QByteArray &m_out;
    char *m_begin;
    char *m_p;
};

} // namespace sy
