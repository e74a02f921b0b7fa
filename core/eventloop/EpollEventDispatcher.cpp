#include "eventloop/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <sys/eventfd.h>
#include <unistd.h>

namespace sy {

namespace {

thread_local EpollEventDispatcher *t_dispatcher = nullptr;

// epoll's user data: the descriptor and its generation, so a report about a descriptor that left
// (and whose number a new one took) during the same pass is recognised and dropped.
constexpr quint64 kWakeUpKey = ~quint64(0);
quint64 keyOf(int fd, quint32 generation)
{
    return quint64(quint32(fd)) | quint64(generation) << 32;
}

qint64 nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

constexpr quint32 kReadEvents = EPOLLIN | EPOLLHUP | EPOLLERR;
constexpr quint32 kWriteEvents = EPOLLOUT | EPOLLHUP | EPOLLERR;

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent), m_epoll(epoll_create1(EPOLL_CLOEXEC)),
      m_wakeFd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)), m_events(kMaxEvents)
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("cannot create the worker's epoll set: %s", strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = kWakeUpKey;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (t_dispatcher == this)
        t_dispatcher = nullptr;
    ::close(m_wakeFd);
    ::close(m_epoll);
}

EpollEventDispatcher *EpollEventDispatcher::forThisThread()
{
    return t_dispatcher;
}

EpollEventDispatcher::Descriptor &EpollEventDispatcher::descriptor(int fd)
{
    if (size_t(fd) >= m_descriptors.size())
        m_descriptors.resize(std::max(size_t(fd) + 1, m_descriptors.size() * 2));
    return m_descriptors[size_t(fd)];
}

void EpollEventDispatcher::updateInterest(int fd, Descriptor &d, quint32 wanted)
{
    if (wanted == d.events)
        return;
    epoll_event event{};
    event.events = wanted;
    event.data.u64 = keyOf(fd, d.generation);
    if (wanted == 0) {
        // Nobody listens: out of the set, or a hang-up would be reported on every pass.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
        ++d.generation;
    } else if (epoll_ctl(m_epoll, d.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event) < 0 &&
               errno == ENOENT) {
        // The descriptor was closed and reopened under the same number without leaving the set.
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    }
    d.events = wanted;
}

void EpollEventDispatcher::watch(int fd, Watcher *watcher, bool read, bool write)
{
    Descriptor &d = descriptor(fd);
    Q_ASSERT(!d.read && !d.write && !d.exception);
    d.watcher = watcher;
    updateInterest(fd, d, (read ? quint32(EPOLLIN) : 0) | (write ? quint32(EPOLLOUT) : 0));
}

void EpollEventDispatcher::setInterest(int fd, bool read, bool write)
{
    Descriptor &d = descriptor(fd);
    updateInterest(fd, d, (read ? quint32(EPOLLIN) : 0) | (write ? quint32(EPOLLOUT) : 0));
}

void EpollEventDispatcher::unwatch(int fd)
{
    if (fd < 0 || size_t(fd) >= m_descriptors.size())
        return;
    Descriptor &d = m_descriptors[size_t(fd)];
    d.watcher = nullptr;
    const bool registered = d.events != 0;
    updateInterest(fd, d, 0);
    if (!registered)
        ++d.generation;
}

void EpollEventDispatcher::deferToEndOfPass(std::function<void()> work)
{
    m_deferred.push_back(std::move(work));
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Descriptor &d = descriptor(fd);
    Q_ASSERT(!d.watcher);
    quint32 events = d.events;
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        d.read = notifier;
        events |= EPOLLIN;
        break;
    case QSocketNotifier::Write:
        d.write = notifier;
        events |= EPOLLOUT;
        break;
    case QSocketNotifier::Exception:
        d.exception = notifier;
        events |= EPOLLPRI;
        break;
    }
    updateInterest(fd, d, events);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    if (fd < 0 || size_t(fd) >= m_descriptors.size())
        return;
    Descriptor &d = m_descriptors[size_t(fd)];
    quint32 events = d.events;
    if (d.read == notifier) {
        d.read = nullptr;
        events &= ~quint32(EPOLLIN);
    } else if (d.write == notifier) {
        d.write = nullptr;
        events &= ~quint32(EPOLLOUT);
    } else if (d.exception == notifier) {
        d.exception = nullptr;
        events &= ~quint32(EPOLLPRI);
    }
    updateInterest(fd, d, events);
}

