#include "replay/ReplayRunner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <deque>
#include <map>
#include <mutex>

#include "eval/Judge.h"
#include "prompts/PromptSet.h"
#include "routing/RequestFeatures.h"
#include "http/HttpServer.h"
#include "proxy/ProxyHandler.h"
#include "upstream/UpstreamPool.h"

namespace sy {

ReplayCandidate ReplayCandidate::forRoute(const Policy &policy, const QString &route)
{
    return {policy.name + u':' + route, policy, route};
}

std::optional<ReplayCandidate> ReplayCandidate::forModel(const std::vector<ProviderSpec> &providers, const QString &model)
{
    const auto ref = ModelRef::parse(model);
    if (!ref)
        return std::nullopt;
    for (const ProviderSpec &p : providers)
        if (p.id == ref->provider && p.findModel(ref->model)) {
            Policy policy;
            policy.name = model;
            policy.providers = {p};
            Route route;
            route.alias = QStringLiteral("candidate");
            route.root.kind = NodeKind::Target;
            route.root.target.model = model;
            policy.routes = {route};
            return ReplayCandidate{model, policy, route.alias};
        }
    return std::nullopt;
}

namespace {

constexpr int kDefaultOutputBudget = 512; // tokens, for the estimate when the plan sets none

// The dearest input and output prices among the targets a route can reach.
Pricing dearestPricing(const Policy &policy, const QString &alias)
{
    Pricing dearest;
    QSet<QString> seen;
    std::function<void(const Node &)> visit = [&](const Node &n) {
        if (n.kind == NodeKind::Target) {
            if (const auto ref = ModelRef::parse(n.target.model))
                if (const ProviderSpec *p = policy.findProvider(ref->provider))
                    if (const ModelSpec *m = p->findModel(ref->model)) {
                        dearest.inputPerMTok = std::max(dearest.inputPerMTok, m->pricing.inputPerMTok);
                        dearest.outputPerMTok = std::max(dearest.outputPerMTok, m->pricing.outputPerMTok);
                    }
        } else if (n.kind == NodeKind::Ref) {
            if (const Route *r = policy.findRoute(n.routeRef); r && !seen.contains(r->alias)) {
                seen.insert(r->alias);
                visit(r->root);
            }
        }
        for (const Node &c : n.children)
            visit(c);
        for (const Rule &r : n.rules)
            visit(r.then);
        for (const Arm &a : n.arms)
            visit(a.node);
        if (n.defaultNode)
            visit(*n.defaultNode);
    };
    if (const Route *r = policy.findRoute(alias))
        visit(r->root);
    return dearest;
}

// Each item's prompt tokens by the proxy's own estimate, so the cap and the dry run agree with
// what it logs; once per item, not per candidate, repeat and dispatch attempt.
std::vector<int> promptTokens(const std::vector<PromptItem> &items)
{
    std::vector<int> tokens;
    tokens.reserve(items.size());
    for (const PromptItem &item : items)
        tokens.push_back(RequestFeatures::fromRequest(QJsonObject{{QStringLiteral("messages"), item.messages}}, ApiFormat::OpenAIChat).promptTokens);
    return tokens;
}

double cellEstimate(const ReplayPlan &plan, const Pricing &pricing, int promptTokens)
{
    return pricing.costUsd(promptTokens, plan.maxTokens.value_or(kDefaultOutputBudget));
}

// A chat completion's text, whole or streamed (the content deltas of its events, joined).
QString responseText(const QByteArray &body)
{
    if (body.startsWith("data:") || body.contains("\ndata:")) {
        QString text;
        for (const QByteArray &line : body.split('\n')) {
            if (!line.startsWith("data:"))
                continue;
            const QByteArray data = line.mid(5).trimmed();
            if (data == "[DONE]")
                continue;
            const QJsonArray choices = QJsonDocument::fromJson(data).object().value(QStringLiteral("choices")).toArray();
            if (!choices.isEmpty())
                text += choices.first().toObject().value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
        }
        return text;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return {};
    return choices.first().toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
}

} // namespace

// Lives on the runner's thread; everything here runs there.
class ReplayWorker : public QObject
{
public:
    // m_pool is a child, so it moves to the runner's thread with this object.
    explicit ReplayWorker(ReplayRunner *runner) : m_runner(runner) {}

