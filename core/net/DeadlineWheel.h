#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace sy {

class Deadline;

// Coarse timeouts for many connections on one thread. Arming a Deadline is a store and a push,
// not a timer registration: Qt keeps its timers in a sorted list, and restarting a QTimer for
// every phase of every request cost the proxy more than the routing decision did. Deadlines
// fire up to one tick late.
class DeadlineWheel : public QObject
{
public:
    static constexpr int kTickMs = 20;

    explicit DeadlineWheel(QObject *parent = nullptr);
    ~DeadlineWheel() override;

    static qint64 nowMs(); // monotonic

private:
    friend class Deadline;
    void add(Deadline *deadline);
    void remove(Deadline *deadline);
    void tick();

    QTimer m_timer;
    std::vector<Deadline *> m_armed;
    std::vector<Deadline *> m_firing; // entries are cleared when their Deadline dies mid-tick
};

// One timeout on a wheel. Owned by its connection; must be destroyed on the wheel's thread and
// before the wheel.
class Deadline
{
public:
    Deadline(DeadlineWheel *wheel, std::function<void()> onExpired);
    ~Deadline();
    Deadline(const Deadline &) = delete;
    Deadline &operator=(const Deadline &) = delete;

    void start(int ms);
    void startAt(qint64 dueMs); // on DeadlineWheel::nowMs()'s clock
    void stop();
    bool isActive() const { return m_armedIndex >= 0; }

private:
    friend class DeadlineWheel;
    DeadlineWheel *m_wheel;
    std::function<void()> m_onExpired;
    qint64 m_dueMs = 0;
    qsizetype m_armedIndex = -1;
    qsizetype m_firingIndex = -1;
};

} // namespace sy
