// Does the workbench stay fluid while the proxy it runs serves 500 requests a second?
// Runs the real main window on a fresh demo workspace, serves the demo's "fast" route through the
// in-process proxy to the simulated providers, drives it with wrk, and measures how late a 16 ms
// timer on the GUI thread fires: with no traffic first (the baseline), then under load.
//   xvfb-run -a build/release/bench/gui_fluidity [connections] [seconds]
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "models/LiveTrafficModel.h"
#include "models/PolicyListModel.h"
#include "pages/LiveTrafficPage.h"
#include "proxy/ProxyService.h"
#include "shell/MainWindow.h"
#include "session/WorkspaceSession.h"

using namespace sy;

namespace {

struct Gaps
{
    std::vector<double> ms;
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return s[std::min(s.size() - 1, size_t(p * double(s.size())))];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    int over(double limit) const { return int(std::count_if(ms.begin(), ms.end(), [limit](double v) { return v > limit; })); }
};

// Records the time between ticks of a 16 ms timer (one frame at 60 Hz) until stopped.
class FrameProbe : public QObject
{
public:
    FrameProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_gaps.ms.push_back(now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps = {};
        m_clock.start();
        m_last = 0;
        m_timer.start(16);
    }
    Gaps stop()
    {
        m_timer.stop();
        return m_gaps;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    Gaps m_gaps;
};

void report(const char *phase, const Gaps &g, double rps, qsizetype rows)
{
    printf("| %s | %.0f | %zu | %.1f | %.1f | %.1f | %d | %lld |\n", phase, rps, g.ms.size(), g.percentile(0.5),
           g.percentile(0.99), g.max(), g.over(50), static_cast<long long>(rows));
    fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int connections = argc > 1 ? atoi(argv[1]) : 140; // about 500 req/s at the simulator's ~270 ms
    const int seconds = argc > 2 ? atoi(argv[2]) : 10;
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    WorkspaceSession session;
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    session.open(dir.filePath(QStringLiteral("bench.switchyard")), true);
    FrameProbe probe;
    LiveTrafficPage *page = window.liveTrafficPage();
    QString url;

    QObject::connect(window.policyModel(), &QAbstractItemModel::modelReset, &app, [&] {
        if (window.policyModel()->rowCount() == 0 || !url.isEmpty())
            return;
        url = QStringLiteral("pending");
        window.showPage(page); // Live Traffic, so its table and charts repaint
        page->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        page->servePolicy(QStringLiteral("cheap-first"));
    });
    QObject::connect(window.proxy(), &ProxyService::started, &app, [&](const QString &baseUrl) {
        url = baseUrl + QStringLiteral("/chat/completions");
        printf("proxy at %s, %d connections, %d s\n\n", qPrintable(url), connections, seconds);
        printf("| phase | req/s | frames | gap p50 ms | gap p99 ms | gap max ms | gaps > 50 ms | rows in table |\n");
        printf("|---|---|---|---|---|---|---|---|\n");
        probe.start();
        QTimer::singleShot(seconds * 1000 / 2, &app, [&] {
            report("idle (proxy running, no traffic)", probe.stop(), 0, page->model()->rowCount());
            const QString script = dir.filePath(QStringLiteral("post.lua"));
            QFile lua(script);
            if (!lua.open(QIODevice::WriteOnly))
                return app.exit(2);
            lua.write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                      "wrk.body = '{\"model\": \"fast\", \"messages\": [{\"role\": \"user\", \"content\": \"Say hello.\"}]}'\n");
            lua.close();
            auto *wrk = new QProcess(&app);
            wrk->setProcessChannelMode(QProcess::MergedChannels);
            QObject::connect(wrk, &QProcess::finished, &app, [&, wrk] {
                const Gaps load = probe.stop();
                const QString out = QString::fromUtf8(wrk->readAll());
                const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
                // Let the last feed tick arrive before counting rows.
                QTimer::singleShot(500, &app, [&, load, rps = m.captured(1).toDouble(), out] {
                    report("under load (wrk)", load, rps, page->model()->rowCount());
                    printf("\nwrk:\n%s\n", qPrintable(out));
                    window.proxy()->stop();
                    app.exit(rps > 0 ? 0 : 1);
                });
            });
            probe.start();
            wrk->start(QStringLiteral("wrk"), {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(connections),
                                               QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--latency"),
                                               QStringLiteral("-s"), script, url});
        });
    });
    QObject::connect(page, &LiveTrafficPage::proxyError, &app, [&](const QString &message) {
        fprintf(stderr, "proxy error: %s\n", qPrintable(message));
        app.exit(2);
    });
    return app.exec();
}
