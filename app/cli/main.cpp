#include <QCoreApplication>

#include "CliOutput.h"
#include "Commands.h"
#include "log/Logging.h"

namespace {

const char *kUsage = R"(Usage: switchyard-cli COMMAND [OPTIONS]

Commands:
  validate POLICY...          check policy files; exit 0 when valid, 1 with every error
  route POLICY REQUEST        print the routing decision for a request, with its trace
  proxy --policy FILE|--demo  serve the routing proxy (OpenAI and Anthropic APIs) on 127.0.0.1:4000
  mock [--listen ADDR:PORT]   serve simulated OpenAI- and Anthropic-compatible models
  replay --prompts FILE --candidate SPEC...
                              send a prompt set through candidate routes and models, score and report
  simulate --outcomes FILE (--policy POLICY | --learned --models M1,M2[,...])
                              evaluate a policy or a cross-validated learned router on an outcome matrix
  train --outcomes FILE --models M1,M2[,...] --out POLICY
                              train a learned router from an outcome matrix into a policy file
  tune POLICY --labelled FILE tune a semantic selector's thresholds from labelled utterances
  embed POLICY --out FILE     compute a semantic selector's example embeddings with its provider
  keys create|list|rotate|revoke|set --workspace FILE
                              virtual keys: budgets, rate limits, allowed routes and models, default route
  experiments --workspace FILE
                              the A/B readout of logged traffic: per-arm figures and always-valid verdicts
  rollout shadow|canary|promote|rollback|status --policy FILE --route ROUTE
                              a new model on a route in steps, with the readout as evidence, and back in one
  harvest --workspace FILE (--name SET | --out FILE | --preview)
                              logged requests into a redacted prompt set (by time, route, arm, client, feedback)

Options:
  -h, --help                  show this help (COMMAND --help for a command's options)
  -v, --version               show the version
  COMMAND --log-level LEVEL   what the log on standard error shows: debug, info (default), warning, error, off;
                              QT_LOGGING_RULES (e.g. switchyard.proxy.debug=true) still applies on top

Exit codes: 0 success, 1 invalid input or failed check, 2 usage error or missing file.)";

} // namespace

int main(int argc, char **argv)
{
    // Qt's own UNIX event dispatcher instead of glib's: measured on the proxy benchmark here,
    // 34% more requests per second and 26% less CPU per request. The CLI needs no glib integration.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchyard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
    sy::logging::useDefaultPattern();

    using namespace sy::cli;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        err(QString::fromUtf8(kUsage));
        return Usage;
    }
    const QString command = args.at(1);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        out(QString::fromUtf8(kUsage));
        return Ok;
    }
    if (command == u"-v" || command == u"--version") {
        out(QStringLiteral("switchyard-cli %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    // Each command parses its own options; the program name stays first for QCommandLineParser.
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0));
    if (command == u"validate")
        return runValidate(rest);
    if (command == u"route")
        return runRoute(rest);
    if (command == u"mock")
        return runMock(rest);
    if (command == u"proxy")
        return runProxy(rest);
    if (command == u"replay")
        return runReplay(rest);
    if (command == u"simulate")
        return runSimulate(rest);
    if (command == u"train")
        return runTrain(rest);
    if (command == u"tune")
        return runTune(rest);
    if (command == u"keys")
        return runKeys(rest);
    if (command == u"experiments")
        return runExperiments(rest);
    if (command == u"rollout")
        return runRollout(rest);
    if (command == u"harvest")
        return runHarvest(rest);
    if (command == u"embed")
        return runEmbed(rest);
    if (command.startsWith(QLatin1Char('-')))
        err(QStringLiteral("switchyard-cli: unknown option '%1'").arg(command));
    else
        err(QStringLiteral("switchyard-cli: unknown command '%1'").arg(command));
    err(QStringLiteral("Try 'switchyard-cli --help'."));
    return Usage;
}
