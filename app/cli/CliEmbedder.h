#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "mock/MockProvider.h"
#include "proxy/ProxyRuntime.h"
#include "store/Workspace.h"
#include "proxy/UpstreamHooks.h"
#include "upstream/UpstreamPool.h"

namespace sy::cli {

// Asks one upstream for the embedding of one text, waiting here (a command-line tool may).
class Embedder
{
public:
    // For the policy's providers; `demo` serves sim:// providers with the simulated models, and a
    // workspace file caches the answers. Nothing, with *error set, when either cannot start.
    static std::unique_ptr<Embedder> create(const Policy &policy, bool demo, const QString &workspaceFile, QString *error);
    ~Embedder();

    // The vector, or nothing with *error set.
    std::optional<std::vector<float>> embed(const QString &modelRef, const QString &text, bool *fromCache, QString *error);

private:
    Embedder() = default;
    std::unique_ptr<MockServer> m_simulator;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<ProxyRuntime> m_runtime;
    std::shared_ptr<ResponseCache> m_cache;
    UpstreamPool m_pool;
};

} // namespace sy::cli
