#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <memory>

#include "CliCredentials.h"
#include "CliEmbedder.h"
#include "CliOutput.h"
#include "Commands.h"
#include "demo/DemoWorkspace.h"
#include "learn/SemanticRouter.h"
#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "proxy/ProxyRuntime.h"
#include "store/Workspace.h"
#include "store/WorkspaceResponseCache.h"
#include "upstream/UpstreamPool.h"

namespace sy::cli {

namespace {

void semanticSelectors(Node &node, std::vector<Node *> &out)
{
    if (node.kind == NodeKind::Selector && node.method == u"semantic" && node.params.value(QStringLiteral("encoder")).toString() == u"embeddings")
        out.push_back(&node);
    for (Node &c : node.children)
        semanticSelectors(c, out);
    for (Arm &a : node.arms)
        semanticSelectors(a.node, out);
    for (Rule &r : node.rules)
        semanticSelectors(r.then, out);
    if (node.defaultNode)
        semanticSelectors(*node.defaultNode, out);
}

} // namespace

int runEmbed(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("embed");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Computes the example embeddings of every semantic selector with \"encoder\": \"embeddings\": each example utterance is sent to the "
        "selector's embedding_model, and the vectors are written into the policy (params.example_vectors). With --workspace the answers "
        "are cached there, so running it again asks only for new or changed examples."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("POLICY"), QStringLiteral("The policy file."));
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Where to write the policy with the vectors (may be POLICY itself)."), QStringLiteral("FILE"));
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Cache the embeddings in this workspace."), QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Serve sim:// providers with the demo's simulated models."));
    parser.addOptions({outFile, workspace, demo});
    if (!parser.parse(arguments))
        return usageError(cmd, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outFile))
        return usageError(cmd, QStringLiteral("expected POLICY and --out FILE"));
    const QString policyFile = parser.positionalArguments().front();
    if (!requireReadableFile(cmd, QStringLiteral("policy"), policyFile))
        return Usage;
    // Read leniently: the vectors this command writes are what the strict reader misses.
    QFile in(policyFile);
    if (!in.open(QIODevice::ReadOnly))
        return usageError(cmd, QStringLiteral("cannot read '%1': %2").arg(policyFile, in.errorString()));
    Diagnostics diagnostics;
    auto policy = PolicyReader::fromJsonTextLenient(in.readAll(), diagnostics);
    if (!policy) {
        err(diagnostics.toString(policyFile));
        return Failed;
    }
    std::vector<Node *> selectors;
    for (Route &r : policy->routes)
        semanticSelectors(r.root, selectors);
    if (selectors.empty()) {
        err(QStringLiteral("%1: no semantic selector with \"encoder\": \"embeddings\"").arg(policyFile));
        return Failed;
    }

    std::unique_ptr<MockServer> simulator;
    QString simulatorUrl;
    if (parser.isSet(demo)) {
        QString error;
        simulator = std::make_unique<MockServer>(DemoWorkspace::simulatorConfig(), 1);
        if (!simulator->listen(QHostAddress::LocalHost, 0, &error)) {
            err(QStringLiteral("switchyard-cli embed: the simulated providers could not start: %1").arg(error));
            return Failed;
        }
        simulatorUrl = simulator->baseUrl();
    }
    QStringList warnings;
    auto runtime = ProxyRuntime::create(*policy, credentialsFor(*policy), [simulatorUrl](const QString &) { return simulatorUrl; }, &warnings);
    std::unique_ptr<Workspace> ws;
    std::shared_ptr<WorkspaceResponseCache> cache;
    if (parser.isSet(workspace)) {
        QString error;
        ws = Workspace::open(parser.value(workspace), &error);
        if (!ws)
            return usageError(cmd, error);
        cache = std::make_shared<WorkspaceResponseCache>(ws.get());
    }
    Embedder embedder(runtime, cache);
    int embedded = 0, cached = 0;
    size_t dimensions = 0;
    for (Node *node : selectors) {
        const QString model = node->params.value(QStringLiteral("embedding_model")).toString();
        const QJsonObject routes = node->params.value(QStringLiteral("routes")).toObject();
        QJsonObject vectors;
        for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
            QJsonArray list;
            for (const QJsonValue &example : it.value()[QStringLiteral("examples")].toArray()) {
                bool fromCache = false;
                QString error;
                const auto v = embedder.embed(model, example.toString(), &fromCache, &error);
                if (!v) {
                    err(QStringLiteral("%1: %2").arg(policyFile, error));
                    return Failed;
                }
                list.append(SemanticSelector::vectorToBase64(*v));
                dimensions = v->size();
                ++embedded;
                cached += fromCache ? 1 : 0;
            }
            vectors.insert(it.key(), list);
        }
        node->params.insert(QStringLiteral("example_vectors"), vectors);
    }
    if (ws)
        ws->waitForWrites();
    Diagnostics problems;
    PolicyReader::validate(*policy, problems);
    if (!problems.isEmpty()) {
        err(problems.toString(policyFile));
        return Failed;
    }
    QSaveFile file(parser.value(outFile));
    const QByteArray text = PolicyWriter::toJsonText(*policy);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err(QStringLiteral("cannot write '%1': %2").arg(parser.value(outFile), file.errorString()));
        return Failed;
    }
    out(QStringLiteral("%1 example(s) embedded (%2 from the workspace cache), %3 dimensions; written to %4")
            .arg(embedded)
            .arg(cached)
            .arg(dimensions)
            .arg(parser.value(outFile)));
    return Ok;
}

} // namespace sy::cli
