#include "providers/LocalServerScan.h"

#include <QUrl>

#include "policy/ModelCatalog.h"
#include "providers/ProviderProbe.h"

namespace sy {

std::vector<LocalServerScan::Target> LocalServerScan::defaultTargets()
{
    std::vector<Target> out;
    for (const CatalogProvider &p : ModelCatalog::builtIn().providers()) {
        const QString host = QUrl(p.baseUrl).host();
        if (host == u"127.0.0.1" || host == u"localhost" || host == u"::1")
            out.push_back({p.id, p.name, p.baseUrl});
    }
    return out;
}

ProviderSpec LocalServerScan::providerFor(const Found &found)
{
    ProviderSpec p;
    p.id = found.target.presetId;
    p.kind = ProviderKind::OpenAI;
    p.baseUrl = found.target.baseUrl;
    for (const QString &id : found.models) {
        ModelSpec m;
        m.id = id;
        m.capabilities.set(Capability::Streaming);
        p.models.push_back(m); // local: no price
    }
    return p;
}

LocalServerScan::LocalServerScan(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::vector<sy::LocalServerScan::Found>>();
}

LocalServerScan::~LocalServerScan() = default;

void LocalServerScan::scan(std::vector<Target> targets, int timeoutMs)
{
    const quint64 generation = ++m_generation; // a new scan makes the last one's answers stale
    m_probes.clear();
    m_targets = std::move(targets);
    m_results.assign(m_targets.size(), std::nullopt);
    m_waiting = int(m_targets.size());
    if (m_waiting == 0) {
        QMetaObject::invokeMethod(this, [this] { emit finished({}); }, Qt::QueuedConnection);
        return;
    }
    for (size_t i = 0; i < m_targets.size(); ++i) {
        auto probe = std::make_unique<ProviderProbe>();
        connect(probe.get(), &ProviderProbe::finished, this, [this, i, generation](const ProviderProbe::Result &r) {
            if (generation != m_generation)
                return;
            if (r.ok)
                m_results[i] = Found{m_targets[i], r.models, r.elapsedMs};
            if (--m_waiting == 0) {
                std::vector<Found> found;
                for (const auto &f : m_results)
                    if (f)
                        found.push_back(*f);
                emit finished(found);
            }
        });
        ProviderSpec spec;
        spec.kind = ProviderKind::OpenAI;
        spec.baseUrl = m_targets[i].baseUrl;
        probe->probe(spec, {}, timeoutMs);
        m_probes.push_back(std::move(probe));
    }
}

} // namespace sy
