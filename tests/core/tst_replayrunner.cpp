#include <QtTest>

#include <QJsonArray>

#include <QMutex>

#include "mock/MockProvider.h"
#include "replay/ReplayAggregates.h"
#include "replay/ReplayReport.h"
#include "replay/ReplayRunner.h"
#include "replay/RunConfig.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

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
    void cachedRerunCostsNothingAndKeepsLatency_data();
    void cachedRerunCostsNothingAndKeepsLatency();
    void reRunsOnlyTheChosenCells();
    void providerLimitIsSharedByCandidates_data();
    void providerLimitIsSharedByCandidates();
    void judgeGradesAndComparesWithTheBaseline();
    void configRebuildsThePlan();
    void weakStrongMetricsByHand();
    void winnerCarriesItsEvidence();
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
    small.pricing = Pricing::perMTok(1, 2);
    large.id = QStringLiteral("large");
    large.pricing = Pricing::perMTok(10, 20);
    brokenModel.id = QStringLiteral("broken");
    sim.models = {small, large, brokenModel};
    m_providers = {sim};
}

namespace {

// The replay's cache hook, in memory: counts what it is asked.
class MemoryCache : public ResponseCache
{
public:
    std::optional<CachedResponse> lookup(const QByteArray &key) override
    {
        QMutexLocker lock(&mutex);
        ++lookups;
        if (auto it = entries.constFind(key); it != entries.constEnd())
            return *it;
        return std::nullopt;
    }
    void store(const QByteArray &key, const QString &, const QString &, const CachedResponse &r) override
    {
        QMutexLocker lock(&mutex);
        entries.insert(key, r);
    }
    QMutex mutex;
    QHash<QByteArray, CachedResponse> entries;
    int lookups = 0;
};

std::vector<ReplayCell> runToEnd(const ReplayPlan &plan, ReplayProgress *last = nullptr, qint64 *wallMs = nullptr,
                                 ReplayRunner::End *end = nullptr)
{
    ReplayRunner runner;
    QSignalSpy cells(&runner, &ReplayRunner::cellFinished);
    QSignalSpy progress(&runner, &ReplayRunner::progress);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(plan);
    if (!finished.wait(30000))
        return {};
    if (wallMs)
        *wallMs = clock.elapsed();
    if (end)
        *end = finished.front().at(0).value<ReplayRunner::End>();
    std::vector<ReplayCell> out;
    for (const QList<QVariant> &signal : cells)
        out.push_back(signal.front().value<ReplayCell>());
    if (last && !progress.isEmpty())
        *last = progress.back().front().value<ReplayProgress>();
    std::sort(out.begin(), out.end(), [](const ReplayCell &a, const ReplayCell &b) {
        return std::tuple(a.key.item, a.key.candidate, a.key.repeat) < std::tuple(b.key.item, b.key.candidate, b.key.repeat);
    });
    return out;
}

} // namespace

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
        // Streamed: the first token's time is measured, and comes before the end.
        QVERIFY2(cell.ttftMs > 0 && cell.ttftMs <= cell.latencyMs, qPrintable(QStringLiteral("%1 of %2").arg(cell.ttftMs).arg(cell.latencyMs)));
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
    ReplayProgress last;
    ReplayRunner::End end = ReplayRunner::End::Failed;
    const std::vector<ReplayCell> cells = runToEnd(p, &last, nullptr, &end);
    QCOMPARE(end, ReplayRunner::End::BudgetReached);
    QVERIFY(cells.size() > 0 && cells.size() < 80);
    QVERIFY(last.spentUsd <= p.budgetUsd);

    // A cap that three cells' reservations fill: the run waits for them instead of stopping, and
    // since answers cost less than their reservation, more than three fit.
    ReplayPlan tight = plan(40);
    tight.maxTokens = 50;
    tight.candidates.resize(1);
    tight.budgetUsd = ReplayRunner::estimateCostUsd(tight) / 40 * 3.5;
    const std::vector<ReplayCell> tightCells = runToEnd(tight, &last, nullptr, &end);
    QCOMPARE(end, ReplayRunner::End::BudgetReached);
    QVERIFY2(tightCells.size() > 3, qPrintable(QString::number(tightCells.size())));
    QVERIFY(last.spentUsd <= tight.budgetUsd);
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
    route.root.target.breaker = CircuitBreakerSpec{1000, {}, {}, {}, {}, {}}; // and does not open a breaker
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

void TestReplayRunner::cachedRerunCostsNothingAndKeepsLatency_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("streamed") << true;
    QTest::newRow("whole") << false;
}

