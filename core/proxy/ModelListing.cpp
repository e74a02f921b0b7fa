#include "proxy/ModelListing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "http/ApiErrors.h"
#include "upstream/UpstreamPool.h"

namespace sy {

namespace {

constexpr int kListTimeoutMs = 5000;

QJsonObject modelEntry(const QString &id, ApiFormat format)
{
    if (format == ApiFormat::AnthropicMessages)
        return {{QStringLiteral("type"), QStringLiteral("model")}, {QStringLiteral("id"), id},
                {QStringLiteral("display_name"), id}, {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}};
    return {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), 0}, {QStringLiteral("owned_by"), QStringLiteral("switchyard")}};
}

QByteArray listBody(const QStringList &ids, ApiFormat format)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(modelEntry(id, format));
    const QJsonObject body = format == ApiFormat::AnthropicMessages
                                 ? QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), false}}
                                 : QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Both APIs answer {"data": [{"id": ...}, ...]}.
QStringList idsFromListing(const QByteArray &body)
{
    QStringList ids;
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &entry : data)
        if (const QString id = entry.toObject().value(QStringLiteral("id")).toString(); !id.isEmpty())
            ids.append(id);
    return ids;
}

struct Gathering
{
    ApiFormat format;
    HttpResponder responder;
    QString onlyId;                    // one model asked for by id
    QStringList fixed;                 // aliases and named pass-through models
    std::vector<QStringList> listed;   // one slot per wildcard provider
    std::vector<QByteArray> bodies;
    int pending = 0;

    void done()
    {
        if (--pending > 0)
            return;
        QStringList ids = fixed;
        for (const QStringList &slot : listed)
            for (const QString &id : slot)
                if (!ids.contains(id))
                    ids.append(id);
        if (onlyId.isEmpty()) {
            responder.respond(200, {{"Content-Type", "application/json"}}, listBody(ids, format));
        } else if (ids.contains(onlyId)) {
            responder.respond(200, {{"Content-Type", "application/json"}},
                              QJsonDocument(modelEntry(onlyId, format)).toJson(QJsonDocument::Compact));
        } else {
            responder.respond(404, {{"Content-Type", "application/json"}},
                              apiErrorBody(format, 404, QStringLiteral("no model or route '%1' here").arg(onlyId), "model_not_found"));
        }
    }
};

} // namespace

void answerModelList(std::shared_ptr<ProxyRuntime> runtime, ApiFormat format, UpstreamPool *pool, HttpResponder responder,
                     const QString &onlyId)
{
    const Policy &policy = runtime->policy->policy;
    auto gathering = std::make_shared<Gathering>();
    gathering->format = format;
    gathering->responder = responder;
    gathering->onlyId = onlyId;
    for (const Route &r : policy.routes)
        gathering->fixed.append(r.alias);
    std::vector<std::pair<QString, int>> wildcards; // entry, provider index
    for (const QString &entry : policy.passthroughModels) {
        if (!entry.endsWith(u"/*")) {
            gathering->fixed.append(entry);
            continue;
        }
        const QString providerId = entry.chopped(2);
        for (size_t i = 0; i < policy.providers.size(); ++i)
            if (policy.providers[i].id == providerId)
                wildcards.emplace_back(entry, int(i));
    }
    gathering->listed.resize(wildcards.size());
    gathering->bodies.resize(wildcards.size());
    gathering->pending = int(wildcards.size()) + 1;
    for (size_t slot = 0; slot < wildcards.size(); ++slot) {
        const auto &[entry, providerIndex] = wildcards[slot];
        const ProviderRoute &provider = runtime->providers[size_t(providerIndex)];
        gathering->listed[slot] = {entry}; // stands in unless the provider answers
        if (!provider.unavailable.isEmpty()) {
            --gathering->pending;
            continue;
        }
        UpstreamRequest request;
        request.endpoint = provider.endpoint;
        request.method = "GET";
        request.path = "/models";
        request.headers = provider.headers;
        request.connectTimeoutMs = qMin(provider.connectTimeoutMs, kListTimeoutMs);
        request.firstByteTimeoutMs = kListTimeoutMs;
        request.totalTimeoutMs = kListTimeoutMs;
        auto status = std::make_shared<int>(0);
        pool->send(std::move(request),
                   {[status](int code, const HttpHeaders &) { *status = code; },
                    [gathering, slot](QByteArrayView data) { gathering->bodies[slot].append(data); },
                    [gathering, slot, status] {
                        if (*status == 200)
                            if (QStringList ids = idsFromListing(gathering->bodies[slot]); !ids.isEmpty())
                                gathering->listed[slot] = ids;
                        gathering->done();
                    },
                    [gathering](UpstreamError, const QString &) { gathering->done(); }});
    }
    gathering->done(); // the routes' own share; answers now when no provider was asked
}

} // namespace sy
