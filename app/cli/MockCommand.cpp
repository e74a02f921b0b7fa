#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "SignalWatcher.h"
#include "demo/DemoWorkspace.h"
#include "mock/MockProvider.h"

namespace sy::cli {

int runMock(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("mock");
    CommandLine cli(cmd, QStringLiteral(
        "Serves simulated models over the OpenAI and Anthropic APIs on this machine, until SIGINT or SIGTERM."));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (loopback only)."),
                              QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:9100"));
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Simulated models (JSON); the demo's when absent."),
                              QStringLiteral("FILE"));
    QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads."), QStringLiteral("N"),
                               QStringLiteral("1"));
    parser.addOptions({listen, config, threads});
    if (const auto exit = cli.parse(arguments))
        return *exit;

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(colon > 0 ? listenValue.left(colon) : QString());
    if (!portOk || port > 65535 || address.isNull())
        return usageError(cmd, QStringLiteral("--listen wants ADDRESS:PORT, got '%1'").arg(listenValue));
    if (!address.isLoopback())
        return usageError(cmd, QStringLiteral("the simulator serves this machine only: use a loopback address, not %1")
                                   .arg(address.toString()));
    bool threadsOk = false;
    const int threadCount = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || threadCount < 1 || threadCount > 64)
        return usageError(cmd, QStringLiteral("--threads wants a number from 1 to 64"));

    MockConfig mockConfig;
    if (parser.isSet(config)) {
        const QString file = parser.value(config);
        if (!requireReadableFile(cmd, QStringLiteral("config"), file))
            return Usage;
        Diagnostics diagnostics;
        const auto loaded = MockConfig::fromFile(file, diagnostics);
        if (!loaded) {
            err(diagnostics.toString(file));
            return Failed;
        }
        mockConfig = *loaded;
    } else {
        mockConfig = DemoWorkspace::simulatorConfig();
    }

    MockServer server(mockConfig, threadCount);
    QString error;
    if (!server.listen(address, quint16(port), &error)) {
        err(QStringLiteral("switchyard-cli mock: cannot listen on %1: %2").arg(listenValue, error));
        return Failed;
    }
    QStringList models;
    for (const MockModel &m : mockConfig.models)
        models.append(m.id);
    out(QStringLiteral("simulated providers listening on http://%1:%2/v1 (models: %3)")
            .arg(address.toString())
            .arg(server.port())
            .arg(models.join(QStringLiteral(", "))));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int) { QCoreApplication::quit(); });
    const int code = QCoreApplication::exec();
    out(QStringLiteral("served %1 request(s)").arg(server.provider().requestsServed()));
    return code;
}

} // namespace sy::cli