void TestReplayRunner::cachedRerunCostsNothingAndKeepsLatency()
{
    QFETCH(bool, stream);
    auto cache = std::make_shared<MemoryCache>();
    ReplayPlan p = plan(5, 2);
    p.stream = stream;
    p.cache = cache;
    ReplayProgress first, second, third;
    const std::vector<ReplayCell> fresh = runToEnd(p, &first);
    QCOMPARE(fresh.size(), size_t(20));
    QCOMPARE(first.cacheHits, 0);
    QVERIFY(first.spentUsd > 0);
    QCOMPARE(cache->entries.size(), 20); // each repeat kept on its own
    const std::vector<ReplayCell> again = runToEnd(p, &second);
    QCOMPARE(again.size(), size_t(20));
    QCOMPARE(second.cacheHits, 20);
    QCOMPARE(second.spentUsd, 0.0);
    for (size_t i = 0; i < again.size(); ++i) {
        QVERIFY(again[i].cached);
        QCOMPARE(again[i].response, fresh[i].response);
        QCOMPARE(again[i].costUsd, fresh[i].costUsd); // the first call's cost, still shown
        QCOMPARE(again[i].outputTokens, fresh[i].outputTokens);
        if (again[i].key.candidate == 0) { // a single target: the whole latency is the provider's
            QVERIFY2(std::abs(again[i].latencyMs - fresh[i].latencyMs) < 5,
                     qPrintable(QStringLiteral("%1 vs %2").arg(again[i].latencyMs).arg(fresh[i].latencyMs)));
            QCOMPARE(fresh[i].ttftMs >= 0, stream);
            if (stream) // and the first token's time too
                QVERIFY2(std::abs(again[i].ttftMs - fresh[i].ttftMs) < 5,
                         qPrintable(QStringLiteral("%1 vs %2").arg(again[i].ttftMs).arg(fresh[i].ttftMs)));
        }
    }
    p.bypassCache = true;
    const std::vector<ReplayCell> bypassed = runToEnd(p, &third);
    QCOMPARE(third.cacheHits, 0);
    QVERIFY(third.spentUsd > 0);
    QVERIFY(std::none_of(bypassed.begin(), bypassed.end(), [](const ReplayCell &c) { return c.cached; }));
}

void TestReplayRunner::reRunsOnlyTheChosenCells()
{
    ReplayPlan p = plan(6);
    const std::vector<ReplayCell> all = runToEnd(p);
    QCOMPARE(all.size(), size_t(12));
    // "Re-run failures" of one candidate: every other cell counts as done.
    p.markDoneExcept(all, [](const ReplayCell &c) { return c.key.candidate == 1 && c.key.item % 2 == 0; });
    QCOMPARE(p.done.size(), 9);
    const std::vector<ReplayCell> redone = runToEnd(p);
    QCOMPARE(redone.size(), size_t(3));
    for (const ReplayCell &c : redone)
        QVERIFY(c.key.candidate == 1 && c.key.item % 2 == 0);
}

void TestReplayRunner::providerLimitIsSharedByCandidates_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("two at a time") << 2;
}

void TestReplayRunner::providerLimitIsSharedByCandidates()
{
    QFETCH(int, limit);
    ReplayPlan p = plan(8);
    p.candidates = {*ReplayCandidate::forModel(m_providers, QStringLiteral("sim/small")),
                    *ReplayCandidate::forModel(m_providers, QStringLiteral("sim/large"))};
    p.concurrency = 8;
    p.providerConcurrency = limit;
    qint64 wall = 0;
    const std::vector<ReplayCell> cells = runToEnd(p, nullptr, &wall);
    QCOMPARE(cells.size(), size_t(16));
    // Latency leaves out the wait for a slot; with at most `limit` calls at the provider, the
    // calls' latencies cannot add up to more than `limit` times the wall time.
    double total = 0;
    for (const ReplayCell &c : cells) {
        QVERIFY(c.error.isEmpty());
        QVERIFY2(c.latencyMs < 1000, qPrintable(QString::number(c.latencyMs)));
        total += c.latencyMs;
    }
    QVERIFY2(total <= limit * double(wall) + 20, qPrintable(QStringLiteral("%1 ms of calls in %2 ms").arg(total).arg(wall)));
}

