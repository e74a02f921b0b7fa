// The retry, backoff and fallback decision on its own: no sockets and no timers. The jitter is
// the test's, so every delay is exact.
#include <QTest>
#include <QTimeZone>

#include "proxy/FailoverPlan.h"
#include "proxy/UpstreamFailure.h"

using namespace sy;

Q_DECLARE_METATYPE(sy::FailureClass)

namespace {

using Kind = FailoverPlan::Next::Kind;

std::vector<DecisionStep> targets(int count)
{
    std::vector<DecisionStep> steps;
    for (int i = 0; i < count; ++i)
        steps.push_back({i, 10 + i});
    return steps;
}

RetrySpec retrySpec(int maxAttempts, int initialMs, int maxMs, std::optional<FailureSet> on = std::nullopt)
{
    RetrySpec r;
    r.maxAttempts = maxAttempts;
    r.initialBackoffMs = initialMs;
    r.maxBackoffMs = maxMs;
    r.on = on;
    return r;
}

const FailoverPlan::Jitter kLongest = [](int bound) { return bound; }; // the top of the full-jitter range
const FailoverPlan::Jitter kNone = [](int) { return 0; };

} // namespace

class TestFailoverPlan : public QObject
{
    Q_OBJECT
private slots:
    void backoffDoublesUpToItsCap();
    void jitterIsFullRange();
    void decision_data();
    void decision();
    void advanceWalksTheTargetsAndResetsRetries();
    void retryAfter_data();
    void retryAfter();
    void failureClassOfError_data();
    void failureClassOfError();
};

void TestFailoverPlan::backoffDoublesUpToItsCap()
{
    FailoverPlan plan(targets(1));
    const RetrySpec retry = retrySpec(6, 100, 1000);
    QList<int> delays;
    for (int i = 0; i < 6; ++i) {
        const FailoverPlan::Next next = plan.afterFailure(retry, FailureSet::defaults(), FailureClass::ServerError, -1, kLongest);
        QCOMPARE(next.kind, Kind::RetrySame);
        delays.append(next.delayMs);
    }
    QCOMPARE(delays, (QList<int>{100, 200, 400, 800, 1000, 1000}));
    QCOMPARE(plan.retries(), 6);
    // The seventh failure has no retry left: on to the next target (the class is one to fall back on).
    QCOMPARE(plan.afterFailure(retry, FailureSet::defaults(), FailureClass::ServerError, -1, kLongest).kind, Kind::NextTarget);
}

void TestFailoverPlan::jitterIsFullRange()
{
    FailoverPlan plan(targets(1));
    QList<int> bounds;
    const FailoverPlan::Jitter record = [&bounds](int bound) {
        bounds.append(bound);
        return 0;
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(plan.afterFailure(retrySpec(3, 50, 5000), FailureSet::defaults(), FailureClass::Timeout, -1, record).delayMs, 0);
    QCOMPARE(bounds, (QList<int>{50, 100, 200})); // a uniform pick in [0, bound]: 0 is allowed
}

void TestFailoverPlan::decision_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("retryOn"); // FailureSet bits, 0 for the defaults
    QTest::addColumn<int>("fallbackOn");
    QTest::addColumn<sy::FailureClass>("failure");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<int>("expectedDelay");

    const int defaults = int(FailureSet::defaults().bits);
    const int serverOnly = int(FailureClass::ServerError);
    QTest::newRow("no retries: fall back") << 0 << 0 << defaults << FailureClass::ServerError << -1 << int(Kind::NextTarget) << 0;
    QTest::newRow("retry a server error") << 2 << 0 << defaults << FailureClass::ServerError << -1 << int(Kind::RetrySame) << 0;
    QTest::newRow("a client error is not retried by default") << 2 << 0 << defaults << FailureClass::ClientError << -1 << int(Kind::GiveUp) << 0;
    QTest::newRow("retry only what retry.on names") << 2 << serverOnly << defaults << FailureClass::Timeout << -1 << int(Kind::NextTarget) << 0;
    QTest::newRow("no fallback for a class left out") << 0 << 0 << serverOnly << FailureClass::Timeout << -1 << int(Kind::GiveUp) << 0;
    QTest::newRow("Retry-After within the cap is the delay") << 2 << 0 << defaults << FailureClass::RateLimited << 1500 << int(Kind::RetrySame) << 1500;
    QTest::newRow("Retry-After beyond the cap moves on") << 2 << 0 << defaults << FailureClass::RateLimited << 60000 << int(Kind::NextTarget) << 0;
    QTest::newRow("Retry-After beyond the cap, no fallback") << 2 << 0 << serverOnly << FailureClass::RateLimited << 60000 << int(Kind::GiveUp) << 0;
    QTest::newRow("Retry-After of zero retries at once") << 2 << 0 << defaults << FailureClass::RateLimited << 0 << int(Kind::RetrySame) << 0;
}

