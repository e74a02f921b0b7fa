#include <QtTest>

#include <QJsonArray>

#include "mock/MockProvider.h"
#include "replay/ReplayAggregates.h"
#include "replay/ReplayReport.h"
#include "replay/ReplayRunner.h"

using namespace sy;

// Replays against the simulator: every cell through the candidate's real proxy path, with the
// right model, trace, tokens, cost and scores; pause, cancel, resume and the spend cap.
class TestReplayRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runsEveryCellThroughEveryCandidate();
    void concurrencyAndRateAreBounded();
    void cancelThenResumeSkipsFinishedCells();
    void stopsBeforeTheBudget();
    void rateLimitedCellsWaitAndRunAgain();
    void unknownModelIsNotACandidate();
    void summaries();
    void htmlReportWithAndWithoutTexts();

private:
    ReplayPlan plan(int items, int repeats = 1) const;
    std::vector<ProviderSpec> m_providers;
    std::unique_ptr<MockServer> m_mock;
};

void TestReplayRunner::initTestCase()
{
    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("small"), 20, 4000, 10), MockModel::steady(QStringLiteral("large"), 40, 4000, 20)};
    MockModel broken = MockModel::steady(QStringLiteral("broken"), 1, 4000, 5);
    broken.faults.errorRate = 1;
    config.models.push_back(broken);
    m_mock = std::make_unique<MockServer>(config, 2);
    QVERIFY(m_mock->listen());
    ProviderSpec sim;
    sim.id = QStringLiteral("sim");
    sim.baseUrl = m_mock->baseUrl();
    ModelSpec small, large, brokenModel;
    small.id = QStringLiteral("small");
    small.pricing = {1, 2, {}};
    large.id = QStringLiteral("large");
    large.pricing = {10, 20, {}};
    brokenModel.id = QStringLiteral("broken");
    sim.models = {small, large, brokenModel};
    m_providers = {sim};
}

ReplayPlan TestReplayRunner::plan(int items, int repeats) const
{
    ReplayPlan p;
    for (int i = 0; i < items; ++i) {
        PromptItem item;
        item.externalId = QString::number(i);
        item.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                               {QStringLiteral("content"), QStringLiteral("What is %1 + %1?").arg(i)}}};
        item.reference = QString::number(2 * i);
        p.items.push_back(item);
    }
    p.candidates.push_back(*ReplayCandidate::forModel(m_providers, QStringLiteral("sim/small")));
    // A policy route: broken first, then large. Every cell falls back.
    Policy policy;
    policy.name = QStringLiteral("fallback");
    policy.providers = m_providers;
    Route route;
    route.alias = QStringLiteral("auto");
    route.root.kind = NodeKind::Fallback;
    Node first, second;
    first.target.model = QStringLiteral("sim/broken");
    second.target.model = QStringLiteral("sim/large");
    route.root.children = {first, second};
    policy.routes = {route};
    p.candidates.push_back(ReplayCandidate::forRoute(policy, QStringLiteral("auto")));
    p.repeats = repeats;
    QString error;
    // The simulator answers with words, no digits: the numeric check fails, the latency one passes.
    p.scorers = {*Scorer::parse(QStringLiteral("numeric"), &error), *Scorer::parse(QStringLiteral("latency:60000@3"), &error)};
    return p;
}

void TestReplayRunner::runsEveryCellThroughEveryCandidate()
{
    ReplayRunner runner;
    QSignalSpy cells(&runner, &ReplayRunner::cellFinished);
    QSignalSpy progress(&runner, &ReplayRunner::progress);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    ReplayPlan p = plan(10, 2);
    QCOMPARE(p.cellCount(), 40);
    runner.start(p);
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.front().at(0).value<ReplayRunner::End>(), ReplayRunner::End::Completed);
    QCOMPARE(cells.size(), 40);
    QSet<ReplayCellKey> seen;
    int fellBack = 0;
    for (const QList<QVariant> &signal : cells) {
        const ReplayCell cell = signal.front().value<ReplayCell>();
        seen.insert(cell.key);
        QVERIFY2(cell.error.isEmpty(), qPrintable(cell.error));
        QCOMPARE(cell.status, 200);
        QVERIFY(!cell.response.isEmpty());
        QVERIFY(cell.inputTokens > 0);
        QVERIFY(cell.costUsd > 0);
        QVERIFY(cell.latencyMs > 0);
        QCOMPARE(cell.scores.size(), size_t(2));
        QCOMPARE(cell.scores[0].value, 0.0);
        QCOMPARE(cell.quality, 0.75);
        QVERIFY(cell.passed); // at or above the default threshold of 0.5
        if (cell.key.candidate == 0) {
            QCOMPARE(cell.model, QStringLiteral("small"));
            QCOMPARE(cell.attempts, 1);
            QCOMPARE(cell.outputTokens, 10);
        } else {
            QCOMPARE(cell.model, QStringLiteral("large"));
            QVERIFY(cell.trace.contains(QStringLiteral("broken")));
            // The broken target fails first; once its circuit breaker opens, it is skipped.
            fellBack += cell.attempts == 2 ? 1 : 0;
        }
    }
    QCOMPARE(seen.size(), 40);
    QVERIFY(fellBack > 0);
    const ReplayProgress last = progress.back().front().value<ReplayProgress>();
    QCOMPARE(last.done, 40);
    QCOMPARE(last.total, 40);
    QVERIFY(last.spentUsd > 0);
    QVERIFY(!runner.isRunning());
}

