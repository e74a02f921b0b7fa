// switchyard-cli experiments: the A/B readout of a workspace's live traffic.
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "experiments/ExperimentJson.h"
#include "experiments/ExperimentReadout.h"
#include "experiments/OfflineEstimate.h"
#include "experiments/ShadowReadout.h"
#include "policy/PolicyReader.h"
#include "store/Workspace.h"

namespace sy::cli {

namespace {

QString number(double v, int decimals) { return QLocale::c().toString(v, 'f', decimals); }

// "412 (398-430)", or "-" with nothing measured.
QString withInterval(const Interval &i, int decimals, double scale = 1, const QString &unit = {})
{
    if (i.value < 0)
        return QStringLiteral("-");
    return QStringLiteral("%1%4 (%2-%3)")
        .arg(number(i.value * scale, decimals), number(i.low * scale, decimals), number(i.high * scale, decimals), unit);
}

QString metricName(ExperimentMetric m)
{
    switch (m) {
    case ExperimentMetric::Quality: return QStringLiteral("quality");
    case ExperimentMetric::ErrorRate: return QStringLiteral("error rate");
    case ExperimentMetric::Latency: return QStringLiteral("latency");
    case ExperimentMetric::TimeToFirstToken: return QStringLiteral("time to first token");
    case ExperimentMetric::Cost: return QStringLiteral("cost");
    }
    return {};
}

QString differenceText(ExperimentMetric m, double d)
{
    switch (m) {
    case ExperimentMetric::Quality: return QStringLiteral("%1%2").arg(d >= 0 ? QStringLiteral("+") : QString(), number(d, 3));
    case ExperimentMetric::ErrorRate: return QStringLiteral("%1%2 points").arg(d >= 0 ? QStringLiteral("+") : QString(), number(100 * d, 2));
    case ExperimentMetric::Latency:
    case ExperimentMetric::TimeToFirstToken: return QStringLiteral("%1%2 ms").arg(d >= 0 ? QStringLiteral("+") : QString(), number(d, 1));
    case ExperimentMetric::Cost:
        return QStringLiteral("%1$%2 per 1,000 requests").arg(d >= 0 ? QStringLiteral("+") : QStringLiteral("-"), number(1000 * std::abs(d), 4));
    }
    return {};
}

QString verdictText(const ArmComparison &c, double confidence)
{
    const QString metric = metricName(c.metric);
    const QString so = QStringLiteral("%1 against %2: %3 (%4 to %5)")
                           .arg(c.challenger, c.control, differenceText(c.metric, c.result.difference),
                                differenceText(c.metric, c.result.low), differenceText(c.metric, c.result.high));
    if (c.result.decided) {
        const QString loser = c.better() == c.challenger ? c.control : c.challenger;
        return QStringLiteral("%1: arm %2 is better than %3 with %4% confidence; %5")
            .arg(metric, c.better(), loser, number(100 * confidence, 0), so);
    }
    if (!c.result.measured)
        return QStringLiteral("%1: not enough values yet (two or more in each arm)").arg(metric);
    if (c.result.moreRequestsNeeded < 0)
        return QStringLiteral("%1: no difference seen so far; %2").arg(metric, so);
    return QStringLiteral("%1: no verdict yet, about %2 more requests needed if the difference holds; %3")
        .arg(metric, QLocale::c().toString(c.result.moreRequestsNeeded), so);
}

void printText(const ExperimentReadout &e)
{
    const auto when = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    if (e.kind == ExperimentReadout::Kind::Shadow)
        out(QStringLiteral("Shadow test on route '%1', %2 to %3 UTC: mirrors of served answers, never served; agreement with "
                           "the served answer by %4")
                .arg(e.route, when(e.firstMs), when(e.lastMs), e.arms.front().agreementBy));
    else
        out(QStringLiteral("Experiment on route '%1'%2, %3 to %4 UTC")
                .arg(e.route, e.node.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.node), when(e.firstMs), when(e.lastMs)));
    out(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9")
            .arg(QStringLiteral("arm"), -16)
            .arg(QStringLiteral("share"), 6)
            .arg(QStringLiteral("requests"), 9)
            .arg(QStringLiteral("errors %"), -20)
            .arg(QStringLiteral("p50 ms"), -20)
            .arg(QStringLiteral("p95 ms"), -20)
            .arg(QStringLiteral("TTFT p50 ms"), -20)
            .arg(QStringLiteral("$ per 1k requests"), -26)
            .arg(e.kind == ExperimentReadout::Kind::Shadow ? QStringLiteral("quality (pairwise judge)") : QStringLiteral("quality (feedback)")));
    for (const ArmReadout &a : e.arms) {
        out(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9")
                .arg(a.label.left(16), -16)
                .arg(a.share < 0 ? QStringLiteral("-") : number(100 * a.share, 0) + QLatin1Char('%'), 6)
                .arg(a.requests, 9)
                .arg(withInterval(a.errorRate, 1, 100), -20)
                .arg(withInterval(a.p50Ms, 0), -20)
                .arg(withInterval(a.p95Ms, 0), -20)
                .arg(withInterval(a.ttftP50Ms, 0), -20)
                .arg(withInterval(a.costPer1k, 4), -26)
                .arg(a.feedbackCount == 0 ? QStringLiteral("-")
                                          : QStringLiteral("%1, n=%2").arg(withInterval(a.quality, 3)).arg(a.feedbackCount)));
        if (a.agreement.value >= 0)
            out(QStringLiteral("  %1 agreement with the served answers: %2").arg(QString(), -16).arg(withInterval(a.agreement, 3)));
    }
    out(QStringLiteral("  Verdicts (%1% confidence over the whole experiment, valid however often it is read):")
            .arg(number(100 * (1 - e.alpha), 0)));
    for (const ArmComparison &c : e.comparisons)
        out(QStringLiteral("    ") + verdictText(c, 1 - e.alpha));
}

} // namespace