void EpollEventDispatcher::dispatchReady(int count, bool sockets)
{
    if (sockets) {
        for (int i = 0; i < count; ++i) {
            const epoll_event &event = m_events[size_t(i)];
            if (event.data.u64 != kWakeUpKey && (event.events & kReadEvents))
                m_descriptors[size_t(quint32(event.data.u64))].readPending = true;
        }
    }
    for (int i = 0; i < count; ++i) {
        const epoll_event event = m_events[size_t(i)];
        if (event.data.u64 == kWakeUpKey) {
            drainWakeUp();
            continue;
        }
        if (!sockets)
            continue; // level-triggered: reported again on a pass that takes them
        const int fd = int(quint32(event.data.u64));
        const quint32 generation = quint32(event.data.u64 >> 32);
        // Looked up afresh after each call: a callback may close descriptors and grow the table.
        auto current = [&]() -> Descriptor * {
            Descriptor &d = m_descriptors[size_t(fd)];
            return d.generation == generation ? &d : nullptr;
        };
        m_descriptors[size_t(fd)].readPending = false;
        Descriptor *d = current();
        if (!d)
            continue;
        if (Watcher *watcher = d->watcher) {
            if ((event.events & kReadEvents) && (d->events & EPOLLIN))
                watcher->readyRead();
            d = current();
            if (d && d->watcher == watcher && (event.events & kWriteEvents) && (d->events & EPOLLOUT))
                watcher->readyWrite();
            continue;
        }
        QEvent activation(QEvent::SockAct);
        if (d->exception && (event.events & EPOLLPRI))
            QCoreApplication::sendEvent(d->exception, &activation);
        if ((d = current()) && d->read && (event.events & kReadEvents))
            QCoreApplication::sendEvent(d->read, &activation);
        if ((d = current()) && d->write && (event.events & kWriteEvents))
            QCoreApplication::sendEvent(d->write, &activation);
    }
}

