#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include "CliOutput.h"
#include "Commands.h"
#include "json/JsonReader.h"
#include "policy/PolicyReader.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

namespace sy::cli {

int runRoute(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("route");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the routing decision for a request and the trace that explains it. No model is called."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("POLICY"), QStringLiteral("The policy file (JSON)."));
    parser.addPositionalArgument(QStringLiteral("REQUEST"), QStringLiteral("A request body (JSON), or - for standard input."));
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
    if (!parser.parse(arguments))
        return usageError(cmd, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(cmd, QStringLiteral("expected POLICY and REQUEST"));
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

    RequestFeatures features = RequestFeatures::fromRequest(
        requestDoc->object(), formatName == u"anthropic" ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat);
    features.randomSeed = seedValue;
    const QStringList headers = parser.values(header);
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return usageError(cmd, QStringLiteral("--header wants NAME:VALUE, got '%1'").arg(h));
        features.headers.emplace_back(h.left(colon).trimmed().toLower(), h.mid(colon + 1).trimmed());
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

    const Decision decision = RoutingEngine::decide(*compiled, features, live);
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(TraceFormatter::toJson(*compiled, features, decision)).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QStringList targets;
        for (const DecisionStep &s : decision.steps)
            targets.append(compiled->upstreams[s.upstream].ref);
        if (decision.status == Decision::Status::Ok)
            out(QStringLiteral("targets: %1").arg(targets.join(QStringLiteral(" -> "))));
        out(QStringLiteral("features: prompt_tokens=%1 messages=%2 tools=%3 images=%4 json=%5 stream=%6")
                .arg(features.promptTokens)
                .arg(features.messageCount)
                .arg(features.hasTools ? QStringLiteral("yes") : QStringLiteral("no"),
                     features.hasImages ? QStringLiteral("yes") : QStringLiteral("no"),
                     features.jsonResponse ? QStringLiteral("yes") : QStringLiteral("no"),
                     features.stream ? QStringLiteral("yes") : QStringLiteral("no")));
        out(QStringLiteral("trace:"));
        const QStringList lines = TraceFormatter::lines(*compiled, features, decision);
        for (const QString &line : lines)
            out(QStringLiteral("  ") + line);
    }
    return decision.status == Decision::Status::Ok ? Ok : Failed;
}

} // namespace sy::cli
