#include "experiments/ShadowReadout.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <map>

#include "eval/Scorer.h"
#include "replay/ResponseText.h"

namespace sy::ShadowReadouts {

std::vector<ShadowPair> pairsFromLog(QSqlDatabase &db, qint64 fromMs, qint64 toMs, const QString &route)
{
    std::vector<ShadowPair> pairs;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.route, m.shadow_of, m.client_request_id, m.ts_ms, m.provider, m.model, m.status, m.attempts, "
                             "m.latency_ms, m.ttft_ms, m.cost_usd, m.response_body, s.provider, s.model, s.status, s.latency_ms, "
                             "s.ttft_ms, s.cost_usd, s.response_body, s.request_body, "
                             "(SELECT AVG(g.preference) FROM shadow_grades g WHERE g.mirror_id = m.client_request_id) "
                             "FROM request_log m JOIN request_log s ON s.client_request_id = m.shadow_of AND s.shadow_of IS NULL "
                             "WHERE m.shadow_of IS NOT NULL AND m.ts_ms >= ? AND m.ts_ms < ?") +
              (route.isEmpty() ? QString() : QStringLiteral(" AND m.route = ?")));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!route.isEmpty())
        q.addBindValue(route);
    if (!q.exec())
        return pairs;
    while (q.next()) {
        ShadowPair p;
        p.route = q.value(0).toString();
        p.servedId = q.value(1).toString();
        p.mirrorId = q.value(2).toString();
        p.timestampMs = q.value(3).toLongLong();
        p.candidate = q.value(4).toString() + QLatin1Char('/') + q.value(5).toString();
        p.status = q.value(6).toInt();
        p.attempts = q.value(7).toInt();
        p.latencyMs = q.value(8).toDouble();
        p.ttftMs = q.value(9).isNull() ? -1 : q.value(9).toDouble();
        p.costUsd = q.value(10).toDouble();
        p.body = q.value(11).toString().toUtf8();
        p.servedModel = q.value(12).toString() + QLatin1Char('/') + q.value(13).toString();
        p.servedStatus = q.value(14).toInt();
        p.servedLatencyMs = q.value(15).toDouble();
        p.servedTtftMs = q.value(16).isNull() ? -1 : q.value(16).toDouble();
        p.servedCostUsd = q.value(17).toDouble();
        p.servedBody = q.value(18).toString().toUtf8();
        p.requestBody = q.value(19).toString().toUtf8();
        p.preference = q.value(20).isNull() ? -1 : q.value(20).toDouble();
        pairs.push_back(std::move(p));
    }
    return pairs;
}

namespace {

struct ArmBuild
{
    ArmReadout readout;
    std::vector<double> latencies, ttfts;
    MetricSample agreement;
};

void addAnswer(ArmBuild &arm, int status, double latencyMs, double ttftMs, double costUsd)
{
    ArmReadout &a = arm.readout;
    ++a.requests;
    const bool failed = status >= 400 || status == 0;
    a.errors += failed ? 1 : 0;
    a.samples[size_t(ExperimentMetric::ErrorRate)].add(failed ? 1 : 0);
    if (failed)
        return;
    ++a.answered;
    a.samples[size_t(ExperimentMetric::Latency)].add(latencyMs);
    arm.latencies.push_back(latencyMs);
    if (ttftMs >= 0) {
        a.samples[size_t(ExperimentMetric::TimeToFirstToken)].add(ttftMs);
        arm.ttfts.push_back(ttftMs);
    }
    a.samples[size_t(ExperimentMetric::Cost)].add(costUsd);
}

// The deterministic scorers a route names (judges run apart, on a sample, and come back as
// preferences); ROUGE-L where it names none.
std::vector<ScorerSpec> agreementScorers(const QStringList &names)
{
    std::vector<ScorerSpec> specs;
    for (const QString &name : names) {
        QString error;
        if (const std::optional<ScorerSpec> spec = Scorer::parse(name, &error); spec && !spec->isJudged() &&
                                                                               spec->kind != ScorerKind::Latency && spec->kind != ScorerKind::Cost)
            specs.push_back(*spec);
    }
    if (specs.empty()) {
        QString error;
        specs.push_back(*Scorer::parse(QStringLiteral("rouge-l"), &error));
    }
    return specs;
}

} // namespace