void EpollEventDispatcher::schedule(int id, Timer &timer, qint64 dueNs)
{
    timer.dueNs = dueNs;
    timer.sequence = ++m_timerSequence;
    m_timerQueue.push_back({dueNs, timer.sequence, id});
    std::push_heap(m_timerQueue.begin(), m_timerQueue.end(), std::greater<>());
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer.intervalMs = std::max<qint64>(0, interval);
    timer.type = timerType;
    timer.object = object;
    schedule(timerId, timer, nowNs() + timer.intervalMs * 1'000'000);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.erase(timerId) > 0; // its queue entry goes stale
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return std::erase_if(m_timers, [object](const auto &entry) { return entry.second.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const auto &[id, timer] : m_timers)
        if (timer.object == object)
            out.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return int(std::max<qint64>(0, (it->second.dueNs - nowNs() + 999'999) / 1'000'000));
}

qint64 EpollEventDispatcher::msUntilNextTimer()
{
    while (!m_timerQueue.empty()) {
        const QueuedTimer &top = m_timerQueue.front();
        const auto it = m_timers.find(top.id);
        if (it != m_timers.end() && it->second.sequence == top.sequence)
            return std::max<qint64>(0, (top.dueNs - nowNs() + 999'999) / 1'000'000);
        std::pop_heap(m_timerQueue.begin(), m_timerQueue.end(), std::greater<>());
        m_timerQueue.pop_back();
    }
    return -1;
}

bool EpollEventDispatcher::fireTimers()
{
    if (m_timerQueue.empty())
        return false;
    const qint64 now = nowNs();
    // The due ones first, then their events: a timer restarted by its own event, or one of
    // interval 0, waits for the next pass instead of firing in a loop.
    std::vector<int> due;
    while (!m_timerQueue.empty() && m_timerQueue.front().dueNs <= now) {
        const QueuedTimer top = m_timerQueue.front();
        std::pop_heap(m_timerQueue.begin(), m_timerQueue.end(), std::greater<>());
        m_timerQueue.pop_back();
        const auto it = m_timers.find(top.id);
        if (it != m_timers.end() && it->second.sequence == top.sequence)
            due.push_back(top.id);
    }
    for (int id : due) {
        Timer &timer = m_timers[id];
        const qint64 intervalNs = timer.intervalMs * 1'000'000;
        // The next one on the beat, unless the thread fell behind by a whole interval.
        schedule(id, timer, timer.dueNs + intervalNs > now ? timer.dueNs + intervalNs : now + intervalNs);
    }
    for (int id : due) {
        const auto it = m_timers.find(id); // an earlier timer's event may have stopped this one
        if (it == m_timers.end())
            continue;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(it->second.object, &event);
    }
    return !due.empty();
}

bool EpollEventDispatcher::runDeferred()
{
    if (m_deferred.empty())
        return false;
    // Work deferred by deferred work runs in this same pass, a bounded number of rounds.
    for (int round = 0; round < 8 && !m_deferred.empty(); ++round) {
        m_running.swap(m_deferred);
        for (std::function<void()> &work : m_running)
            work();
        m_running.clear();
    }
    return true;
}

void EpollEventDispatcher::drainWakeUp()
{
    eventfd_t value = 0;
    [[maybe_unused]] const int ignored = eventfd_read(m_wakeFd, &value);
    m_wakeUpSent.store(false, std::memory_order_release);
}

void EpollEventDispatcher::wakeUp()
{
    if (m_threadId && QThread::currentThreadId() == m_threadId) {
        m_wokenLocally = true; // this thread is running, not waiting: the next wait just must not block
        return;
    }
    if (!m_wakeUpSent.exchange(true, std::memory_order_acq_rel))
        eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_release);
    wakeUp();
}

void EpollEventDispatcher::startingUp()
{
    m_threadId = QThread::currentThreadId();
    t_dispatcher = this;
}

void EpollEventDispatcher::closingDown()
{
    if (t_dispatcher == this)
        t_dispatcher = nullptr;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    if (!m_threadId)
        startingUp();
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    // Posted events, deleteLater() among them: Qt dates a deletion asked for outside any event
    // (a direct watcher's callback) one level deeper, so it goes on the loop's next round.
    auto sendPosted = [this] {
        m_wokenLocally = false;
        QCoreApplication::sendPostedEvents();
    };
    sendPosted();
    if (m_interrupted.load(std::memory_order_acquire))
        return false;

    bool wait = (flags & QEventLoop::WaitForMoreEvents) && m_deferred.empty();
    if (wait) {
        emit aboutToBlock();
        wait = !m_wokenLocally && !m_interrupted.load(std::memory_order_acquire);
    }
    const bool timers = !(flags & QEventLoop::X11ExcludeTimers);
    const int timeout = wait ? int(timers ? msUntilNextTimer() : -1) : 0;
    int ready = epoll_wait(m_epoll, m_events.data(), kMaxEvents, timeout);
    if (ready < 0)
        ready = 0; // EINTR: a signal; the loop comes back
    if (wait)
        emit awake();
    dispatchReady(ready, !(flags & QEventLoop::ExcludeSocketNotifiers));
    const bool fired = timers && fireTimers();
    const bool deferred = runDeferred();
    if (m_wokenLocally)
        sendPosted();
    return ready > 0 || fired || deferred;
}

} // namespace sy
