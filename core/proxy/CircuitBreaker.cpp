#include "proxy/CircuitBreaker.h"

namespace sy {

CircuitBreaker::Settings CircuitBreaker::Settings::from(const std::optional<CircuitBreakerSpec> &spec)
{
    Settings s;
    if (!spec)
        return s;
    s.consecutiveFailures = spec->consecutiveFailures.value_or(s.consecutiveFailures);
    s.errorRate = spec->errorRate.value_or(0);
    s.windowSeconds = spec->windowSeconds.value_or(s.windowSeconds);
    s.minRequests = spec->minRequests.value_or(s.minRequests);
    s.cooldownMs = spec->cooldownMs.value_or(s.cooldownMs);
    s.openOnRateLimits = spec->openOnRateLimits.value_or(false);
    return s;
}

CircuitBreaker::CircuitBreaker() : CircuitBreaker(Settings()) {}

CircuitBreaker::CircuitBreaker(Settings settings)
    : m_settings(settings), m_window(size_t(qMax(1, settings.windowSeconds)))
{
}

void CircuitBreaker::configure(Settings settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
    m_window.assign(size_t(qMax(1, settings.windowSeconds)), Bucket());
    m_state = State::Closed;
    m_consecutive = 0;
    m_probeInFlight = false;
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    if (m_state == State::Open && nowMs >= m_openedAt + m_settings.cooldownMs)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::blocks(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    if (m_state == State::Open)
        return nowMs < m_openedAt + m_settings.cooldownMs;
    return m_state == State::HalfOpen && m_probeInFlight;
}

bool CircuitBreaker::tryAcquire(qint64 nowMs, bool *probe)
{
    std::lock_guard lock(m_mutex);
    if (probe)
        *probe = false;
    if (m_state == State::Closed)
        return true;
    if (m_state == State::Open) {
        if (nowMs < m_openedAt + m_settings.cooldownMs)
            return false;
        m_state = State::HalfOpen;
        m_probeInFlight = false;
    }
    if (m_probeInFlight)
        return false;
    m_probeInFlight = true;
    if (probe)
        *probe = true;
    return true;
}

void CircuitBreaker::releaseProbe()
{
    std::lock_guard lock(m_mutex);
    if (m_state == State::HalfOpen)
        m_probeInFlight = false;
}

qint64 CircuitBreaker::msUntilProbe(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    return m_state == State::Open ? std::max<qint64>(0, m_openedAt + m_settings.cooldownMs - nowMs) : 0;
}

void CircuitBreaker::addToWindow(qint64 nowMs, bool failure)
{
    const qint64 second = nowMs / 1000;
    Bucket &b = m_window[size_t(second % qint64(m_window.size()))];
    if (b.second != second)
        b = {second, 0, 0};
    ++b.requests;
    b.failures += failure ? 1 : 0;
}

void CircuitBreaker::open(qint64 nowMs)
{
    m_state = State::Open;
    m_openedAt = nowMs;
    m_probeInFlight = false;
}

QString CircuitBreaker::recordSuccess(qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    addToWindow(nowMs, false);
    m_consecutive = 0;
    if (m_state == State::HalfOpen) {
        m_state = State::Closed;
        m_probeInFlight = false;
        return QStringLiteral("closed");
    }
    return {};
}

QString CircuitBreaker::recordFailure(qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    addToWindow(nowMs, true);
    ++m_consecutive;
    if (m_state == State::HalfOpen) {
        open(nowMs); // the probe failed: wait another cool-down
        return QStringLiteral("opened");
    }
    if (m_state == State::Open)
        return {};
    bool trip = m_consecutive >= m_settings.consecutiveFailures;
    if (!trip && m_settings.errorRate > 0) {
        const qint64 oldest = nowMs / 1000 - qint64(m_window.size()) + 1;
        int requests = 0, failures = 0;
        for (const Bucket &b : m_window) {
            if (b.second >= oldest) {
                requests += b.requests;
                failures += b.failures;
            }
        }
        trip = requests >= m_settings.minRequests && double(failures) >= m_settings.errorRate * requests;
    }
    if (trip) {
        open(nowMs);
        return QStringLiteral("opened");
    }
    return {};
}

} // namespace sy