    void start(ReplayPlan plan)
    {
        m_plan = std::move(plan);
        m_pool = new UpstreamPool(this); // here, on the runner's thread, where its timers run
        m_clock.start();
        m_progress.total = m_plan.cellCount();
        m_promptTokens = promptTokens(m_plan.items);
        m_progress.done = int(m_plan.done.size());
        if (m_plan.providerConcurrency > 0)
            m_gate = std::make_shared<ProviderGate>(m_plan.providerConcurrency);
        for (size_t c = 0; c < m_plan.candidates.size(); ++c) {
            Candidate candidate;
            candidate.pricing = dearestPricing(m_plan.candidates[c].policy, m_plan.candidates[c].route);
            const auto endpoint = serve(m_plan.candidates[c].policy, true, candidate.server);
            if (!endpoint)
                return end(ReplayRunner::End::Failed, QStringLiteral("the replay proxy for %1 could not listen").arg(m_plan.candidates[c].label));
            candidate.endpoint = *endpoint;
            m_candidates.push_back(std::move(candidate));
        }
        for (const ScorerSpec &spec : m_plan.scorers) {
            if (!spec.isJudged() || m_judges.count(spec.judgeModel))
                continue;
            auto judge = ReplayCandidate::forModel(m_plan.judgeProviders, spec.judgeModel);
            if (judge) // a judge's hiccup should not cost the cell its grade: try it again
                judge->policy.routes.front().root.target.retry.maxAttempts = 2;
            if (!judge)
                return end(ReplayRunner::End::Failed, QStringLiteral("the judge model %1 is not among the providers").arg(spec.judgeModel));
            JudgeServer &j = m_judges[spec.judgeModel];
            j.route = judge->route;
            const auto endpoint = serve(judge->policy, false, j.server);
            if (!endpoint)
                return end(ReplayRunner::End::Failed, QStringLiteral("the replay proxy for the judge %1 could not listen").arg(spec.judgeModel));
            j.endpoint = *endpoint;
        }
        // Item-major order inside each candidate's queue; candidates take turns.
        for (int item = 0; item < int(m_plan.items.size()); ++item)
            for (int repeat = 0; repeat < m_plan.repeats; ++repeat)
                for (int c = 0; c < int(m_plan.candidates.size()); ++c)
                    if (!m_plan.done.contains({item, c, repeat}))
                        m_candidates[size_t(c)].queue.push_back({item, c, repeat});
        m_lastRefillMs = m_clock.elapsed();
        m_tick = new QTimer(this);
        m_tick->setInterval(20);
        connect(m_tick, &QTimer::timeout, this, &ReplayWorker::dispatch);
        m_tick->start();
        dispatch();
    }

    // An in-process proxy for the policy on 127.0.0.1 (any free port), with the replay's hooks.
    std::optional<UpstreamEndpoint> serve(const Policy &policy, bool logged, std::unique_ptr<HttpServer> &server)
    {
        QStringList warnings;
        auto runtime = ProxyRuntime::create(policy, m_plan.credentials, m_plan.simulators, &warnings);
        runtime->cache = m_plan.cache;
        runtime->cacheReads = !m_plan.bypassCache;
        runtime->gate = m_gate;
        ProxyHandler::LogSink sink;
        if (logged)
            sink = [this](RequestLogEntry &&entry) {
                // On a proxy worker thread: hand the entry over to this one.
                auto shared = std::make_shared<RequestLogEntry>(std::move(entry));
                QMetaObject::invokeMethod(this, [this, shared] { onLogged(std::move(*shared)); }, Qt::QueuedConnection);
            };
        auto handler = std::make_shared<ProxyHandler>(runtime, std::move(sink));
        HttpServer::Options options;
        options.workerThreads = 1;
        server = std::make_unique<HttpServer>(handler, options); // it keeps the handler, and that the runtime
        if (!server->listenOn(QHostAddress::LocalHost, 0))
            return std::nullopt;
        return UpstreamEndpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server->serverPort()));
    }

    void setPaused(bool paused)
    {
        m_paused = paused;
        if (!paused)
            dispatch();
    }

