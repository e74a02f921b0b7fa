#pragma once

#include <QObject>
#include <QThread>

#include "replay/ReplayPlan.h"

namespace sy {

class ReplayWorker;

// Runs a replay plan on its own thread (docs/replay-design.md): every prompt through every
// candidate's in-process proxy, with per-candidate concurrency, a rate limit, a spend cap,
// pause, resume and cancel. Results arrive as queued signals on the thread that created it.
class ReplayRunner : public QObject
{
    Q_OBJECT
public:
    enum class End { Completed, Cancelled, BudgetReached, Failed };
    Q_ENUM(End)

    explicit ReplayRunner(QObject *parent = nullptr);
    ~ReplayRunner() override; // cancels and waits for the thread

    void start(ReplayPlan plan);
    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }

    // The most the plan could cost (before the cache), by the estimate the spend cap uses.
    static double estimateCostUsd(const ReplayPlan &plan);

signals:
    void cellFinished(const sy::ReplayCell &cell);
    void progress(const sy::ReplayProgress &progress);
    void finished(sy::ReplayRunner::End end, const QString &message);

private:
    QThread m_thread;
    ReplayWorker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace sy
