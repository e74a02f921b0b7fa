#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

#include "PolicyFixture.h"
#include "domain/TokenEstimator.h"
#include "learn/LearnedRouter.h"
#include "learn/RouterEvaluation.h"
#include "learn/RouterTraining.h"
#include "policy/PolicyReader.h"
#include "routing/CompiledPolicy.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

using namespace sy;

// The learned router: trained from outcomes, stored in the policy, run by the routing engine.
class TestLearnedRouter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void learnsWhichPromptsTheWeakModelFails();
    void heldOutScoresDoNotLeak();
    void roundTripsThroughJson();
    void rejectsBrokenModels_data();
    void rejectsBrokenModels();
    void rulesChoose_data();
    void rulesChoose();
    void selectorRoutesAndExplains();
    void willingnessToPayKnowsOnlyMeanCosts();
    void selectorProblemsNameTheirPath();
    void foldsAreSeededAndBalanced();
    void pricesRecostOutcomes();

private:
    std::vector<RouterExample> m_examples;
    LearnedRouterModel m_model;
};

namespace {

const QStringList kModels{QStringLiteral("small"), QStringLiteral("large")};

RequestFeatures ask(const QString &text)
{
    return RequestFeatures::fromRequest(QJsonObject{{QStringLiteral("model"), QStringLiteral("auto")},
                                                    {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                                         {QStringLiteral("content"), text}}}}},
                                        ApiFormat::OpenAIChat);
}

