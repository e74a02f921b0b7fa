// switchyard-cli rollout: a new model on one route of a policy file, in steps (shadow test, canary,
// all traffic) and back in one, each step with the workspace's readout attached as evidence. A
// proxy serving the file (--policy) picks each step up as it is written.
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "experiments/ExperimentJson.h"
#include "experiments/ExperimentReadout.h"
#include "experiments/ShadowReadout.h"
#include "policy/PolicyReader.h"
#include "rollout/Rollout.h"
#include "store/Workspace.h"

namespace sy::cli {

namespace {

// The route's experiment of the kind the step is decided on, over the last week: its shadow test
// before a canary, its canary before promotion. Empty without a workspace or traffic.
QJsonObject evidence(const QString &workspacePath, const Policy &policy, const QString &route, bool shadow, QString *summary)
{
    if (workspacePath.isEmpty())
        return {};
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(workspacePath, &error);
    if (!ws) {
        err(QStringLiteral("switchyard-cli rollout: %1 (no evidence attached)").arg(error));
        return {};
    }
    QSqlDatabase db = ws->connectionForThisThread();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - 7 * 86400000LL;
    std::vector<ExperimentReadout> experiments;
    if (shadow) {
        QHash<QString, QStringList> scorers;
        for (const Route &r : policy.routes)
            if (r.alias == route && r.shadow)
                scorers.insert(r.alias, r.shadow->scorers);
        experiments = ShadowReadouts::build(ShadowReadouts::pairsFromLog(db, from, now + 1, route), scorers);
    } else {
        experiments = ExperimentReadouts::build(ExperimentReadouts::rowsFromLog(db, from, now + 1, route));
    }
    if (experiments.empty()) {
        *summary = QStringLiteral("no %1 traffic logged for route '%2' in the last 7 days").arg(shadow ? QStringLiteral("mirrored") : QStringLiteral("canary"), route);
        return {};
    }
    const ExperimentReadout &e = experiments.front();
    QStringList verdicts;
    for (const ArmComparison &c : e.comparisons)
        if (c.result.decided)
            verdicts << QStringLiteral("%1: %2 better").arg(QLatin1StringView(experimentMetricKey(c.metric)), c.better());
    qint64 requests = 0;
    for (const ArmReadout &a : e.arms)
        requests += a.requests;
    if (shadow) // the served arm counts each mirrored request once
        requests = e.arms.front().requests;
    *summary = QStringLiteral("%1 %2requests; %3")
                   .arg(requests)
                   .arg(shadow ? QStringLiteral("mirrored ") : QString(),
                        verdicts.isEmpty() ? QStringLiteral("no verdict yet") : verdicts.join(QStringLiteral(", ")));
    return ExperimentJson::toJson(e);
}

} // namespace

int runRollout(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("rollout"),
                    QStringLiteral("A new model on one route of a policy file, in steps, and back in one:\n\n"
                                   "  rollout shadow --candidate P/M [--sample 0.05] [--budget 1]   mirror a share of the route's answered requests\n"
                                   "  rollout canary [--candidate P/M] [--percent 5]                 send it a share of the real traffic\n"
                                   "  rollout promote                                              let it take all of the route's traffic\n"
                                   "  rollout rollback                                             the route as it was before the first step\n"
                                   "  rollout status                                               where each route's rollout stands\n\n"
                                   "With --workspace, the readout the step is decided on (the shadow test's before a canary, the "
                                   "canary's before promotion) is kept in the policy's metadata with the step."));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption policyOption(QStringLiteral("policy"), QStringLiteral("The policy file, rewritten in place."), QStringLiteral("FILE"));
    QCommandLineOption route(QStringLiteral("route"), QStringLiteral("The route."), QStringLiteral("ROUTE"));
    QCommandLineOption candidate(QStringLiteral("candidate"), QStringLiteral("The model to try, provider/model."), QStringLiteral("MODEL"));
    QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Shadow: the share of requests mirrored (default 0.05)."),
                              QStringLiteral("SHARE"), QStringLiteral("0.05"));
    QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("Shadow: the most it may spend a day, in USD (default 1)."),
                              QStringLiteral("USD"), QStringLiteral("1"));
    QCommandLineOption percent(QStringLiteral("percent"), QStringLiteral("Canary: its share of the traffic (default 5)."),
                               QStringLiteral("PERCENT"), QStringLiteral("5"));
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace whose request log holds the evidence."),
                                 QStringLiteral("FILE"));
    parser.addOptions({policyOption, route, candidate, sample, budget, percent, workspace});
    cli.addPositional(QStringLiteral("STEP"), QStringLiteral("shadow, canary, promote, rollback or status"));
    cli.require(policyOption);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    const QStringList positional = cli.positional();
    static const QStringList steps = {QStringLiteral("shadow"), QStringLiteral("canary"), QStringLiteral("promote"), QStringLiteral("rollback"),
                                      QStringLiteral("status")};
    if (positional.size() != 1 || !steps.contains(positional.first()))
        return cli.usageError(QStringLiteral("say one step: shadow, canary, promote, rollback or status"));
    const QString step = positional.first();
    if (step != u"status" && !parser.isSet(route))
        return cli.usageError(QStringLiteral("%1 needs --route").arg(step));
    const QString file = parser.value(policyOption);
    if (!requireReadableFile(QStringLiteral("rollout"), QStringLiteral("policy"), file))
        return Usage;
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    Diagnostics diagnostics;
    std::optional<Policy> policy = PolicyReader::fromJsonText(in.readAll(), diagnostics);
    if (!policy) {
        err(diagnostics.toString(file));
        return Failed;
    }
    if (step == u"status") {
        for (const Route &r : policy->routes)
            if (!parser.isSet(route) || r.alias == parser.value(route))
                out(Rollout::describe(*policy, r.alias));
        return Ok;
    }
    const QString alias = parser.value(route);
    const Rollout::State state = Rollout::stateOf(*policy, alias);
    QString problem, summary;
    bool ok = true;
    if (step == u"shadow") {
        if (!parser.isSet(candidate))
            return cli.usageError(QStringLiteral("shadow needs --candidate provider/model"));
        const double share = parser.value(sample).toDouble(&ok);
        const double usd = ok ? parser.value(budget).toDouble(&ok) : 0;
        if (!ok)
            return cli.usageError(QStringLiteral("--sample and --budget want numbers"));
        problem = Rollout::startShadow(*policy, alias, parser.value(candidate), share, usd);
    } else if (step == u"canary") {
        const QString model = parser.isSet(candidate) ? parser.value(candidate) : state.candidate;
        if (model.isEmpty())
            return cli.usageError(QStringLiteral("canary needs --candidate (no shadow test named one)"));
        const double share = parser.value(percent).toDouble(&ok);
        if (!ok)
            return cli.usageError(QStringLiteral("--percent wants a number"));
        const QJsonObject shown = evidence(parser.value(workspace), *policy, alias, true, &summary);
        problem = Rollout::startCanary(*policy, alias, model, share, shown);
    } else if (step == u"promote") {
        const QJsonObject shown = evidence(parser.value(workspace), *policy, alias, false, &summary);
        problem = Rollout::promote(*policy, alias, shown);
    } else {
        problem = Rollout::rollBack(*policy, alias);
    }
    if (!problem.isEmpty()) {
        err(QStringLiteral("switchyard-cli rollout: %1").arg(problem));
        return Failed;
    }
    if (!writePolicyFile(*policy, file))
        return Failed;
    out(Rollout::describe(*policy, alias));
    if (!summary.isEmpty())
        out(QStringLiteral("evidence: %1").arg(summary));
    return Ok;
}

} // namespace sy::cli
