#include "rollout/Rollout.h"

#include <QDateTime>
#include <QJsonArray>

#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

namespace sy::Rollout {

namespace {

const QString kKey = QStringLiteral("rollout");

Route *findRoute(Policy &policy, const QString &alias)
{
    for (Route &r : policy.routes)
        if (r.alias == alias)
            return &r;
    return nullptr;
}

QJsonObject routeJson(const Policy &policy, const QString &alias)
{
    for (const QJsonValue r : PolicyWriter::toJson(policy).value(QStringLiteral("routes")).toArray())
        if (r.toObject().value(QStringLiteral("alias")).toString() == alias)
            return r.toObject();
    return {};
}

// Records the step under metadata.rollout.ROUTE: the stage now, the candidate, the route before
// the first step, and every step with its time and evidence.
void record(Policy &policy, const QString &route, Stage stage, const QString &candidate, const QJsonObject &before,
            const QJsonObject &evidence)
{
    QJsonObject all = policy.metadata.value(kKey).toObject();
    QJsonObject r = all.value(route).toObject();
    if (!r.contains(QStringLiteral("before")))
        r.insert(QStringLiteral("before"), before);
    r.insert(QStringLiteral("stage"), stageName(stage));
    r.insert(QStringLiteral("candidate"), candidate);
    QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    QJsonObject step{{QStringLiteral("stage"), stageName(stage)},
                     {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!evidence.isEmpty())
        step.insert(QStringLiteral("evidence"), evidence);
    steps.append(step);
    r.insert(QStringLiteral("steps"), steps);
    all.insert(route, r);
    policy.metadata.insert(kKey, all);
}

bool knownModel(const Policy &policy, const QString &ref)
{
    const auto parsed = ModelRef::parse(ref);
    if (!parsed)
        return false;
    const ProviderSpec *provider = policy.findProvider(parsed->provider);
    return provider && std::any_of(provider->models.begin(), provider->models.end(),
                                   [&](const ModelSpec &m) { return m.id == parsed->model || m.alias == parsed->model; });
}

} // namespace

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::None: return QStringLiteral("none");
    case Stage::Shadow: return QStringLiteral("shadow");
    case Stage::Canary: return QStringLiteral("canary");
    case Stage::Full: return QStringLiteral("full");
    }
    return {};
}

State stateOf(const Policy &policy, const QString &route)
{
    const QJsonObject r = policy.metadata.value(kKey).toObject().value(route).toObject();
    State s;
    const QString stage = r.value(QStringLiteral("stage")).toString();
    s.stage = stage == u"shadow" ? Stage::Shadow : stage == u"canary" ? Stage::Canary : stage == u"full" ? Stage::Full : Stage::None;
    s.candidate = r.value(QStringLiteral("candidate")).toString();
    s.before = r.value(QStringLiteral("before")).toObject();
    return s;
}

QString startShadow(Policy &policy, const QString &route, const QString &candidate, double sample, double dailyBudgetUsd,
                    const QJsonObject &evidence)
{
    Route *r = findRoute(policy, route);
    if (!r)
        return QStringLiteral("no route '%1'").arg(route);
    if (!knownModel(policy, candidate))
        return QStringLiteral("'%1' is not a model of this policy's providers").arg(candidate);
    if (!(sample > 0 && sample <= 1))
        return QStringLiteral("the sample must be above 0 and at most 1");
    if (!(dailyBudgetUsd > 0))
        return QStringLiteral("a shadow test needs a daily budget above $0");
    const QJsonObject before = routeJson(policy, route);
    RouteShadow shadow;
    shadow.sample = sample;
    shadow.dailyBudgetUsd = dailyBudgetUsd;
    shadow.targets = {candidate};
    if (r->shadow)
        shadow.scorers = r->shadow->scorers;
    r->shadow = shadow;
    record(policy, route, Stage::Shadow, candidate, before, evidence);
    return {};
}

