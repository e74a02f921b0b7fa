#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OutcomeInput.h"
#include "learn/LearnedPolicy.h"
#include "policy/PolicyReader.h"

namespace sy::cli {

int runTrain(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("train");
    CommandLine cli(cmd, QStringLiteral(
        "Trains a learned router from an outcome matrix: per model, the probability of meeting the quality bar from the prompt's "
        "features and words. Writes a policy whose route sends each request to the cheapest model predicted to succeed with "
        "probability at least the threshold (or, with --rule willingness_to_pay, to argmax lambda*p - cost). The threshold comes "
        "from --threshold, or from the held-out predictions for --strong-share (default 0.5)."));
    QCommandLineParser &parser = cli.parser();
    OutcomeInput input;
    input.addTo(parser);
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("The policy file to write."), QStringLiteral("POLICY"));
    QCommandLineOption base(QStringLiteral("base"), QStringLiteral("A policy whose providers serve the models (matched by model id); "
                                                                   "default: one OpenAI-compatible provider 'local' at http://127.0.0.1:8000/v1."),
                            QStringLiteral("POLICY"));
    QCommandLineOption alias(QStringLiteral("alias"), QStringLiteral("The route's alias (default 'learned')."), QStringLiteral("NAME"), QStringLiteral("learned"));
    QCommandLineOption rule(QStringLiteral("rule"), QStringLiteral("threshold (default) or willingness_to_pay."), QStringLiteral("RULE"), QStringLiteral("threshold"));
    QCommandLineOption threshold(QStringLiteral("threshold"), QStringLiteral("The threshold rule's probability."), QStringLiteral("T"));
    QCommandLineOption strongShare(QStringLiteral("strong-share"), QStringLiteral("Pick the threshold that sends this share to the dearest model on held-out data."),
                                   QStringLiteral("S"), QStringLiteral("0.5"));
    QCommandLineOption lambda(QStringLiteral("lambda"), QStringLiteral("Willingness to pay, USD per unit of quality (with --rule willingness_to_pay)."), QStringLiteral("L"));
    QCommandLineOption folds(QStringLiteral("folds"), QStringLiteral("Cross-validation folds for the held-out figures stored with the model (default 5)."),
                             QStringLiteral("K"), QStringLiteral("5"));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fold shuffle (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption l2(QStringLiteral("l2"), QStringLiteral("Ridge penalty (default 0.001)."), QStringLiteral("X"), QStringLiteral("0.001"));
    parser.addOptions({outFile, base, alias, rule, threshold, strongShare, lambda, folds, seed, l2});
    if (const auto exit = cli.parse(arguments))
        return *exit;
    if (!parser.isSet(outFile))
        return usageError(cmd, QStringLiteral("--out POLICY is required"));
    const QString ruleName = parser.value(rule);
    if (ruleName != u"threshold" && ruleName != u"willingness_to_pay")
        return usageError(cmd, QStringLiteral("--rule must be threshold or willingness_to_pay"));
    if (ruleName == u"willingness_to_pay" && !parser.isSet(lambda))
        return usageError(cmd, QStringLiteral("--rule willingness_to_pay needs --lambda"));
    bool ok = false;
    const int foldCount = parser.value(folds).toInt(&ok);
    if (!ok || foldCount < 0 || foldCount == 1 || foldCount > 100)
        return usageError(cmd, QStringLiteral("--folds must be 0 (none) or 2 to 100"));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(cmd, QStringLiteral("--seed must be a non-negative integer"));
    RouterTraining::Options options;
    options.l2 = parser.value(l2).toDouble(&ok);
    if (!ok || options.l2 < 0)
        return usageError(cmd, QStringLiteral("--l2 must be a non-negative number"));
    const auto bar = input.bar(cmd, parser);
    if (!bar)
        return Usage;
    options.qualityBar = *bar;
    std::optional<double> thresholdValue, shareValue, lambdaValue;
    if (parser.isSet(threshold)) {
        thresholdValue = parser.value(threshold).toDouble(&ok);
        if (!ok || *thresholdValue < 0 || *thresholdValue > 1)
            return usageError(cmd, QStringLiteral("--threshold must be in [0, 1]"));
    } else {
        shareValue = parser.value(strongShare).toDouble(&ok);
        if (!ok || *shareValue < 0 || *shareValue > 1)
            return usageError(cmd, QStringLiteral("--strong-share must be in [0, 1]"));
        if (foldCount == 0 && ruleName == u"threshold")
            return usageError(cmd, QStringLiteral("--strong-share picks the threshold on held-out data: give --threshold with --folds 0"));
    }
    if (parser.isSet(lambda)) {
        lambdaValue = parser.value(lambda).toDouble(&ok);
        if (!ok || *lambdaValue < 0)
            return usageError(cmd, QStringLiteral("--lambda must be a non-negative number"));
    }

    QHash<QString, Pricing> prices;
    int code = Ok;
    auto matrix = input.read(cmd, parser, &prices, &code);
    if (!matrix)
        return code;
    const auto models = input.modelList(cmd, parser, *matrix);
    if (!models)
        return Failed;

    std::optional<Policy> basePolicy;
    if (parser.isSet(base)) {
        Diagnostics diagnostics;
        const QString file = parser.value(base);
        if (!requireReadableFile(cmd, QStringLiteral("base policy"), file))
            return Usage;
        basePolicy = PolicyReader::fromFile(file, diagnostics);
        if (!basePolicy) {
            err(diagnostics.toString(file));
            return Failed;
        }
    }

    const std::vector<RouterExample> examples = RouterTraining::examples(*matrix, *models);
    std::vector<int> rows(examples.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    QElapsedTimer clock;
    clock.start();
    LearnedRouterModel model = RouterTraining::train(examples, rows, *models, options);
    const qint64 trainMs = clock.elapsed();
    QJsonObject training{{QStringLiteral("outcomes"), QFileInfo(parser.value(input.outcomes)).fileName()},
                         {QStringLiteral("prompts"), int(examples.size())},
                         {QStringLiteral("trained_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("l2"), options.l2},
                         {QStringLiteral("train_ms"), trainMs}};
    if (foldCount >= 2) {
        const auto probabilities = RouterTraining::crossValidate(examples, *models, options, foldCount, seedValue);
        const auto report = RouterEvaluation::pair(examples, 0, int(models->size()) - 1, RouterEvaluation::weakFailureScores(probabilities, 0));
        QJsonObject heldOut = RouterEvaluation::toJson(report, false);
        heldOut.insert(QStringLiteral("folds"), foldCount);
        heldOut.insert(QStringLiteral("seed"), qint64(seedValue));
        training.insert(QStringLiteral("held_out"), heldOut);
        if (shareValue)
            thresholdValue = RouterEvaluation::thresholdForShare(probabilities, 0, *shareValue);
        out(QStringLiteral("held out (%1 folds): APGR %2, CPT(50%) %3, AIQ %4")
                .arg(foldCount)
                .arg(report.apgr, 0, 'f', 3)
                .arg(report.cpt50 ? QStringLiteral("%1%").arg(*report.cpt50 * 100, 0, 'f', 1) : QStringLiteral("never"))
                .arg(report.aiq, 0, 'f', 4));
    }
    model.training = training;

    LearnedRule learnedRule;
    learnedRule.kind = ruleName == u"threshold" ? LearnedRule::Kind::Threshold : LearnedRule::Kind::WillingnessToPay;
    learnedRule.threshold = thresholdValue.value_or(0.5);
    learnedRule.lambda = lambdaValue.value_or(1);
    QString error;
    auto policy = LearnedPolicy::build(model, learnedRule, *models, basePolicy, prices, parser.value(alias), &error);
    if (!policy) {
        err(QStringLiteral("%1: %2").arg(parser.isSet(base) ? parser.value(base) : cmd, error));
        return Failed;
    }
    if (!basePolicy)
        policy->name = QFileInfo(parser.value(outFile)).completeBaseName();
    const QString aliasName = parser.value(alias);

    if (!writePolicyFile(*policy, parser.value(outFile)))
        return Failed;
    const qint64 bytes = QFileInfo(parser.value(outFile)).size();
    out(QStringLiteral("trained on %1 prompts in %2 ms (%3 terms); route '%4' with %5 written to %6 (%7 KB)")
            .arg(examples.size())
            .arg(trainMs)
            .arg(model.vocabulary.size())
            .arg(aliasName,
                 ruleName == u"threshold" ? QStringLiteral("threshold %1").arg(thresholdValue.value_or(0.5), 0, 'f', 3)
                                          : QStringLiteral("lambda %1").arg(*lambdaValue),
                 parser.value(outFile))
            .arg(bytes / 1024));
    return Ok;
}

} // namespace sy::cli
