// How close does a replay come to the time the simulated latencies and the concurrency limit
// allow? 10,000 prompts through 4 candidates (models of fixed, known latency) against the
// simulator; a 16 ms watchdog timer on the main thread (where results arrive, as in the GUI)
// records its longest stall; peak RSS from the kernel.
//   build/release/bench/replay_throughput [prompts] [concurrency]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include "mock/MockProvider.h"
#include "replay/ReplayAggregates.h"
#include "replay/ReplayRunner.h"

using namespace sy;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int prompts = argc > 1 ? atoi(argv[1]) : 10000;
    const int concurrency = argc > 2 ? atoi(argv[2]) : 64;
    // Four models: 20 ms to the first token, then 30 tokens at 1,000 / 500 / 333 / 250 tokens a second.
    struct Spec { const char *id; double tps; };
    const Spec specs[] = {{"m50", 1000}, {"m80", 500}, {"m110", 333.3333}, {"m140", 250}};
    MockConfig config;
    ProviderSpec provider;
    provider.id = QStringLiteral("sim");
    for (const Spec &s : specs) {
        config.models.push_back(MockModel::steady(QLatin1String(s.id), 20, s.tps, 30));
        ModelSpec m;
        m.id = QLatin1String(s.id);
        m.pricing = Pricing::perMTok(1, 2);
        provider.models.push_back(m);
    }
    MockServer mock(config, 2);
    if (!mock.listen())
        return 1;
    provider.baseUrl = mock.baseUrl();
    ReplayPlan plan;
    for (int i = 0; i < prompts; ++i) {
        PromptItem item;
        item.externalId = QString::number(i);
        item.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                               {QStringLiteral("content"), QStringLiteral("Question number %1: what is %1 times 3?").arg(i)}}};
        item.reference = QString::number(3 * i);
        plan.items.push_back(item);
    }
    for (const Spec &s : specs)
        plan.candidates.push_back(*ReplayCandidate::forModel({provider}, QStringLiteral("sim/") + QLatin1String(s.id)));
    plan.concurrency = concurrency;
    QString error;
    plan.scorers = {*Scorer::parse(QStringLiteral("numeric"), &error), *Scorer::parse(QStringLiteral("rouge-l"), &error)};

    // The slowest candidate bounds the run: every cell takes its model's latency, `concurrency` at a time.
    double idealS = 0;
    for (const Spec &s : specs)
        idealS = std::max(idealS, prompts * (20 + 30 * 1000.0 / s.tps) / 1000.0 / concurrency);

    ReplayRunner runner;
    std::vector<ReplayCell> cells;
    cells.reserve(size_t(prompts) * 4);
    QObject::connect(&runner, &ReplayRunner::cellFinished, [&cells](const ReplayCell &c) { cells.push_back(c); });
    QElapsedTimer clock, watchdogClock;
    double longestStallMs = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        longestStallMs = std::max(longestStallMs, double(watchdogClock.nsecsElapsed()) / 1e6 - 16);
        watchdogClock.restart();
    });
    QObject::connect(&runner, &ReplayRunner::finished, [&](ReplayRunner::End, const QString &) { QCoreApplication::exit(0); });
    clock.start();
    watchdogClock.start();
    watchdog.start(16);
    runner.start(plan);
    app.exec();
    const double tookS = double(clock.elapsed()) / 1000;
    int errors = 0;
    for (const ReplayCell &c : cells)
        errors += c.error.isEmpty() ? 0 : 1;
    printf("| prompts × candidates | concurrency | ideal s | measured s | measured / ideal | longest main-thread stall ms | errors | peak RSS MB |\n");
    printf("|---|---|---|---|---|---|---|---|\n");
    printf("| %d × 4 | %d | %.1f | %.1f | %.3f | %.1f | %d | %.0f |\n", prompts, concurrency, idealS, tookS, tookS / idealS, longestStallMs,
           errors, double(peakRssKb()) / 1024);
    return cells.size() == size_t(prompts) * 4 ? 0 : 1;
}
