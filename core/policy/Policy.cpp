#include "policy/Policy.h"

#include "json/JsonReader.h"

namespace sy {

namespace {
struct KindName
{
    NodeKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {NodeKind::Target, "target"},          {NodeKind::Fallback, "fallback"}, {NodeKind::Weighted, "weighted"},
    {NodeKind::Conditional, "conditional"}, {NodeKind::Ref, "ref"},          {NodeKind::Selector, "selector"},
};
struct FailureName
{
    FailureClass c;
    const char *name;
};
constexpr FailureName kFailures[] = {
    {FailureClass::Connect, "connect"},  {FailureClass::Timeout, "timeout"},   {FailureClass::RateLimited, "429"},
    {FailureClass::ServerError, "5xx"},  {FailureClass::ClientError, "4xx"},   {FailureClass::StreamError, "stream"},
};
} // namespace

const FailureClass kAllFailureClasses[6] = {FailureClass::Connect,     FailureClass::Timeout,
                                            FailureClass::RateLimited, FailureClass::ServerError,
                                            FailureClass::ClientError, FailureClass::StreamError};

QString nodeKindName(NodeKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

namespace {
struct StrategyName
{
    BalanceStrategy strategy;
    const char *name;
};
constexpr StrategyName kStrategies[] = {{BalanceStrategy::Weights, "weights"},
                                        {BalanceStrategy::LeastLatency, "least_latency"},
                                        {BalanceStrategy::LeastBusy, "least_busy"},
                                        {BalanceStrategy::LowestCost, "lowest_cost"},
                                        {BalanceStrategy::LatencyObjective, "latency_objective"}};
} // namespace

QString balanceStrategyName(BalanceStrategy strategy)
{
    for (const StrategyName &s : kStrategies)
        if (s.strategy == strategy)
            return QLatin1String(s.name);
    return {};
}

std::optional<BalanceStrategy> balanceStrategyFromName(const QString &name)
{
    for (const StrategyName &s : kStrategies)
        if (name == QLatin1String(s.name))
            return s.strategy;
    return std::nullopt;
}

std::optional<NodeKind> nodeKindFromName(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

FailureSet FailureSet::defaults()
{
    return FailureSet{unsigned(FailureClass::Connect) | unsigned(FailureClass::Timeout) |
                      unsigned(FailureClass::RateLimited) | unsigned(FailureClass::ServerError) |
                      unsigned(FailureClass::StreamError)};
}

std::optional<FailureClass> failureClassFromName(const QString &name)
{
    for (const FailureName &f : kFailures)
        if (name == QLatin1String(f.name))
            return f.c;
    return std::nullopt;
}

QStringList failureSetNames(FailureSet set)
{
    QStringList names;
    for (const FailureName &f : kFailures)
        if (set.has(f.c))
            names.append(QLatin1String(f.name));
    return names;
}

const Route *Policy::findRoute(const QString &alias) const
{
    for (const Route &r : routes)
        if (r.alias == alias)
            return &r;
    return nullptr;
}

const ProviderSpec *Policy::findProvider(const QString &id) const
{
    for (const ProviderSpec &p : providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::optional<ModelRef> ModelRef::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    return ModelRef{text.left(slash), text.mid(slash + 1)};
}

void forEachNode(Node &node, const QString &path, const std::function<void(Node &, const QString &)> &fn)
{
    fn(node, path);
    for (size_t i = 0; i < node.children.size(); ++i)
        forEachNode(node.children[i], jsonPathIndex(path + QStringLiteral(".children"), qsizetype(i)), fn);
    const QString arms = node.kind == NodeKind::Weighted ? QStringLiteral(".arms") : QStringLiteral(".candidates");
    for (size_t i = 0; i < node.arms.size(); ++i)
        forEachNode(node.arms[i].node, jsonPathIndex(path + arms, qsizetype(i)) + QStringLiteral(".node"), fn);
    for (size_t i = 0; i < node.rules.size(); ++i)
        forEachNode(node.rules[i].then, jsonPathIndex(path + QStringLiteral(".rules"), qsizetype(i)) + QStringLiteral(".then"), fn);
    if (node.defaultNode)
        forEachNode(*node.defaultNode, path + QStringLiteral(".default"), fn);
}

} // namespace sy
