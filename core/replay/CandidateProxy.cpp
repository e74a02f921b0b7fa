#include "replay/CandidateProxy.h"

namespace sy {

std::optional<CandidateProxy> CandidateProxy::serve(const Policy &policy, const ReplayPlan &plan, std::shared_ptr<ProviderGate> gate,
                                                    ProxyHandler::LogSink sink)
{
    QStringList warnings;
    auto runtime = ProxyRuntime::create(policy, plan.credentials, plan.simulators, &warnings);
    runtime->cache = plan.cache;
    runtime->cacheReads = !plan.bypassCache;
    runtime->gate = std::move(gate);
    auto handler = std::make_shared<ProxyHandler>(runtime, std::move(sink));
    HttpServer::Options options;
    options.workerThreads = 1;
    CandidateProxy proxy;
    proxy.server = std::make_unique<HttpServer>(handler, options);
    if (!proxy.server->listenOn(QHostAddress::LocalHost, 0))
        return std::nullopt;
    const auto endpoint = UpstreamEndpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(proxy.server->serverPort()));
    if (!endpoint)
        return std::nullopt;
    proxy.endpoint = *endpoint;
    return proxy;
}

} // namespace sy
