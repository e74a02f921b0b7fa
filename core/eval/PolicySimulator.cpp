#include "eval/PolicySimulator.h"

#include <QJsonObject>

#include "routing/CompiledPolicy.h"
#include "routing/RequestFeatures.h"
#include "routing/RoutingEngine.h"

namespace sy {

QString PolicySimulator::matrixModel(const OutcomeMatrix &matrix, const QString &target)
{
    const QStringList models = matrix.models();
    if (models.contains(target))
        return target;
    const qsizetype slash = target.indexOf(u'/');
    const QString bare = slash >= 0 ? target.mid(slash + 1) : target;
    return models.contains(bare) ? bare : QString();
}

std::optional<SimulationResult> PolicySimulator::run(const Policy &policy, const QString &route, const OutcomeMatrix &matrix,
                                                     const QString &strongModel, QString *error)
{
    if (!policy.findRoute(route)) {
        *error = QStringLiteral("policy '%1' has no route '%2'").arg(policy.name, route);
        return std::nullopt;
    }
    const auto compiled = CompiledPolicy::compile(policy);
    // Each upstream's name in the matrix, looked up once.
    std::vector<QString> names(compiled->upstreams.size());
    QStringList targets;
    for (size_t u = 0; u < names.size(); ++u) {
        targets.append(compiled->provider(int(u)).id + u'/' + compiled->model(int(u)).id);
        names[u] = matrixModel(matrix, targets.back());
    }
    SimulationResult result;
    double quality = 0, cost = 0;
    int strong = 0;
    Decision decision;
    for (const OutcomeRow &row : matrix.rows) {
        const QJsonArray messages = !row.messages.isEmpty()
                                        ? row.messages
                                        : QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), row.prompt}}};
        RequestFeatures features = RequestFeatures::fromRequest(
            QJsonObject{{QStringLiteral("model"), route}, {QStringLiteral("messages"), messages}}, ApiFormat::OpenAIChat);
        // A fixed seed per prompt: weighted splits pick the same arm on every run.
        features.randomSeed = RoutingEngine::stableHash(row.id, route);
        RoutingEngine::decide(*compiled, features, {}, decision);
        if (decision.status != Decision::Status::Ok || decision.steps.empty()) {
            ++result.unmatched;
            continue;
        }
        const QString &model = names[size_t(decision.steps.front().upstream)];
        const ModelOutcome *outcome = model.isEmpty() ? nullptr : row.outcome(model);
        if (!outcome) {
            ++result.unmatched;
            continue;
        }
        ++result.prompts;
        ++result.chosen[model];
        quality += outcome->quality;
        cost += outcome->costUsd;
        strong += model == strongModel ? 1 : 0;
    }
    if (result.prompts == 0) {
        *error = QStringLiteral("no prompt of the matrix could be scored: the policy's models (%1) have no outcomes there (it has: %2)")
                     .arg(targets.join(QStringLiteral(", ")), matrix.models().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    result.meanQuality = quality / result.prompts;
    result.meanCostUsd = cost / result.prompts;
    result.strongShare = double(strong) / result.prompts;
    return result;
}

} // namespace sy
