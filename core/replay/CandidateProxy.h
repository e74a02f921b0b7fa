#pragma once

#include <memory>
#include <optional>

#include "http/HttpServer.h"
#include "proxy/ProxyHandler.h"
#include "replay/ReplayPlan.h"
#include "upstream/UpstreamPool.h"

namespace sy {

// An in-process proxy for one replay candidate (or judge) on 127.0.0.1, any free port: the same
// code live traffic goes through, with the replay's hooks (the plan's credentials, simulators
// and response cache, the shared provider gate) and a sink for its request log.
struct CandidateProxy
{
    std::unique_ptr<HttpServer> server; // keeps the handler, and that the runtime
    UpstreamEndpoint endpoint;

    // nullopt when it cannot listen.
    static std::optional<CandidateProxy> serve(const Policy &policy, const ReplayPlan &plan, std::shared_ptr<ProviderGate> gate,
                                               ProxyHandler::LogSink sink);
    void stop()
    {
        if (server)
            server->stop();
    }
};

} // namespace sy
