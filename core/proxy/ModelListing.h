#pragma once

#include <memory>

#include "http/HttpServer.h"
#include "proxy/ProxyRuntime.h"
#include "routing/RequestFeatures.h"

namespace sy {

class UpstreamPool;

// GET /v1/models: the policy's route aliases and named pass-through models, and for a
// "provider/*" pass-through the models that provider lists itself (asked with a short timeout;
// if it cannot answer, the "provider/*" entry stands in for them).
void answerModelList(std::shared_ptr<ProxyRuntime> runtime, ApiFormat format, UpstreamPool *pool, HttpResponder responder);

} // namespace sy
