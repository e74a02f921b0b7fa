#include "responses/ResponseStore.h"

#include <QJsonDocument>

namespace sy {

void ResponseStore::put(const QString &id, QJsonObject response, QString previousId, QJsonArray items, qint64 nowMs)
{
    Entry entry{std::move(response), std::move(previousId), std::move(items), nowMs, 0};
    // Approximate size: the serialized forms (what a client sent and got, roughly).
    entry.bytes = QJsonDocument(entry.response).toJson(QJsonDocument::Compact).size() +
                  QJsonDocument(entry.items).toJson(QJsonDocument::Compact).size();
    if (const std::shared_ptr<ResponseArchive> archive = m_archive.load())
        archive->save(id, entry);
    QMutexLocker lock(&m_mutex);
    keepLocked(id, std::move(entry), nowMs);
}

void ResponseStore::keepLocked(const QString &id, Entry entry, qint64 nowMs)
{
    if (auto old = m_entries.find(id); old != m_entries.end()) {
        m_bytes -= old->bytes;
        m_entries.erase(old);
    }
    if (entry.bytes > m_limits.maxBytes)
        return; // larger than the whole cache: kept nowhere (or only in the archive) rather than flushing everything
    m_bytes += entry.bytes;
    m_entries.insert(id, std::move(entry));
    m_order.push_back(id);
    evictLocked(nowMs);
}

void ResponseStore::evictLocked(qint64 nowMs)
{
    while (!m_order.empty()) {
        const auto it = m_entries.find(m_order.front());
        if (it == m_entries.end() || expired(*it, nowMs) || m_entries.size() > m_limits.maxEntries ||
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

std::optional<ResponseStore::Entry> ResponseStore::get(const QString &id, qint64 nowMs)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_entries.constFind(id); it != m_entries.cend())
            return expired(*it, nowMs) ? std::nullopt : std::optional<Entry>(*it);
    }
    const std::shared_ptr<ResponseArchive> archive = m_archive.load();
    if (!archive)
        return std::nullopt;
    std::optional<Entry> loaded = archive->load(id); // outside the lock: it may read the disk
    if (!loaded || expired(*loaded, nowMs))
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    if (!m_entries.contains(id)) // a turn read back is likely read again: the next one continues it
        keepLocked(id, *loaded, nowMs);
    return loaded;
}

std::optional<QJsonArray> ResponseStore::conversation(const QString &id, qint64 nowMs, QString *error)
{
    std::vector<QJsonArray> turns; // newest first
    QString at = id;
    for (int hops = 0; !at.isEmpty(); ++hops) {
        std::optional<Entry> entry = hops < kMaxChain ? get(at, nowMs) : std::nullopt;
        if (!entry) {
            if (error)
                *error = hops == 0 ? QStringLiteral("previous response '%1' not found: it was not stored (store: false), has "
                                                    "expired or was deleted, or another proxy answered it")
                                         .arg(id)
                       : hops >= kMaxChain
                           ? QStringLiteral("previous response '%1' continues a conversation longer than %2 turns").arg(id).arg(kMaxChain)
                           : QStringLiteral("previous response '%1' continues '%2', which has expired or was deleted: the "
                                            "conversation cannot be rebuilt")
                                 .arg(id, at);
            return std::nullopt;
        }
        turns.push_back(std::move(entry->items));
        at = entry->previousId;
    }
    QJsonArray all;
    for (auto turn = turns.rbegin(); turn != turns.rend(); ++turn)
        for (const QJsonValue &item : std::as_const(*turn))
            all.append(item);
    return all;
}

bool ResponseStore::remove(const QString &id)
{
    bool found = false;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_entries.find(id); it != m_entries.end()) {
            m_bytes -= it->bytes;
            m_entries.erase(it);
            found = true;
        }
    }
    if (const std::shared_ptr<ResponseArchive> archive = m_archive.load()) {
        found = found || archive->load(id).has_value();
        archive->remove(id);
    }
    return found;
}

int ResponseStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace sy
