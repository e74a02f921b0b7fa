#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include "CliCredentials.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "SignalWatcher.h"
#include "demo/DemoWorkspace.h"
#include "mock/MockProvider.h"
#include "net/TlsStream.h"
#include "proxy/CredentialPrefetch.h"
#include "policy/PolicyReader.h"
#include "proxy/ClientKeys.h"
#include "proxy/PolicyWatcher.h"
#include "proxy/ProxyHandler.h"
#include "proxy/ProxyService.h"
#include "store/RequestLogWriter.h"
#include "store/KeySync.h"
#include "store/WorkspaceResponseArchive.h"
#include "store/Workspace.h"

namespace sy::cli {

namespace {

QString routeList(const Policy &policy)
{
    QStringList aliases;
    for (const Route &r : policy.routes)
        aliases.append(r.alias);
    QString text = aliases.isEmpty() ? QStringLiteral("none") : aliases.join(QStringLiteral(", "));
    if (!policy.passthroughModels.isEmpty())
        text += QStringLiteral("; passed through: %1").arg(policy.passthroughModels.join(QStringLiteral(", ")));
    return text;
}

// The policy behind --upstream: no routes, every model name passed through to one provider.
std::optional<Policy> upstreamPolicy(const QString &url, const QString &kind, const QString &keyEnv, Diagnostics &diagnostics)
{
    QJsonObject provider{{QStringLiteral("id"), QStringLiteral("upstream")},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("base_url"), url}};
    if (!keyEnv.isEmpty())
        provider.insert(QStringLiteral("credential"), QJsonObject{{QStringLiteral("env"), keyEnv}});
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("switchyard.policy")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("name"), QStringLiteral("upstream")},
                               {QStringLiteral("description"), QStringLiteral("every model to %1").arg(url)},
                               {QStringLiteral("passthrough_models"), QJsonArray{QStringLiteral("upstream/*")}},
                               {QStringLiteral("providers"), QJsonArray{provider}},
                               {QStringLiteral("routes"), QJsonArray()}};
    return PolicyReader::fromJson(document, diagnostics);
}

} // namespace

