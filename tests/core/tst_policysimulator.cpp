#include <QTest>

#include "eval/PolicySimulator.h"
#include "eval/RouterBaselines.h"
#include "policy/PolicyReader.h"

using namespace sy;

// Counterfactual policy evaluation on an outcome matrix: the proxy's own decision picks the
// model per prompt, the recorded outcome counts, no model is called.
class TestPolicySimulator : public QObject
{
    Q_OBJECT
private slots:
    void rulesPickRecordedOutcomes();
    void namesAndErrors_data();
    void namesAndErrors();
    void baselinesByHand();
};

namespace {

// "code" prompts to the dear model, the rest to the cheap one.
const char *kPolicy = R"({"format": "switchyard.policy", "version": 1, "name": "sim",
  "providers": [{"id": "p", "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
                 "models": [{"id": "cheap", "pricing": {"input_per_mtok": 1, "output_per_mtok": 1}},
                            {"id": "dear", "pricing": {"input_per_mtok": 10, "output_per_mtok": 10}}]}],
  "routes": [{"alias": "auto", "root": {"type": "conditional",
    "rules": [{"name": "code", "when": {"field": "last_user_message", "op": "contains", "value": "code"},
               "then": {"type": "target", "model": "p/dear"}}],
    "default": {"type": "target", "model": "p/cheap"}}}]})";

OutcomeMatrix matrix(const QString &cheapName, const QString &dearName)
{
    const QString text = QStringLiteral(
        "{\"id\": \"1\", \"prompt\": \"write code\", \"outcomes\": {\"%1\": {\"quality\": 0, \"cost_usd\": 0.001}, \"%2\": {\"quality\": 1, \"cost_usd\": 0.01}}}\n"
        "{\"id\": \"2\", \"prompt\": \"say hi\", \"outcomes\": {\"%1\": {\"quality\": 1, \"cost_usd\": 0.001}, \"%2\": {\"quality\": 1, \"cost_usd\": 0.01}}}\n"
        "{\"id\": \"3\", \"prompt\": \"more code please\", \"outcomes\": {\"%1\": {\"quality\": 1, \"cost_usd\": 0.002}, \"%2\": {\"quality\": 0.5, \"cost_usd\": 0.02}}}\n"
        "{\"id\": \"4\", \"prompt\": \"a poem\", \"outcomes\": {\"%1\": {\"quality\": 0, \"cost_usd\": 0.003}, \"%2\": {\"quality\": 1, \"cost_usd\": 0.03}}}\n")
                             .arg(cheapName, dearName);
    Diagnostics d;
    return *OutcomeMatrix::fromJsonl(text.toUtf8(), d);
}

Policy policy()
{
    Diagnostics d;
    return *PolicyReader::fromJsonText(kPolicy, d);
}

} // namespace

void TestPolicySimulator::rulesPickRecordedOutcomes()
{
    QString error;
    const auto r = PolicySimulator::run(policy(), QStringLiteral("auto"), matrix(QStringLiteral("p/cheap"), QStringLiteral("p/dear")),
                                        QStringLiteral("p/dear"), &error);
    QVERIFY2(r, qPrintable(error));
    // Rows 1 and 3 go to dear (1 and 0.5), rows 2 and 4 to cheap (1 and 0).
    QCOMPARE(r->prompts, 4);
    QCOMPARE(r->unmatched, 0);
    QCOMPARE(r->meanQuality, 2.5 / 4);
    QCOMPARE(r->meanCostUsd, (0.01 + 0.001 + 0.02 + 0.003) / 4);
    QCOMPARE(r->strongShare, 0.5);
    QCOMPARE(r->chosen.value(QStringLiteral("p/dear")), 2);
}

void TestPolicySimulator::namesAndErrors_data()
{
    QTest::addColumn<QString>("cheap");
    QTest::addColumn<QString>("dear");
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("prompts");
    QTest::addColumn<QString>("error");
    QTest::newRow("bare model names") << QStringLiteral("cheap") << QStringLiteral("dear") << QStringLiteral("auto") << 4 << QString();
    QTest::newRow("one model missing") << QStringLiteral("cheap") << QStringLiteral("other") << QStringLiteral("auto") << 2 << QString();
    QTest::newRow("no route") << QStringLiteral("cheap") << QStringLiteral("dear") << QStringLiteral("nope") << 0
                              << QStringLiteral("policy 'sim' has no route 'nope'");
    QTest::newRow("no model") << QStringLiteral("a") << QStringLiteral("b") << QStringLiteral("auto") << 0
                              << QStringLiteral("no prompt of the matrix could be scored: the policy's models (p/cheap, p/dear) have no outcomes there (it has: a, b)");
}

void TestPolicySimulator::namesAndErrors()
{
    QFETCH(QString, cheap);
    QFETCH(QString, dear);
    QFETCH(QString, route);
    QFETCH(int, prompts);
    QFETCH(QString, error);
    QString why;
    const auto r = PolicySimulator::run(policy(), route, matrix(cheap, dear), dear, &why);
    QCOMPARE(r.has_value(), error.isEmpty());
    QCOMPARE(why, error);
    if (r)
        QCOMPARE(r->prompts, prompts);
}

// The matrix above, by hand: cheap 0.5 at $0.00175, dear 0.875 at $0.0175 (means over 4 rows).
void TestPolicySimulator::baselinesByHand()
{
    const OutcomeMatrix m = matrix(QStringLiteral("p/cheap"), QStringLiteral("p/dear"));
    const QStringList models{QStringLiteral("p/cheap"), QStringLiteral("p/dear")};
    const auto singles = RouterBaselines::singleModels(m, models);
    QCOMPARE(singles.size(), size_t(2));
    QCOMPARE(singles[0].quality, 0.5);
    QCOMPARE(singles[0].costUsd, 0.007 / 4);
    QCOMPARE(singles[1].quality, 0.875);
    QCOMPARE(singles[1].costUsd, 0.07 / 4);
    // Random routing is the straight line between them: APGR 0.5, CPT(50%) at half the calls.
    const auto random = RouterBaselines::randomCurve(0.5, 0.875, 4);
    QCOMPARE(random.size(), size_t(5));
    QCOMPARE(random[2].quality, 0.6875);
    QVERIFY(qFuzzyCompare(RoutingMetrics::apgr(random, 0.5, 0.875), 0.5));
    QVERIFY(qFuzzyCompare(*RoutingMetrics::cpt(random, 0.5, 0.875, 0.5), 0.5));
    // The zero router joins the two models; the oracle takes the best model per prompt, the
    // cheaper one on ties: rows 1 dear (1), 2 cheap (1), 3 cheap (1), 4 dear (1).
    QCOMPARE(RouterBaselines::zeroRouter(singles).size(), size_t(2));
    const ModelPoint oracle = RouterBaselines::oracle(m, models);
    QCOMPARE(oracle.quality, 1.0);
    QCOMPARE(oracle.costUsd, (0.01 + 0.001 + 0.002 + 0.03) / 4);
}

QTEST_MAIN(TestPolicySimulator)
#include "tst_policysimulator.moc"
