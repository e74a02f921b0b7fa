#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "CliCredentials.h"
#include "CliEmbedder.h"
#include "CliOutput.h"
#include "Commands.h"
#include "demo/DemoWorkspace.h"
#include "json/JsonReader.h"
#include "learn/SemanticRouter.h"
#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "policy/SelectorMethods.h"
#include "store/Workspace.h"
#include "store/WorkspaceResponseCache.h"

namespace sy::cli {

namespace {

// The first semantic selector of a node tree, with its JSON path.
Node *findSemantic(Node &node, const QString &path, QString *where)
{
    if (node.kind == NodeKind::Selector && node.method == u"semantic") {
        *where = path;
        return &node;
    }
    for (size_t i = 0; i < node.children.size(); ++i)
        if (Node *n = findSemantic(node.children[i], jsonPathIndex(path + QStringLiteral(".children"), qsizetype(i)), where))
            return n;
    for (size_t i = 0; i < node.arms.size(); ++i)
        if (Node *n = findSemantic(node.arms[i].node, jsonPathIndex(path + (node.kind == NodeKind::Weighted ? QStringLiteral(".arms") : QStringLiteral(".candidates")), qsizetype(i)) + QStringLiteral(".node"), where))
            return n;
    for (size_t i = 0; i < node.rules.size(); ++i)
        if (Node *n = findSemantic(node.rules[i].then, jsonPathIndex(path + QStringLiteral(".rules"), qsizetype(i)) + QStringLiteral(".then"), where))
            return n;
    if (node.defaultNode)
        return findSemantic(*node.defaultNode, path + QStringLiteral(".default"), where);
    return nullptr;
}

} // namespace

int runTune(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("tune");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tunes the thresholds of a route's semantic selector from labelled utterances (JSONL lines {\"text\", \"label\"}; a missing or "
        "empty label means the utterance belongs to no candidate and should take the default). Prints each candidate's precision, "
        "recall and F1 at the threshold of best F1; --write saves the policy with those thresholds."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("POLICY"), QStringLiteral("The policy file."));
    QCommandLineOption route(QStringLiteral("route"), QStringLiteral("The route (default: the first with a semantic selector)."), QStringLiteral("ALIAS"));
    QCommandLineOption labelled(QStringLiteral("labelled"), QStringLiteral("Labelled utterances (JSONL)."), QStringLiteral("FILE"));
    QCommandLineOption write(QStringLiteral("write"), QStringLiteral("Write the policy with the tuned thresholds here."), QStringLiteral("POLICY"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Embeddings encoder: cache the utterances' embeddings in this workspace."),
                                 QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Embeddings encoder: serve sim:// providers with the demo's simulated models."));
    parser.addOptions({route, labelled, write, json, workspace, demo});
    if (!parser.parse(arguments))
        return usageError(cmd, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(labelled))
        return usageError(cmd, QStringLiteral("expected POLICY and --labelled FILE"));
    const QString policyFile = parser.positionalArguments().front();
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
    for (size_t r = 0; r < policy->routes.size() && !selectorNode; ++r)
        if (!parser.isSet(route) || policy->routes[r].alias == parser.value(route))
            selectorNode = findSemantic(policy->routes[r].root, jsonPathIndex(QStringLiteral("$.routes"), qsizetype(r)) + QStringLiteral(".root"), &path);
    if (!selectorNode) {
        err(QStringLiteral("%1: no semantic selector in %2").arg(policyFile, parser.isSet(route) ? QStringLiteral("route '%1'").arg(parser.value(route)) : QStringLiteral("any route")));
        return Failed;
    }
    const auto selector = std::dynamic_pointer_cast<const SemanticSelector>(makeSelector(*selectorNode, path, diagnostics));
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
        std::unique_ptr<MockServer> simulator;
        QString simulatorUrl;
        if (parser.isSet(demo)) {
            QString error;
            simulator = std::make_unique<MockServer>(DemoWorkspace::simulatorConfig(), 1);
            if (!simulator->listen(QHostAddress::LocalHost, 0, &error)) {
                err(QStringLiteral("switchyard-cli tune: the simulated providers could not start: %1").arg(error));
                return Failed;
            }
            simulatorUrl = simulator->baseUrl();
        }
        std::unique_ptr<Workspace> ws;
        std::shared_ptr<WorkspaceResponseCache> cache;
        if (parser.isSet(workspace)) {
            QString error;
            ws = Workspace::open(parser.value(workspace), &error);
            if (!ws)
                return usageError(cmd, error);
            cache = std::make_shared<WorkspaceResponseCache>(ws.get());
        }
        QStringList warnings;
        Embedder embedder(ProxyRuntime::create(*policy, credentialsFor(*policy), [simulatorUrl](const QString &) { return simulatorUrl; }, &warnings), cache);
        std::vector<std::vector<double>> similarities;
        std::vector<QString> truth;
        for (const LabelledUtterance &u : data) {
            bool fromCache = false;
            QString error;
            const auto v = embedder.embed(selector->embeddingModel(), u.text, &fromCache, &error);
            if (!v) {
                err(QStringLiteral("%1: %2").arg(in.fileName(), error));
                return Failed;
            }
            similarities.push_back(selector->similarities(*v));
            truth.push_back(u.label);
        }
        if (ws)
            ws->waitForWrites();
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
        QSaveFile file(parser.value(write));
        const QByteArray text = PolicyWriter::toJsonText(*policy);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            err(QStringLiteral("cannot write '%1': %2").arg(parser.value(write), file.errorString()));
            return Failed;
        }
    }
    return Ok;
}

} // namespace sy::cli