int runProxy(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("proxy");
    CommandLine cli(cmd, QStringLiteral(
        "Serves OpenAI- and Anthropic-compatible endpoints that route every request by a policy, until SIGINT or "
        "SIGTERM (then in-flight requests finish first)."));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption policyOption(QStringLiteral("policy"), QStringLiteral("The policy file; reloaded when it changes."), QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Serve the demo policies with in-process simulated providers."));
    QCommandLineOption upstream(QStringLiteral("upstream"),
                                QStringLiteral("Forward every requested model to this provider base URL (such as http://127.0.0.1:8080/v1)."),
                                QStringLiteral("URL"));
    QCommandLineOption upstreamKind(QStringLiteral("upstream-kind"), QStringLiteral("The --upstream API: openai or anthropic."),
                                    QStringLiteral("KIND"), QStringLiteral("openai"));
    QCommandLineOption upstreamKeyEnv(QStringLiteral("upstream-key-env"),
                                      QStringLiteral("An environment variable holding the --upstream API key."), QStringLiteral("NAME"));
    QCommandLineOption caFile(QStringLiteral("ca-file"),
                              QStringLiteral("Also trust the CA certificates in this PEM file for HTTPS upstreams (a local server's own CA)."),
                              QStringLiteral("FILE"));
    QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port."), QStringLiteral("ADDR:PORT"),
                              QStringLiteral("127.0.0.1:4000"));
    QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads."), QStringLiteral("N"), QStringLiteral("2"));
    QCommandLineOption workspace(QStringLiteral("workspace"),
                                 QStringLiteral("The workspace: its virtual keys (kept current), stored Responses API responses and the request log."),
                                 QStringLiteral("FILE"));
    QCommandLineOption noRequestLog(QStringLiteral("no-request-log"),
                                    QStringLiteral("With --workspace: take keys and stored responses from it but write no request log "
                                                   "(budgets then restart from zero with the proxy)."));
    QCommandLineOption cacheMb(QStringLiteral("cache-mb"), QStringLiteral("The response cache's size bound in MB (routes opt in; default 64)."),
                               QStringLiteral("MB"), QStringLiteral("64"));
    QCommandLineOption clientKeysEnv(QStringLiteral("client-keys-env"),
                                     QStringLiteral("An environment variable holding the client keys, comma-separated; required to listen beyond loopback."),
                                     QStringLiteral("NAME"));
    QCommandLineOption drain(QStringLiteral("drain-timeout"), QStringLiteral("Seconds to let in-flight requests finish on shutdown."),
                             QStringLiteral("S"), QStringLiteral("30"));
    QCommandLineOption corsOrigin(QStringLiteral("cors-origin"),
                                  QStringLiteral("Let a browser app at this origin call the proxy (CORS), e.g. http://localhost:5173; repeat for more, '*' for any."),
                                  QStringLiteral("ORIGIN"));
    parser.addOptions({noRequestLog, cacheMb});
    parser.addOptions({policyOption, demo, upstream, upstreamKind, upstreamKeyEnv, caFile, listen, threads, workspace, clientKeysEnv, drain,
                       corsOrigin});
    if (const auto exit = cli.parse(arguments))
        return *exit;
    if (int(parser.isSet(policyOption)) + int(parser.isSet(demo)) + int(parser.isSet(upstream)) != 1)
        return usageError(cmd, QStringLiteral("give exactly one of --policy FILE, --demo and --upstream URL"));
    const QString kind = parser.value(upstreamKind);
    if (kind != u"openai" && kind != u"anthropic")
        return usageError(cmd, QStringLiteral("--upstream-kind wants openai or anthropic, got '%1'").arg(kind));
    if (!parser.isSet(upstream) && (parser.isSet(upstreamKind) || parser.isSet(upstreamKeyEnv)))
        return usageError(cmd, QStringLiteral("--upstream-kind and --upstream-key-env go with --upstream"));
    if (parser.isSet(caFile)) {
        QString error;
        if (!TlsStream::addTrustedCertificates(parser.value(caFile), &error))
            return usageError(cmd, QStringLiteral("--ca-file %1").arg(error));
    }
    QHostAddress address;
    quint16 port = 0;
    if (!ProxyService::Settings::parseListen(parser.value(listen), &address, &port))
        return usageError(cmd, QStringLiteral("--listen wants ADDRESS:PORT, got '%1'").arg(parser.value(listen)));
    bool ok = false;
    const int threadCount = parser.value(threads).toInt(&ok);
    if (!ok || threadCount < 1 || threadCount > 64)
        return usageError(cmd, QStringLiteral("--threads wants a number from 1 to 64"));
    const int cacheMegabytes = parser.value(cacheMb).toInt(&ok);
    if (!ok || cacheMegabytes < 0 || cacheMegabytes > 1024 * 1024)
        return usageError(cmd, QStringLiteral("--cache-mb wants a number of megabytes"));
    if (parser.isSet(noRequestLog) && !parser.isSet(workspace))
        return usageError(cmd, QStringLiteral("--no-request-log goes with --workspace"));
    const int drainSeconds = parser.value(drain).toInt(&ok);
    if (!ok || drainSeconds < 0)
        return usageError(cmd, QStringLiteral("--drain-timeout wants seconds"));

    QList<QByteArray> clientKeys;
    if (parser.isSet(clientKeysEnv)) {
        const QByteArray keys = qgetenv(parser.value(clientKeysEnv).toLocal8Bit().constData());
        for (const QByteArray &k : keys.split(','))
            if (!k.trimmed().isEmpty())
                clientKeys.append(k.trimmed());
        if (clientKeys.isEmpty())
            return usageError(cmd, QStringLiteral("environment variable %1 holds no client keys").arg(parser.value(clientKeysEnv)));
        if (const QString problem = ClientKeys::problemWith(clientKeys); !problem.isEmpty())
            return usageError(cmd, QStringLiteral("%1 (in %2)").arg(problem, parser.value(clientKeysEnv)));
    }
    const QString openProxy = QStringLiteral("refusing to listen on %1 without client keys: anyone who can reach it could spend "
                                             "your provider credits. Set --client-keys-env, create virtual keys in the --workspace "
                                             "('switchyard-cli keys create'), or listen on 127.0.0.1")
                                  .arg(address.toString());
    if (!address.isLoopback() && clientKeys.isEmpty() && !parser.isSet(workspace))
        return usageError(cmd, openProxy);

    Policy policy;
    std::unique_ptr<MockServer> simulator;
    if (parser.isSet(demo)) {
        policy = DemoWorkspace::combinedPolicy();
        simulator = std::make_unique<MockServer>(DemoWorkspace::simulatorConfig(), 1);
        QString error;
        if (!simulator->listen(QHostAddress::LocalHost, 0, &error)) {
            err(QStringLiteral("switchyard-cli proxy: the simulated providers could not start: %1").arg(error));
            return Failed;
        }
    } else if (parser.isSet(upstream)) {
        Diagnostics diagnostics;
        auto made = upstreamPolicy(parser.value(upstream), kind, parser.value(upstreamKeyEnv), diagnostics);
        if (!made) {
            err(QStringLiteral("switchyard-cli proxy: --upstream %1:\n%2").arg(parser.value(upstream), diagnostics.toString(QString())));
            return Failed;
        }
        policy = std::move(*made);
    } else {
        const QString file = parser.value(policyOption);
        if (!requireReadableFile(cmd, QStringLiteral("policy"), file))
            return Usage;
        Diagnostics diagnostics;
        auto loaded = PolicyReader::fromFile(file, diagnostics);
        if (!loaded) {
            err(diagnostics.toString(file));
            return Failed;
        }
        policy = std::move(*loaded);
    }

    ProxyRuntime::CredentialResolver credentials = credentialsFor(policy);
    const QString simulatorUrl = simulator ? simulator->baseUrl() : QString();
    const ProxyRuntime::SimulatorResolver simulators = [simulatorUrl](const QString &) { return simulatorUrl; };
    QStringList warnings;
    auto runtime = ProxyRuntime::create(policy, credentials, simulators, &warnings);
    for (const QString &w : std::as_const(warnings))
        err(QStringLiteral("warning: %1").arg(w));

    std::shared_ptr<Workspace> ws;
    std::unique_ptr<RequestLogWriter> logWriter;
    if (parser.isSet(workspace)) {
        QString error;
        ws = Workspace::open(parser.value(workspace), &error);
        if (!ws) {
            err(QStringLiteral("switchyard-cli proxy: %1").arg(error));
            return Failed;
        }
        if (!parser.isSet(noRequestLog))
            logWriter = std::make_unique<RequestLogWriter>(ws.get());
    }
    // The workspace's virtual keys, kept current while the proxy runs.
    auto keys = std::make_shared<KeyRegistry>();
    std::unique_ptr<KeySync> keySync;
    if (ws) {
        keySync = std::make_unique<KeySync>(ws, keys);
        keySync->loadNow();
        QObject::connect(keySync.get(), &KeySync::keysChanged, [](int count) { out(QStringLiteral("virtual keys: %1").arg(count)); });
        keySync->start();
        if (!keys->isEmpty())
            out(QStringLiteral("virtual keys: %1 (every request needs a key)").arg(keys->accounts().size()));
    }
    if (!address.isLoopback() && clientKeys.isEmpty() && keys->isEmpty())
        return usageError(cmd, openProxy);
    RequestLogWriter *logTarget = logWriter.get();
    auto handler = std::make_shared<ProxyHandler>(runtime, logTarget ? ProxyHandler::LogSink([logTarget](RequestLogEntry &&e) {
        logTarget->append(std::move(e));
    }) : ProxyHandler::LogSink());
    if (logTarget)
        handler->setFeedbackSink([logTarget](Feedback &&f) {
            logTarget->append(std::move(f));
            return true;
        });
    handler->setClientKeys(clientKeys);
    handler->setKeyRegistry(keys);
    handler->responseCache().setMaxBytes(qint64(cacheMegabytes) * 1024 * 1024);
    if (ws) // stored Responses API responses outlive this process in the workspace
        handler->responseStore().setArchive(std::make_shared<WorkspaceResponseArchive>(ws));

    HttpServer::Options options;
    options.workerThreads = threadCount;
    for (const QString &origin : parser.values(corsOrigin))
        options.corsOrigins.append(origin.trimmed().toUtf8());
    HttpServer server(handler, options);
    if (!server.listenOn(address, port)) {
        err(QStringLiteral("switchyard-cli proxy: cannot listen on %1: %2").arg(parser.value(listen), server.errorString()));
        return Failed;
    }
    out(QStringLiteral("switchyard proxy listening on http://%1:%2 (policy '%3', routes: %4)")
            .arg(address.toString())
            .arg(server.serverPort())
            .arg(policy.name, routeList(policy)));
    if (simulator)
        out(QStringLiteral("simulated providers at %1").arg(simulatorUrl));

    std::unique_ptr<PolicyWatcher> watcher;
    if (parser.isSet(policyOption)) {
        watcher = std::make_unique<PolicyWatcher>(QFileInfo(parser.value(policyOption)).absoluteFilePath());
        QObject::connect(watcher.get(), &PolicyWatcher::policyChanged, [&](const Policy &updated) {
            credentials = credentialsFor(updated);
            QStringList reloadWarnings;
            handler->setRuntime(ProxyRuntime::create(updated, credentials, simulators, &reloadWarnings));
            for (const QString &w : std::as_const(reloadWarnings))
                err(QStringLiteral("warning: %1").arg(w));
            out(QStringLiteral("reloaded policy '%1' (routes: %2)").arg(updated.name, routeList(updated)));
        });
        QObject::connect(watcher.get(), &PolicyWatcher::policyRejected, [](const QString &diagnostics) {
            err(QStringLiteral("policy change rejected, the previous policy keeps serving:\n%1").arg(diagnostics));
        });
    }

    SignalWatcher signalWatcher;
    QElapsedTimer draining;
    QTimer drainPoll;
    drainPoll.setInterval(50);
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, qApp, [&](int) {
        if (draining.isValid())
            return;
        server.close(); // no new connections; the ones open finish their requests
        draining.start();
        out(QStringLiteral("draining %1 request(s) in flight").arg(handler->activeRequests()));
        drainPoll.start();
    });
    QObject::connect(&drainPoll, &QTimer::timeout, qApp, [&] {
        if (handler->activeRequests() == 0 || draining.elapsed() > qint64(drainSeconds) * 1000)
            QCoreApplication::quit();
    });
    QCoreApplication::exec();
    const int left = handler->activeRequests();
    server.stop();
    if (logWriter) {
        logWriter->flush();
        ws->waitForWrites();
        out(QStringLiteral("request log: %1 entries written").arg(logWriter->written()));
    }
    out(left == 0 ? QStringLiteral("stopped") : QStringLiteral("stopped with %1 request(s) cut off after the drain timeout").arg(left));
    return left == 0 ? Ok : Failed;
}

} // namespace sy::cli
