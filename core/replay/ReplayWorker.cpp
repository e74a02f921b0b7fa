#include "replay/ReplayWorker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "replay/CellCost.h"
#include "replay/ReplayLog.h"
#include "replay/ResponseText.h"

namespace sy {

void ReplayWorker::start(ReplayPlan plan)
{
    m_plan = std::move(plan);
    m_pool = new UpstreamPool(this); // here, on the runner's thread, where its timers run
    m_clock.start();
    m_progress.total = m_plan.cellCount();
    m_promptTokens = promptTokens(m_plan.items);
    m_progress.done = int(m_plan.done.size());
    qCInfo(lcReplay, "run starts: %d cells (%d done before), %d candidate(s)", m_progress.total, m_progress.done,
           int(m_plan.candidates.size()));
    if (m_plan.providerConcurrency > 0)
        m_gate = std::make_shared<ProviderGate>(m_plan.providerConcurrency);
    for (const ReplayCandidate &c : m_plan.candidates) {
        auto proxy = CandidateProxy::serve(c.policy, m_plan, m_gate, [this](RequestLogEntry &&entry) {
            // On a proxy worker thread: hand the entry over to this one.
            auto shared = std::make_shared<RequestLogEntry>(std::move(entry));
            QMetaObject::invokeMethod(this, [this, shared] { onLogged(std::move(*shared)); }, Qt::QueuedConnection);
        });
        if (!proxy)
            return end(ReplayRunner::End::Failed, QStringLiteral("the replay proxy for %1 could not listen").arg(c.label));
        m_candidates.push_back({std::move(*proxy), dearestPricing(c.policy, c.route), {}, 0});
    }
    m_judges = std::make_unique<JudgePanel>(m_plan, m_pool,
                                            JudgePanel::Callbacks{[this](ReplayCell &&cell) {
                                                                      finishCell(cell);
                                                                      dispatch();
                                                                  },
                                                                  [this](double usd) {
                                                                      m_progress.spentUsd += usd;
                                                                      m_progress.judgeCostUsd += usd;
                                                                  }});
    if (const QString error = m_judges->start(m_gate); !error.isEmpty())
        return end(ReplayRunner::End::Failed, error);
    // Item-major order inside each candidate's queue; candidates take turns.
    for (int item = 0; item < int(m_plan.items.size()); ++item)
        for (int repeat = 0; repeat < m_plan.repeats; ++repeat)
            for (int c = 0; c < int(m_plan.candidates.size()); ++c)
                if (!m_plan.done.contains({item, c, repeat}))
                    m_candidates[size_t(c)].queue.push_back({item, c, repeat});
    m_pacer = RequestPacer(m_plan.requestsPerSecond, m_clock.elapsed());
    m_tick = new QTimer(this);
    m_tick->setInterval(20);
    connect(m_tick, &QTimer::timeout, this, &ReplayWorker::dispatch);
    m_tick->start();
    dispatch();
}

void ReplayWorker::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        dispatch();
}

void ReplayWorker::cancel()
{
    m_cancelled = true;
    for (auto &[id, pending] : m_pending)
        pending.call.cancel();
    if (m_judges)
        m_judges->cancel();
    end(ReplayRunner::End::Cancelled, QStringLiteral("cancelled"));
}

// Unique per sending: a cell sent again after a 429 must not meet the first sending's log entry.
QByteArray ReplayWorker::requestId(const ReplayCellKey &k)
{
    return QStringLiteral("c%1-i%2-r%3-s%4").arg(k.candidate).arg(k.item).arg(k.repeat).arg(++m_sent).toLatin1();
}

void ReplayWorker::dispatch()
{
    if (m_ended || m_paused || m_cancelled)
        return;
    bool sentOne = true;
    bool heldByBudget = false;
    while (sentOne && !m_stoppingForBudget) {
        sentOne = false;
        heldByBudget = false;
        for (size_t i = 0; i < m_candidates.size(); ++i) {
            const size_t c = (m_nextCandidate + i) % m_candidates.size();
            Candidate &candidate = m_candidates[c];
            if (candidate.queue.empty() || candidate.inFlight >= m_plan.concurrency)
                continue;
            const ReplayCellKey key = candidate.queue.front();
            const double estimate = cellEstimate(m_plan, candidate.pricing, m_promptTokens[size_t(key.item)]);
            if (m_plan.budgetUsd > 0 && m_progress.spentUsd + m_inFlightEstimate + estimate > m_plan.budgetUsd) {
                // Not now: what is in flight may cost less than reserved, and a cheaper
                // candidate may still fit.
                heldByBudget = true;
                continue;
            }
            if (!m_pacer.take(m_clock.elapsed()))
                return;
            candidate.queue.pop_front();
            send(candidate, key, estimate);
            m_nextCandidate = (c + 1) % m_candidates.size();
            sentOne = true;
            break;
        }
    }
    // Nothing in flight, nothing waiting, and still no cell fits: the cap is reached.
    if (heldByBudget && m_pending.empty() && m_waiting == 0 && !(m_judges && m_judges->busy()))
        m_stoppingForBudget = true;
    maybeEnd();
}