// 400 prompts: the small model fails the proofs and integrals, the large one fails a few chats;
// or coin flips with a quality gap.
std::vector<RouterExample> synthetic(bool randomLabels)
{
    const QStringList easy{QStringLiteral("say hello to my friend"), QStringLiteral("what colour is the sky"), QStringLiteral("name a fruit"),
                           QStringLiteral("translate good morning"), QStringLiteral("tell me a fun fact")};
    const QStringList hard{QStringLiteral("prove the theorem about primes"), QStringLiteral("compute the integral of x squared"),
                           QStringLiteral("prove that the series converges"), QStringLiteral("evaluate the definite integral")};
    std::mt19937 random(7);
    std::vector<RouterExample> out;
    for (int i = 0; i < 400; ++i) {
        const bool isHard = i % 2 == 0;
        const QStringList &pool = isHard ? hard : easy;
        // Coin-flip prompts get a word of their own (digits would hash alike), so a router can
        // memorise them; the others repeat their phrases.
        QString word;
        for (int k = i + 1; k > 0; k /= 26)
            word.append(QChar(u'a' + k % 26));
        const QString text = randomLabels ? QStringLiteral("item zq") + word : pool[(i / 2) % pool.size()];
        RouterExample e;
        e.id = QString::number(i);
        e.features = ask(text);
        // Random outcomes keep a real gap (40% against 80%), so APGR stays well defined.
        const bool smallOk = randomLabels ? random() % 10 < 4 : !isHard;
        const bool largeOk = randomLabels ? random() % 10 < 8 : (isHard || i % 10 != 1);
        e.quality = {smallOk ? 1.0 : 0.0, largeOk ? 1.0 : 0.0};
        e.costUsd = {0.001, 0.01};
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<int> allRows(size_t n)
{
    std::vector<int> rows(n);
    for (size_t i = 0; i < n; ++i)
        rows[i] = int(i);
    return rows;
}

QJsonObject policyWith(const QJsonObject &params, const QStringList &labels)
{
    return test::PolicyFixture(QStringLiteral("learned"))
        .offlineProvider(QStringLiteral("p"), {QStringLiteral("small"), QStringLiteral("large")})
        .route(QStringLiteral("auto"), test::selector(QStringLiteral("learned"), params, QStringLiteral("p"), labels,
                                                      test::target(QStringLiteral("p/large"))))
        .json();
}

} // namespace

void TestLearnedRouter::initTestCase()
{
    m_examples = synthetic(false);
    m_model = RouterTraining::train(m_examples, allRows(m_examples.size()), kModels, {});
    QCOMPARE(m_model.classifiers.size(), size_t(2));
    QVERIFY(!m_model.vocabulary.empty());
    QCOMPARE(m_model.costUsd[0], 0.001);
}

void TestLearnedRouter::learnsWhichPromptsTheWeakModelFails()
{
    double p[2];
    m_model.predict(ask(QStringLiteral("compute the integral of sin x")), p);
    QVERIFY2(p[0] < 0.3, qPrintable(QString::number(p[0])));
    QVERIFY2(p[1] > 0.7, qPrintable(QString::number(p[1])));
    m_model.predict(ask(QStringLiteral("say hello to my neighbour")), p);
    QVERIFY2(p[0] > 0.7, qPrintable(QString::number(p[0])));
    // Held out, the router finds the hard half: nearly all of the gap at half the strong calls.
    const auto probabilities = RouterTraining::crossValidate(m_examples, kModels, {}, 5, 1);
    const auto report = RouterEvaluation::pair(m_examples, 0, 1, RouterEvaluation::weakFailureScores(probabilities, 0));
    QVERIFY2(report.apgr > 0.7, qPrintable(QString::number(report.apgr)));
    QVERIFY(report.cpt80 && *report.cpt80 < 0.55);
}

void TestLearnedRouter::heldOutScoresDoNotLeak()
{
    // Coin-flip outcomes: a router scored on its own training prompts looks good, held out it is random.
    const std::vector<RouterExample> noise = synthetic(true);
    RouterTraining::Options everyWord; // each prompt's own word kept, so the router can memorise
    everyWord.minDocumentFrequency = 1;
    const LearnedRouterModel memorised = RouterTraining::train(noise, allRows(noise.size()), kModels, everyWord);
    std::vector<std::vector<double>> seen(noise.size(), std::vector<double>(2));
    for (size_t i = 0; i < noise.size(); ++i)
        memorised.predict(noise[i].features, seen[i]);
    const double trainApgr = RouterEvaluation::pair(noise, 0, 1, RouterEvaluation::gainScores(seen, 0, 1)).apgr;
    const auto heldOut = RouterTraining::crossValidate(noise, kModels, everyWord, 5, 1);
    const double heldApgr = RouterEvaluation::pair(noise, 0, 1, RouterEvaluation::gainScores(heldOut, 0, 1)).apgr;
    QVERIFY2(trainApgr > 0.6, qPrintable(QString::number(trainApgr)));
    QVERIFY2(qAbs(heldApgr - 0.5) < 0.15, qPrintable(QString::number(heldApgr)));
}

void TestLearnedRouter::roundTripsThroughJson()
{
    const QByteArray text = QJsonDocument(m_model.toJson()).toJson(QJsonDocument::Compact);
    Diagnostics d;
    const auto back = LearnedRouterModel::fromJson(QJsonDocument::fromJson(text).object(), QStringLiteral("$.model"), d);
    QVERIFY2(back, qPrintable(d.toString()));
    QCOMPARE(back->vocabulary, m_model.vocabulary);
    QCOMPARE(back->candidates, m_model.candidates);
    for (const QString &prompt : {QStringLiteral("prove it"), QStringLiteral("name a fruit please"), QStringLiteral("unseen words only")}) {
        double a[2], b[2];
        m_model.predict(ask(prompt), a);
        back->predict(ask(prompt), b);
        QCOMPARE(a[0], b[0]);
        QCOMPARE(a[1], b[1]);
    }
    QVERIFY2(text.size() < 64 * 1024, qPrintable(QString::number(text.size()))); // compact
}

void TestLearnedRouter::rejectsBrokenModels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << "format" << QJsonValue(QStringLiteral("other")) << "$.model.format" << "is not a learned router";
    QTest::newRow("newer") << "version" << QJsonValue(9) << "$.model.version" << "newer than this Switchyard reads";
    QTest::newRow("kind") << "kind" << QJsonValue(QStringLiteral("forest")) << "$.model.kind" << "unknown model kind";
    QTest::newRow("base64") << "idf" << QJsonValue(QStringLiteral("@@@")) << "$.model.idf" << "base64";
    QTest::newRow("short vocabulary") << "vocabulary" << QJsonValue(QStringLiteral("AAAA")) << "$.model.vocabulary" << "uint32";
    QTest::newRow("features") << "dense_features" << QJsonValue(QJsonArray{QStringLiteral("x")}) << "$.model.dense_features" << "other features";
    QTest::newRow("scale") << "dense_mean" << QJsonValue(QJsonArray{1, 2}) << "$.model.dense_mean" << "expected 16";
    QTest::newRow("unknown key") << "extra" << QJsonValue(1) << "$.model" << "extra";
    QTest::newRow("missing candidate") << "order" << QJsonValue(QJsonArray{QStringLiteral("small"), QStringLiteral("huge")}) << "$.model.candidates.huge" << "missing";
}

