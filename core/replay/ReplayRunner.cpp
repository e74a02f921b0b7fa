#include "replay/ReplayRunner.h"

#include "replay/CellCost.h"
#include "replay/ReplayWorker.h"

namespace sy {

ReplayCandidate ReplayCandidate::forRoute(const Policy &policy, const QString &route)
{
    return {policy.name + u':' + route, policy, route};
}

std::optional<ReplayCandidate> ReplayCandidate::forModel(const std::vector<ProviderSpec> &providers, const QString &model)
{
    const auto ref = ModelRef::parse(model);
    if (!ref)
        return std::nullopt;
    for (const ProviderSpec &p : providers)
        if (p.id == ref->provider && p.findModel(ref->model)) {
            Policy policy;
            policy.name = model;
            policy.providers = {p};
            Route route;
            route.alias = QStringLiteral("candidate");
            route.root.kind = NodeKind::Target;
            route.root.target.model = model;
            policy.routes = {route};
            return ReplayCandidate{model, policy, route.alias};
        }
    return std::nullopt;
}

std::vector<ReplayCandidate> ReplayCandidate::allOf(const std::vector<Policy> &policies, const std::vector<ProviderSpec> &providers)
{
    std::vector<ReplayCandidate> out;
    for (const Policy &p : policies)
        for (const Route &r : p.routes)
            out.push_back(forRoute(p, r.alias));
    for (const ProviderSpec &provider : providers)
        for (const ModelSpec &m : provider.models)
            if (!m.capabilities.has(Capability::Embeddings)) // not a chat model
                if (auto c = forModel(providers, provider.id + u'/' + m.id))
                    out.push_back(*c);
    return out;
}

ReplayRunner::ReplayRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<sy::ReplayCell>();
    qRegisterMetaType<sy::ReplayProgress>();
    m_thread.setObjectName(QStringLiteral("replay"));
    connect(this, &ReplayRunner::finished, this, [this] { m_running = false; });
}

ReplayRunner::~ReplayRunner()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void ReplayRunner::start(ReplayPlan plan)
{
    if (m_running)
        return;
    if (!m_thread.isRunning())
        m_thread.start();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = new ReplayWorker(this);
    m_worker->moveToThread(&m_thread);
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, plan = std::move(plan)]() mutable { worker->start(std::move(plan)); });
}

void ReplayRunner::pause()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setPaused(true); });
}

void ReplayRunner::resume()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setPaused(false); });
}

void ReplayRunner::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

double ReplayRunner::estimateCostUsd(const ReplayPlan &plan)
{
    const std::vector<int> tokens = promptTokens(plan.items);
    double total = 0;
    for (size_t c = 0; c < plan.candidates.size(); ++c) {
        const Pricing pricing = dearestPricing(plan.candidates[c].policy, plan.candidates[c].route);
        for (int item = 0; item < int(plan.items.size()); ++item)
            for (int repeat = 0; repeat < plan.repeats; ++repeat)
                if (!plan.done.contains({item, int(c), repeat}))
                    total += cellEstimate(plan, pricing, tokens[size_t(item)]);
    }
    return total;
}

} // namespace sy
