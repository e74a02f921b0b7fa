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
// With `onlyId`: GET /v1/models/{id}, that model's entry alone, or a 404 in the API's shape.
void answerModelList(std::shared_ptr<ProxyRuntime> runtime, ApiFormat format, UpstreamPool *pool, HttpResponder responder,
                     const QString &onlyId = {});

} // namespace sy
