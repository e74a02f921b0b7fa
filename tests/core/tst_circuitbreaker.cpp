#include <QTest>

#include "PolicyFixture.h"
#include "policy/PolicyReader.h"
#include "proxy/CircuitBreaker.h"
#include "proxy/ProxyRuntime.h"

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
    void probeThatTellsNothingIsReleased();
    void retryAfterOfAnOpenBreaker();
    void targetsSharingAModelWithOtherSettingsAreWarned();
};

void TestCircuitBreaker::targetsSharingAModelWithOtherSettingsAreWarned()
{
    const auto breaker = [](const char *setting, int value) {
        return QJsonObject{{QStringLiteral("breaker"), QJsonObject{{QLatin1String(setting), value}}}};
    };
    Diagnostics d;
    auto policy = test::PolicyFixture(QStringLiteral("t"))
                      .offlineProvider(QStringLiteral("p"), {QStringLiteral("m"), QStringLiteral("n")})
                      .route(QStringLiteral("a"), test::target(QStringLiteral("p/m"), breaker("consecutive_failures", 3)))
                      .route(QStringLiteral("b"), test::target(QStringLiteral("p/m"), breaker("consecutive_failures", 9)))
                      .route(QStringLiteral("c"), test::target(QStringLiteral("p/n"), breaker("cooldown_ms", 50)))
                      .route(QStringLiteral("d"), test::target(QStringLiteral("p/n"), breaker("cooldown_ms", 50)))
                      .read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QStringList warnings;
    ProxyRuntime::create(std::move(*policy), {}, {}, &warnings);
    QCOMPARE(warnings.size(), 1); // p/n's targets agree
    QVERIFY2(warnings[0].contains(QStringLiteral("p/m")) && warnings[0].contains(QStringLiteral("breaker")), qPrintable(warnings[0]));
}

void TestCircuitBreaker::probeThatTellsNothingIsReleased()
{
    // A half-open probe whose client hung up says nothing about the upstream: the next request
    // must be able to probe, or a one-target route answers 503 until restart.
    CircuitBreaker b({1, 0, 30, 20, 1000, false});
    b.recordFailure(0);
    bool probe = false;
    QVERIFY(b.tryAcquire(1000, &probe));
    QVERIFY(probe);
    QVERIFY(!b.tryAcquire(1001, &probe));
    QVERIFY(!probe);
    b.releaseProbe();
    QCOMPARE(b.state(1002), CircuitBreaker::State::HalfOpen);
    QVERIFY(b.tryAcquire(1002, &probe));
    QVERIFY(probe);
    QCOMPARE(b.recordSuccess(1003), QStringLiteral("closed"));
    QVERIFY(b.tryAcquire(1004, &probe));
    QVERIFY(!probe); // closed: no probe to account for
    b.releaseProbe(); // harmless when closed
    QCOMPARE(b.state(1005), CircuitBreaker::State::Closed);
}

void TestCircuitBreaker::retryAfterOfAnOpenBreaker()
{
    CircuitBreaker b({1, 0, 30, 20, 1000, false});
    QCOMPARE(b.msUntilProbe(0), 0);
    b.recordFailure(100);
    QCOMPARE(b.msUntilProbe(100), 1000);
    QCOMPARE(b.msUntilProbe(600), 500);
    QCOMPARE(b.msUntilProbe(5000), 0);
}

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
