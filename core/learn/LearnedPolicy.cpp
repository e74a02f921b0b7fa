#include "learn/LearnedPolicy.h"

#include <QElapsedTimer>

namespace sy {

RouterStudy RouterStudy::run(const OutcomeMatrix &matrix, const QStringList &models, const RouterTraining::Options &options, int folds, quint64 seed)
{
    QElapsedTimer clock;
    clock.start();
    RouterStudy s;
    s.models = models;
    s.examples = RouterTraining::examples(matrix, models);
    s.heldOut = RouterTraining::crossValidate(s.examples, models, options, folds, seed);
    const int weak = 0, strong = int(models.size()) - 1;
    std::vector<double> thresholds;
    for (const auto &p : s.heldOut)
        thresholds.push_back(p[size_t(weak)]);
    s.thresholdRule = RouterEvaluation::pair(s.examples, weak, strong, RouterEvaluation::weakFailureScores(s.heldOut, weak), thresholds);
    s.willingnessRule = RouterEvaluation::pair(s.examples, weak, strong, RouterEvaluation::gainScores(s.heldOut, weak, strong));
    // AIQ's range: the dearest model's mean cost, as for the baselines.
    std::vector<double> meanCost(size_t(models.size()), 0);
    for (const RouterExample &e : s.examples)
        for (size_t m = 0; m < meanCost.size(); ++m)
            meanCost[m] += e.costUsd[m] / double(std::max<size_t>(s.examples.size(), 1));
    const double maxCost = meanCost.empty() ? 0 : *std::max_element(meanCost.begin(), meanCost.end());
    s.thresholdSweep = RouterEvaluation::thresholdSweep(s.examples, s.heldOut, maxCost);
    s.willingnessSweep = RouterEvaluation::willingnessToPay(s.examples, s.heldOut, maxCost);
    std::vector<int> rows(s.examples.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    s.model = RouterTraining::train(s.examples, rows, models, options);
    s.seconds = double(clock.elapsed()) / 1000;
    return s;
}

namespace {

std::optional<QString> targetFor(const Policy &policy, const QString &model)
{
    for (const ProviderSpec &p : policy.providers)
        for (const ModelSpec &m : p.models)
            if (p.id + u'/' + m.id == model || m.id == model || (!m.alias.isEmpty() && m.alias == model))
                return p.id + u'/' + m.id;
    return std::nullopt;
}

} // namespace

std::optional<Policy> LearnedPolicy::build(const LearnedRouterModel &model, const LearnedRule &rule, const QStringList &models,
                                           const std::optional<Policy> &base, const QHash<QString, Pricing> &prices, const QString &alias,
                                           QString *error)
{
    Policy policy;
    if (base) {
        policy = *base;
    } else {
        ProviderSpec local;
        local.id = QStringLiteral("local");
        local.kind = ProviderKind::OpenAI;
        local.baseUrl = QStringLiteral("http://127.0.0.1:8000/v1");
        for (const QString &m : models) {
            ModelSpec spec;
            spec.id = m;
            spec.pricing = prices.value(m);
            local.models.push_back(spec);
        }
        policy.providers.push_back(local);
    }
    Node selector;
    selector.kind = NodeKind::Selector;
    selector.method = QStringLiteral("learned");
    QJsonObject params{{QStringLiteral("model"), model.toJson()}};
    if (rule.kind == LearnedRule::Kind::Threshold) {
        params.insert(QStringLiteral("rule"), QStringLiteral("threshold"));
        params.insert(QStringLiteral("threshold"), rule.threshold);
    } else {
        params.insert(QStringLiteral("rule"), QStringLiteral("willingness_to_pay"));
        params.insert(QStringLiteral("lambda"), rule.lambda);
    }
    selector.params = params;
    for (const QString &m : models) {
        const auto target = targetFor(policy, m);
        if (!target) {
            *error = QStringLiteral("no provider of the policy serves the model '%1'").arg(m);
            return std::nullopt;
        }
        Arm arm;
        arm.label = m;
        arm.node.kind = NodeKind::Target;
        arm.node.target.model = *target;
        selector.arms.push_back(arm);
    }
    Node fallback;
    fallback.kind = NodeKind::Target;
    fallback.target.model = selector.arms.back().node.target.model;
    selector.defaultNode = Box<Node>(fallback);
    std::erase_if(policy.routes, [&](const Route &r) { return r.alias == alias; });
    Route route;
    route.alias = alias;
    route.description = QStringLiteral("Learned router over %1").arg(models.join(QStringLiteral(", ")));
    route.root = selector;
    policy.routes.insert(policy.routes.begin(), route);
    return policy;
}

} // namespace sy
