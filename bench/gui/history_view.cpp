// How fast does the History page open on a big request log?
// Fills a workspace with N logged requests spread evenly over the last D hours (each with a
// decision trace of a realistic size), then opens the History page on the last hour and on the
// whole span, and times refresh → report shown and painted. The baseline, in the same run, is the
// sqlite3 shell summing the same rows with one aggregate query: the floor for reading them.
//   QT_QPA_PLATFORM=offscreen build/release/bench/history_view [rows] [hours] [workspace-file]
// A given workspace file is reused when it already holds the rows (the fill takes a while).
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QEventLoop>
#include <QTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "pages/HistoryPage.h"
#include "session/WorkspaceSession.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

namespace {

qint64 countRows(Workspace &ws)
{
    QSqlDatabase db = ws.connectionForThisThread();
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM request_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool fill(const QString &path, qint64 rows, qint64 spanMs, qint64 now)
{
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    if (countRows(*ws) == rows)
        return true;
    QSqlDatabase db = ws->connectionForThisThread();
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM request_log"));
    const QStringList routes{QStringLiteral("fast"), QStringLiteral("auto"), QStringLiteral("best"), QStringLiteral("code")};
    const QStringList models{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku"), QStringLiteral("gpt-4o"),
                             QStringLiteral("claude-sonnet-4"), QStringLiteral("llama-3.1-8b")};
    const QStringList clients{QStringLiteral("web"), QStringLiteral("agent"), QStringLiteral("batch")};
    // About the size of a compact trace of a two-rule route with one fallback.
    const QString trace = QStringLiteral("{\"status\":\"ok\",\"route\":\"auto\",\"targets\":[{\"target\":\"openai/gpt-4o-mini\",\"provider\":\"openai\","
                                         "\"model\":\"gpt-4o-mini\",\"node\":\"$.routes.auto.rules[0]\"}],\"features\":{\"prompt_tokens\":412,"
                                         "\"messages\":3,\"tools\":false,\"stream\":true},\"path\":[\"$.routes.auto\",\"$.routes.auto.rules[0]\"],"
                                         "\"trace\":[\"route 'auto'\",\"switch at $.routes.auto: rule #1 matched: prompt_tokens 412 < 2000 (true)\","
                                         "\"target openai/gpt-4o-mini (attempt order 1)\"]}");
    QElapsedTimer clock;
    clock.start();
    const qint64 batch = 20000;
    for (qint64 done = 0; done < rows; done += batch) {
        std::vector<RequestLogEntry> entries;
        for (qint64 i = done; i < std::min(rows, done + batch); ++i) {
            RequestLogEntry e;
            e.timestampMs = now - spanMs + (spanMs * i) / rows;
            e.route = routes[int(i % routes.size())];
            e.model = models[int((i / 3) % models.size())];
            e.client = clients[int((i / 7) % clients.size())];
            e.arm = i % 11 == 0 ? QStringLiteral("b") : QString();
            e.status = i % 50 == 0 ? 502 : 200;
            e.attempts = 1;
            e.latencyMs = 200 + double((i * 7919) % 1800);
            e.stream = i % 2 == 0;
            e.ttftMs = e.stream ? 80 + double((i * 104729) % 400) : -1;
            e.inputTokens = 300 + (i % 700);
            e.outputTokens = 50 + (i % 400);
            e.costUsd = 0.00001 * double(e.inputTokens + 4 * e.outputTokens);
            e.traceJson = trace;
            entries.push_back(std::move(e));
        }
        db.transaction();
        if (QString err = RequestLogStore::insert(db, entries); !err.isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(err));
            return false;
        }
        db.commit();
    }
    printf("filled %lld rows in %.1f s\n", static_cast<long long>(rows), double(clock.elapsed()) / 1000.0);
    return countRows(*ws) == rows;
}

// Runs the event loop until the signal fires or the timeout passes; true when it fired.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Times action → report shown → painted.
template<typename Action>
double timeOnce(HistoryPage &page, Action action)
{
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(0, &page, action);
    if (!waitFor(&page, &HistoryPage::loaded, 120000))
        return -1;
    page.grab(); // painted: charts and table included
    return double(clock.nsecsElapsed()) / 1e6;
}

double sqliteBaseline(const QString &path, qint64 from, qint64 to, int runs)
{
    std::vector<double> ms;
    const QString sql = QStringLiteral("SELECT count(*), sum(status = 0 OR status >= 400), sum(input_tokens), sum(output_tokens), "
                                       "sum(cost_usd), avg(latency_ms), avg(ttft_ms) FROM request_log WHERE ts_ms >= %1 AND ts_ms < %2;")
                            .arg(from)
                            .arg(to);
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, sql});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return -1;
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 rows = argc > 1 ? atoll(argv[1]) : 1000000;
    const double hours = argc > 2 ? atof(argv[2]) : 24;
    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("history.switchyard"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 spanMs = qint64(hours * 3600 * 1000);
    if (!fill(path, rows, spanMs, now))
        return 1;
    printf("workspace %s: %.0f MB\n\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);

    WorkspaceSession session;
    QTimer::singleShot(0, &session, [&] { session.open(path, false); });
    if (!waitFor(&session, &WorkspaceSession::opened, 60000))
        return 2;
    HistoryPage page(&session);
    page.resize(1024, 640);

    printf("| view | rows in range | first open ms | median of 5 ms | sqlite3 shell, one aggregate query ms | view / shell |\n");
    printf("|---|---|---|---|---|---|\n");
    const std::pair<HistoryPage::Range, const char *> views[] = {{HistoryPage::Range::LastHour, "last hour"},
                                                                 {HistoryPage::Range::LastDay, "last 24 hours"}};
    for (const auto &[range, name] : views) {
        // First open: the range chosen; then five refreshes of it.
        const double first = timeOnce(page, [&page, range = range] {
            page.setRange(range);
            page.refresh();
        });
        std::vector<double> ms;
        for (int i = 0; i < 5; ++i)
            ms.push_back(timeOnce(page, [&page] { page.refresh(); }));
        if (first < 0 || *std::min_element(ms.begin(), ms.end()) < 0)
            return 3;
        const TrafficHistoryReport &r = page.report();
        const double shell = sqliteBaseline(path, r.fromMs, r.toMs, 5);
        const double m = median(ms);
        printf("| %s | %lld | %.0f | %.0f | %.0f | %.2f× |\n", name, static_cast<long long>(r.totals.requests), first, m, shell,
               shell > 0 ? m / shell : 0.0);
        fflush(stdout);
    }
    return 0;
}
