#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "json/JsonReader.h"
#include "policy/PolicyReader.h"
#include "routing/RoutingEngine.h"
#include "routing/RouteExplainer.h"

namespace sy::cli {

int runRoute(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("route");
    CommandLine cli(cmd, QStringLiteral(
        "Prints the routing decision for a request and the trace that explains it. No model is called."));
    QCommandLineParser &parser = cli.parser();
    cli.addPositional(QStringLiteral("POLICY"), QStringLiteral("The policy file (JSON)."));
    cli.addPositional(QStringLiteral("REQUEST"), QStringLiteral("A request body (JSON), or - for standard input."));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the decision as JSON."));
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Request format: openai (default) or anthropic."),
                              QStringLiteral("FORMAT"), QStringLiteral("openai"));
    QCommandLineOption header(QStringLiteral("header"), QStringLiteral("A request header, NAME:VALUE (repeatable)."),
                              QStringLiteral("NAME:VALUE"));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed for non-sticky weighted choices."),
                            QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption open(QStringLiteral("open"), QStringLiteral("Treat a target's breaker as open (provider/model, repeatable)."),
                            QStringLiteral("TARGET"));
    QCommandLineOption inFlight(QStringLiteral("in-flight"), QStringLiteral("Requests in flight at a target, TARGET=N (repeatable)."),
                                QStringLiteral("TARGET=N"));
    parser.addOptions({json, format, header, seed, open, inFlight});
    if (const auto exit = cli.parse(arguments))
        return *exit;
    const QStringList positional = cli.positional();
    const QString formatName = parser.value(format);
    if (formatName != u"openai" && formatName != u"anthropic")
        return usageError(cmd, QStringLiteral("--format must be openai or anthropic, not '%1'").arg(formatName));
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(cmd, QStringLiteral("--seed must be a non-negative integer"));

    if (!requireReadableFile(cmd, QStringLiteral("policy"), positional[0]))
        return Usage;
    QByteArray requestText;
    if (positional[1] == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(cmd, QStringLiteral("cannot read standard input"));
        requestText = in.readAll();
    } else {
        if (!requireReadableFile(cmd, QStringLiteral("request"), positional[1]))
            return Usage;
        QFile in(positional[1]);
        if (!in.open(QIODevice::ReadOnly))
            return usageError(cmd, QStringLiteral("cannot read '%1': %2").arg(positional[1], in.errorString()));
        requestText = in.readAll();
    }

    Diagnostics diagnostics;
    auto policy = PolicyReader::fromFile(positional[0], diagnostics);
    if (!policy) {
        err(diagnostics.toString(positional[0]));
        return Failed;
    }
    const auto requestDoc = parseJsonText(requestText, diagnostics);
    if (!requestDoc || !requestDoc->isObject()) {
        if (requestDoc)
            diagnostics.add(QStringLiteral("$"), QStringLiteral("expected a request object"));
        err(diagnostics.toString(positional[1]));
        return Failed;
    }
    const auto compiled = CompiledPolicy::compile(std::move(*policy));

    std::vector<std::pair<QString, QString>> headerValues;
    const QStringList headers = parser.values(header);
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return usageError(cmd, QStringLiteral("--header wants NAME:VALUE, got '%1'").arg(h));
        headerValues.emplace_back(h.left(colon).trimmed().toLower(), h.mid(colon + 1).trimmed());
    }
    std::vector<UpstreamLive> live(compiled->upstreams.size());
    const QStringList openTargets = parser.values(open);
    for (const QString &t : openTargets) {
        const int index = compiled->upstreamByRef.value(t, -1);
        if (index < 0)
            return usageError(cmd, QStringLiteral("--open: the policy has no target '%1'").arg(t));
        live[index].breakerOpen = true;
    }
    const QStringList inFlightValues = parser.values(inFlight);
    for (const QString &t : inFlightValues) {
        const qsizetype eq = t.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const int n = eq > 0 ? t.mid(eq + 1).toInt(&ok) : 0;
        const int index = eq > 0 ? compiled->upstreamByRef.value(t.left(eq), -1) : -1;
        if (!ok || index < 0)
            return usageError(cmd, QStringLiteral("--in-flight wants TARGET=N with a target of the policy, got '%1'").arg(t));
        live[index].inFlight = n;
    }

    const RouteExplanation e = RouteExplainer::explain(*compiled, requestDoc->object(),
                                                       formatName == u"anthropic" ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat,
                                                       headerValues, seedValue, live);
    const Decision &decision = e.decision;
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(e.json).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        if (decision.status == Decision::Status::Ok)
            out(QStringLiteral("targets: %1").arg(e.targets.join(QStringLiteral(" -> "))));
        out(QStringLiteral("features: %1").arg(e.featureSummary));
        out(QStringLiteral("trace:"));
        for (const QString &line : e.trace)
            out(QStringLiteral("  ") + line);
    }
    return decision.status == Decision::Status::Ok ? Ok : Failed;
}

} // namespace sy::cli