std::vector<ExperimentReadout> build(const std::vector<ShadowPair> &pairs, const QHash<QString, QStringList> &scorersByRoute, double alpha)
{
    struct RouteBuild
    {
        ExperimentReadout experiment;
        ArmBuild served;
        std::map<QString, ArmBuild> candidates;
        QSet<QString> servedSeen;
        std::vector<ScorerSpec> scorers;
    };
    std::map<QString, RouteBuild> routes;
    for (const ShadowPair &p : pairs) {
        RouteBuild &r = routes[p.route];
        if (r.experiment.route.isEmpty()) {
            r.experiment.kind = ExperimentReadout::Kind::Shadow;
            r.experiment.route = p.route;
            r.experiment.firstMs = r.experiment.lastMs = p.timestampMs;
            r.experiment.alpha = alpha;
            r.served.readout.label = QStringLiteral("served");
            r.scorers = agreementScorers(scorersByRoute.value(p.route));
            QStringList names;
            for (const ScorerSpec &s : r.scorers)
                names << s.name();
            r.served.readout.agreementBy = names.join(QStringLiteral(", "));
        }
        r.experiment.firstMs = std::min(r.experiment.firstMs, p.timestampMs);
        r.experiment.lastMs = std::max(r.experiment.lastMs, p.timestampMs);
        if (!r.servedSeen.contains(p.servedId)) { // an answer shadowed by several candidates counts once
            r.servedSeen.insert(p.servedId);
            addAnswer(r.served, p.servedStatus, p.servedLatencyMs, p.servedTtftMs, p.servedCostUsd);
        }
        ArmBuild &c = r.candidates[p.candidate];
        c.readout.label = p.candidate;
        c.readout.agreementBy = r.served.readout.agreementBy;
        addAnswer(c, p.status, p.latencyMs, p.ttftMs, p.costUsd);
        if (p.preference >= 0) {
            ++c.readout.feedbackCount;
            c.readout.samples[size_t(ExperimentMetric::Quality)].add(p.preference);
            ++r.served.readout.feedbackCount;
            r.served.readout.samples[size_t(ExperimentMetric::Quality)].add(1 - p.preference);
        }
        if (p.status >= 200 && p.status < 300 && !p.servedBody.isEmpty()) {
            const QString served = responseText(p.servedBody);
            std::vector<ScoreOutcome> outcomes;
            for (const ScorerSpec &spec : r.scorers)
                outcomes.push_back(Scorer::score(spec, {responseText(p.body), served, p.latencyMs, p.costUsd}));
            c.agreement.add(Scorer::combine(r.scorers, outcomes));
        }
    }
    std::vector<ExperimentReadout> out;
    for (auto &[route, r] : routes) {
        std::vector<std::vector<double>> latencies{std::move(r.served.latencies)}, ttfts{std::move(r.served.ttfts)};
        r.experiment.arms.push_back(std::move(r.served.readout));
        for (auto &[label, c] : r.candidates) {
            if (c.agreement.count() > 0) {
                c.agreement.interval95(&c.readout.agreement.low, &c.readout.agreement.high, true);
                c.readout.agreement.value = c.agreement.mean();
            }
            r.experiment.arms.push_back(std::move(c.readout));
            latencies.push_back(std::move(c.latencies));
            ttfts.push_back(std::move(c.ttfts));
        }
        ExperimentReadouts::finish(r.experiment, latencies, ttfts);
        out.push_back(std::move(r.experiment));
    }
    return out;
}

} // namespace sy::ShadowReadouts
