#include "eval/PolicySimulator.h"

#include <QJsonObject>

#include <algorithm>
#include <thread>

#include "eval/OutcomeFeatures.h"
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

namespace {

// Runs fn(begin, end, part) over [0, n) in one contiguous part per core: decisions are pure
// functions of a shared read-only policy, so a simulation scales with the machine.
template<typename Fn>
void inParts(size_t n, Fn &&fn)
{
    const size_t parts = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    if (n < 2000 || parts == 1) {
        fn(size_t(0), n, size_t(0));
        return;
    }
    std::vector<std::thread> threads;
    for (size_t p = 0; p < parts; ++p)
        threads.emplace_back([&fn, n, parts, p] { fn(n * p / parts, n * (p + 1) / parts, p); });
    for (std::thread &t : threads)
        t.join();
}

} // namespace

std::vector<RequestFeatures> PolicySimulator::requests(const OutcomeMatrix &matrix, const QString &route)
{
    std::vector<RequestFeatures> out(matrix.rows.size());
    inParts(out.size(), [&](size_t begin, size_t end, size_t) {
        for (size_t i = begin; i < end; ++i) {
            out[i] = featuresOfRow(matrix.rows[i], route);
            // A fixed seed per prompt: weighted splits pick the same arm on every run.
            out[i].randomSeed = RoutingEngine::stableHash(matrix.rows[i].id, route);
        }
    });
    return out;
}

std::optional<SimulationResult> PolicySimulator::run(const Policy &policy, const QString &route, const OutcomeMatrix &matrix,
                                                     const QString &strongModel, QString *error)
{
    return run(policy, route, matrix, requests(matrix, route), strongModel, error);
}

std::optional<SimulationResult> PolicySimulator::run(const Policy &policy, const QString &route, const OutcomeMatrix &matrix,
                                                     const std::vector<RequestFeatures> &requests, const QString &strongModel, QString *error)
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
    // Each part tallies on its own; the parts are added up in order.
    struct Tally
    {
        SimulationResult result;
        double quality = 0, cost = 0;
        int strong = 0;
    };
    const size_t n = std::min(matrix.rows.size(), requests.size());
    std::vector<Tally> tallies(8);
    inParts(n, [&](size_t begin, size_t end, size_t part) {
        Tally &t = tallies[part];
        Decision decision;
        for (size_t i = begin; i < end; ++i) {
            const OutcomeRow &row = matrix.rows[i];
            RoutingEngine::decide(*compiled, requests[i], {}, decision);
            if (decision.status != Decision::Status::Ok || decision.steps.empty()) {
                ++t.result.unmatched;
                continue;
            }
            const QString &model = names[size_t(decision.steps.front().upstream)];
            const ModelOutcome *outcome = model.isEmpty() ? nullptr : row.outcome(model);
            if (!outcome) {
                ++t.result.unmatched;
                continue;
            }
            ++t.result.prompts;
            ++t.result.chosen[model];
            t.quality += outcome->quality;
            t.cost += outcome->costUsd;
            t.strong += model == strongModel ? 1 : 0;
        }
    });
    SimulationResult result;
    double quality = 0, cost = 0;
    int strong = 0;
    for (const Tally &t : tallies) {
        result.prompts += t.result.prompts;
        result.unmatched += t.result.unmatched;
        for (auto it = t.result.chosen.cbegin(); it != t.result.chosen.cend(); ++it)
            result.chosen[it.key()] += it.value();
        quality += t.quality;
        cost += t.cost;
        strong += t.strong;
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

namespace {

// Sets the threshold of every learned selector under `node`; true when there was one.
bool setThresholds(Node &root, double threshold)
{
    bool any = false;
    forEachNode(root, QString(), [&](Node &node, const QString &) {
        if (node.kind == NodeKind::Selector && node.method == u"learned" &&
            node.params.value(QStringLiteral("rule")).toString(QStringLiteral("threshold")) == u"threshold") {
            node.params.insert(QStringLiteral("threshold"), threshold);
            any = true;
        }
    });
    return any;
}

} // namespace

std::vector<std::pair<double, SimulationResult>> PolicySimulator::thresholdSweep(const Policy &policy, const QString &route,
                                                                                 const OutcomeMatrix &matrix, const QString &strongModel, int steps)
{
    std::vector<std::pair<double, SimulationResult>> out;
    Policy copy = policy;
    if (!setThresholds(copy.routes[size_t(copy.findRoute(route) - copy.routes.data())].root, 0))
        return out;
    const std::vector<RequestFeatures> features = requests(matrix, route);
    for (int k = 0; k <= steps; ++k) {
        const double threshold = double(k) / steps;
        for (Route &r : copy.routes)
            setThresholds(r.root, threshold);
        QString ignored;
        if (const auto r = run(copy, route, matrix, features, strongModel, &ignored))
            out.emplace_back(threshold, *r);
    }
    return out;
}

} // namespace sy
