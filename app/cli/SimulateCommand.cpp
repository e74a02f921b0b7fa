#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OutcomeInput.h"
#include "eval/PolicySimulator.h"
#include "eval/RouterBaselines.h"
#include "learn/RouterEvaluation.h"
#include "policy/PolicyReader.h"

namespace sy::cli {

namespace {

QJsonValue optional(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

QJsonArray costPoints(const std::vector<RoutingMetrics::CostPoint> &points)
{
    QJsonArray a;
    for (const auto &p : points)
        a.append(QJsonObject{{QStringLiteral("cost_usd"), p.cost}, {QStringLiteral("quality"), p.quality}});
    return a;
}

// Single models, random routing, the zero router and the oracle over `models` (cheapest first).
QJsonObject baselines(const OutcomeMatrix &matrix, const QStringList &models, double *maxCost)
{
    const std::vector<ModelPoint> single = RouterBaselines::singleModels(matrix, models);
    QJsonArray singleJson;
    *maxCost = 0;
    for (const ModelPoint &m : single) {
        singleJson.append(QJsonObject{{QStringLiteral("model"), m.model}, {QStringLiteral("quality"), m.quality}, {QStringLiteral("cost_usd"), m.costUsd}});
        *maxCost = std::max(*maxCost, m.costUsd);
    }
    const double weak = single.front().quality, strong = single.back().quality;
    const auto random = RouterBaselines::randomCurve(weak, strong);
    const auto zero = RouterBaselines::zeroRouter(single);
    std::vector<RoutingMetrics::CostPoint> zeroPoints;
    for (const ModelPoint &m : single)
        zeroPoints.push_back({m.costUsd, m.quality});
    const ModelPoint oracle = RouterBaselines::oracle(matrix, models);
    return {{QStringLiteral("single_models"), singleJson},
            {QStringLiteral("always_weak"), QJsonObject{{QStringLiteral("model"), single.front().model}, {QStringLiteral("quality"), weak}, {QStringLiteral("cost_usd"), single.front().costUsd}}},
            {QStringLiteral("always_strong"), QJsonObject{{QStringLiteral("model"), single.back().model}, {QStringLiteral("quality"), strong}, {QStringLiteral("cost_usd"), single.back().costUsd}}},
            {QStringLiteral("random"), QJsonObject{{QStringLiteral("apgr"), RoutingMetrics::apgr(random, weak, strong)},
                                                   {QStringLiteral("cpt20"), optional(RoutingMetrics::cpt(random, weak, strong, 0.2))},
                                                   {QStringLiteral("cpt50"), optional(RoutingMetrics::cpt(random, weak, strong, 0.5))},
                                                   {QStringLiteral("cpt80"), optional(RoutingMetrics::cpt(random, weak, strong, 0.8))}}},
            {QStringLiteral("zero_router"), QJsonObject{{QStringLiteral("hull"), costPoints(zero)}, {QStringLiteral("aiq"), RoutingMetrics::aiq(zeroPoints, *maxCost)}}},
            {QStringLiteral("oracle"), QJsonObject{{QStringLiteral("quality"), oracle.quality}, {QStringLiteral("cost_usd"), oracle.costUsd},
                                                   {QStringLiteral("pgr"), RoutingMetrics::pgr(oracle.quality, weak, strong)}}}};
}

QString percent(const QJsonValue &v) { return v.isDouble() ? QStringLiteral("%1%").arg(v.toDouble() * 100, 0, 'f', 1) : QStringLiteral("never"); }

void printHuman(const QJsonObject &report)
{
    const QJsonObject b = report.value(QStringLiteral("baselines")).toObject();
    out(QStringLiteral("%1 prompts").arg(report.value(QStringLiteral("prompts")).toInt()));
    for (const QJsonValue &m : b.value(QStringLiteral("single_models")).toArray())
        out(QStringLiteral("  %1: quality %2, $%3 per prompt")
                .arg(m[QStringLiteral("model")].toString())
                .arg(m[QStringLiteral("quality")].toDouble(), 0, 'f', 4)
                .arg(m[QStringLiteral("cost_usd")].toDouble(), 0, 'g', 4));
    const QJsonObject o = b.value(QStringLiteral("oracle")).toObject();
    out(QStringLiteral("  oracle: quality %1, $%2 per prompt").arg(o[QStringLiteral("quality")].toDouble(), 0, 'f', 4).arg(o[QStringLiteral("cost_usd")].toDouble(), 0, 'g', 4));
    out(QStringLiteral("  zero router AIQ %1; random APGR %2").arg(b[QStringLiteral("zero_router")][QStringLiteral("aiq")].toDouble(), 0, 'f', 4)
            .arg(b[QStringLiteral("random")][QStringLiteral("apgr")].toDouble(), 0, 'f', 3));
    if (report.contains(QStringLiteral("learned"))) {
        const QJsonObject l = report.value(QStringLiteral("learned")).toObject();
        out(QStringLiteral("learned router, %1-fold cross-validated (seed %2):").arg(l[QStringLiteral("folds")].toInt()).arg(l[QStringLiteral("seed")].toInt()));
        out(QStringLiteral("  APGR %1, CPT(20%) %2, CPT(50%) %3, CPT(80%) %4, AIQ %5")
                .arg(l[QStringLiteral("apgr")].toDouble(), 0, 'f', 3)
                .arg(percent(l[QStringLiteral("cpt20")]), percent(l[QStringLiteral("cpt50")]), percent(l[QStringLiteral("cpt80")]))
                .arg(l[QStringLiteral("aiq")].toDouble(), 0, 'f', 4));
        const QJsonObject w = l[QStringLiteral("willingness_to_pay")][QStringLiteral("pair")].toObject();
        out(QStringLiteral("  willingness to pay: APGR %1, CPT(20%) %2, CPT(50%) %3, CPT(80%) %4, AIQ %5")
                .arg(w[QStringLiteral("apgr")].toDouble(), 0, 'f', 3)
                .arg(percent(w[QStringLiteral("cpt20")]), percent(w[QStringLiteral("cpt50")]), percent(w[QStringLiteral("cpt80")]))
                .arg(w[QStringLiteral("aiq")].toDouble(), 0, 'f', 4));
    }
    if (report.contains(QStringLiteral("policy"))) {
        const QJsonObject p = report.value(QStringLiteral("policy")).toObject();
        out(QStringLiteral("policy route '%1': quality %2, $%3 per prompt, strong share %4, PGR %5 (%6 prompts scored, %7 unmatched, %8 s)")
                .arg(p[QStringLiteral("route")].toString())
                .arg(p[QStringLiteral("quality")].toDouble(), 0, 'f', 4)
                .arg(p[QStringLiteral("cost_usd")].toDouble(), 0, 'g', 4)
                .arg(percent(p[QStringLiteral("strong_share")]))
                .arg(p[QStringLiteral("pgr")].toDouble(), 0, 'f', 3)
                .arg(p[QStringLiteral("prompts")].toInt())
                .arg(p[QStringLiteral("unmatched")].toInt())
                .arg(p[QStringLiteral("seconds")].toDouble(), 0, 'f', 2));
        if (p.contains(QStringLiteral("sweep")))
            out(QStringLiteral("  threshold sweep: APGR %1, AIQ %2").arg(p[QStringLiteral("sweep")][QStringLiteral("apgr")].toDouble(), 0, 'f', 3)
                    .arg(p[QStringLiteral("sweep")][QStringLiteral("aiq")].toDouble(), 0, 'f', 4));
    }
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("simulate");
    CommandLine cli(cmd, QStringLiteral(
        "Evaluates a policy, or a learned router with k-fold cross-validation, on an outcome matrix without calling any model: "
        "each prompt's routing decision picks a model whose recorded quality and cost count. Prints quality, cost, strong-call "
        "share, PGR, APGR, CPT(20/50/80%), AIQ and the baselines (always weak, always strong, random, zero router, oracle)."));
    QCommandLineParser &parser = cli.parser();
    OutcomeInput input;
    input.addTo(parser);
    QCommandLineOption policyOption(QStringLiteral("policy"), QStringLiteral("A policy file to simulate."), QStringLiteral("POLICY"));
    QCommandLineOption route(QStringLiteral("route"), QStringLiteral("The policy's route (default: its first)."), QStringLiteral("ALIAS"));
    QCommandLineOption learned(QStringLiteral("learned"), QStringLiteral("Cross-validate a learned router over --models instead."));
    QCommandLineOption folds(QStringLiteral("folds"), QStringLiteral("Cross-validation folds (default 5)."), QStringLiteral("K"), QStringLiteral("5"));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fold shuffle (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption l2(QStringLiteral("l2"), QStringLiteral("Ridge penalty of the learned router (default 0.001)."), QStringLiteral("X"), QStringLiteral("0.001"));
    QCommandLineOption iterations(QStringLiteral("iterations"), QStringLiteral("Gradient steps of the learned router's training (default 200)."),
                                  QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption charGrams(QStringLiteral("char-grams"), QStringLiteral("Add character 3- to 5-grams to the learned router's word n-grams."));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    QCommandLineOption curve(QStringLiteral("curve"), QStringLiteral("Include the sweep curves' points in the JSON."));
    parser.addOptions({policyOption, route, learned, folds, seed, l2, iterations, charGrams, json, curve});
    if (const auto exit = cli.parse(arguments))
        return *exit;
    if (parser.isSet(policyOption) == parser.isSet(learned))
        return usageError(cmd, QStringLiteral("give either --policy POLICY or --learned --models M1,M2[,...]"));
    bool ok = false;
    const int foldCount = parser.value(folds).toInt(&ok);
    if (!ok || foldCount < 2 || foldCount > 100)
        return usageError(cmd, QStringLiteral("--folds must be an integer from 2 to 100"));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(cmd, QStringLiteral("--seed must be a non-negative integer"));
    const double l2Value = parser.value(l2).toDouble(&ok);
    if (!ok || l2Value < 0)
        return usageError(cmd, QStringLiteral("--l2 must be a non-negative number"));
    const auto bar = input.bar(cmd, parser);
    if (!bar)
        return Usage;

    QHash<QString, Pricing> prices;
    int code = Ok;
    auto matrix = input.read(cmd, parser, &prices, &code);
    if (!matrix)
        return code;
    QStringList models;
    if (parser.isSet(input.models)) {
        const auto list = input.modelList(cmd, parser, *matrix);
        if (!list)
            return Failed;
        models = *list;
    } else if (parser.isSet(learned)) {
        return usageError(cmd, QStringLiteral("--learned needs --models M1,M2[,...] (cheapest first)"));
    } else {
        // The matrix's models from cheapest to dearest.
        std::vector<ModelPoint> all = RouterBaselines::singleModels(*matrix, matrix->models());
        std::stable_sort(all.begin(), all.end(), [](const ModelPoint &a, const ModelPoint &b) { return a.costUsd < b.costUsd; });
        for (const ModelPoint &m : all)
            models.append(m.model);
        if (models.size() < 2 || matrix->rowsWithAll(models).empty()) {
            err(QStringLiteral("%1: the matrix needs two models with outcomes on the same prompts; name them with --models").arg(cmd));
            return Failed;
        }
    }

    QJsonObject report{{QStringLiteral("outcomes"), parser.value(input.outcomes)},
                       {QStringLiteral("prompts"), int(matrix->rowsWithAll(models).size())},
                       {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                       {QStringLiteral("quality_bar"), *bar}};
    QJsonObject priceJson;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        priceJson.insert(it.key(), QJsonObject{{QStringLiteral("input_per_mtok"), it->inputPerMTok}, {QStringLiteral("output_per_mtok"), it->outputPerMTok}});
    if (!priceJson.isEmpty())
        report.insert(QStringLiteral("prices"), priceJson);
    double maxCost = 0;
    report.insert(QStringLiteral("baselines"), baselines(*matrix, models, &maxCost));

    if (parser.isSet(learned)) {
        const std::vector<RouterExample> examples = RouterTraining::examples(*matrix, models);
        RouterTraining::Options options;
        options.qualityBar = *bar;
        options.l2 = l2Value;
        options.iterations = std::clamp(parser.value(iterations).toInt(), 1, 100000);
        options.hashing.charGrams = parser.isSet(charGrams);
        QElapsedTimer clock;
        clock.start();
        const auto probabilities = RouterTraining::crossValidate(examples, models, options, foldCount, seedValue);
        const double seconds = double(clock.elapsed()) / 1000;
        const int weak = 0, strong = int(models.size()) - 1;
        std::vector<double> thresholds;
        for (const auto &p : probabilities)
            thresholds.push_back(p[size_t(weak)]);
        const auto pairReport = RouterEvaluation::pair(examples, weak, strong, RouterEvaluation::weakFailureScores(probabilities, weak), thresholds);
        QJsonObject l = RouterEvaluation::toJson(pairReport, parser.isSet(curve));
        l.insert(QStringLiteral("folds"), foldCount);
        l.insert(QStringLiteral("seed"), qint64(seedValue));
        l.insert(QStringLiteral("l2"), l2Value);
        l.insert(QStringLiteral("weak"), models.front());
        l.insert(QStringLiteral("strong"), models.back());
        l.insert(QStringLiteral("seconds"), seconds);
        const auto wtp = RouterEvaluation::willingnessToPay(examples, probabilities, maxCost);
        const auto sweep = RouterEvaluation::thresholdSweep(examples, probabilities, maxCost);
        QJsonObject wtpJson{{QStringLiteral("aiq"), wtp.aiq}}, sweepJson{{QStringLiteral("aiq"), sweep.aiq}};
        if (parser.isSet(curve)) {
            wtpJson.insert(QStringLiteral("points"), costPoints(wtp.points));
            sweepJson.insert(QStringLiteral("points"), costPoints(sweep.points));
        }
        const auto gainReport = RouterEvaluation::pair(examples, weak, strong, RouterEvaluation::gainScores(probabilities, weak, strong));
        wtpJson.insert(QStringLiteral("pair"), RouterEvaluation::toJson(gainReport, parser.isSet(curve)));
        l.insert(QStringLiteral("willingness_to_pay"), wtpJson);
        l.insert(QStringLiteral("threshold_rule"), sweepJson);
        report.insert(QStringLiteral("learned"), l);
    } else {
        Diagnostics diagnostics;
        const QString file = parser.value(policyOption);
        if (!requireReadableFile(cmd, QStringLiteral("policy"), file))
            return Usage;
        auto policy = PolicyReader::fromFile(file, diagnostics);
        if (!policy) {
            err(diagnostics.toString(file));
            return Failed;
        }
        const QString alias = parser.isSet(route) ? parser.value(route) : (policy->routes.empty() ? QString() : policy->routes.front().alias);
        QString error;
        QElapsedTimer clock;
        clock.start();
        const auto result = PolicySimulator::run(*policy, alias, *matrix, models.back(), &error);
        const double seconds = double(clock.elapsed()) / 1000;
        if (!result) {
            err(QStringLiteral("%1: %2").arg(file, error));
            return Failed;
        }
        const double weakQ = matrix->summary(models.front()).meanQuality, strongQ = matrix->summary(models.back()).meanQuality;
        QJsonObject chosen;
        for (auto it = result->chosen.cbegin(); it != result->chosen.cend(); ++it)
            chosen.insert(it.key(), it.value());
        QJsonObject p{{QStringLiteral("file"), file},
                      {QStringLiteral("route"), alias},
                      {QStringLiteral("prompts"), result->prompts},
                      {QStringLiteral("unmatched"), result->unmatched},
                      {QStringLiteral("quality"), result->meanQuality},
                      {QStringLiteral("cost_usd"), result->meanCostUsd},
                      {QStringLiteral("strong_share"), result->strongShare},
                      {QStringLiteral("pgr"), RoutingMetrics::pgr(result->meanQuality, weakQ, strongQ)},
                      {QStringLiteral("chosen"), chosen},
                      {QStringLiteral("seconds"), seconds}};
        const auto sweep = PolicySimulator::thresholdSweep(*policy, alias, *matrix, models.back());
        if (!sweep.empty()) {
            std::vector<RoutingMetrics::SharePoint> shares{{0, weakQ}};
            std::vector<RoutingMetrics::CostPoint> costs;
            QJsonArray points;
            for (const auto &[threshold, r] : sweep) {
                shares.push_back({r.strongShare, r.meanQuality});
                costs.push_back({r.meanCostUsd, r.meanQuality});
                points.append(QJsonObject{{QStringLiteral("threshold"), threshold}, {QStringLiteral("strong_share"), r.strongShare},
                                          {QStringLiteral("quality"), r.meanQuality}, {QStringLiteral("cost_usd"), r.meanCostUsd}});
            }
            shares.push_back({1, strongQ});
            std::sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) { return a.strongShare < b.strongShare; });
            QJsonObject s{{QStringLiteral("apgr"), RoutingMetrics::apgr(shares, weakQ, strongQ)},
                          {QStringLiteral("cpt50"), optional(RoutingMetrics::cpt(shares, weakQ, strongQ, 0.5))},
                          {QStringLiteral("aiq"), RoutingMetrics::aiq(costs, maxCost)}};
            if (parser.isSet(curve))
                s.insert(QStringLiteral("points"), points);
            p.insert(QStringLiteral("sweep"), s);
        }
        report.insert(QStringLiteral("policy"), p);
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
    else
        printHuman(report);
    return Ok;
}

} // namespace sy::cli