void TestReplayRunner::concurrencyAndRateAreBounded()
{
    ReplayRunner runner;
    QSignalSpy progress(&runner, &ReplayRunner::progress);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    ReplayPlan p = plan(12);
    p.concurrency = 2;
    p.requestsPerSecond = 40; // 24 cells: at least ~0.6 s
    QElapsedTimer clock;
    clock.start();
    runner.start(p);
    QVERIFY(finished.wait(20000));
    QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));
    int most = 0;
    for (const QList<QVariant> &signal : progress)
        most = std::max(most, signal.front().value<ReplayProgress>().inFlight);
    QVERIFY2(most <= 4, qPrintable(QString::number(most))); // two candidates, two each
}

void TestReplayRunner::cancelThenResumeSkipsFinishedCells()
{
    ReplayPlan p = plan(30);
    p.concurrency = 1;
    QSet<ReplayCellKey> done;
    {
        ReplayRunner runner;
        QSignalSpy finished(&runner, &ReplayRunner::finished);
        connect(&runner, &ReplayRunner::cellFinished, &runner, [&](const ReplayCell &cell) {
            done.insert(cell.key);
            if (done.size() == 6)
                runner.cancel();
        });
        runner.start(p);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.front().at(0).value<ReplayRunner::End>(), ReplayRunner::End::Cancelled);
    }
    QVERIFY(done.size() >= 6 && done.size() < 60);
    // Resume: only what was not finished runs.
    p.done = done;
    ReplayRunner runner;
    QSignalSpy cells(&runner, &ReplayRunner::cellFinished);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    runner.start(p);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().at(0).value<ReplayRunner::End>(), ReplayRunner::End::Completed);
    QCOMPARE(cells.size(), 60 - int(done.size()));
    for (const QList<QVariant> &signal : cells)
        QVERIFY(!done.contains(signal.front().value<ReplayCell>().key));
}

void TestReplayRunner::stopsBeforeTheBudget()
{
    ReplayPlan p = plan(40);
    p.maxTokens = 50;
    const double estimate = ReplayRunner::estimateCostUsd(p);
    QVERIFY(estimate > 0);
    p.budgetUsd = estimate / 4;
    ReplayRunner runner;
    QSignalSpy cells(&runner, &ReplayRunner::cellFinished);
    QSignalSpy progress(&runner, &ReplayRunner::progress);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    runner.start(p);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.front().at(0).value<ReplayRunner::End>(), ReplayRunner::End::BudgetReached);
    QVERIFY(cells.size() > 0 && cells.size() < 80);
    QVERIFY(progress.back().front().value<ReplayProgress>().spentUsd <= p.budgetUsd);
}

