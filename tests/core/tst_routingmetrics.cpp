#include <QtTest>

#include "eval/RoutingMetrics.h"

using namespace sy;
using namespace sy::RoutingMetrics;

// Cases computed by hand (docs/metrics.md walks through the first one).
class TestRoutingMetrics : public QObject
{
    Q_OBJECT
private slots:
    void curveApgrAndCpt();
    void cpt_data();
    void cpt();
    void tiesMoveTogether();
    void perfectAndReversedRouters();
    void hullAndAiq_data();
    void hullAndAiq();
    void paretoFrontOfThree();
};

namespace {
const std::vector<double> kWeak{1, 0, 0, 1};
const std::vector<double> kStrong{1, 1, 1, 0};
const std::vector<double> kScores{0.9, 0.8, 0.1, 0.5};
} // namespace

void TestRoutingMetrics::curveApgrAndCpt()
{
    const auto curve = strongShareCurve(kWeak, kStrong, kScores);
    QCOMPARE(curve.size(), size_t(5));
    const double shares[] = {0, 0.25, 0.5, 0.75, 1};
    const double qualities[] = {0.5, 0.5, 0.75, 0.5, 0.75};
    for (size_t i = 0; i < curve.size(); ++i) {
        QCOMPARE(curve[i].strongShare, shares[i]);
        QCOMPARE(curve[i].quality, qualities[i]);
    }
    QCOMPARE(pgr(0.75, 0.5, 0.75), 1.0);
    QCOMPARE(pgr(0.6, 0.6, 0.6), 0.0);
    QCOMPARE(apgr(curve, 0.5, 0.75), 0.375); // AUC 0.59375
}

void TestRoutingMetrics::cpt_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("share");
    QTest::newRow("20%") << 0.2 << 0.30;
    QTest::newRow("50%") << 0.5 << 0.375;
    QTest::newRow("80%") << 0.8 << 0.45;
    QTest::newRow("0% is reached at once") << 0.0 << 0.0;
}

void TestRoutingMetrics::cpt()
{
    QFETCH(double, x);
    QFETCH(double, share);
    const auto curve = strongShareCurve(kWeak, kStrong, kScores);
    const auto got = RoutingMetrics::cpt(curve, 0.5, 0.75, x);
    QVERIFY(got);
    QVERIFY2(std::abs(*got - share) < 1e-12, qPrintable(QString::number(*got)));
    QVERIFY(!RoutingMetrics::cpt(curve, 0.5, 0.75, 1.2)); // never reached
}

void TestRoutingMetrics::tiesMoveTogether()
{
    const auto curve = strongShareCurve({0, 0, 0, 0}, {1, 1, 1, 1}, {0.5, 0.5, 0.1, 0.1});
    QCOMPARE(curve.size(), size_t(3));
    QCOMPARE(curve[1].strongShare, 0.5);
    QCOMPARE(curve[1].quality, 0.5);
}

void TestRoutingMetrics::perfectAndReversedRouters()
{
    // The strong model helps on the first two prompts only.
    const std::vector<double> weak{0, 0, 1, 1}, strong{1, 1, 1, 1};
    const double qw = 0.5, qs = 1.0;
    const auto perfect = strongShareCurve(weak, strong, {1, 1, 0, 0});
    const auto reversed = strongShareCurve(weak, strong, {0, 0, 1, 1});
    // Perfect: full gain at half the calls. AUC = 0.5·(0.5+1)/2 + 0.5·1 = 0.875 → APGR 0.75.
    QCOMPARE(apgr(perfect, qw, qs), 0.75);
    QCOMPARE(*RoutingMetrics::cpt(perfect, qw, qs, 0.5), 0.25);
    // Reversed: nothing gained until half the calls. AUC = 0.5·0.5 + 0.5·(0.5+1)/2 = 0.625 → APGR 0.25.
    QCOMPARE(apgr(reversed, qw, qs), 0.25);
    QCOMPARE(*RoutingMetrics::cpt(reversed, qw, qs, 0.5), 0.75);
}

void TestRoutingMetrics::hullAndAiq_data()
{
    QTest::addColumn<double>("maxCost");
    QTest::addColumn<double>("expected");
    QTest::newRow("to the dearest point") << 4.0 << 0.7;  // (0.5 + 1.4 + 0.9) / 4
    QTest::newRow("cut inside a segment") << 2.0 << 0.55; // (0.5 + 0.6) / 2
    QTest::newRow("beyond every point") << 8.0 << (0.5 + 1.4 + 5 * 0.9) / 8;
}

void TestRoutingMetrics::hullAndAiq()
{
    QFETCH(double, maxCost);
    QFETCH(double, expected);
    const std::vector<CostPoint> points{{2, 0.6}, {1, 0.5}, {4, 0.8}, {3, 0.9}};
    const auto hull = nonDecreasingHull(points);
    QCOMPARE(hull.size(), size_t(2)); // B is under the chord A–C; D costs more and gives less than C
    QCOMPARE(hull[0].cost, 1.0);
    QCOMPARE(hull[1].cost, 3.0);
    const double got = aiq(points, maxCost);
    QVERIFY2(std::abs(got - expected) < 1e-12, qPrintable(QString::number(got, 'g', 15)));
}

void TestRoutingMetrics::paretoFrontOfThree()
{
    const std::vector<Candidate> c{{1, 100, 0.5}, {2, 50, 0.7}, {2, 60, 0.6}, {0.5, 200, 0.4}, {1, 100, 0.5}};
    const auto front = paretoFront(c);
    QCOMPARE(front, (std::vector<int>{0, 1, 3, 4})); // equal candidates do not beat each other
}

QTEST_GUILESS_MAIN(TestRoutingMetrics)
#include "tst_routingmetrics.moc"