int runExperiments(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("experiments"),
                    QStringLiteral("The A/B readout of a workspace's logged traffic: every weighted node that chose arms, each arm's "
                                   "requests, errors, latency, time to first token, cost and quality from feedback with 95% "
                                   "intervals, and an always-valid verdict of each arm against the control (the arm with the "
                                   "largest share)."));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    QCommandLineOption since(QStringLiteral("since"), QStringLiteral("How far back: 30d, 24h, 90m or all (default 7d)."),
                             QStringLiteral("SPAN"), QStringLiteral("7d"));
    QCommandLineOption route(QStringLiteral("route"), QStringLiteral("Only this route's experiments."), QStringLiteral("ROUTE"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    QCommandLineOption policy(QStringLiteral("policy"),
                              QStringLiteral("The policy serving the traffic: its routes' shadow-test scorers measure agreement "
                                             "(ROUGE-L without it)."),
                              QStringLiteral("FILE"));
    QCommandLineOption estimate(QStringLiteral("estimate"),
                                QStringLiteral("What another split would have given, from the logged one: ARM=WEIGHT,... (e.g. canary=100). "
                                               "Inverse propensity, self-normalised; needs --route."),
                                QStringLiteral("SPLIT"));
    parser.addOptions({workspace, since, route, json, policy, estimate});
    cli.require(workspace);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    if (!cli.positional().isEmpty())
        return cli.usageError(QStringLiteral("unexpected argument '%1'").arg(cli.positional().first()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> from = parseSince(parser.value(since), now);
    if (!from)
        return cli.usageError(QStringLiteral("--since wants a span such as 30d, 24h or 90m, or all"));
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(parser.value(workspace), &error);
    if (!ws) {
        err(QStringLiteral("switchyard-cli experiments: %1").arg(error));
        return Failed;
    }
    QHash<QString, QStringList> scorers;
    if (parser.isSet(policy)) {
        if (!requireReadableFile(QStringLiteral("experiments"), QStringLiteral("policy"), parser.value(policy)))
            return Usage;
        QFile file(parser.value(policy));
        file.open(QIODevice::ReadOnly);
        Diagnostics diagnostics;
        const std::optional<Policy> loaded = PolicyReader::fromJsonText(file.readAll(), diagnostics);
        if (!loaded) {
            err(diagnostics.toString(parser.value(policy)));
            return Failed;
        }
        for (const Route &r : loaded->routes)
            if (r.shadow)
                scorers.insert(r.alias, r.shadow->scorers);
    }
    QSqlDatabase db = ws->connectionForThisThread();
    if (parser.isSet(estimate)) {
        if (!parser.isSet(route))
            return cli.usageError(QStringLiteral("--estimate needs --route"));
        QHash<QString, double> split;
        for (const QString &part : parser.value(estimate).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            bool ok = false;
            const double weight = eq > 0 ? part.mid(eq + 1).toDouble(&ok) : 0;
            if (!ok || weight < 0)
                return cli.usageError(QStringLiteral("--estimate wants ARM=WEIGHT,... with weights of 0 or more"));
            split.insert(part.left(eq).trimmed(), weight);
        }
        const std::vector<ExperimentRow> rows = ExperimentReadouts::rowsFromLog(db, *from, now + 1, parser.value(route));
        QString node;
        for (const ExperimentRow &r : rows)
            if (!r.arm.isEmpty())
                node = r.node; // the route's experiment (the newest node wins when it changed)
        const OfflineEstimate e = OfflineEstimates::estimate(rows, parser.value(route), node, split);
        if (!e.problem.isEmpty()) {
            err(QStringLiteral("switchyard-cli experiments: no estimate: %1").arg(e.problem));
            return Failed;
        }
        QJsonObject figures;
        if (!parser.isSet(json))
            out(QStringLiteral("Offline estimate for route '%1' with the split %2, from %3 logged requests (%4 without their arm's chance, left out):")
                .arg(e.route, parser.value(estimate))
                .arg(e.logged)
                .arg(e.withoutChance));
        for (int m = 0; m < kExperimentMetricCount; ++m) {
            const OfflineFigure &f = e.figures[size_t(m)];
            const auto metric = ExperimentMetric(m);
            figures.insert(QLatin1StringView(experimentMetricKey(metric)),
                           QJsonObject{{QStringLiteral("value"), f.value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.value)},
                                       {QStringLiteral("low"), f.low},
                                       {QStringLiteral("high"), f.high},
                                       {QStringLiteral("supporting"), f.supporting},
                                       {QStringLiteral("effective_size"), f.effectiveSize}});
            if (!parser.isSet(json))
                out(f.value < 0 ? QStringLiteral("  %1: not enough supporting requests").arg(metricName(metric))
                                : QStringLiteral("  %1: %2 (%3 to %4), supported by %5 requests (worth %6 equally weighted)")
                                      .arg(metricName(metric), number(f.value, 4), number(f.low, 4), number(f.high, 4))
                                      .arg(f.supporting)
                                      .arg(number(f.effectiveSize, 0)));
        }
        if (parser.isSet(json))
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("route"), e.route}, {QStringLiteral("node"), e.node},
                                                            {QStringLiteral("logged"), e.logged}, {QStringLiteral("figures"), figures}})
                                      .toJson(QJsonDocument::Indented))
                    .trimmed());
        return Ok;
    }
    std::vector<ExperimentReadout> experiments =
        ExperimentReadouts::build(ExperimentReadouts::rowsFromLog(db, *from, now + 1, parser.value(route)));
    for (ExperimentReadout &shadow : ShadowReadouts::build(ShadowReadouts::pairsFromLog(db, *from, now + 1, parser.value(route)), scorers))
        experiments.push_back(std::move(shadow));
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ExperimentReadout &e : experiments)
            list.append(ExperimentJson::toJson(e));
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (experiments.empty()) {
        out(QStringLiteral("No experiments in this range: no logged request was sent down an arm of a weighted node or "
                           "mirrored by a shadow test."));
        return Ok;
    }
    for (size_t i = 0; i < experiments.size(); ++i) {
        if (i > 0)
            out({});
        printText(experiments[i]);
    }
    return Ok;
}

} // namespace sy::cli
