#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "PolicyFixture.h"
#include "learn/SemanticRouter.h"
#include "policy/PolicyReader.h"
#include "routing/CompiledPolicy.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

using namespace sy;

// Semantic routes: similarity to example utterances with the lexical encoder, thresholds per
// route, a default, and thresholds tuned from labelled examples.
class TestSemanticRouter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void routesBySimilarity_data();
    void routesBySimilarity();
    void encoderIsCosineOfUnitVectors();
    void tunesThresholdsFromLabelledExamples();
    void routesOnEmbeddings();
    void problemsNameTheirPath_data();
    void problemsNameTheirPath();

private:
    std::shared_ptr<const CompiledPolicy> m_policy;
};

namespace {

QJsonObject routesParams(double billingThreshold = 0.25)
{
    return {{QStringLiteral("encoder"), QStringLiteral("lexical")},
            {QStringLiteral("routes"),
             QJsonObject{{QStringLiteral("billing"), QJsonObject{{QStringLiteral("threshold"), billingThreshold},
                                                                 {QStringLiteral("examples"), QJsonArray{QStringLiteral("I was charged twice this month"),
                                                                                                         QStringLiteral("how do I get a refund for my order"),
                                                                                                         QStringLiteral("my invoice shows the wrong amount"),
                                                                                                         QStringLiteral("update the credit card on my account")}}}},
                         {QStringLiteral("tech"), QJsonObject{{QStringLiteral("threshold"), 0.25},
                                                              {QStringLiteral("examples"), QJsonArray{QStringLiteral("the app crashes when I open it"),
                                                                                                      QStringLiteral("installation fails with an error"),
                                                                                                      QStringLiteral("I cannot log in, the page keeps loading"),
                                                                                                      QStringLiteral("sync stopped working after the update")}}}}}}};
}

QJsonObject policyJson(const QJsonObject &params, const QStringList &labels = {QStringLiteral("billing"), QStringLiteral("tech")})
{
    return test::PolicyFixture(QStringLiteral("intents"))
        .offlineProvider(QStringLiteral("p"), {QStringLiteral("billing"), QStringLiteral("tech"), QStringLiteral("general")})
        .route(QStringLiteral("support"), test::selector(QStringLiteral("semantic"), params, QStringLiteral("p"), labels,
                                                         test::target(QStringLiteral("p/general"))))
        .json();
}

RequestFeatures ask(const QString &text)
{
    RequestFeatures f = RequestFeatures::fromRequest(
        QJsonObject{{QStringLiteral("model"), QStringLiteral("support")},
                    {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}}},
        ApiFormat::OpenAIChat);
    return f;
}

} // namespace

void TestSemanticRouter::initTestCase()
{
    Diagnostics d;
    auto policy = PolicyReader::fromJson(policyJson(routesParams()), d);
    QVERIFY2(policy, qPrintable(d.toString()));
    m_policy = CompiledPolicy::compile(std::move(*policy));
}

void TestSemanticRouter::routesBySimilarity_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("target");
    QTest::newRow("billing") << "I got charged twice for one order" << "p/billing";
    QTest::newRow("plural and stem") << "Refunds for orders, how?" << "p/billing";
    QTest::newRow("invoice") << "the amount on my invoice is wrong" << "p/billing";
    QTest::newRow("tech") << "the app crashes every time I open it" << "p/tech";
    QTest::newRow("install") << "error during installation" << "p/tech";
    QTest::newRow("nothing alike") << "recommend a good novel about whales" << "p/general";
}

void TestSemanticRouter::routesBySimilarity()
{
    QFETCH(QString, prompt);
    QFETCH(QString, target);
    const RequestFeatures f = ask(prompt);
    const Decision d = RoutingEngine::decide(*m_policy, f);
    QCOMPARE(d.steps.size(), size_t(1));
    QCOMPARE(m_policy->upstreams[size_t(d.steps.front().upstream)].ref, target);
    const QString trace = TraceFormatter::lines(*m_policy, f, d).join(u'\n');
    QVERIFY2(trace.contains(QStringLiteral("candidate 'billing' similarity")) && trace.contains(QStringLiteral("candidate 'tech' similarity")), qPrintable(trace));
    QVERIFY2(target == u"p/general" ? trace.contains(QStringLiteral("default taken")) : trace.contains(QStringLiteral("most similar candidate")), qPrintable(trace));
}