// A provider that answers 429 for its first 1.2 s: the cells wait out Retry-After and succeed.
void TestReplayRunner::rateLimitedCellsWaitAndRunAgain()
{
    MockConfig config;
    MockModel limited = MockModel::steady(QStringLiteral("limited"), 5, 4000, 5);
    limited.faults.rateLimitPeriodMs = 3600000;
    limited.faults.rateLimitBurstMs = 1200;
    limited.faults.retryAfterS = 1;
    config.models = {limited};
    MockServer mock(config, 1);
    QVERIFY(mock.listen());
    Policy policy;
    policy.name = QStringLiteral("limited");
    ProviderSpec provider;
    provider.id = QStringLiteral("sim");
    provider.baseUrl = mock.baseUrl();
    ModelSpec model;
    model.id = QStringLiteral("limited");
    provider.models = {model};
    policy.providers = {provider};
    Route route;
    route.alias = QStringLiteral("auto");
    route.root.target.model = QStringLiteral("sim/limited");
    route.root.target.retry.maxAttempts = 0;                       // the 429 comes straight back
    route.root.target.breaker = CircuitBreakerSpec{1000, {}, {}, {}, {}}; // and does not open a breaker
    policy.routes = {route};
    ReplayPlan p = plan(5);
    p.candidates = {ReplayCandidate::forRoute(policy, QStringLiteral("auto"))};
    ReplayRunner runner;
    QSignalSpy cells(&runner, &ReplayRunner::cellFinished);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(p);
    QVERIFY(finished.wait(30000));
    QCOMPARE(cells.size(), 5);
    for (const QList<QVariant> &signal : cells) {
        const ReplayCell cell = signal.front().value<ReplayCell>();
        QVERIFY2(cell.error.isEmpty(), qPrintable(cell.error));
        QCOMPARE(cell.status, 200);
    }
    QVERIFY(clock.elapsed() >= 1000); // it waited
}

void TestReplayRunner::unknownModelIsNotACandidate()
{
    QVERIFY(!ReplayCandidate::forModel(m_providers, QStringLiteral("sim/nope")));
    QVERIFY(!ReplayCandidate::forModel(m_providers, QStringLiteral("nope")));
}

void TestReplayRunner::summaries()
{
    auto cell = [](int item, int candidate, int repeat, double quality, double latency, double cost, const QString &error = {}) {
        ReplayCell c;
        c.key = {item, candidate, repeat};
        c.quality = quality;
        c.passed = error.isEmpty() && quality >= 0.5;
        c.latencyMs = latency;
        c.costUsd = cost;
        c.error = error;
        return c;
    };
    const std::vector<ReplayCell> cells{cell(0, 0, 0, 1, 100, 0.001), cell(0, 0, 1, 0, 300, 0.001), cell(1, 0, 0, 1, 200, 0.002),
                                        cell(1, 0, 1, 1, 400, 0.002), cell(0, 1, 0, 0, 0, 0, QStringLiteral("HTTP 500"))};
    const auto s = ReplayAggregates::summarise(cells, 2);
    QCOMPARE(s[0].cells, 4);
    QCOMPARE(s[0].meanQuality, 0.75);
    QCOMPARE(s[0].passRate, 0.75);
    QCOMPARE(s[0].costPer1k, 1.5);
    QCOMPARE(s[0].latencyP50, 250.0);   // between 200 and 300
    QCOMPARE(s[0].latencyP95, 385.0);   // 300 + 0.85 · 100
    QVERIFY(std::abs(s[0].qualityStdDev - std::sqrt(0.5) / 2) < 1e-12); // item 0: {1, 0}, item 1: {1, 1}
    QCOMPARE(s[1].errorRate, 1.0);
    QCOMPARE(s[1].meanQuality, 0.0);
    QCOMPARE(ReplayAggregates::percentile({}, 0.5), 0.0);
}

void TestReplayRunner::htmlReportWithAndWithoutTexts()
{
    ReplayPlan p = plan(2);
    ReplayCell wrong;
    wrong.key = {1, 0, 0};
    wrong.response = QStringLiteral("It is <b>3</b>");
    wrong.scores = {{0, QStringLiteral("expected 2, found 3")}};
    ReplayCell right = wrong;
    right.key = {0, 1, 0};
    right.quality = 1;
    right.passed = true;
    const std::vector<ReplayCell> cells{wrong, right};
    const auto summaries = ReplayAggregates::summarise(cells, 2);
    const QString full = QString::fromUtf8(ReplayReport::html({QStringLiteral("set"), QStringLiteral("today"), &p, &cells, &summaries, true}));
    QVERIFY(full.contains(QStringLiteral("What is 1 + 1?")));
    QVERIFY(full.contains(QStringLiteral("It is &lt;b&gt;3&lt;/b&gt;"))); // escaped, never markup
    QVERIFY(full.contains(QStringLiteral("expected 2, found 3")));
    QVERIFY(full.contains(QStringLiteral("1 of 2 answers failed")));
    const QString bare = QString::fromUtf8(ReplayReport::html({QStringLiteral("set"), QStringLiteral("today"), &p, &cells, &summaries, false}));
    QVERIFY(!bare.contains(QStringLiteral("What is 1 + 1?")));
    QVERIFY(!bare.contains(QStringLiteral("It is")));
    QVERIFY(bare.contains(QStringLiteral("expected 2, found 3")));
}

QTEST_GUILESS_MAIN(TestReplayRunner)
#include "tst_replayrunner.moc"
