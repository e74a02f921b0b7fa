#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "proxy/ProxyRuntime.h"
#include "proxy/UpstreamHooks.h"
#include "upstream/UpstreamPool.h"

namespace sy::cli {

// Asks one upstream for the embedding of one text, waiting here (a command-line tool may).
class Embedder
{
public:
    Embedder(std::shared_ptr<ProxyRuntime> runtime, std::shared_ptr<ResponseCache> cache) : m_runtime(std::move(runtime)), m_cache(std::move(cache)) {}

    // The vector, or nothing with *error set.
    std::optional<std::vector<float>> embed(const QString &modelRef, const QString &text, bool *fromCache, QString *error);

private:
    std::shared_ptr<ProxyRuntime> m_runtime;
    std::shared_ptr<ResponseCache> m_cache;
    UpstreamPool m_pool;
};

} // namespace sy::cli
