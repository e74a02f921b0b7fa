#include "net/DeadlineWheel.h"

#include <chrono>

namespace sy {

DeadlineWheel::DeadlineWheel(QObject *parent) : QObject(parent), m_timer(this) // a child: moves threads with the wheel
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer); // coarse timers may fire 5% early; deadlines never should
    connect(&m_timer, &QTimer::timeout, this, &DeadlineWheel::tick);
}

DeadlineWheel::~DeadlineWheel()
{
    for (Deadline *d : m_armed)
        d->m_armedIndex = -1;
    for (Deadline *d : m_firing)
        if (d)
            d->m_firingIndex = -1;
}

qint64 DeadlineWheel::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void DeadlineWheel::add(Deadline *deadline)
{
    deadline->m_armedIndex = qsizetype(m_armed.size());
    m_armed.push_back(deadline);
    if (!m_timer.isActive())
        m_timer.start();
}

void DeadlineWheel::remove(Deadline *deadline)
{
    const qsizetype i = deadline->m_armedIndex;
    Deadline *last = m_armed.back();
    m_armed[size_t(i)] = last;
    last->m_armedIndex = i;
    m_armed.pop_back();
    deadline->m_armedIndex = -1;
}

void DeadlineWheel::tick()
{
    const qint64 now = nowMs();
    m_firing.clear();
    for (size_t i = 0; i < m_armed.size();) {
        Deadline *d = m_armed[i];
        if (d->m_dueMs > now) {
            ++i;
            continue;
        }
        remove(d); // moves the last one into slot i, which is looked at next
        d->m_firingIndex = qsizetype(m_firing.size());
        m_firing.push_back(d);
    }
    // A callback may stop, re-arm or destroy any deadline, this one's neighbours included.
    for (size_t k = 0; k < m_firing.size(); ++k) {
        Deadline *d = m_firing[k];
        if (!d)
            continue;
        m_firing[k] = nullptr;
        d->m_firingIndex = -1;
        if (d->m_onExpired)
            d->m_onExpired();
    }
    m_firing.clear();
    if (m_armed.empty())
        m_timer.stop();
}

Deadline::Deadline(DeadlineWheel *wheel, std::function<void()> onExpired) : m_wheel(wheel), m_onExpired(std::move(onExpired)) {}

Deadline::~Deadline()
{
    stop();
    if (m_firingIndex >= 0)
        m_wheel->m_firing[size_t(m_firingIndex)] = nullptr;
}

void Deadline::start(int ms) { startAt(DeadlineWheel::nowMs() + ms); }

void Deadline::startAt(qint64 dueMs)
{
    m_dueMs = dueMs;
    if (m_armedIndex < 0)
        m_wheel->add(this);
}

void Deadline::stop()
{
    if (m_armedIndex >= 0)
        m_wheel->remove(this);
}

} // namespace sy
