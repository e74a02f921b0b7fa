// Training time and decision time of the learned router, on a real outcome matrix.
// Run: build/release/bench/learned_router OUTCOMES.jsonl WEAK,STRONG [rows]
// (bench/routing/learned_cv.sh makes the matrices from ../shared/datasets.)
// Training: both classifiers on the first `rows` prompts (default 10,000), timed once.
// Decision: the routing engine on a policy with the trained selector, each request timed alone
// over every prompt several times; the baseline in the same run is the same engine on a policy
// of 5 keyword/regex/threshold rules, so the ratio says what the learned route adds.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "learn/RouterTraining.h"
#include "policy/PolicyReader.h"
#include "routing/CompiledPolicy.h"
#include "routing/RoutingEngine.h"

using namespace sy;

namespace {

QJsonObject target(const QString &model)
{
    return {{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("p/") + model}};
}

std::shared_ptr<const CompiledPolicy> compile(const QJsonObject &root, const QStringList &models)
{
    QJsonArray modelList;
    for (const QString &m : models)
        modelList.append(QJsonObject{{QStringLiteral("id"), m}});
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("switchyard.policy")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), QStringLiteral("bench")},
                           {QStringLiteral("providers"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("p")}, {QStringLiteral("kind"), QStringLiteral("openai")},
                                                                                {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9/v1")},
                                                                                {QStringLiteral("models"), modelList}}}},
                           {QStringLiteral("routes"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("auto")}, {QStringLiteral("root"), root}}}}};
    Diagnostics d;
    auto policy = PolicyReader::fromJson(json, d);
    if (!policy) {
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        std::exit(1);
    }
    return CompiledPolicy::compile(std::move(*policy));
}

// Median and 99th percentile of one decision, in microseconds.
std::pair<double, double> timeDecisions(const CompiledPolicy &policy, std::vector<RequestFeatures> &requests, int rounds)
{
    std::vector<double> us;
    Decision decision;
    for (int r = 0; r < rounds; ++r)
        for (RequestFeatures &f : requests) {
            const auto start = std::chrono::steady_clock::now();
            RoutingEngine::decide(policy, f, {}, decision);
            us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        }
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[us.size() * 99 / 100]};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: learned_router OUTCOMES.jsonl WEAK,STRONG [rows]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s (make it with bench/routing/learned_cv.sh)\n", argv[1]);
        return 2;
    }
    const QStringList models = QString::fromLocal8Bit(argv[2]).split(u',');
    const int rows = argc > 3 ? std::atoi(argv[3]) : 10000;
    Diagnostics d;
    auto matrix = OutcomeMatrix::fromJsonl(file.readAll(), d);
    if (!matrix) {
        std::fprintf(stderr, "%s\n", qPrintable(d.toString(file.fileName())));
        return 1;
    }
    std::vector<RouterExample> examples = RouterTraining::examples(*matrix, models);
    examples.resize(std::min(examples.size(), size_t(rows)));
    std::vector<int> all(examples.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);

    const auto start = std::chrono::steady_clock::now();
    LearnedRouterModel model = RouterTraining::train(examples, all, models, {});
    const double trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("training: %zu prompts x %lld models in %.2f s (%zu terms)\n", examples.size(), qlonglong(models.size()), trainSeconds,
                model.vocabulary.size());

    QJsonArray candidates;
    for (const QString &m : models)
        candidates.append(QJsonObject{{QStringLiteral("label"), m}, {QStringLiteral("node"), target(m)}});
    const auto learned = compile({{QStringLiteral("type"), QStringLiteral("selector")},
                                  {QStringLiteral("method"), QStringLiteral("learned")},
                                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("threshold"), 0.5}, {QStringLiteral("model"), model.toJson()}}},
                                  {QStringLiteral("candidates"), candidates},
                                  {QStringLiteral("default"), target(models.back())}},
                                 models);
    const auto rule = [](const QString &field, const QString &op, const QJsonValue &value, const QString &to) {
        return QJsonObject{{QStringLiteral("when"), QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}}},
                           {QStringLiteral("then"), target(to)}};
    };
    const auto rules = compile({{QStringLiteral("type"), QStringLiteral("conditional")},
                                {QStringLiteral("rules"), QJsonArray{rule(QStringLiteral("prompt_tokens"), QStringLiteral("gt"), 100000, models.back()),
                                                                     rule(QStringLiteral("last_user_message"), QStringLiteral("contains"),
                                                                          QJsonArray{QStringLiteral("kubernetes"), QStringLiteral("terraform")}, models.back()),
                                                                     rule(QStringLiteral("last_user_message"), QStringLiteral("matches"),
                                                                          QStringLiteral("\\bticket-\\d{6}\\b"), models.back()),
                                                                     rule(QStringLiteral("has_tools"), QStringLiteral("eq"), true, models.back()),
                                                                     rule(QStringLiteral("message_count"), QStringLiteral("ge"), 40, models.back())}},
                                {QStringLiteral("default"), target(models.front())}},
                               models);
    std::vector<RequestFeatures> requests;
    for (RouterExample &e : examples) {
        e.features.alias = QStringLiteral("auto");
        requests.push_back(e.features);
    }
    const int rounds = std::max(1, 100000 / int(requests.size()));
    const auto [learnedMedian, learnedP99] = timeDecisions(*learned, requests, rounds);
    const auto [rulesMedian, rulesP99] = timeDecisions(*rules, requests, rounds);
    std::printf("decision, learned selector: median %.2f us, p99 %.2f us\n", learnedMedian, learnedP99);
    std::printf("decision, 5 rules (baseline, same run): median %.2f us, p99 %.2f us\n", rulesMedian, rulesP99);
    std::printf("ratio learned / rules: %.1fx median\n", learnedMedian / rulesMedian);
    return 0;
}