    void cancel()
    {
        m_cancelled = true;
        for (auto &[id, pending] : m_pending)
            pending.call.cancel();
        for (auto &[id, judging] : m_judging)
            for (UpstreamCall &call : judging.calls)
                call.cancel();
        end(ReplayRunner::End::Cancelled, QStringLiteral("cancelled"));
    }

private:
    struct Candidate
    {
        std::unique_ptr<HttpServer> server;
        UpstreamEndpoint endpoint;
        Pricing pricing;
        std::deque<ReplayCellKey> queue;
        int inFlight = 0;
    };
    struct JudgeServer
    {
        std::unique_ptr<HttpServer> server;
        UpstreamEndpoint endpoint;
        QString route;
    };
    // A finished cell waiting for its judges (and, for pairwise, for the baseline's answer).
    struct Judging
    {
        ReplayCell cell;
        int outstanding = 0;
        std::vector<UpstreamCall> calls;
        std::map<size_t, QJsonObject> records; // by scorer, so judgements keep the scorers' order
    };
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

    // Unique per sending: a cell sent again after a 429 must not meet the first sending's log entry.
    QByteArray requestId(const ReplayCellKey &k)
    {
        return QStringLiteral("c%1-i%2-r%3-s%4").arg(k.candidate).arg(k.item).arg(k.repeat).arg(++m_sent).toLatin1();
    }

    bool takeToken()
    {
        if (m_plan.requestsPerSecond <= 0)
            return true;
        const qint64 now = m_clock.elapsed();
        m_tokens = std::min(std::max(1.0, m_plan.requestsPerSecond), m_tokens + double(now - m_lastRefillMs) * m_plan.requestsPerSecond / 1000.0);
        m_lastRefillMs = now;
        if (m_tokens < 1)
            return false;
        m_tokens -= 1;
        return true;
    }