void TestReplayRunner::judgeGradesAndComparesWithTheBaseline()
{
    MockConfig config;
    MockModel weak = MockModel::steady(QStringLiteral("weak"), 5, 4000, 8);
    weak.accuracy = 0.3;
    MockModel strong = MockModel::steady(QStringLiteral("strong"), 5, 4000, 8);
    strong.accuracy = 1;
    config.models = {weak, strong, MockModel::steady(QStringLiteral("judge"), 5, 4000, 8)};
    ReplayPlan p;
    for (int i = 0; i < 20; ++i) {
        PromptItem item;
        const QString question = QStringLiteral("How many legs do %1 spiders have?").arg(i + 1);
        item.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), question}}};
        item.reference = QString::number(8 * (i + 1));
        config.addAnswer(question, item.reference);
        p.items.push_back(item);
    }
    MockServer mock(config, 1);
    QVERIFY(mock.listen());
    ProviderSpec sim;
    sim.id = QStringLiteral("sim");
    sim.baseUrl = mock.baseUrl();
    for (const QString &id : {QStringLiteral("weak"), QStringLiteral("strong"), QStringLiteral("judge")}) {
        ModelSpec m;
        m.id = id;
        m.pricing = Pricing::perMTok(1, 1);
        sim.models.push_back(m);
    }
    p.candidates = {*ReplayCandidate::forModel({sim}, QStringLiteral("sim/weak")), *ReplayCandidate::forModel({sim}, QStringLiteral("sim/strong"))};
    p.judgeProviders = {sim};
    QString error;
    p.scorers = {*Scorer::parse(QStringLiteral("numeric"), &error), *Scorer::parse(QStringLiteral("judge:sim/judge"), &error),
                 *Scorer::parse(QStringLiteral("pairwise:sim/judge"), &error)};
    ReplayProgress last;
    const std::vector<ReplayCell> cells = runToEnd(p, &last);
    QCOMPARE(cells.size(), size_t(40));
    QVERIFY(last.judgeCostUsd > 0);
    for (const ReplayCell &c : cells) {
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        const bool right = c.scores[0].value == 1;
        // The grade follows the answer's correctness (the simulated judge checks the number).
        QCOMPARE(c.scores[1].value, right ? 8 / 9.0 : 1 / 9.0);
        QVERIFY(!c.judgements.isEmpty());
        const QJsonObject grade = c.judgements.first().toObject();
        QCOMPARE(grade.value(QStringLiteral("model")).toString(), QStringLiteral("sim/judge"));
        QVERIFY(!grade.value(QStringLiteral("reasoning")).toString().isEmpty());
        if (c.key.candidate == 0) {
            QCOMPARE(c.scores[2].value, 0.5); // the baseline itself
            continue;
        }
        QVERIFY(right); // strong is always right
        const bool baselineRight = cells[size_t(c.key.item) * 2].scores[0].value == 1;
        QCOMPARE(c.scores[2].value, baselineRight ? 0.5 : 1.0);
        QCOMPARE(c.judgements.size(), 2);
        QCOMPARE(c.judgements.at(1).toObject().value(QStringLiteral("preference")).toString(),
                 baselineRight ? QStringLiteral("tie") : QStringLiteral("candidate"));
    }
}

void TestReplayRunner::weakStrongMetricsByHand()
{
    // weak: 0.4, strong: 0.8; the router sends half its prompts to the strong model at 0.7.
    std::vector<ReplayCell> cells;
    auto add = [&](int candidate, int item, const QString &model, double quality) {
        ReplayCell c;
        c.key = {item, candidate, 0};
        c.provider = QStringLiteral("p");
        c.model = model;
        c.quality = quality;
        cells.push_back(c);
    };
    for (int i = 0; i < 4; ++i) {
        add(0, i, QStringLiteral("w"), i < 2 ? 0.8 : 0.0);
        add(1, i, QStringLiteral("s"), i < 3 ? 1.0 : 0.2);
        add(2, i, i % 2 ? QStringLiteral("s") : QStringLiteral("w"), i < 2 ? 1.0 : 0.4);
    }
    const auto summaries = ReplayAggregates::summarise(cells, 3);
    QCOMPARE(summaries[0].meanQuality, 0.4);
    QCOMPARE(summaries[1].meanQuality, 0.8);
    QCOMPARE(summaries[2].meanQuality, 0.7);
    const WeakStrongMetrics m = ReplayAggregates::weakStrong(cells, summaries, 0, 1);
    QCOMPARE(m.strongModel, QStringLiteral("p/s"));
    QCOMPARE(m.routers.size(), size_t(1));
    QCOMPARE(m.routers[0].strongShare, 0.5);
    QVERIFY(qFuzzyCompare(m.routers[0].pgr, 0.75));
    // Curve (0, .4), (.5, .7), (1, .8): area .65, APGR (.65 − .4) / .4.
    QVERIFY(qFuzzyCompare(m.apgr, 0.625));
    QVERIFY(qFuzzyCompare(*m.cpt20, 0.4 / 3)); // .48 on the first segment
    QVERIFY(qFuzzyCompare(*m.cpt50, 1 / 3.0));
    QVERIFY(qFuzzyCompare(*m.cpt80, 0.6));     // .72 on the second segment
    QCOMPARE(ReplayAggregates::weakStrong(cells, summaries, 1, 1).weak, -1); // not a pair
}

