#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

#include "responses/ResponseArchive.h"

namespace sy {

// Stored Responses API responses (store: true), so a conversation continues by
// previous_response_id whichever provider answered it, and GET/DELETE /v1/responses/{id} work.
// The recent ones are kept in memory, bounded in count and bytes, oldest out first; with an
// archive (the workspace) every one is also written there and read back on a miss, so they
// survive eviction and restarts. Entries expire after a time to live either way.
// Safe to use from every proxy worker thread.
class ResponseStore
{
public:
    struct Limits
    {
        int maxEntries = 10000;
        qint64 maxBytes = 64ll * 1024 * 1024;
        qint64 ttlMs = 30ll * 24 * 3600 * 1000; // as long as OpenAI keeps them
    };
    using Entry = StoredResponse;
    static constexpr int kMaxChain = 10000; // turns followed back through previous ids

    ResponseStore() = default;
    explicit ResponseStore(Limits limits) : m_limits(limits) {}

    // Any time, from any thread (a workspace switched under a running proxy); calls under way
    // finish with the archive they started with. Without one, responses live in memory only.
    void setArchive(std::shared_ptr<ResponseArchive> archive) { m_archive.store(std::move(archive)); }

    void put(const QString &id, QJsonObject response, QString previousId, QJsonArray items, qint64 nowMs);
    std::optional<Entry> get(const QString &id, qint64 nowMs);
    bool remove(const QString &id);
    int size() const; // in memory

    // Every item of the conversation up to and including `id`'s output, oldest first. Nothing
    // when `id` is unknown; `error` then says why, naming an earlier turn that is gone.
    std::optional<QJsonArray> conversation(const QString &id, qint64 nowMs, QString *error = nullptr);

private:
    void keepLocked(const QString &id, Entry entry, qint64 nowMs);
    void evictLocked(qint64 nowMs);
    bool expired(const Entry &entry, qint64 nowMs) const { return entry.storedAtMs + m_limits.ttlMs <= nowMs; }

    Limits m_limits;
    std::atomic<std::shared_ptr<ResponseArchive>> m_archive;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    std::deque<QString> m_order; // oldest first; may name removed ids
    qint64 m_bytes = 0;
};

} // namespace sy
