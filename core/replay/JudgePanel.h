#pragma once

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

#include "eval/Scorer.h"
#include "replay/CandidateProxy.h"
#include "replay/ReplayPlan.h"

namespace sy {

// The judges of a replay: an in-process proxy per judge model, the grading and pairwise requests
// for each finished cell, and, for pairwise judging, the wait for the baseline's answer to the
// same item and repeat. Lives on the replay's thread, like the worker that owns it.
class JudgePanel
{
public:
    struct Callbacks
    {
        std::function<void(ReplayCell &&cell)> judged; // every judge of the cell has answered
        std::function<void(double usd)> spent;         // a judge's answer that was not from the cache
    };

    // plan and pool outlive the panel.
    JudgePanel(const ReplayPlan &plan, UpstreamPool *pool, Callbacks callbacks);

    // A proxy per judge model the scorers name; empty, or why one cannot start.
    QString start(const std::shared_ptr<ProviderGate> &gate);
    // Sends the cell to its judges; false when it has none to wait for (a pairwise baseline's
    // own score is set in place).
    bool judge(ReplayCell &cell);
    // The baseline (the first candidate) answered: pairwise judging waiting for it goes on.
    void baselineAnswered(const ReplayCell &cell);
    bool busy() const { return !m_judging.empty(); }
    void cancel();
    void stop(); // the proxies stop; nothing more is reported

private:
    struct JudgeServer
    {
        CandidateProxy proxy;
        QString route;
    };
    // A finished cell waiting for its judges.
    struct Judging
    {
        ReplayCell cell;
        int outstanding = 0;
        std::vector<UpstreamCall> calls;
        std::map<size_t, QJsonObject> records; // by scorer, so judgements keep the scorers' order
    };
    struct Reply
    {
        int status = 0;
        QByteArray body;
        double costUsd = 0;
        bool cached = false;
    };

    void ask(int id, size_t scorer);
    void replied(int id, size_t scorer, const Reply &reply, bool swapped);
    void judged(int id, size_t scorer, const ScoreOutcome &outcome, const QJsonObject &record);

    const ReplayPlan &m_plan;
    UpstreamPool *m_pool;
    Callbacks m_callbacks;
    std::map<QString, JudgeServer> m_judges; // by judge model
    std::unordered_map<int, Judging> m_judging;
    int m_ids = 0;
    QHash<ReplayCellKey, std::optional<QString>> m_baselineAnswers; // this run's; nullopt: it failed
    QHash<ReplayCellKey, std::vector<std::pair<int, size_t>>> m_waitingForBaseline;
    bool m_stopped = false;
};

} // namespace sy
