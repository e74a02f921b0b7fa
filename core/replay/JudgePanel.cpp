#include "replay/JudgePanel.h"

#include <QJsonDocument>

#include "eval/Judge.h"
#include "prompts/PromptSet.h"
#include "replay/ResponseText.h"

namespace sy {

JudgePanel::JudgePanel(const ReplayPlan &plan, UpstreamPool *pool, Callbacks callbacks)
    : m_plan(plan), m_pool(pool), m_callbacks(std::move(callbacks))
{
}

QString JudgePanel::start(const std::shared_ptr<ProviderGate> &gate)
{
    for (const ScorerSpec &spec : m_plan.scorers) {
        if (!spec.isJudged() || m_judges.count(spec.judgeModel))
            continue;
        auto judge = ReplayCandidate::forModel(m_plan.judgeProviders, spec.judgeModel);
        if (!judge)
            return QStringLiteral("the judge model %1 is not among the providers").arg(spec.judgeModel);
        // A judge's hiccup should not cost the cell its grade: try it again.
        judge->policy.routes.front().root.target.retry.maxAttempts = 2;
        auto proxy = CandidateProxy::serve(judge->policy, m_plan, gate, {});
        if (!proxy)
            return QStringLiteral("the replay proxy for the judge %1 could not listen").arg(spec.judgeModel);
        m_judges[spec.judgeModel] = JudgeServer{std::move(*proxy), judge->route};
    }
    return {};
}

bool JudgePanel::judge(ReplayCell &cell)
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
    const int id = ++m_ids;
    m_judging[id] = Judging{cell, outstanding, {}, {}};
    const ReplayCellKey baselineKey{cell.key.item, 0, cell.key.repeat};
    for (size_t i = 0; i < m_plan.scorers.size() && m_judging.count(id); ++i) {
        const ScorerSpec &spec = m_plan.scorers[i];
        if (spec.kind == ScorerKind::Judge)
            ask(id, i);
        else if (spec.kind == ScorerKind::Pairwise && cell.key.candidate != 0) {
            if (m_baselineAnswers.contains(baselineKey) || m_plan.earlierResponses.contains(baselineKey) || m_plan.done.contains(baselineKey))
                ask(id, i);
            else
                m_waitingForBaseline[baselineKey].push_back({id, i});
        }
    }
    return true;
}

void JudgePanel::baselineAnswered(const ReplayCell &cell)
{
    m_baselineAnswers.insert(cell.key, cell.error.isEmpty() ? std::optional<QString>(cell.response) : std::nullopt);
    const auto waiting = m_waitingForBaseline.take(cell.key);
    for (const auto &[id, scorer] : waiting)
        ask(id, scorer);
}

void JudgePanel::cancel()
{
    for (auto &[id, judging] : m_judging)
        for (UpstreamCall &call : judging.calls)
            call.cancel();
}

void JudgePanel::stop()
{
    m_stopped = true;
    for (auto &[model, judge] : m_judges)
        judge.proxy.stop();
}

void JudgePanel::ask(int id, size_t scorer)
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
            return judged(id, scorer,
                          known ? ScoreOutcome{1.0, QStringLiteral("the baseline failed")}
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
    request.endpoint = judge.proxy.endpoint;
    request.path = "/chat/completions";
    request.headers = {{"Content-Type", "application/json"}, {"x-switchyard-client", "replay-judge"}};
    const QJsonObject body{{QStringLiteral("model"), judge.route}, {QStringLiteral("messages"), messages}, {QStringLiteral("temperature"), 0}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto reply = std::make_shared<Reply>();
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
    callbacks.onComplete = [this, id, scorer, reply, swapped] { replied(id, scorer, *reply, swapped); };
    callbacks.onError = [this, id, scorer, model = spec.judgeModel, name = spec.name()](UpstreamError, const QString &message) {
        const QString why = QStringLiteral("the judge failed: %1").arg(message);
        judged(id, scorer, {0.0, why}, {{QStringLiteral("scorer"), name}, {QStringLiteral("model"), model}, {QStringLiteral("error"), why}});
    };
    judging.calls.push_back(m_pool->send(std::move(request), std::move(callbacks)));
}

void JudgePanel::replied(int id, size_t scorer, const Reply &reply, bool swapped)
{
    const ScorerSpec &spec = m_plan.scorers[scorer];
    if (!reply.cached && m_callbacks.spent)
        m_callbacks.spent(reply.costUsd);
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
    judged(id, scorer,
           {tie ? 0.5 : won ? 1.0 : 0.0,
            tie ? QStringLiteral("tie with the baseline") : won ? QStringLiteral("preferred to the baseline") : QStringLiteral("the baseline preferred")},
           record);
}

void JudgePanel::judged(int id, size_t scorer, const ScoreOutcome &outcome, const QJsonObject &record)
{
    auto it = m_judging.find(id);
    if (it == m_judging.end() || m_stopped)
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
    m_callbacks.judged(std::move(cell));
}

} // namespace sy
