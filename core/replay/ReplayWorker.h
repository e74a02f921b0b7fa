#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "proxy/RequestLogEntry.h"
#include "replay/CandidateProxy.h"
#include "replay/JudgePanel.h"
#include "replay/ReplayRunner.h"
#include "replay/RequestPacer.h"
#include "replay/RetryLater.h"

class QTimer;

namespace sy {

// The scheduler of one replay run, on the runner's thread (everything here runs there): takes
// cells from each candidate's queue in turn within the concurrency, the request rate (RequestPacer)
// and the spend cap; sends each to its candidate's in-process proxy (CandidateProxy); puts a
// rate-limited cell back for later (RetryLater); scores it and hands it to the judges (JudgePanel);
// reports cells, progress and the end to the runner.
class ReplayWorker : public QObject
{
public:
    explicit ReplayWorker(ReplayRunner *runner) : m_runner(runner) {}

    void start(ReplayPlan plan);
    void setPaused(bool paused);
    void cancel();

private:
    struct Candidate
    {
        CandidateProxy proxy;
        Pricing pricing;
        std::deque<ReplayCellKey> queue;
        int inFlight = 0;
    };
    // A cell sent to its candidate's proxy. It is done when both the proxy's answer and its
    // request-log entry are in: the answer carries the text, the entry what the proxy did (model,
    // attempts, tokens, cost, trace); they arrive from two threads, matched by request id.
    struct Pending
    {
        ReplayCellKey key;
        UpstreamCall call;
        double estimate = 0;
        bool answered = false;
        int status = 0;
        QByteArray body;
        QString transportError;
        double retryAfterS = -1;
        std::optional<RequestLogEntry> logged;
    };

    QByteArray requestId(const ReplayCellKey &key);
    void dispatch();
    void send(Candidate &candidate, const ReplayCellKey &key, double estimate);
    void onLogged(RequestLogEntry &&entry);
    void complete(const QByteArray &id);
    ReplayCell cellFrom(const Pending &p) const;
    void scored(ReplayCell &cell);
    void finishCell(ReplayCell &cell);
    bool retryLater(const Pending &p);
    void emitCell(const ReplayCell &cell);
    void maybeEnd();
    void end(ReplayRunner::End how, const QString &message);

    ReplayRunner *m_runner;
    ReplayPlan m_plan;
    std::shared_ptr<ProviderGate> m_gate;
    std::vector<int> m_promptTokens; // by item
    std::vector<Candidate> m_candidates;
    std::unique_ptr<JudgePanel> m_judges;
    std::unordered_map<QByteArray, Pending> m_pending;
    UpstreamPool *m_pool = nullptr; // a child: it moves to the runner's thread with this object
    QElapsedTimer m_clock;
    QTimer *m_tick = nullptr;
    RequestPacer m_pacer;
    RetryLater m_retryLater;
    ReplayProgress m_progress;
    size_t m_nextCandidate = 0;
    double m_inFlightEstimate = 0;
    int m_finishedThisRun = 0;
    quint64 m_sent = 0;
    int m_waiting = 0; // cells waiting out a Retry-After
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stoppingForBudget = false;
    bool m_ended = false;
};

} // namespace sy
