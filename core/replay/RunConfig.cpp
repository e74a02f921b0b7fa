#include "replay/RunConfig.h"

#include <QDateTime>
#include <QJsonArray>

namespace sy {

QJsonObject RunConfig::toJson(const ReplayPlan &plan, const QString &promptSet)
{
    QJsonArray candidates, scorers;
    for (const ReplayCandidate &c : plan.candidates) {
        const bool model = c.route == u"candidate" && c.policy.name == c.label && c.label.contains(u'/');
        candidates.append(model ? QJsonObject{{QStringLiteral("label"), c.label}, {QStringLiteral("model"), c.label}}
                                : QJsonObject{{QStringLiteral("label"), c.label}, {QStringLiteral("policy"), c.policy.name},
                                              {QStringLiteral("route"), c.route}});
    }
    QString rubric;
    for (const ScorerSpec &s : plan.scorers) {
        scorers.append(s.source.isEmpty() ? s.name() : s.source);
        if (s.isJudged() && !s.rubric.isEmpty())
            rubric = s.rubric;
    }
    QJsonObject o{{QStringLiteral("prompt_set"), promptSet},
                  {QStringLiteral("candidates"), candidates},
                  {QStringLiteral("scorers"), scorers},
                  {QStringLiteral("repeats"), plan.repeats},
                  {QStringLiteral("concurrency"), plan.concurrency},
                  {QStringLiteral("provider_concurrency"), plan.providerConcurrency},
                  {QStringLiteral("rate"), plan.requestsPerSecond},
                  {QStringLiteral("budget_usd"), plan.budgetUsd},
                  {QStringLiteral("pass_threshold"), plan.passThreshold},
                  {QStringLiteral("bypass_cache"), plan.bypassCache},
                  {QStringLiteral("stream"), plan.stream}};
    if (plan.maxTokens)
        o.insert(QStringLiteral("max_tokens"), *plan.maxTokens);
    if (!rubric.isEmpty())
        o.insert(QStringLiteral("judge_rubric"), rubric);
    return o;
}

QStringList RunConfig::candidateLabels(const QJsonObject &config)
{
    QStringList labels;
    for (const QJsonValue &c : config.value(QStringLiteral("candidates")).toArray())
        labels.append(c.isString() ? c.toString() : c[QStringLiteral("label")].toString());
    return labels;
}

std::optional<ReplayCandidate> RunConfig::resolveCandidate(const QJsonObject &c, const std::vector<Policy> &policies,
                                                           const std::vector<ProviderSpec> &providers)
{
    if (c.contains(QStringLiteral("model")))
        return ReplayCandidate::forModel(providers, c.value(QStringLiteral("model")).toString());
    const QString name = c.value(QStringLiteral("policy")).toString();
    const QString route = c.value(QStringLiteral("route")).toString();
    for (const Policy &p : policies)
        if (p.name == name && p.findRoute(route))
            return ReplayCandidate::forRoute(p, route);
    return std::nullopt;
}

std::optional<ReplayPlan> RunConfig::planFrom(const QJsonObject &config, const std::vector<Policy> &policies,
                                              const std::vector<ProviderSpec> &providers, QString *error)
{
    ReplayPlan plan;
    for (const QJsonValue &v : config.value(QStringLiteral("candidates")).toArray()) {
        const auto candidate = resolveCandidate(v.toObject(), policies, providers);
        if (!candidate) {
            *error = QStringLiteral("candidate %1 is no longer in the workspace").arg(v[QStringLiteral("label")].toString());
            return std::nullopt;
        }
        plan.candidates.push_back(*candidate);
    }
    const QString rubric = config.value(QStringLiteral("judge_rubric")).toString();
    for (const QJsonValue &v : config.value(QStringLiteral("scorers")).toArray()) {
        auto spec = Scorer::parse(v.toString(), error);
        if (!spec)
            return std::nullopt;
        spec->rubric = rubric;
        plan.scorers.push_back(*spec);
    }
    plan.repeats = std::max(1, config.value(QStringLiteral("repeats")).toInt(1));
    plan.concurrency = std::max(1, config.value(QStringLiteral("concurrency")).toInt(8));
    plan.providerConcurrency = config.value(QStringLiteral("provider_concurrency")).toInt(0);
    plan.requestsPerSecond = config.value(QStringLiteral("rate")).toDouble(0);
    plan.budgetUsd = config.value(QStringLiteral("budget_usd")).toDouble(0);
    plan.passThreshold = config.value(QStringLiteral("pass_threshold")).toDouble(0.5);
    plan.bypassCache = config.value(QStringLiteral("bypass_cache")).toBool(false);
    plan.stream = config.value(QStringLiteral("stream")).toBool(true);
    if (config.contains(QStringLiteral("max_tokens")))
        plan.maxTokens = config.value(QStringLiteral("max_tokens")).toInt();
    plan.judgeProviders = providers;
    return plan;
}

Policy WinnerExport::policy(const ReplayCandidate &winner, const QJsonObject &evidence)
{
    Policy policy = winner.policy;
    if (winner.label.contains(u'/') && winner.route == u"candidate") {
        // A single model: a policy of one route that production clients can name.
        policy.name = QString(winner.label).replace(u'/', u'-');
        policy.routes.front().alias = QStringLiteral("default");
    }
    policy.metadata.insert(QStringLiteral("evidence"), evidence);
    return policy;
}

QJsonObject WinnerExport::evidence(const QString &promptSet, qint64 runId, const ReplayPlan &plan,
                                   const std::vector<CandidateSummary> &summaries, int winner)
{
    QJsonObject others;
    for (size_t i = 0; i < summaries.size() && i < plan.candidates.size(); ++i)
        if (int(i) != winner)
            others.insert(plan.candidates[i].label, ReplayAggregates::toJson(summaries[i]));
    QJsonArray scorers;
    for (const ScorerSpec &s : plan.scorers)
        scorers.append(s.name());
    QJsonObject o{{QStringLiteral("chosen_by"), QStringLiteral("Switchyard replay")},
                  {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                  {QStringLiteral("prompt_set"), promptSet},
                  {QStringLiteral("items"), int(plan.items.size())},
                  {QStringLiteral("repeats"), plan.repeats},
                  {QStringLiteral("scorers"), scorers},
                  {QStringLiteral("pass_threshold"), plan.passThreshold},
                  {QStringLiteral("candidate"), plan.candidates[size_t(winner)].label},
                  {QStringLiteral("route"), plan.candidates[size_t(winner)].route},
                  {QStringLiteral("metrics"), ReplayAggregates::toJson(summaries[size_t(winner)])},
                  {QStringLiteral("compared_with"), others}};
    if (runId > 0)
        o.insert(QStringLiteral("run"), runId);
    return o;
}

} // namespace sy
