#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <list>
#include <mutex>
#include <optional>

namespace sy {

// Which target a conversation started on, so its later turns go to the same one: a tool loop
// never switches model half-way, and the provider's prompt cache keeps hitting. Sessions are
// named by the client (x-session-id), by the Responses API's response ids, or by a fingerprint of
// the conversation's opening. Bounded: the least recently used sessions go first, and a session
// idle for kIdleMs is forgotten. Thread-safe.
class SessionAffinity
{
public:
    static constexpr qsizetype kMaxSessions = 100000;
    static constexpr qint64 kIdleMs = 3600000;

    struct Pin
    {
        QString route;  // the route alias it was made on
        QString target; // "provider/model"
    };

    std::optional<Pin> find(const QByteArray &session, qint64 nowMs);
    void remember(const QByteArray &session, Pin pin, qint64 nowMs);
    void forget(const QByteArray &session);
    qsizetype size() const;

private:
    struct Entry
    {
        Pin pin;
        qint64 usedMs = 0;
        std::list<QByteArray>::iterator lru;
    };

    mutable std::mutex m_mutex;
    QHash<QByteArray, Entry> m_sessions;
    std::list<QByteArray> m_lru; // front: most recent
};

} // namespace sy
