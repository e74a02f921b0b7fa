#include "responses/ResponseStore.h"

#include <QJsonDocument>

namespace sy {

void ResponseStore::put(const QString &id, QJsonObject response, QJsonArray conversation, qint64 nowMs)
{
    Entry entry{std::move(response), std::move(conversation), nowMs, 0};
    // Approximate size: the serialized forms (what a client sent and got, roughly).
    entry.bytes = QJsonDocument(entry.response).toJson(QJsonDocument::Compact).size() +
                  QJsonDocument(entry.conversation).toJson(QJsonDocument::Compact).size();
    QMutexLocker lock(&m_mutex);
    if (auto old = m_entries.find(id); old != m_entries.end()) {
        m_bytes -= old->bytes;
        m_entries.erase(old);
    }
    if (entry.bytes > m_limits.maxBytes)
        return; // larger than the whole store: kept nowhere rather than flushing everything
    m_bytes += entry.bytes;
    m_entries.insert(id, std::move(entry));
    m_order.push_back(id);
    evictLocked(nowMs);
}

void ResponseStore::evictLocked(qint64 nowMs)
{
    while (!m_order.empty()) {
        const auto it = m_entries.find(m_order.front());
        if (it == m_entries.end() || it->storedAtMs + m_limits.ttlMs <= nowMs || m_entries.size() > m_limits.maxEntries ||
            m_bytes > m_limits.maxBytes) {
            if (it != m_entries.end()) {
                m_bytes -= it->bytes;
                m_entries.erase(it);
            }
            m_order.pop_front();
            continue;
        }
        break;
    }
    // Ids deleted behind a live oldest entry stay in the queue: rebuild it before it outgrows the store.
    if (m_order.size() > size_t(2 * m_entries.size() + 64)) {
        std::deque<QString> live;
        for (const QString &id : m_order)
            if (m_entries.contains(id))
                live.push_back(id);
        m_order = std::move(live);
    }
}

std::optional<ResponseStore::Entry> ResponseStore::get(const QString &id, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->storedAtMs + m_limits.ttlMs <= nowMs)
        return std::nullopt;
    return *it;
}

bool ResponseStore::remove(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    m_bytes -= it->bytes;
    m_entries.erase(it);
    return true;
}

int ResponseStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace sy