void TestReplayRunner::configRebuildsThePlan()
{
    ReplayPlan p = plan(3, 2);
    p.providerConcurrency = 3;
    p.maxTokens = 64;
    QString error;
    p.scorers.push_back(*Scorer::parse(QStringLiteral("judge:sim/large@2"), &error));
    p.scorers.back().rubric = QStringLiteral("Be strict.");
    const QJsonObject config = RunConfig::toJson(p, QStringLiteral("arith"));
    QCOMPARE(RunConfig::candidateLabels(config), (QStringList{QStringLiteral("sim/small"), QStringLiteral("fallback:auto")}));
    const auto back = RunConfig::planFrom(config, {p.candidates[1].policy}, m_providers, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->candidates.size(), size_t(2));
    QCOMPARE(back->candidates[0].label, QStringLiteral("sim/small"));
    QCOMPARE(back->candidates[1].route, QStringLiteral("auto"));
    QCOMPARE(back->scorers.size(), size_t(3));
    QCOMPARE(back->scorers[1].name(), QStringLiteral("latency:60000@3"));
    QCOMPARE(back->scorers[2].rubric, QStringLiteral("Be strict."));
    QCOMPARE(back->scorers[2].weight, 2.0);
    QCOMPARE(back->repeats, 2);
    QCOMPARE(back->providerConcurrency, 3);
    QCOMPARE(back->maxTokens.value_or(0), 64);
    // A candidate the workspace no longer has is named.
    QVERIFY(!RunConfig::planFrom(config, {}, m_providers, &error));
    QCOMPARE(error, QStringLiteral("candidate fallback:auto is no longer in the workspace"));
}

void TestReplayRunner::winnerCarriesItsEvidence()
{
    ReplayPlan p = plan(4);
    const std::vector<ReplayCell> cells = runToEnd(p);
    const auto summaries = ReplayAggregates::summarise(cells, 2);
    const QJsonObject evidence = WinnerExport::evidence(QStringLiteral("arith"), 12, p, summaries, 0);
    const Policy winner = WinnerExport::policy(p.candidates[0], evidence);
    QCOMPARE(winner.name, QStringLiteral("sim-small"));
    QCOMPARE(winner.routes.front().alias, QStringLiteral("default"));
    // The file the proxy reads, with the evidence kept verbatim.
    Diagnostics d;
    const auto read = PolicyReader::fromJsonText(PolicyWriter::toJsonText(winner), d);
    QVERIFY2(read, qPrintable(d.toString()));
    const QJsonObject kept = read->metadata.value(QStringLiteral("evidence")).toObject();
    QCOMPARE(kept.value(QStringLiteral("prompt_set")).toString(), QStringLiteral("arith"));
    QCOMPARE(kept.value(QStringLiteral("run")).toInt(), 12);
    QCOMPARE(kept.value(QStringLiteral("items")).toInt(), 4);
    QCOMPARE(kept.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("mean_quality")).toDouble(), summaries[0].meanQuality);
    QVERIFY(kept.value(QStringLiteral("compared_with")).toObject().contains(QStringLiteral("fallback:auto")));
    const Policy route = WinnerExport::policy(p.candidates[1], evidence);
    QCOMPARE(route.name, QStringLiteral("fallback"));
    QCOMPARE(route.routes.front().alias, QStringLiteral("auto"));
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
    QVERIFY(!full.contains(QStringLiteral("Routing metrics")));
    const QString withMetrics = QString::fromUtf8(ReplayReport::html({QStringLiteral("set"), QStringLiteral("today"), &p, &cells, &summaries, true, 0, 1}));
    QVERIFY(withMetrics.contains(QStringLiteral("Routing metrics")));
    QVERIFY(withMetrics.contains(QStringLiteral("APGR")));
    const QString bare = QString::fromUtf8(ReplayReport::html({QStringLiteral("set"), QStringLiteral("today"), &p, &cells, &summaries, false}));
    QVERIFY(!bare.contains(QStringLiteral("What is 1 + 1?")));
    QVERIFY(!bare.contains(QStringLiteral("It is")));
    QVERIFY(bare.contains(QStringLiteral("expected 2, found 3")));
}

QTEST_GUILESS_MAIN(TestReplayRunner)
#include "tst_replayrunner.moc"