void TestLearnedRouter::rejectsBrokenModels()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QJsonObject json = m_model.toJson();
    json.insert(key, value);
    Diagnostics d;
    QVERIFY(!LearnedRouterModel::fromJson(json, QStringLiteral("$.model"), d));
    const QString all = d.toString();
    QVERIFY2(all.contains(path) && all.contains(message), qPrintable(all));
}

void TestLearnedRouter::rulesChoose_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<double>("parameter");
    QTest::addColumn<QList<double>>("probabilities"); // cheapest first
    QTest::addColumn<int>("chosen");
    const QList<double> p{0.55, 0.8, 0.95};
    QTest::newRow("cheapest meets the threshold") << "threshold" << 0.5 << p << 0;
    QTest::newRow("middle meets it") << "threshold" << 0.7 << p << 1;
    QTest::newRow("none before the dearest") << "threshold" << 0.99 << p << 2;
    // Costs 0.001, 0.01, 0.1: λ·p − cost.
    QTest::newRow("low willingness") << "wtp" << 0.01 << p << 0;   // 0.0045, -0.002, -0.0905
    QTest::newRow("middle willingness") << "wtp" << 0.1 << p << 1; // 0.054, 0.07, -0.005
    QTest::newRow("high willingness") << "wtp" << 10.0 << p << 2;  // 5.499, 7.99, 9.4
}

void TestLearnedRouter::rulesChoose()
{
    QFETCH(QString, rule);
    QFETCH(double, parameter);
    QFETCH(QList<double>, probabilities);
    QFETCH(int, chosen);
    LearnedRule r;
    r.kind = rule == u"threshold" ? LearnedRule::Kind::Threshold : LearnedRule::Kind::WillingnessToPay;
    r.threshold = parameter;
    r.lambda = parameter;
    const std::vector<double> p(probabilities.begin(), probabilities.end());
    const std::vector<int> order{0, 1, 2};
    const std::vector<double> costs{0.001, 0.01, 0.1};
    QCOMPARE(r.choose(p, order, costs), chosen);
}

void TestLearnedRouter::selectorRoutesAndExplains()
{
    const QJsonObject params{{QStringLiteral("rule"), QStringLiteral("threshold")}, {QStringLiteral("threshold"), 0.5}, {QStringLiteral("model"), m_model.toJson()}};
    Diagnostics d;
    auto policy = PolicyReader::fromJson(policyWith(params, kModels), d);
    QVERIFY2(policy, qPrintable(d.toString()));
    const auto compiled = CompiledPolicy::compile(std::move(*policy));
    QCOMPARE(compiled->selectors.size(), size_t(1));
    for (const auto &[prompt, target] : {std::pair{QStringLiteral("please prove the theorem"), QStringLiteral("p/large")},
                                         std::pair{QStringLiteral("say hello to my friend Ann"), QStringLiteral("p/small")}}) {
        RequestFeatures f = ask(prompt);
        f.alias = QStringLiteral("auto");
        const Decision decision = RoutingEngine::decide(*compiled, f);
        QCOMPARE(decision.steps.size(), size_t(1));
        QCOMPARE(compiled->upstreams[size_t(decision.steps.front().upstream)].ref, target);
        const QString lines = TraceFormatter::lines(*compiled, f, decision).join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("candidate 'small' probability")) && lines.contains(QStringLiteral("(chosen)")) &&
                     lines.contains(QStringLiteral("threshold 0.500")),
                 qPrintable(lines));
        const QJsonObject json = TraceFormatter::toJson(*compiled, f, decision);
        QCOMPARE(TraceFormatter::toJsonText(*compiled, f, decision), QJsonDocument(json).toJson(QJsonDocument::Compact));
        const QJsonObject selector = json.value(QStringLiteral("selectors")).toArray().first().toObject();
        QCOMPARE(selector.value(QStringLiteral("chosen")).toString(), target.mid(2));
        QCOMPARE(selector.value(QStringLiteral("scores")).toObject().size(), 2);
        QVERIFY(json.value(QStringLiteral("features")).toObject().contains(QStringLiteral("complexity")));
    }
}

