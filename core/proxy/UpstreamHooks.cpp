#include "proxy/UpstreamHooks.h"

#include "digest/Sha256.h"

namespace sy {

QByteArray ResponseCache::keyFor(const QString &provider, const QString &model, const RequestBody &upstreamBody, int repeat)
{
    Sha256 hash;
    hash.add(provider.toUtf8());
    hash.add(QByteArrayView("\0", 1));
    hash.add(model.toUtf8());
    hash.add(QByteArrayView("\0", 1));
    for (const RequestBody::Piece &piece : upstreamBody.pieces())
        hash.add(piece.view());
    hash.add(QByteArrayView("\0", 1));
    hash.add(QByteArray::number(repeat));
    return hash.result().toHex();
}

std::atomic<int> &ProviderGate::used(const QString &provider)
{
    QMutexLocker lock(&m_mutex);
    auto &counter = m_used[provider];
    if (!counter)
        counter = std::make_shared<std::atomic<int>>(0);
    return *counter; // counters are never removed, so the reference outlives the lock
}

bool ProviderGate::tryAcquire(const QString &provider)
{
    std::atomic<int> &counter = used(provider);
    int now = counter.load();
    do {
        if (m_limit > 0 && now >= m_limit)
            return false;
    } while (!counter.compare_exchange_weak(now, now + 1));
    return true;
}

void ProviderGate::release(const QString &provider) { used(provider).fetch_sub(1); }

} // namespace sy