    void dispatch()
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
                if (!takeToken())
                    return;
                candidate.queue.pop_front();
                send(candidate, key, estimate);
                m_nextCandidate = (c + 1) % m_candidates.size();
                sentOne = true;
                break;
            }
        }
        // Nothing in flight, nothing waiting, and still no cell fits: the cap is reached.
        if (heldByBudget && m_pending.empty() && m_waiting == 0 && m_judging.empty())
            m_stoppingForBudget = true;
        maybeEnd();
    }

    void send(Candidate &candidate, const ReplayCellKey &key, double estimate)
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
        request.endpoint = candidate.endpoint;
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

    void onLogged(RequestLogEntry &&entry)
    {
        const QByteArray id = entry.requestId.toLatin1();
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        it->second.logged = std::move(entry);
        complete(id);
    }

    // A cell is done when both its answer and its log entry are in (they come from two threads).
    void complete(const QByteArray &id)
    {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        Pending &p = it->second;
        if (!p.answered || (!p.logged && p.transportError.isEmpty()))
            return;
        // Rate limited after the proxy's own retries, or every target's breaker open (tripped by
        // those limits): not the candidate's answer, so the cell is tried again later.
        const bool rateLimited = p.status == 429 || (p.status == 503 && p.logged && p.logged->attempts == 0);
        if (rateLimited && p.transportError.isEmpty() && requeueLater(p)) {
            Candidate &candidate = m_candidates[size_t(p.key.candidate)];
            --candidate.inFlight;
            m_inFlightEstimate -= p.estimate;
            m_pending.erase(it);
            dispatch();
            return;
        }
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
        }
        if (!p.transportError.isEmpty())
            cell.error = p.transportError;
        else if (cell.status >= 200 && cell.status < 300)
            cell.response = responseText(p.body);
        else if (cell.error.isEmpty())
            cell.error = QStringLiteral("HTTP %1: %2").arg(cell.status).arg(QString::fromUtf8(p.body.left(300)));
        if (p.logged)
            cell.cached = p.logged->cacheHit;
        Candidate &candidate = m_candidates[size_t(cell.key.candidate)];
        --candidate.inFlight;
        m_inFlightEstimate -= p.estimate;
        m_pending.erase(it);
        if (cell.cached)
            ++m_progress.cacheHits;
        else
            m_progress.spentUsd += cell.costUsd;
        if (cell.key.candidate == 0)
            baselineAnswered(cell);
        if (cell.error.isEmpty()) {
            const PromptItem &item = m_plan.items[size_t(cell.key.item)];
            for (const ScorerSpec &spec : m_plan.scorers)
                cell.scores.push_back(Scorer::score(spec, {cell.response, item.reference, cell.latencyMs, cell.costUsd}));
            if (startJudging(cell))
                return dispatch();
        }
        finishCell(cell);
        dispatch();
    }

    void finishCell(ReplayCell &cell)
    {
        if (cell.error.isEmpty()) {
            cell.quality = Scorer::combine(m_plan.scorers, cell.scores);
            cell.passed = !m_plan.scorers.empty() && cell.quality >= m_plan.passThreshold;
        }
        ++m_progress.done;
        ++m_finishedThisRun;
        emitCell(cell);
    }

    // Sends the cell to its judges; false when it has none to wait for. Pairwise judging waits
    // for the baseline (the first candidate) to answer the same item and repeat.
    bool startJudging(ReplayCell &cell)
    {
        int outstanding = 0;
        for (size_t i = 0; i < m_plan.scorers.size(); ++i) {
            const ScorerSpec &spec = m_plan.scorers[i];
            if (spec.kind == ScorerKind::Pairwise && cell.key.candidate == 0)
                cell.scores[i] = {0.5, QStringLiteral("the baseline of pairwise judging")};
            else if (spec.isJudged())
                ++outstanding;
        }
        if (outstanding == 0)
            return false;
        const int id = ++m_judgingIds;
        m_judging[id] = Judging{cell, outstanding, {}, {}};
        const ReplayCellKey baselineKey{cell.key.item, 0, cell.key.repeat};
        for (size_t i = 0; i < m_plan.scorers.size() && m_judging.count(id); ++i) {
            const ScorerSpec &spec = m_plan.scorers[i];
            if (spec.kind == ScorerKind::Judge)
                askJudge(id, i);
            else if (spec.kind == ScorerKind::Pairwise && cell.key.candidate != 0) {
                if (m_baselineAnswers.contains(baselineKey) || m_plan.earlierResponses.contains(baselineKey) || m_plan.done.contains(baselineKey))
                    askJudge(id, i);
                else
                    m_waitingForBaseline[baselineKey].push_back({id, i});
            }
        }
        return true;
    }

    void baselineAnswered(const ReplayCell &cell)
    {
        m_baselineAnswers.insert(cell.key, cell.error.isEmpty() ? std::optional<QString>(cell.response) : std::nullopt);
        const auto waiting = m_waitingForBaseline.take(cell.key);
        for (const auto &[id, scorer] : waiting)
            askJudge(id, scorer);
    }

    void askJudge(int id, size_t scorer)
    {
        Judging &judging = m_judging[id];
        const ReplayCell &cell = judging.cell;
        const ScorerSpec &spec = m_plan.scorers[scorer];
        const PromptItem &item = m_plan.items[size_t(cell.key.item)];
        const QString prompt = lastUserText(item.messages);
        QJsonArray messages;
        bool swapped = false;
        if (spec.kind == ScorerKind::Judge) {
            messages = Judge::gradeMessages(spec.rubric, prompt, item.reference, cell.response);
        } else {
            const ReplayCellKey baselineKey{cell.key.item, 0, cell.key.repeat};
            std::optional<QString> baseline = m_plan.earlierResponses.contains(baselineKey)
                                                  ? std::optional<QString>(m_plan.earlierResponses.value(baselineKey))
                                                  : m_baselineAnswers.value(baselineKey);
            if (!baseline) {
                const bool known = m_baselineAnswers.contains(baselineKey);
                return judged(id, scorer, known ? ScoreOutcome{1.0, QStringLiteral("the baseline failed")}
                                                : ScoreOutcome{0.5, QStringLiteral("the baseline's answer is not available")},
                              {});
            }
            // Odd items put the candidate first, so a judge's preference for a position evens out.
            swapped = cell.key.item % 2 == 1;
            messages = swapped ? Judge::pairwiseMessages(spec.rubric, prompt, item.reference, cell.response, *baseline)
                               : Judge::pairwiseMessages(spec.rubric, prompt, item.reference, *baseline, cell.response);
        }
        const JudgeServer &judge = m_judges[spec.judgeModel];
        UpstreamRequest request;
        request.endpoint = judge.endpoint;
        request.path = "/chat/completions";
        request.headers = {{"Content-Type", "application/json"}, {"x-switchyard-client", "replay-judge"}};
        QJsonObject body{{QStringLiteral("model"), judge.route}, {QStringLiteral("messages"), messages}, {QStringLiteral("temperature"), 0}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        auto reply = std::make_shared<JudgeReply>();
        UpstreamCallbacks callbacks;
        callbacks.onHeaders = [reply](int status, const HttpHeaders &headers) {
            reply->status = status;
            for (const auto &[name, value] : headers) {
                if (name.compare("x-switchyard-cost-usd", Qt::CaseInsensitive) == 0)
                    reply->costUsd = value.toDouble();
                else if (name.compare("x-switchyard-cache", Qt::CaseInsensitive) == 0)
                    reply->cached = true;
            }
        };
        callbacks.onBody = [reply](QByteArrayView data) { reply->body.append(data); };
        callbacks.onComplete = [this, id, scorer, reply, swapped] { judgeReplied(id, scorer, *reply, swapped); };
        callbacks.onError = [this, id, scorer, model = spec.judgeModel, name = spec.name()](UpstreamError, const QString &message) {
            const QString why = QStringLiteral("the judge failed: %1").arg(message);
            judged(id, scorer, {0.0, why}, {{QStringLiteral("scorer"), name}, {QStringLiteral("model"), model}, {QStringLiteral("error"), why}});
        };
        judging.calls.push_back(m_pool->send(std::move(request), std::move(callbacks)));
    }

    struct JudgeReply
    {
        int status = 0;
        QByteArray body;
        double costUsd = 0;
        bool cached = false;
    };

    void judgeReplied(int id, size_t scorer, const JudgeReply &reply, bool swapped)
    {
        const ScorerSpec &spec = m_plan.scorers[scorer];
        if (!reply.cached) {
            m_progress.spentUsd += reply.costUsd;
            m_progress.judgeCostUsd += reply.costUsd;
        }
        QJsonObject record{{QStringLiteral("scorer"), spec.name()}, {QStringLiteral("model"), spec.judgeModel}};
        if (reply.status < 200 || reply.status >= 300) {
            const QString why = QStringLiteral("the judge answered HTTP %1").arg(reply.status);
            record.insert(QStringLiteral("error"), why);
            return judged(id, scorer, {0.0, why}, record);
        }
        const QString text = responseText(reply.body);
        if (spec.kind == ScorerKind::Judge) {
            const auto grade = Judge::readGrade(text);
            if (!grade) {
                record.insert(QStringLiteral("reasoning"), text);
                return judged(id, scorer, {0.0, QStringLiteral("the judge gave no rating")}, record);
            }
            record.insert(QStringLiteral("grade"), grade->score);
            record.insert(QStringLiteral("reasoning"), grade->reasoning);
            return judged(id, scorer, {(grade->score - 1) / 9.0, QStringLiteral("judged %1/10").arg(grade->score)}, record);
        }
        const auto verdict = Judge::readPairwise(text);
        if (!verdict) {
            record.insert(QStringLiteral("reasoning"), text);
            return judged(id, scorer, {0.5, QStringLiteral("the judge gave no verdict")}, record);
        }
        // Which answer won, seen from the candidate: A is the baseline unless swapped.
        const Judge::Preference candidateSide = swapped ? Judge::Preference::A : Judge::Preference::B;
        const bool tie = verdict->preference == Judge::Preference::Tie;
        const bool won = !tie && verdict->preference == candidateSide;
        record.insert(QStringLiteral("preference"), tie ? QStringLiteral("tie") : won ? QStringLiteral("candidate") : QStringLiteral("baseline"));
        record.insert(QStringLiteral("reasoning"), verdict->reasoning);
        judged(id, scorer, {tie ? 0.5 : won ? 1.0 : 0.0, tie ? QStringLiteral("tie with the baseline") : won ? QStringLiteral("preferred to the baseline") : QStringLiteral("the baseline preferred")},
               record);
    }

    void judged(int id, size_t scorer, const ScoreOutcome &outcome, const QJsonObject &record)
    {
        auto it = m_judging.find(id);
        if (it == m_judging.end() || m_ended)
            return;
        Judging &judging = it->second;
        judging.cell.scores[scorer] = outcome;
        if (!record.isEmpty())
            judging.records[scorer] = record;
        if (--judging.outstanding > 0)
            return;
        ReplayCell cell = std::move(judging.cell);
        for (const auto &[index, r] : judging.records)
            cell.judgements.append(r);
        m_judging.erase(it);
        finishCell(cell);
        dispatch();
    }

    // After Retry-After (or 1, 2, 4 ... 30 s without one; 5 s while every breaker is open), for at
    // most kMaxWaitS of waiting per cell: beyond it the provider's answer stands as the cell's error.
    bool requeueLater(const Pending &p)
    {
        static constexpr double kMaxWaitS = 300;
        Requeue &r = m_requeues[p.key];
        if (r.waitedS >= kMaxWaitS || m_cancelled)
            return false;
        const double waitS = p.status == 503                           ? 5.0
                             : p.retryAfterS > 0                       ? std::min(p.retryAfterS, 120.0)
                                                                       : std::min(30.0, double(1 << std::min(r.count, 5)));
        ++r.count;
        r.waitedS += waitS;
        ++m_waiting;
        const ReplayCellKey key = p.key;
        QTimer::singleShot(int(waitS * 1000), this, [this, key] {
            --m_waiting;
            if (m_ended)
                return;
            m_candidates[size_t(key.candidate)].queue.push_front(key);
            dispatch();
        });
        return true;
    }

    void emitCell(const ReplayCell &cell)
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

    void maybeEnd()
    {
        if (m_ended || !m_pending.empty() || m_waiting > 0 || !m_judging.empty())
            return;
        const bool queued = std::any_of(m_candidates.begin(), m_candidates.end(), [](const Candidate &c) { return !c.queue.empty(); });
        if (m_stoppingForBudget)
            end(ReplayRunner::End::BudgetReached,
                QStringLiteral("stopped before the budget of $%1 would be exceeded ($%2 spent)").arg(m_plan.budgetUsd).arg(m_progress.spentUsd, 0, 'f', 6));
        else if (!queued)
            end(ReplayRunner::End::Completed, QString());
    }

    void end(ReplayRunner::End how, const QString &message)
    {
        if (m_ended)
            return;
        m_ended = true;
        if (m_tick)
            m_tick->stop();
        for (Candidate &c : m_candidates)
            if (c.server)
                c.server->stop();
        for (auto &[model, judge] : m_judges)
            if (judge.server)
                judge.server->stop();
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, how, message] { emit runner->finished(how, message); }, Qt::QueuedConnection);
    }

    ReplayRunner *m_runner;
    ReplayPlan m_plan;
    std::shared_ptr<ProviderGate> m_gate;
    std::vector<int> m_promptTokens; // by item
    std::map<QString, JudgeServer> m_judges; // by judge model
    std::unordered_map<int, Judging> m_judging;
    int m_judgingIds = 0;
    QHash<ReplayCellKey, std::optional<QString>> m_baselineAnswers; // this run's; nullopt: it failed
    QHash<ReplayCellKey, std::vector<std::pair<int, size_t>>> m_waitingForBaseline;
    std::vector<Candidate> m_candidates;
    std::unordered_map<QByteArray, Pending> m_pending;
    UpstreamPool *m_pool = nullptr;
    QElapsedTimer m_clock;
    QTimer *m_tick = nullptr;
    ReplayProgress m_progress;
    size_t m_nextCandidate = 0;
    double m_tokens = 1;
    qint64 m_lastRefillMs = 0;
    double m_inFlightEstimate = 0;
    int m_finishedThisRun = 0;
    quint64 m_sent = 0;
    struct Requeue
    {
        int count = 0;
        double waitedS = 0;
    };
    QHash<ReplayCellKey, Requeue> m_requeues;
    int m_waiting = 0; // cells waiting out a Retry-After
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stoppingForBudget = false;
    bool m_ended = false;
};