void TestSemanticRouter::encoderIsCosineOfUnitVectors()
{
    const LexicalEncoder e({QStringLiteral("alpha beta"), QStringLiteral("beta gamma"), QStringLiteral("delta")});
    const auto a = e.encode(QStringLiteral("alpha beta"));
    QVERIFY(qAbs(LexicalEncoder::cosine(a, a) - 1) < 1e-6);
    QVERIFY(LexicalEncoder::cosine(a, e.encode(QStringLiteral("delta"))) < 0.05);
    const double near = LexicalEncoder::cosine(a, e.encode(QStringLiteral("beta gamma")));
    QVERIFY(near > 0.05 && near < 0.9);
    QCOMPARE(LexicalEncoder::cosine(a, e.encode(QStringLiteral("ALPHA Beta"))), LexicalEncoder::cosine(a, a)); // case does not matter
}

void TestSemanticRouter::tunesThresholdsFromLabelledExamples()
{
    const auto selector = std::dynamic_pointer_cast<const SemanticSelector>(m_policy->selectors.front());
    QVERIFY(selector);
    const std::vector<LabelledUtterance> labelled{
        {QStringLiteral("charged twice on my card"), QStringLiteral("billing")},
        {QStringLiteral("refund my last order please"), QStringLiteral("billing")},
        {QStringLiteral("the invoice amount is wrong"), QStringLiteral("billing")},
        {QStringLiteral("app crashes on start"), QStringLiteral("tech")},
        {QStringLiteral("installation error code 5"), QStringLiteral("tech")},
        {QStringLiteral("my order arrived broken, the app says"), QString()}, // neither: should take the default
        {QStringLiteral("tell me a joke about cats"), QString()},
    };
    const auto choices = tuneThresholds(*selector, {QStringLiteral("billing"), QStringLiteral("tech")}, labelled);
    QCOMPARE(choices.size(), size_t(2));
    QCOMPARE(choices[0].label, QStringLiteral("billing"));
    QCOMPARE(choices[0].support, 3);
    QCOMPARE(choices[1].support, 2);
    for (const ThresholdChoice &c : choices) {
        QVERIFY2(c.f1 >= 0.79, qPrintable(QStringLiteral("%1: t %2 p %3 r %4").arg(c.label).arg(c.threshold).arg(c.precision).arg(c.recall)));
        QVERIFY(qAbs(c.f1 - 2 * c.precision * c.recall / (c.precision + c.recall)) < 1e-9);
    }
    // A threshold above every similarity finds nothing: tuning never picks one for a candidate with examples.
    QVERIFY(choices[0].threshold < 1 && choices[1].threshold < 1);
}

