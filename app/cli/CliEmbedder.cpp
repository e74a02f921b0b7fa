#include "CliEmbedder.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliCredentials.h"
#include "demo/DemoWorkspace.h"
#include "store/WorkspaceResponseCache.h"

namespace sy::cli {

std::unique_ptr<Embedder> Embedder::create(const Policy &policy, bool demo, const QString &workspaceFile, QString *error)
{
    std::unique_ptr<Embedder> e(new Embedder);
    QString simulatorUrl;
    if (demo) {
        e->m_simulator = std::make_unique<MockServer>(DemoWorkspace::simulatorConfig(), 1);
        if (!e->m_simulator->listen(QHostAddress::LocalHost, 0, error)) {
            *error = QStringLiteral("the simulated providers could not start: %1").arg(*error);
            return nullptr;
        }
        simulatorUrl = e->m_simulator->baseUrl();
    }
    if (!workspaceFile.isEmpty()) {
        e->m_workspace = Workspace::open(workspaceFile, error);
        if (!e->m_workspace)
            return nullptr;
        e->m_cache = std::make_shared<WorkspaceResponseCache>(e->m_workspace.get());
    }
    QStringList warnings;
    e->m_runtime = ProxyRuntime::create(policy, credentialsFor(policy), [simulatorUrl](const QString &) { return simulatorUrl; }, &warnings);
    return e;
}

Embedder::~Embedder()
{
    if (m_workspace)
        m_workspace->waitForWrites(); // the cache's stores land before the program ends
}

std::optional<std::vector<float>> Embedder::embed(const QString &modelRef, const QString &text, bool *fromCache, QString *error)
{
    const int upstream = m_runtime->policy->upstreamByRef.value(modelRef, -1);
    if (upstream < 0) {
        *error = QStringLiteral("the policy has no model '%1'").arg(modelRef);
        return std::nullopt;
    }
    const CompiledPolicy &policy = *m_runtime->policy;
    const ProviderRoute &provider = m_runtime->providers[size_t(policy.upstreams[size_t(upstream)].providerIndex)];
    if (!provider.unavailable.isEmpty()) {
        *error = provider.unavailable;
        return std::nullopt;
    }
    const QString providerId = policy.provider(upstream).id, modelId = policy.model(upstream).id;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("model"), modelId}, {QStringLiteral("input"), text}}).toJson(QJsonDocument::Compact);
    const QByteArray key = ResponseCache::keyFor(providerId, modelId, body, 0);
    QByteArray answer;
    int status = 0;
    *fromCache = false;
    if (m_cache)
        if (const auto cached = m_cache->lookup(key)) {
            answer = cached->body;
            status = cached->status;
            *fromCache = true;
        }
    if (!*fromCache) {
        UpstreamRequest request;
        request.endpoint = provider.endpoint;
        request.path = "/embeddings";
        request.headers = provider.headers;
        request.body = body;
        request.totalTimeoutMs = 60000;
        QEventLoop loop;
        QString failure;
        UpstreamCall call = m_pool.send(std::move(request), {[&](int s, const HttpHeaders &) { status = s; },
                                                              [&](QByteArrayView data) { answer.append(data.data(), data.size()); },
                                                              [&] { loop.quit(); },
                                                              [&](UpstreamError, const QString &message) {
                                                                  failure = message;
                                                                  loop.quit();
                                                              }});
        loop.exec();
        if (!failure.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(modelRef, failure);
            return std::nullopt;
        }
        if (status == 200 && m_cache)
            m_cache->store(key, providerId, modelId, {status, "application/json", answer, 0, -1, 0, 0, 0});
    }
    const QJsonArray vector = QJsonDocument::fromJson(answer)[QStringLiteral("data")][0][QStringLiteral("embedding")].toArray();
    if (status != 200 || vector.isEmpty()) {
        *error = QStringLiteral("%1 answered %2 without an embedding: %3").arg(modelRef).arg(status).arg(QString::fromUtf8(answer.left(300)));
        return std::nullopt;
    }
    std::vector<float> v;
    for (const QJsonValue &x : vector)
        v.push_back(float(x.toDouble()));
    return v;
}

} // namespace sy::cli