// The sweep decides as the router would, with each model's mean cost: on the first prompt the
// strong model's answer happened to be cheaper, which no router can know beforehand.
void TestLearnedRouter::willingnessToPayKnowsOnlyMeanCosts()
{
    std::vector<RouterExample> examples(2);
    examples[0].quality = {1, 1};
    examples[0].costUsd = {0.001, 0.0005};
    examples[1].quality = {1, 1};
    examples[1].costUsd = {0.001, 0.0195};
    const std::vector<std::vector<double>> p{{0.5, 0.9}, {0.5, 0.9}};
    const auto curve = RouterEvaluation::willingnessToPay(examples, p, 0.01);
    QVERIFY(!curve.points.empty());
    for (const auto &point : curve.points) // all weak ($0.001) or all strong ($0.01), never the prompt-by-prompt mix ($0.00075)
        QVERIFY2(qAbs(point.cost - 0.001) < 1e-12 || qAbs(point.cost - 0.01) < 1e-12, qPrintable(QString::number(point.cost)));
}

void TestLearnedRouter::selectorProblemsNameTheirPath()
{
    Diagnostics d;
    const QJsonObject unknownLabel{{QStringLiteral("threshold"), 0.5}, {QStringLiteral("model"), m_model.toJson()}};
    QVERIFY(!PolicyReader::fromJson(policyWith(unknownLabel, {QStringLiteral("small"), QStringLiteral("medium")}), d));
    QVERIFY2(d.toString().contains(QStringLiteral("$.routes[0].root.params: candidate 'medium' has no classifier")), qPrintable(d.toString()));
    Diagnostics d2;
    const QJsonObject badRule{{QStringLiteral("rule"), QStringLiteral("vibes")}, {QStringLiteral("model"), m_model.toJson()}};
    QVERIFY(!PolicyReader::fromJson(policyWith(badRule, kModels), d2));
    QVERIFY2(d2.toString().contains(QStringLiteral("$.routes[0].root.params.rule: unknown rule 'vibes'")), qPrintable(d2.toString()));
    Diagnostics d3;
    QVERIFY(!PolicyReader::fromJson(policyWith(QJsonObject{{QStringLiteral("threshold"), 0.5}}, kModels), d3));
    QVERIFY2(d3.toString().contains(QStringLiteral("$.routes[0].root.params.model")), qPrintable(d3.toString()));
}

void TestLearnedRouter::foldsAreSeededAndBalanced()
{
    const std::vector<int> a = RouterTraining::foldsOf(103, 5, 42), b = RouterTraining::foldsOf(103, 5, 42), c = RouterTraining::foldsOf(103, 5, 43);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    std::vector<int> sizes(5, 0);
    for (int f : a)
        ++sizes[size_t(f)];
    for (int s : sizes)
        QVERIFY(s == 20 || s == 21);
}

void TestLearnedRouter::pricesRecostOutcomes()
{
    Diagnostics d;
    auto matrix = OutcomeMatrix::fromJsonl(R"({"id": "1", "prompt": "hello there", "outcomes": {"a": {"quality": 1, "cost_usd": 5, "response": "General Kenobi"}, "b": {"quality": 0, "cost_usd": 7}}})",
                                           d);
    QVERIFY2(matrix, qPrintable(d.toString()));
    QCOMPARE(RouterTraining::applyPrices(*matrix, {{QStringLiteral("a"), Pricing::perMTok(1e6, 2e6)}}), 1);
    // $1 and $2 per token: the cost is the prompt's token estimate plus twice the response's.
    const int promptTokens = featuresOfRow(matrix->rows[0]).promptTokens();
    const int responseTokens = TokenEstimator::estimateText(u"General Kenobi");
    QVERIFY(promptTokens > 2 && responseTokens > 1);
    QCOMPARE(matrix->rows[0].outcome(QStringLiteral("a"))->costUsd, double(promptTokens) + 2.0 * responseTokens);
    QCOMPARE(matrix->rows[0].outcome(QStringLiteral("b"))->costUsd, 7.0); // unpriced models keep their cost
}

QTEST_MAIN(TestLearnedRouter)
#include "tst_learnedrouter.moc"