// The embeddings encoder compares the request's embedding (set by the proxy) with the examples'.
void TestSemanticRouter::routesOnEmbeddings()
{
    QJsonObject params = routesParams();
    params.insert(QStringLiteral("encoder"), QStringLiteral("embeddings"));
    params.insert(QStringLiteral("embedding_model"), QStringLiteral("p/general"));
    auto vec = [](std::vector<float> v) { return SemanticSelector::vectorToBase64(v); };
    params.insert(QStringLiteral("example_vectors"),
                  QJsonObject{{QStringLiteral("billing"), QJsonArray{vec({1, 0, 0}), vec({0.9f, 0.1f, 0}), vec({1, 0.2f, 0}), vec({0.8f, 0, 0.1f})}},
                              {QStringLiteral("tech"), QJsonArray{vec({0, 1, 0}), vec({0, 0.9f, 0.1f}), vec({0.1f, 1, 0}), vec({0, 2, 0})}}});
    Diagnostics d;
    auto policy = PolicyReader::fromJson(policyJson(params), d);
    QVERIFY2(policy, qPrintable(d.toString()));
    const auto compiled = CompiledPolicy::compile(std::move(*policy));
    QCOMPARE(compiled->routeEmbeddingUpstream.front(), compiled->upstreamByRef.value(QStringLiteral("p/general")));
    RequestFeatures f = ask(QStringLiteral("anything"));
    f.embedding = {0.1f, 3.0f, 0.2f}; // near tech, at any length
    Decision decision = RoutingEngine::decide(*compiled, f);
    QCOMPARE(compiled->upstreams[size_t(decision.steps.front().upstream)].ref, QStringLiteral("p/tech"));
    f.embedding = {0, 0, 1}; // like nothing: below both thresholds
    decision = RoutingEngine::decide(*compiled, f);
    QCOMPARE(compiled->upstreams[size_t(decision.steps.front().upstream)].ref, QStringLiteral("p/general"));
    f.embedding.clear(); // the embedder failed
    decision = RoutingEngine::decide(*compiled, f);
    QCOMPARE(compiled->upstreams[size_t(decision.steps.front().upstream)].ref, QStringLiteral("p/general"));
    QVERIFY(TraceFormatter::lines(*compiled, f, decision).join(u'\n').contains(QStringLiteral("no embedding of the request from p/general")));
}

void TestSemanticRouter::problemsNameTheirPath_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("message");
    QJsonObject noRoutes = routesParams();
    noRoutes.remove(QStringLiteral("routes"));
    QTest::newRow("no routes") << noRoutes << QStringList{QStringLiteral("billing")} << "$.routes[0].root.params.routes";
    QJsonObject encoder = routesParams();
    encoder.insert(QStringLiteral("encoder"), QStringLiteral("word2vec"));
    QTest::newRow("encoder") << encoder << QStringList{QStringLiteral("billing"), QStringLiteral("tech")} << "$.routes[0].root.params.encoder: unknown encoder 'word2vec' (expected lexical or embeddings)";
    QTest::newRow("candidate without examples") << routesParams() << QStringList{QStringLiteral("billing"), QStringLiteral("tech"), QStringLiteral("sales")}
                                                << "$.routes[0].root.params.routes.sales: missing";
    QTest::newRow("examples without candidate") << routesParams() << QStringList{QStringLiteral("billing")} << "$.routes[0].root.params.routes.tech: no candidate is labelled 'tech'";
    QJsonObject noVectors = routesParams();
    noVectors.insert(QStringLiteral("encoder"), QStringLiteral("embeddings"));
    noVectors.insert(QStringLiteral("embedding_model"), QStringLiteral("p/general"));
    QTest::newRow("embeddings without vectors") << noVectors << QStringList{QStringLiteral("billing"), QStringLiteral("tech")}
                                                << "$.routes[0].root.params.example_vectors: missing";
    QJsonObject fewVectors = noVectors;
    fewVectors.insert(QStringLiteral("example_vectors"), QJsonObject{{QStringLiteral("billing"), QJsonArray{QStringLiteral("AACAPw==")}},
                                                                     {QStringLiteral("tech"), QJsonArray{}}});
    QTest::newRow("vectors per example") << fewVectors << QStringList{QStringLiteral("billing"), QStringLiteral("tech")}
                                         << "$.routes[0].root.params.example_vectors.billing: has 1 vectors for 4 examples";
    QTest::newRow("threshold range") << routesParams(1.5) << QStringList{QStringLiteral("billing"), QStringLiteral("tech")} << "$.routes[0].root.params.routes.billing.threshold";
}

void TestSemanticRouter::problemsNameTheirPath()
{
    QFETCH(QJsonObject, params);
    QFETCH(QStringList, labels);
    QFETCH(QString, message);
    Diagnostics d;
    QVERIFY(!PolicyReader::fromJson(policyJson(params, labels), d));
    QVERIFY2(d.toString().contains(message), qPrintable(d.toString()));
}

QTEST_MAIN(TestSemanticRouter)
#include "tst_semanticrouter.moc"