void ReplayWorker::send(Candidate &candidate, const ReplayCellKey &key, double estimate)
{
    const PromptItem &item = m_plan.items[size_t(key.item)];
    QJsonObject body{{QStringLiteral("model"), m_plan.candidates[size_t(key.candidate)].route}, {QStringLiteral("messages"), item.messages}};
    if (m_plan.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *m_plan.maxTokens);
    if (m_plan.temperature)
        body.insert(QStringLiteral("temperature"), *m_plan.temperature);
    if (m_plan.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    UpstreamRequest request;
    request.endpoint = candidate.proxy.endpoint;
    request.path = "/chat/completions";
    const QByteArray id = requestId(key);
    request.headers = {{"Content-Type", "application/json"}, {"x-request-id", id}, {"x-switchyard-client", "replay"},
                       {"x-switchyard-repeat", QByteArray::number(key.repeat)}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    ++candidate.inFlight;
    m_inFlightEstimate += estimate;
    Pending &pending = m_pending[id];
    pending.key = key;
    pending.estimate = estimate;
    UpstreamCallbacks callbacks;
    callbacks.onHeaders = [this, id](int status, const HttpHeaders &headers) {
        Pending &p = m_pending[id];
        p.status = status;
        for (const auto &[name, value] : headers)
            if (name.compare("retry-after", Qt::CaseInsensitive) == 0)
                p.retryAfterS = value.trimmed().toDouble();
    };
    callbacks.onBody = [this, id](QByteArrayView data) { m_pending[id].body.append(data); };
    callbacks.onComplete = [this, id] {
        m_pending[id].answered = true;
        complete(id);
    };
    callbacks.onError = [this, id](UpstreamError, const QString &message) {
        Pending &p = m_pending[id];
        p.answered = true;
        p.transportError = message;
        complete(id);
    };
    pending.call = m_pool->send(std::move(request), std::move(callbacks));
}

void ReplayWorker::onLogged(RequestLogEntry &&entry)
{
    const QByteArray id = entry.requestId.toLatin1();
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->second.logged = std::move(entry);
    complete(id);
}

void ReplayWorker::complete(const QByteArray &id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = it->second;
    if (!p.answered || (!p.logged && p.transportError.isEmpty()))
        return;
    Candidate &candidate = m_candidates[size_t(p.key.candidate)];
    // Rate limited after the proxy's own retries, or every target's breaker open (tripped by
    // those limits): not the candidate's answer, so the cell is tried again later.
    const bool rateLimited = p.status == 429 || (p.status == 503 && p.logged && p.logged->attempts == 0);
    if (rateLimited && p.transportError.isEmpty() && retryLater(p)) {
        --candidate.inFlight;
        m_inFlightEstimate -= p.estimate;
        m_pending.erase(it);
        dispatch();
        return;
    }
    ReplayCell cell = cellFrom(p);
    --candidate.inFlight;
    m_inFlightEstimate -= p.estimate;
    m_pending.erase(it);
    if (cell.cached)
        ++m_progress.cacheHits;
    else
        m_progress.spentUsd += cell.costUsd;
    if (cell.key.candidate == 0)
        m_judges->baselineAnswered(cell);
    if (cell.error.isEmpty()) {
        scored(cell);
        if (m_judges->judge(cell))
            return dispatch();
    }
    finishCell(cell);
    dispatch();
}

// What the proxy did (its log entry) and what it answered (the reply), as one cell.
ReplayCell ReplayWorker::cellFrom(const Pending &p) const
{
    ReplayCell cell;
    cell.key = p.key;
    cell.status = p.status;
    if (p.logged) {
        const RequestLogEntry &e = *p.logged;
        cell.provider = e.provider;
        cell.model = e.model;
        cell.trace = e.trace();
        cell.attempts = e.attempts;
        cell.ttftMs = e.ttftMs;
        cell.latencyMs = e.latencyMs;
        cell.inputTokens = e.inputTokens;
        cell.outputTokens = e.outputTokens;
        cell.costUsd = e.costUsd;
        cell.error = e.error;
        cell.status = e.status;
        cell.cached = e.cacheHit;
    }
    if (!p.transportError.isEmpty())
        cell.error = p.transportError;
    else if (cell.status >= 200 && cell.status < 300)
        cell.response = responseText(p.body);
    else if (cell.error.isEmpty())
        cell.error = QStringLiteral("HTTP %1: %2").arg(cell.status).arg(QString::fromUtf8(p.body.left(300)));
    return cell;
}

// The scorers that need no model; judged ones are filled in by the judges.
void ReplayWorker::scored(ReplayCell &cell)
{
    const PromptItem &item = m_plan.items[size_t(cell.key.item)];
    for (const ScorerSpec &spec : m_plan.scorers)
        cell.scores.push_back(Scorer::score(spec, {cell.response, item.reference, cell.latencyMs, cell.costUsd}));
}

void ReplayWorker::finishCell(ReplayCell &cell)
{
    if (!cell.error.isEmpty())
        qCDebug(lcReplay, "cell item %d candidate %d repeat %d failed: %s", cell.key.item, cell.key.candidate, cell.key.repeat,
                qPrintable(cell.error));
    if (cell.error.isEmpty()) {
        cell.quality = Scorer::combine(m_plan.scorers, cell.scores);
        cell.passed = !m_plan.scorers.empty() && cell.quality >= m_plan.passThreshold;
    }
    ++m_progress.done;
    ++m_finishedThisRun;
    emitCell(cell);
}

bool ReplayWorker::retryLater(const Pending &p)
{
    if (m_cancelled)
        return false;
    const bool allTargetsOpen = p.status == 503;
    const std::optional<double> waitS = m_retryLater.nextWaitS(p.key, allTargetsOpen, p.retryAfterS);
    if (!waitS)
        return false;
    ++m_waiting;
    const ReplayCellKey key = p.key;
    QTimer::singleShot(int(*waitS * 1000), this, [this, key] {
        --m_waiting;
        if (m_ended)
            return;
        m_candidates[size_t(key.candidate)].queue.push_front(key);
        dispatch();
    });
    return true;
}

void ReplayWorker::emitCell(const ReplayCell &cell)
{
    ReplayProgress progress = m_progress;
    progress.inFlight = int(m_pending.size());
    const int remaining = progress.total - progress.done;
    if (m_finishedThisRun > 0)
        progress.etaSeconds = double(m_clock.elapsed()) / 1000.0 / m_finishedThisRun * remaining;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, cell, progress] {
        emit runner->cellFinished(cell);
        emit runner->progress(progress);
    }, Qt::QueuedConnection);
}

