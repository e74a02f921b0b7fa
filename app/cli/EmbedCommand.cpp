#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

#include "CliEmbedder.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "learn/SemanticRouter.h"
#include "policy/PolicyReader.h"

namespace sy::cli {

int runEmbed(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("embed");
    CommandLine cli(cmd, QStringLiteral(
        "Computes the example embeddings of every semantic selector with \"encoder\": \"embeddings\": each example utterance is sent to the "
        "selector's embedding_model, and the vectors are written into the policy (params.example_vectors). With --workspace the answers "
        "are cached there, so running it again asks only for new or changed examples."));
    QCommandLineParser &parser = cli.parser();
    cli.addPositional(QStringLiteral("POLICY"), QStringLiteral("The policy file."));
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Where to write the policy with the vectors (may be POLICY itself)."), QStringLiteral("FILE"));
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Cache the embeddings in this workspace."), QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Serve sim:// providers with the demo's simulated models."));
    parser.addOptions({outFile, workspace, demo});
    cli.require(outFile);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    const QString policyFile = cli.positional().front();
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
        forEachNode(r.root, QString(), [&selectors](Node &node, const QString &) {
            if (node.kind == NodeKind::Selector && node.method == u"semantic" && node.params.value(QStringLiteral("encoder")).toString() == u"embeddings")
                selectors.push_back(&node);
        });
    if (selectors.empty()) {
        err(QStringLiteral("%1: no semantic selector with \"encoder\": \"embeddings\"").arg(policyFile));
        return Failed;
    }
    QString error;
    const auto embedder = Embedder::create(*policy, parser.isSet(demo), parser.value(workspace), &error);
    if (!embedder) {
        err(QStringLiteral("switchyard-cli embed: %1").arg(error));
        return Failed;
    }
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
                const auto v = embedder->embed(model, example.toString(), &fromCache, &error);
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
    if (!writePolicyFile(*policy, parser.value(outFile)))
        return Failed;
    out(QStringLiteral("%1 example(s) embedded (%2 from the workspace cache), %3 dimensions; written to %4")
            .arg(embedded)
            .arg(cached)
            .arg(dimensions)
            .arg(parser.value(outFile)));
    return Ok;
}

} // namespace sy::cli
