#include "gateway/SessionAffinity.h"

namespace sy {

std::optional<SessionAffinity::Pin> SessionAffinity::find(const QByteArray &session, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_sessions.find(session);
    if (it == m_sessions.end())
        return std::nullopt;
    if (nowMs - it->usedMs > kIdleMs) {
        m_lru.erase(it->lru);
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->usedMs = nowMs;
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    return it->pin;
}

void SessionAffinity::remember(const QByteArray &session, Pin pin, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_sessions.find(session); it != m_sessions.end()) {
        it->pin = std::move(pin);
        it->usedMs = nowMs;
        m_lru.splice(m_lru.begin(), m_lru, it->lru);
        return;
    }
    m_lru.push_front(session);
    m_sessions.insert(session, Entry{std::move(pin), nowMs, m_lru.begin()});
    while (m_sessions.size() > kMaxSessions) {
        m_sessions.remove(m_lru.back());
        m_lru.pop_back();
    }
}

void SessionAffinity::forget(const QByteArray &session)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_sessions.find(session); it != m_sessions.end()) {
        m_lru.erase(it->lru);
        m_sessions.erase(it);
    }
}

qsizetype SessionAffinity::size() const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

} // namespace sy