void ReplayWorker::maybeEnd()
{
    if (m_ended || !m_pending.empty() || m_waiting > 0 || (m_judges && m_judges->busy()))
        return;
    const bool queued = std::any_of(m_candidates.begin(), m_candidates.end(), [](const Candidate &c) { return !c.queue.empty(); });
    if (m_stoppingForBudget)
        end(ReplayRunner::End::BudgetReached,
            QStringLiteral("stopped before the budget of $%1 would be exceeded ($%2 spent)").arg(m_plan.budgetUsd).arg(m_progress.spentUsd, 0, 'f', 6));
    else if (!queued)
        end(ReplayRunner::End::Completed, QString());
}

void ReplayWorker::end(ReplayRunner::End how, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    if (how == ReplayRunner::End::Completed)
        qCInfo(lcReplay, "run complete: %d cells, %.4f USD", m_progress.done, m_progress.spentUsd);
    else
        qCWarning(lcReplay, "run ended early (%d of %d cells): %s", m_progress.done, m_progress.total, qPrintable(message));
    if (m_tick)
        m_tick->stop();
    for (Candidate &c : m_candidates)
        c.proxy.stop();
    if (m_judges)
        m_judges->stop();
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, how, message] { emit runner->finished(how, message); }, Qt::QueuedConnection);
}

} // namespace sy
