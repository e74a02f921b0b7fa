#include "proxy/UpstreamHooks.h"

#include <QCryptographicHash>

namespace sy {

QByteArray ResponseCache::keyFor(const QString &provider, const QString &model, const QByteArray &upstreamBody, int repeat)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(provider.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(model.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(upstreamBody);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(repeat));
    return hash.result().toHex();
}

ProviderGate::Slot &ProviderGate::slot(const QString &provider) const
{
    QMutexLocker lock(&m_mutex);
    auto &s = m_slots[provider];
    if (!s) {
        s = std::make_shared<Slot>();
        s->limit = m_default;
    }
    return *s; // slots are never removed, so the reference outlives the lock
}

void ProviderGate::setLimit(const QString &provider, int limit) { slot(provider).limit = limit; }

bool ProviderGate::tryAcquire(const QString &provider)
{
    Slot &s = slot(provider);
    if (s.limit <= 0) {
        s.used.fetch_add(1);
        return true;
    }
    int used = s.used.load();
    while (used < s.limit)
        if (s.used.compare_exchange_weak(used, used + 1))
            return true;
    return false;
}

void ProviderGate::release(const QString &provider) { slot(provider).used.fetch_sub(1); }

int ProviderGate::inFlight(const QString &provider) const { return slot(provider).used.load(); }

} // namespace sy
