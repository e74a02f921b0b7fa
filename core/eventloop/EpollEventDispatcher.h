#pragma once

#include <QAbstractEventDispatcher>

#include <sys/epoll.h>

#include <atomic>
#include <functional>
#include <unordered_map>
#include <vector>

namespace sy {

// An event dispatcher for the proxy's worker threads that waits with epoll: a pass costs what the
// ready descriptors cost, not what the open ones do. Qt's own dispatcher (glib or poll) hands the
// kernel every open descriptor on every pass, so with a thousand streams open each chunk paid for
// all of them. It serves QSocketNotifier, Qt timers and posted events like any dispatcher, and
// adds a direct path for the socket classes: a Watcher called without QSocketNotifier's events,
// and work deferred to the end of the current pass (batched writes) without posting an event.
//
// Level-triggered, like QSocketNotifier: a descriptor with unread bytes is reported again.
// Linux only, like the rest of the proxy's socket layer.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    class Watcher
    {
    public:
        virtual void readyRead() = 0;  // readable, end of file, or an error to collect
        virtual void readyWrite() = 0; // writable, or an error to collect

    protected:
        ~Watcher() = default;
    };

    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // The dispatcher of the calling thread when it is one of these, else null.
    static EpollEventDispatcher *forThisThread();

    // The direct path: one watcher a descriptor, not mixed with QSocketNotifiers on it.
    void watch(int fd, Watcher *watcher, bool read, bool write);
    void setInterest(int fd, bool read, bool write);
    void unwatch(int fd); // before the descriptor is closed
    // True while this pass holds a readable (or hang-up) report for fd not yet handed to its
    // watcher: an idle keep-alive socket the peer just closed is known stale without a system call.
    bool readReportPending(int fd) const
    {
        return size_t(fd) < m_descriptors.size() && m_descriptors[size_t(fd)].readPending;
    }
    // Runs once at the end of this pass, after the ready descriptors and timers: batching work
    // such as writes. From the dispatcher's own thread only.
    void deferToEndOfPass(std::function<void()> work);

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;
    void startingUp() override;
    void closingDown() override; // forThisThread() is null from here on: the dispatcher is about to go

private:
    struct Descriptor
    {
        Watcher *watcher = nullptr;
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0;       // what epoll is asked for; 0: not registered
        quint32 generation = 0;   // bumped when the descriptor leaves: stale reports are dropped
        bool readPending = false; // see readReportPending()
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueNs = 0;
        quint64 sequence = 0; // of its entry in the queue; older entries are stale
    };
    struct QueuedTimer
    {
        qint64 dueNs;
        quint64 sequence;
        int id;
        bool operator>(const QueuedTimer &other) const { return dueNs > other.dueNs; }
    };

    Descriptor &descriptor(int fd);
    void updateInterest(int fd, Descriptor &d, quint32 wanted);
    void dispatchReady(int count, bool socketsToo);
    bool fireTimers();
    void schedule(int id, Timer &timer, qint64 dueNs);
    qint64 msUntilNextTimer();
    bool runDeferred();
    void drainWakeUp();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::vector<Descriptor> m_descriptors; // by descriptor number
    std::unordered_map<int, Timer> m_timers;
    std::vector<QueuedTimer> m_timerQueue; // a min-heap on dueNs, with stale entries left in
    quint64 m_timerSequence = 0;
    std::vector<std::function<void()>> m_deferred;
    std::vector<std::function<void()>> m_running;
    std::atomic<bool> m_wakeUpSent{false}; // the eventfd holds a wake-up not yet read
    std::atomic<bool> m_interrupted{false};
    bool m_wokenLocally = false; // a wake-up from the own thread: the next wait must not block
    Qt::HANDLE m_threadId = nullptr;
    static constexpr int kMaxEvents = 256;
    std::vector<epoll_event> m_events;
};

} // namespace sy
