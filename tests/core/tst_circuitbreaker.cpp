#include <QTest>

#include "proxy/CircuitBreaker.h"

using namespace sy;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT
private slots:
    void opensAfterConsecutiveFailures();
    void halfOpenLetsOneProbeThrough();
    void failedProbeReopens();
    void errorRateOverWindow();
    void successResetsTheCount();
};

void TestCircuitBreaker::opensAfterConsecutiveFailures()
{
    CircuitBreaker b({3, 0, 30, 20, 1000});
    QVERIFY(b.recordFailure(0).isEmpty());
    QVERIFY(b.recordFailure(1).isEmpty());
    QCOMPARE(b.recordFailure(2), QStringLiteral("opened"));
    QVERIFY(b.blocks(3));
    QVERIFY(!b.tryAcquire(500));
    QCOMPARE(b.state(500), CircuitBreaker::State::Open);
}

void TestCircuitBreaker::halfOpenLetsOneProbeThrough()
{
    CircuitBreaker b({1, 0, 30, 20, 1000});
    QCOMPARE(b.recordFailure(0), QStringLiteral("opened"));
    QVERIFY(!b.blocks(1000)); // due for a probe
    QCOMPARE(b.state(1000), CircuitBreaker::State::HalfOpen);
    QVERIFY(b.tryAcquire(1000));
    QVERIFY(!b.tryAcquire(1001)); // only one probe at a time
    QVERIFY(b.blocks(1001));
    QCOMPARE(b.recordSuccess(1100), QStringLiteral("closed"));
    QVERIFY(b.tryAcquire(1101));
    QCOMPARE(b.state(1101), CircuitBreaker::State::Closed);
}

void TestCircuitBreaker::failedProbeReopens()
{
    CircuitBreaker b({1, 0, 30, 20, 1000});
    b.recordFailure(0);
    QVERIFY(b.tryAcquire(1000));
    QCOMPARE(b.recordFailure(1050), QStringLiteral("opened"));
    QVERIFY(b.blocks(1500));
    QVERIFY(!b.blocks(2050));
}

void TestCircuitBreaker::errorRateOverWindow()
{
    CircuitBreaker b({1000, 0.5, 10, 10, 1000});
    for (int i = 0; i < 5; ++i)
        b.recordSuccess(i * 100);
    for (int i = 0; i < 4; ++i)
        QVERIFY(b.recordFailure(500 + i * 100).isEmpty()); // 4 of 9: under the rate and the minimum
    QCOMPARE(b.recordFailure(900), QStringLiteral("opened")); // 5 of 10 = 50%
    // Old failures age out of the window.
    CircuitBreaker c({1000, 0.5, 2, 4, 1000});
    c.recordFailure(0);
    c.recordFailure(0);
    c.recordFailure(0);
    c.recordSuccess(5000);
    c.recordSuccess(5000);
    c.recordSuccess(5000);
    QVERIFY(c.recordFailure(5000).isEmpty()); // 1 of 4 within the last 2 s
}

void TestCircuitBreaker::successResetsTheCount()
{
    CircuitBreaker b({3, 0, 30, 20, 1000});
    b.recordFailure(0);
    b.recordFailure(1);
    b.recordSuccess(2);
    QVERIFY(b.recordFailure(3).isEmpty());
    QVERIFY(b.recordFailure(4).isEmpty());
    QCOMPARE(b.recordFailure(5), QStringLiteral("opened"));
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
