#include <QtTest>

#include <QJsonDocument>
#include <QRandomGenerator>

#include "eval/OutcomeMatrix.h"
#include "eval/RoutingMetrics.h"

using namespace sy;

class TestOutcomeMatrix : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void problemsNameLineAndPath_data();
    void problemsNameLineAndPath();
    void gsm8kSystemsAsAMatrix();
};

void TestOutcomeMatrix::roundTrip()
{
    const QByteArray text = R"({"id": "q1", "prompt": "2+2?", "category": "math", "reference": "4", "source": "demo", "outcomes": {"small": {"quality": 1, "cost_usd": 0.0001, "latency_ms": 310, "response": "4"}, "large": {"quality": 1, "cost_usd": 0.002, "ttft_ms": 90}}}
{"id": 2, "messages": [{"role": "user", "content": "hi"}], "outcomes": {"small": {"quality": 0.25, "cost_usd": 0}}}
)";
    Diagnostics diagnostics;
    const auto matrix = OutcomeMatrix::fromJsonl(text, diagnostics);
    QVERIFY2(matrix, qPrintable(diagnostics.toString()));
    QCOMPARE(matrix->rows.size(), size_t(2));
    QCOMPARE(matrix->models(), (QStringList{QStringLiteral("large"), QStringLiteral("small")}));
    QCOMPARE(matrix->rows[1].id, QStringLiteral("2"));
    QCOMPARE(matrix->rows[0].metadata.value(QStringLiteral("source")).toString(), QStringLiteral("demo"));
    QCOMPARE(*matrix->rows[0].outcome(QStringLiteral("small"))->latencyMs, 310.0);
    QVERIFY(!matrix->rows[1].outcome(QStringLiteral("large")));
    QCOMPARE(matrix->rowsWithAll({QStringLiteral("small"), QStringLiteral("large")}).size(), size_t(1));
    const auto small = matrix->summary(QStringLiteral("small"));
    QCOMPARE(small.prompts, 2);
    QCOMPARE(small.meanQuality, 0.625);
    // Written and read again, nothing changes.
    Diagnostics again;
    const auto reread = OutcomeMatrix::fromJsonl(matrix->toJsonl(), again);
    QVERIFY2(reread, qPrintable(again.toString()));
    QVERIFY(reread->rows == matrix->rows);
}

void TestOutcomeMatrix::problemsNameLineAndPath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{\"id\": 1,\n{oops}") << QStringLiteral("1:10: unterminated object");
    QTest::newRow("no prompt") << QByteArray(R"({"id": 1, "outcomes": {"m": {"quality": 1, "cost_usd": 0}}})")
                               << QStringLiteral("1: $: needs \"prompt\" (a string) or \"messages\" (a list)");
    QTest::newRow("quality out of range")
        << QByteArray("\n" R"({"id": 1, "prompt": "x", "outcomes": {"gpt-4o": {"quality": 7, "cost_usd": 0}}})")
        << QStringLiteral("2: $.outcomes[\"gpt-4o\"].quality: must be a number from 0 to 1");
    QTest::newRow("missing cost") << QByteArray(R"({"id": 1, "prompt": "x", "outcomes": {"m": {"quality": 1}}})")
                                  << QStringLiteral("1: $.outcomes.m: \"cost_usd\" is required");
    QTest::newRow("duplicate id") << QByteArray(R"({"id": 1, "prompt": "x", "outcomes": {"m": {"quality": 1, "cost_usd": 0}}}
{"id": 1, "prompt": "y", "outcomes": {"m": {"quality": 1, "cost_usd": 0}}})")
                                  << QStringLiteral("2: $.id: \"1\" appears twice");
    QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("1: no outcome lines");
}

void TestOutcomeMatrix::problemsNameLineAndPath()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    Diagnostics diagnostics;
    QVERIFY(!OutcomeMatrix::fromJsonl(text, diagnostics));
    QCOMPARE(diagnostics.items().front().toString(), problem);
}

// The GSM8K solutions of four GPT-3 systems make a real outcome matrix; an oracle router between
// the weakest and the strongest recovers most of the gap at a fraction of strong calls, a random
// one about half (the APGR of random routing is 0.5 by construction).
void TestOutcomeMatrix::gsm8kSystemsAsAMatrix()
{
    QFile file(QStringLiteral(SWITCHYARD_SOURCE_DIR "/../shared/datasets/gsm8k/example_model_solutions.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/datasets/gsm8k is not here");
    const char *const systems[] = {"6b_finetuning", "6b_verification", "175b_finetuning", "175b_verification"};
    const double pricePerPrompt[] = {0.0002, 0.002, 0.003, 0.03}; // illustrative: verification samples 100 solutions
    QByteArray jsonl;
    int n = 0;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        if (row.isEmpty())
            continue;
        QJsonObject outcomes;
        for (int s = 0; s < 4; ++s)
            outcomes.insert(QLatin1String(systems[s]),
                            QJsonObject{{QStringLiteral("quality"), row.value(QLatin1String(systems[s]))[QStringLiteral("is_correct")].toBool() ? 1 : 0},
                                        {QStringLiteral("cost_usd"), pricePerPrompt[s]}});
        jsonl += QJsonDocument(QJsonObject{{QStringLiteral("id"), ++n}, {QStringLiteral("prompt"), row.value(QStringLiteral("question"))},
                                           {QStringLiteral("outcomes"), outcomes}})
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    }
    Diagnostics diagnostics;
    const auto matrix = OutcomeMatrix::fromJsonl(jsonl, diagnostics);
    QVERIFY2(matrix, qPrintable(diagnostics.toString()));
    QCOMPARE(matrix->rows.size(), size_t(1319));
    const auto weak = matrix->summary(QStringLiteral("6b_finetuning"));
    const auto strong = matrix->summary(QStringLiteral("175b_verification"));
    QVERIFY(std::abs(weak.meanQuality - 0.217) < 0.001); // as SOURCE.md states
    QVERIFY(std::abs(strong.meanQuality - 0.563) < 0.001);

    std::vector<double> wq, sq, oracle, random;
    QRandomGenerator rng(7);
    for (const OutcomeRow &row : matrix->rows) {
        wq.push_back(row.outcome(QStringLiteral("6b_finetuning"))->quality);
        sq.push_back(row.outcome(QStringLiteral("175b_verification"))->quality);
        oracle.push_back(sq.back() - wq.back());
        random.push_back(rng.generateDouble());
    }
    using namespace RoutingMetrics;
    const double oracleApgr = apgr(strongShareCurve(wq, sq, oracle), weak.meanQuality, strong.meanQuality);
    const double randomApgr = apgr(strongShareCurve(wq, sq, random), weak.meanQuality, strong.meanQuality);
    qInfo("APGR oracle %.3f, random %.3f", oracleApgr, randomApgr);
    QVERIFY(oracleApgr > 0.85);
    QVERIFY(randomApgr > 0.4 && randomApgr < 0.6);
    // The four systems as cost–quality points: the zero router's AIQ lies between the worst and best quality.
    std::vector<CostPoint> points;
    for (const char *s : systems) {
        const auto summary = matrix->summary(QLatin1String(s));
        points.push_back({summary.meanCostUsd, summary.meanQuality});
    }
    const double zeroRouter = aiq(points, 0.03);
    qInfo("AIQ of the four systems alone %.3f", zeroRouter);
    QVERIFY(zeroRouter > weak.meanQuality && zeroRouter < strong.meanQuality);
}

QTEST_GUILESS_MAIN(TestOutcomeMatrix)
#include "tst_outcomematrix.moc"
