#include <QTest>

#include "replay/Recommendation.h"

using namespace sy;

Q_DECLARE_METATYPE(std::vector<sy::CandidateSummary>)

// The replay's verdict: the cheapest candidate within a tolerance of the best quality.
class TestRecommendation : public QObject
{
    Q_OBJECT
private slots:
    void cheapestWithinTheTolerance_data();
    void cheapestWithinTheTolerance();
};

namespace {
CandidateSummary candidate(double quality, double cost, double p50 = 100, int cells = 10)
{
    CandidateSummary s;
    s.cells = cells;
    s.meanQuality = quality;
    s.costPer1k = cost;
    s.latencyP50 = p50;
    return s;
}
} // namespace

void TestRecommendation::cheapestWithinTheTolerance_data()
{
    QTest::addColumn<std::vector<CandidateSummary>>("summaries");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<int>("recommended");
    QTest::addColumn<int>("best");
    QTest::addColumn<double>("saving");
    const std::vector<CandidateSummary> three{candidate(0.73, 0.05), candidate(0.886, 3.0), candidate(0.88, 0.9)};
    QTest::newRow("one point: the near-best cheaper one") << three << 0.01 << 2 << 1 << 0.7;
    QTest::newRow("no tolerance: the best") << three << 0.0 << 1 << 1 << 0.0;
    QTest::newRow("twenty points: the cheapest") << three << 0.2 << 0 << 1 << 1 - 0.05 / 3.0;
    QTest::newRow("same cost: the faster")
        << std::vector<CandidateSummary>{candidate(0.9, 1.0, 900), candidate(0.9, 1.0, 300)} << 0.01 << 1 << 0 << 0.0;
    QTest::newRow("no results are left out")
        << std::vector<CandidateSummary>{candidate(0, 0, 0, 0), candidate(0.6, 2.0)} << 0.5 << 1 << 1 << 0.0;
    QTest::newRow("nothing yet") << std::vector<CandidateSummary>{candidate(0, 0, 0, 0)} << 0.01 << -1 << -1 << 0.0;
}

void TestRecommendation::cheapestWithinTheTolerance()
{
    QFETCH(std::vector<CandidateSummary>, summaries);
    QFETCH(double, tolerance);
    QFETCH(int, recommended);
    QFETCH(int, best);
    QFETCH(double, saving);
    const Recommendation r = Recommendation::cheapestWithin(summaries, tolerance);
    QCOMPARE(r.candidate, recommended);
    QCOMPARE(r.best, best);
    QVERIFY2(std::abs(r.savingShare - saving) < 1e-9, qPrintable(QString::number(r.savingShare)));
}

QTEST_APPLESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