QString startCanary(Policy &policy, const QString &route, const QString &candidate, double percent, const QJsonObject &evidence)
{
    Route *r = findRoute(policy, route);
    if (!r)
        return QStringLiteral("no route '%1'").arg(route);
    if (!knownModel(policy, candidate))
        return QStringLiteral("'%1' is not a model of this policy's providers").arg(candidate);
    if (!(percent > 0 && percent < 100))
        return QStringLiteral("a canary's share must be above 0% and below 100%");
    const State state = stateOf(policy, route);
    if (state.stage == Stage::Canary)
        return QStringLiteral("route '%1' already has a canary: promote it or roll back first").arg(route);
    const QJsonObject before = routeJson(policy, route);
    Node canary;
    canary.kind = NodeKind::Target;
    canary.target.model = candidate;
    Node weighted;
    weighted.kind = NodeKind::Weighted;
    weighted.id = QStringLiteral("rollout");
    weighted.salt = QStringLiteral("rollout-%1").arg(QDateTime::currentSecsSinceEpoch());
    weighted.arms = {Arm{QStringLiteral("incumbent"), 100 - percent, r->root}, Arm{QStringLiteral("canary"), percent, canary}};
    r->root = weighted;
    r->shadow.reset();
    record(policy, route, Stage::Canary, candidate, before, evidence);
    return {};
}

QString promote(Policy &policy, const QString &route, const QJsonObject &evidence)
{
    Route *r = findRoute(policy, route);
    if (!r)
        return QStringLiteral("no route '%1'").arg(route);
    const State state = stateOf(policy, route);
    if (state.stage != Stage::Canary || r->root.kind != NodeKind::Weighted || r->root.arms.size() != 2 ||
        r->root.arms[1].label != u"canary")
        return QStringLiteral("route '%1' has no canary to promote").arg(route);
    const Node canary = r->root.arms[1].node;
    r->root = canary;
    record(policy, route, Stage::Full, state.candidate, {}, evidence);
    return {};
}

QString rollBack(Policy &policy, const QString &route)
{
    const State state = stateOf(policy, route);
    if (state.before.isEmpty())
        return QStringLiteral("route '%1' has no rollout to roll back").arg(route);
    QJsonObject document = PolicyWriter::toJson(policy);
    QJsonArray routes = document.value(QStringLiteral("routes")).toArray();
    for (qsizetype i = 0; i < routes.size(); ++i)
        if (routes[i].toObject().value(QStringLiteral("alias")).toString() == route)
            routes[i] = state.before;
    document.insert(QStringLiteral("routes"), routes);
    QJsonObject metadata = document.value(QStringLiteral("metadata")).toObject();
    QJsonObject all = metadata.value(kKey).toObject();
    all.remove(route);
    if (all.isEmpty())
        metadata.remove(kKey);
    else
        metadata.insert(kKey, all);
    if (metadata.isEmpty())
        document.remove(QStringLiteral("metadata"));
    else
        document.insert(QStringLiteral("metadata"), metadata);
    Diagnostics diagnostics;
    std::optional<Policy> restored = PolicyReader::fromJson(document, diagnostics);
    if (!restored)
        return QStringLiteral("the route as it was no longer fits the policy: %1").arg(diagnostics.toString());
    policy = std::move(*restored);
    return {};
}

QString describe(const Policy &policy, const QString &route)
{
    const State s = stateOf(policy, route);
    for (const Route &r : policy.routes) {
        if (r.alias != route)
            continue;
        switch (s.stage) {
        case Stage::Shadow:
            return QStringLiteral("%1: shadow test of %2 (%3% of requests, $%4 a day)")
                .arg(route, s.candidate, QString::number(r.shadow ? 100 * r.shadow->sample : 0), QString::number(r.shadow ? r.shadow->dailyBudgetUsd : 0));
        case Stage::Canary:
            return QStringLiteral("%1: canary %2 at %3%").arg(route, s.candidate,
                                                               QString::number(r.root.arms.size() == 2 ? r.root.arms[1].weight : 0));
        case Stage::Full: return QStringLiteral("%1: %2 takes all traffic").arg(route, s.candidate);
        case Stage::None: return QStringLiteral("%1: as before the rollout").arg(route);
        }
    }
    return {};
}

} // namespace sy::Rollout