void TestFailoverPlan::decision()
{
    QFETCH(int, maxAttempts);
    QFETCH(int, retryOn);
    QFETCH(int, fallbackOn);
    QFETCH(sy::FailureClass, failure);
    QFETCH(int, retryAfterMs);
    QFETCH(int, expectedKind);
    QFETCH(int, expectedDelay);
    FailoverPlan plan(targets(2));
    const RetrySpec retry = retrySpec(maxAttempts, 200, 5000, retryOn ? std::optional<FailureSet>(FailureSet{unsigned(retryOn)}) : std::nullopt);
    const FailoverPlan::Next next = plan.afterFailure(retry, FailureSet{unsigned(fallbackOn)}, failure, retryAfterMs, kNone);
    QCOMPARE(int(next.kind), expectedKind);
    QCOMPARE(next.delayMs, expectedDelay);
    QCOMPARE(plan.retries(), expectedKind == int(Kind::RetrySame) ? 1 : 0);
}

void TestFailoverPlan::advanceWalksTheTargetsAndResetsRetries()
{
    FailoverPlan plan(targets(3));
    QCOMPARE(plan.current().upstream, 10);
    const RetrySpec retry = retrySpec(1, 100, 1000);
    QCOMPARE(plan.afterFailure(retry, FailureSet::defaults(), FailureClass::Connect, -1, kNone).kind, Kind::RetrySame);
    QCOMPARE(plan.afterFailure(retry, FailureSet::defaults(), FailureClass::Connect, -1, kNone).kind, Kind::NextTarget);
    QVERIFY(plan.advance());
    QCOMPARE(plan.current().upstream, 11);
    QCOMPARE(plan.retries(), 0); // the next target has its own retries
    QCOMPARE(plan.afterFailure(retry, FailureSet::defaults(), FailureClass::Connect, -1, kNone).kind, Kind::RetrySame);
    QVERIFY(plan.advance());
    QCOMPARE(plan.index(), size_t(2));
    QVERIFY(!plan.advance()); // none left: it stays on the last, which the answer's headers name
    QCOMPARE(plan.current().upstream, 12);
    QVERIFY(FailoverPlan().isEmpty());
}

void TestFailoverPlan::retryAfter_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("seconds") << QByteArray("retry-after") << QByteArray("3") << 3000;
    QTest::newRow("fractional seconds") << QByteArray("retry-after") << QByteArray("0.25") << 250;
    QTest::newRow("milliseconds") << QByteArray("retry-after-ms") << QByteArray("1234") << 1234;
    QTest::newRow("HTTP date 30 s ahead") << QByteArray("retry-after") << QByteArray("Sat, 05 Dec 2026 12:00:30 GMT") << 30000;
    QTest::newRow("RFC 2822 date with a zone") << QByteArray("retry-after") << QByteArray("Sat, 05 Dec 2026 13:01:00 +0100") << 60000;
    QTest::newRow("a date in the past is now") << QByteArray("retry-after") << QByteArray("Sat, 05 Dec 2026 11:59:00 GMT") << 0;
    QTest::newRow("capped at an hour") << QByteArray("retry-after") << QByteArray("86400") << 3600000;
    QTest::newRow("negative is now") << QByteArray("retry-after") << QByteArray("-5") << 0;
    QTest::newRow("garbage is nothing") << QByteArray("retry-after") << QByteArray("soon") << -1;
    QTest::newRow("another header") << QByteArray("x-retry") << QByteArray("3") << -1;
}

// Dates are read against the clock the caller gives: here a fixed noon.
void TestFailoverPlan::retryAfter()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(int, expectedMs);
    const QDateTime noon(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(retryAfterMs({{name, value}}, noon), expectedMs);
}

void TestFailoverPlan::failureClassOfError_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<sy::FailureClass>("expected");
    QTest::newRow("refused") << int(UpstreamError::Connect) << false << false << FailureClass::Connect;
    QTest::newRow("timeout") << int(UpstreamError::Timeout) << true << true << FailureClass::Timeout;
    QTest::newRow("closed before answering") << int(UpstreamError::Closed) << false << false << FailureClass::Connect;
    QTest::newRow("closed mid-answer") << int(UpstreamError::Closed) << true << false << FailureClass::ServerError;
    QTest::newRow("closed mid-stream") << int(UpstreamError::Closed) << true << true << FailureClass::StreamError;
    QTest::newRow("garbage mid-answer") << int(UpstreamError::Protocol) << true << false << FailureClass::ServerError;
}

void TestFailoverPlan::failureClassOfError()
{
    QFETCH(int, error);
    QFETCH(bool, answered);
    QFETCH(bool, streaming);
    QFETCH(sy::FailureClass, expected);
    QCOMPARE(sy::failureClassOfError(UpstreamError(error), answered, streaming), expected);
}

QTEST_APPLESS_MAIN(TestFailoverPlan)
#include "tst_failoverplan.moc"
