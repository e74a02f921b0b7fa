#include "proxy/RequestIds.h"

#include <QRandomGenerator>

#include <atomic>

namespace sy::RequestIds {

namespace {

void putHex(char *out, quint64 value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        out[i] = hex[value & 0xF];
}

} // namespace

QByteArray next()
{
    static const quint64 processTag = QRandomGenerator::system()->generate64();
    static std::atomic<quint64> counter{0};
    const quint64 n = counter.fetch_add(1, std::memory_order_relaxed);
    QByteArray id(28, Qt::Uninitialized);
    char *out = id.data();
    out[0] = 'r', out[1] = 'e', out[2] = 'q', out[3] = '_';
    putHex(out + 4, processTag, 12);
    putHex(out + 16, n, 12);
    return id;
}

} // namespace sy::RequestIds
