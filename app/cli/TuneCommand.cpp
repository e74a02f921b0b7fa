#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "CliEmbedder.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "json/JsonReader.h"
#include "learn/SemanticRouter.h"
#include "policy/PolicyReader.h"
#include "routing/SelectorRegistry.h"

namespace sy::cli {

int runTune(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("tune");
    CommandLine cli(cmd, QStringLiteral(
        "Tunes the thresholds of a route's semantic selector from labelled utterances (JSONL lines {\"text\", \"label\"}; a missing or "
        "empty label means the utterance belongs to no candidate and should take the default). Prints each candidate's precision, "
        "recall and F1 at the threshold of best F1; --write saves the policy with those thresholds."));
    QCommandLineParser &parser = cli.parser();
    cli.addPositional(QStringLiteral("POLICY"), QStringLiteral("The policy file."));
    QCommandLineOption route(QStringLiteral("route"), QStringLiteral("The route (default: the first with a semantic selector)."), QStringLiteral("ALIAS"));
    QCommandLineOption labelled(QStringLiteral("labelled"), QStringLiteral("Labelled utterances (JSONL)."), QStringLiteral("FILE"));
    QCommandLineOption write(QStringLiteral("write"), QStringLiteral("Write the policy with the tuned thresholds here."), QStringLiteral("POLICY"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Embeddings encoder: cache the utterances' embeddings in this workspace."),
                                 QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Embeddings encoder: serve sim:// providers with the demo's simulated models."));
    parser.addOptions({route, labelled, write, json, workspace, demo});
    cli.require(labelled);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    const QString policyFile = cli.positional().front();
    if (!requireReadableFile(cmd, QStringLiteral("policy"), policyFile) ||
        !requireReadableFile(cmd, QStringLiteral("labelled utterances"), parser.value(labelled)))
        return Usage;
    Diagnostics diagnostics;
    auto policy = PolicyReader::fromFile(policyFile, diagnostics);
    if (!policy) {
        err(diagnostics.toString(policyFile));
        return Failed;
    }
    Node *selectorNode = nullptr;
    QString path;
    for (size_t r = 0; r < policy->routes.size(); ++r)
        if (!parser.isSet(route) || policy->routes[r].alias == parser.value(route))
            forEachNode(policy->routes[r].root, jsonPathIndex(QStringLiteral("$.routes"), qsizetype(r)) + QStringLiteral(".root"),
                        [&](Node &node, const QString &nodePath) {
                            if (!selectorNode && node.kind == NodeKind::Selector && node.method == u"semantic") {
                                selectorNode = &node;
                                path = nodePath;
                            }
                        });
    if (!selectorNode) {
        err(QStringLiteral("%1: no semantic selector in %2").arg(policyFile, parser.isSet(route) ? QStringLiteral("route '%1'").arg(parser.value(route)) : QStringLiteral("any route")));
        return Failed;
    }
    const auto selector = std::dynamic_pointer_cast<const SemanticSelector>(SelectorRegistry::make(*selectorNode, path, diagnostics));
    QStringList labels;
    for (const Arm &a : selectorNode->arms)
        labels.append(a.label);

    QFile in(parser.value(labelled));
    if (!in.open(QIODevice::ReadOnly))
        return usageError(cmd, QStringLiteral("cannot read '%1': %2").arg(in.fileName(), in.errorString()));
    std::vector<LabelledUtterance> data;
    int lineNumber = 0;
    for (const QByteArray &line : in.readAll().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const QJsonObject o = doc.object();
        const QString label = o.value(QStringLiteral("label")).toString();
        if (error.error != QJsonParseError::NoError || !o.value(QStringLiteral("text")).isString()) {
            err(QStringLiteral("%1:%2: expected {\"text\": \"...\", \"label\": \"...\"}%3")
                    .arg(in.fileName())
                    .arg(lineNumber)
                    .arg(error.error != QJsonParseError::NoError ? QStringLiteral(" (") + error.errorString() + u')' : QString()));
            return Failed;
        }
        if (!label.isEmpty() && !labels.contains(label)) {
            err(QStringLiteral("%1:%2: label '%3' is not a candidate of the selector (it has: %4)").arg(in.fileName()).arg(lineNumber).arg(label, labels.join(QStringLiteral(", "))));
            return Failed;
        }
        data.push_back({o.value(QStringLiteral("text")).toString(), label});
    }
    std::vector<ThresholdChoice> choices;
    if (selector->embeddingModel().isEmpty()) {
        choices = tuneThresholds(*selector, labels, data);
    } else {
        // The embeddings encoder: each utterance embedded by the selector's provider first.
        QString error;
        const auto embedder = Embedder::create(*policy, parser.isSet(demo), parser.value(workspace), &error);
        if (!embedder) {
            err(QStringLiteral("switchyard-cli tune: %1").arg(error));
            return Failed;
        }
        std::vector<std::vector<double>> similarities;
        std::vector<QString> truth;
        for (const LabelledUtterance &u : data) {
            bool fromCache = false;
            const auto v = embedder->embed(selector->embeddingModel(), u.text, &fromCache, &error);
            if (!v) {
                err(QStringLiteral("%1: %2").arg(in.fileName(), error));
                return Failed;
            }
            similarities.push_back(selector->similarities(*v));
            truth.push_back(u.label);
        }
        choices = tuneThresholds(labels, similarities, truth);
    }
    QJsonArray report;
    QJsonObject params = selectorNode->params;
    QJsonObject routes = params.value(QStringLiteral("routes")).toObject();
    for (const ThresholdChoice &c : choices) {
        report.append(QJsonObject{{QStringLiteral("candidate"), c.label}, {QStringLiteral("threshold"), c.threshold}, {QStringLiteral("precision"), c.precision},
                                  {QStringLiteral("recall"), c.recall}, {QStringLiteral("f1"), c.f1}, {QStringLiteral("support"), c.support}});
        QJsonObject r = routes.value(c.label).toObject();
        r.insert(QStringLiteral("threshold"), c.threshold);
        routes.insert(c.label, r);
    }
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        out(QStringLiteral("%1 labelled utterances; selector at %2").arg(data.size()).arg(path));
        for (const ThresholdChoice &c : choices)
            out(QStringLiteral("  %1: threshold %2, precision %3, recall %4, F1 %5 (%6 examples)")
                    .arg(c.label)
                    .arg(c.threshold, 0, 'f', 2)
                    .arg(c.precision, 0, 'f', 3)
                    .arg(c.recall, 0, 'f', 3)
                    .arg(c.f1, 0, 'f', 3)
                    .arg(c.support));
    }
    if (parser.isSet(write)) {
        params.insert(QStringLiteral("routes"), routes);
        selectorNode->params = params;
        if (!writePolicyFile(*policy, parser.value(write)))
            return Failed;
    }
    return Ok;
}

} // namespace sy::cli
