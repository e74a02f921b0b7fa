#include "experiments/ExperimentJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace sy::ExperimentJson {

namespace {

QJsonValue interval(const Interval &i)
{
    if (i.value < 0)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), i.value}, {QStringLiteral("low"), i.low}, {QStringLiteral("high"), i.high}};
}

QString iso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); }

} // namespace

QJsonObject toJson(const ExperimentReadout &e)
{
    QJsonArray arms;
    for (const ArmReadout &a : e.arms) {
        arms.append(QJsonObject{{QStringLiteral("label"), a.label},
                                {QStringLiteral("share"), a.share < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(a.share)},
                                {QStringLiteral("requests"), a.requests},
                                {QStringLiteral("errors"), a.errors},
                                {QStringLiteral("feedback"), a.feedbackCount},
                                {QStringLiteral("error_rate"), interval(a.errorRate)},
                                {QStringLiteral("p50_ms"), interval(a.p50Ms)},
                                {QStringLiteral("p95_ms"), interval(a.p95Ms)},
                                {QStringLiteral("ttft_p50_ms"), interval(a.ttftP50Ms)},
                                {QStringLiteral("ttft_p95_ms"), interval(a.ttftP95Ms)},
                                {QStringLiteral("cost_per_1k_usd"), interval(a.costPer1k)},
                                {QStringLiteral("quality"), interval(a.quality)},
                                {QStringLiteral("agreement"), interval(a.agreement)},
                                {QStringLiteral("agreement_by"), a.agreementBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.agreementBy)}});
    }
    QJsonArray comparisons;
    for (const ArmComparison &c : e.comparisons) {
        QJsonObject o{{QStringLiteral("metric"), QLatin1StringView(experimentMetricKey(c.metric))},
                      {QStringLiteral("control"), c.control},
                      {QStringLiteral("challenger"), c.challenger},
                      {QStringLiteral("difference"), c.result.difference},
                      {QStringLiteral("low"), c.result.low},
                      {QStringLiteral("high"), c.result.high},
                      {QStringLiteral("measured"), c.result.measured},
                      {QStringLiteral("decided"), c.result.decided},
                      {QStringLiteral("better"), c.result.decided ? QJsonValue(c.better()) : QJsonValue(QJsonValue::Null)}};
        if (!c.result.decided)
            o.insert(QStringLiteral("more_requests_needed"),
                     c.result.moreRequestsNeeded < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(c.result.moreRequestsNeeded));
        comparisons.append(o);
    }
    return {{QStringLiteral("kind"), e.kind == ExperimentReadout::Kind::Shadow ? QStringLiteral("shadow") : QStringLiteral("split")},
            {QStringLiteral("route"), e.route},
            {QStringLiteral("node"), e.node},
            {QStringLiteral("first"), iso(e.firstMs)},
            {QStringLiteral("last"), iso(e.lastMs)},
            {QStringLiteral("confidence"), 1 - e.alpha},
            {QStringLiteral("arms"), arms},
            {QStringLiteral("comparisons"), comparisons}};
}

} // namespace sy::ExperimentJson