ReplayRunner::ReplayRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<sy::ReplayCell>();
    qRegisterMetaType<sy::ReplayProgress>();
    m_thread.setObjectName(QStringLiteral("replay"));
    connect(this, &ReplayRunner::finished, this, [this] { m_running = false; });
}

ReplayRunner::~ReplayRunner()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void ReplayRunner::start(ReplayPlan plan)
{
    if (m_running)
        return;
    if (!m_thread.isRunning())
        m_thread.start();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = new ReplayWorker(this);
    m_worker->moveToThread(&m_thread);
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, plan = std::move(plan)]() mutable { worker->start(std::move(plan)); });
}

void ReplayRunner::pause()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setPaused(true); });
}

void ReplayRunner::resume()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setPaused(false); });
}

void ReplayRunner::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

double ReplayRunner::estimateCostUsd(const ReplayPlan &plan)
{
    const std::vector<int> tokens = promptTokens(plan.items);
    double total = 0;
    for (size_t c = 0; c < plan.candidates.size(); ++c) {
        const Pricing pricing = dearestPricing(plan.candidates[c].policy, plan.candidates[c].route);
        for (int item = 0; item < int(plan.items.size()); ++item)
            for (int repeat = 0; repeat < plan.repeats; ++repeat)
                if (!plan.done.contains({item, int(c), repeat}))
                    total += cellEstimate(plan, pricing, tokens[size_t(item)]);
    }
    return total;
}

} // namespace sy
