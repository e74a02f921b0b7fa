#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <deque>
#include <optional>

namespace sy {

// Stored Responses API responses (store: true), so a conversation continues by
// previous_response_id whichever provider answered it, and GET/DELETE /v1/responses/{id} work.
// Bounded in count and in bytes, oldest out first, each entry expiring after a time to live.
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
    struct Entry
    {
        QJsonObject response;     // the response object as the client got it
        QJsonArray conversation;  // every input item up to it, then its output items
        qint64 storedAtMs = 0;
        qint64 bytes = 0;
    };

    ResponseStore() = default;
    explicit ResponseStore(Limits limits) : m_limits(limits) {}

    void put(const QString &id, QJsonObject response, QJsonArray conversation, qint64 nowMs);
    std::optional<Entry> get(const QString &id, qint64 nowMs) const;
    bool remove(const QString &id);
    int size() const;

private:
    void evictLocked(qint64 nowMs);

    Limits m_limits;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    std::deque<QString> m_order; // oldest first; may name removed ids
    qint64 m_bytes = 0;
};

} // namespace sy
