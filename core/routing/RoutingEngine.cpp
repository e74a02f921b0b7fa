#include "routing/RoutingEngine.h"

#include <algorithm>
#include <array>

#include "routing/PromptTraits.h"
#include "routing/SelectorModel.h"

namespace sy {

namespace {

constexpr int kMaxDepth = kMaxNodeDepth;

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Evaluator
{
public:
    Evaluator(const CompiledPolicy &p, const RequestFeatures &f, std::span<const UpstreamLive> live,
              Decision &out)
        : m_p(p), m_f(f), m_live(live), m_out(out)
    {
    }

    void visit(int nodeIndex, int depth)
    {
        if (depth > kMaxDepth)
            return; // cycles are rejected at load; this only guards hand-built policies
        const CompiledNode &node = m_p.nodes[nodeIndex];
        switch (node.kind) {
        case NodeKind::Target:
            addTarget(nodeIndex, node);
            return;
        case NodeKind::Fallback:
            for (int i = 0; i < node.childCount; ++i) {
                m_out.trace.push_back({TraceEntry::Type::FallbackChild, nodeIndex, i});
                visit(m_p.nodeChildren[node.firstChild + i], depth + 1);
            }
            return;
        case NodeKind::Conditional:
            for (int i = 0; i < node.childCount; ++i) {
                const CompiledRule &rule = m_p.rules[node.firstChild + i];
                if (test(rule.condition)) {
                    m_out.trace.push_back({TraceEntry::Type::RuleMatched, nodeIndex, i});
                    visit(rule.child, depth + 1);
                    return;
                }
                m_out.trace.push_back({TraceEntry::Type::RuleNotMatched, nodeIndex, i});
            }
            if (node.defaultChild >= 0) {
                m_out.trace.push_back({TraceEntry::Type::DefaultTaken, nodeIndex});
                visit(node.defaultChild, depth + 1);
            } else {
                m_out.trace.push_back({TraceEntry::Type::NoRuleMatched, nodeIndex});
            }
            return;
        case NodeKind::Weighted:
            if (node.source->strategy == BalanceStrategy::Weights)
                chooseArm(nodeIndex, node, depth);
            else
                balance(nodeIndex, node, depth);
            return;
        case NodeKind::Ref:
            m_out.trace.push_back({TraceEntry::Type::RefFollowed, nodeIndex, node.routeIndex});
            if (node.routeIndex >= 0)
                visit(m_p.routeRoots[node.routeIndex], depth + 1);
            return;
        case NodeKind::Selector:
            select(nodeIndex, node, depth);
            return;
        }
    }

private:
    void select(int nodeIndex, const CompiledNode &node, int depth)
    {
        const SelectorModel *model =
            node.selector >= 0 ? m_p.selectors[size_t(node.selector)].get() : nullptr;
        if (!model) {
            // The validator rejects unknown methods, so only a hand-built policy gets here: it
            // falls to its default rather than failing the request.
            m_out.trace.push_back({TraceEntry::Type::SelectorUnavailable, nodeIndex});
            if (node.defaultChild >= 0)
                visit(node.defaultChild, depth + 1);
            return;
        }
        std::array<double, SelectorModel::kMaxCandidates> scores{};
        const int count = std::min(node.childCount, SelectorModel::kMaxCandidates);
        const int chosen = model->choose(m_f, std::span<double>(scores.data(), size_t(count)));
        if (chosen == SelectorModel::kUnavailable) {
            m_out.trace.push_back({TraceEntry::Type::SelectorUnavailable, nodeIndex});
            if (node.defaultChild >= 0)
                visit(node.defaultChild, depth + 1);
            return;
        }
        for (int i = 0; i < count; ++i)
            m_out.trace.push_back(
                {TraceEntry::Type::SelectorScore, nodeIndex, i, i == chosen, scores[size_t(i)]});
        if (chosen >= 0 && chosen < count) {
            m_out.trace.push_back(
                {TraceEntry::Type::SelectorChosen, nodeIndex, chosen, false, model->threshold(chosen)});
            visit(m_p.arms[node.firstChild + chosen].child, depth + 1);
        } else {
            m_out.trace.push_back({TraceEntry::Type::DefaultTaken, nodeIndex});
            if (node.defaultChild >= 0)
                visit(node.defaultChild, depth + 1);
        }
    }

    const PromptTraits &traits() const
    {
        if (!m_traits)
            m_traits = PromptTraits::of(m_f);
        return *m_traits;
    }

    static bool compareBool(const CompiledCondition &c, bool value)
    {
        return (value == c.boolean) == (c.op == ConditionOp::Eq);
    }

    void addTarget(int nodeIndex, const CompiledNode &node)
    {
        const int upstream = node.upstream;
        if (upstream < 0)
            return;
        for (const DecisionStep &s : m_out.steps) {
            if (s.upstream == upstream) {
                m_out.trace.push_back({TraceEntry::Type::SkippedDuplicate, nodeIndex});
                return;
            }
        }
        if (size_t(upstream) < m_live.size()) {
            const UpstreamLive &live = m_live[upstream];
            if (live.breakerOpen) {
                m_out.trace.push_back({TraceEntry::Type::SkippedOpen, nodeIndex});
                return;
            }
            if (live.rateLimited) {
                m_out.trace.push_back({TraceEntry::Type::SkippedRateLimited, nodeIndex});
                return;
            }
            if (live.providerLimited) { // tried only when nothing else can take it
                m_out.trace.push_back({TraceEntry::Type::SkippedProviderLimit, nodeIndex});
                m_out.deferred.push_back({nodeIndex, upstream});
                return;
            }
            const std::optional<int> &cap = node.source->target.maxConcurrency;
            if (cap && live.inFlight >= *cap) {
                m_out.trace.push_back(
                    {TraceEntry::Type::SkippedFull, nodeIndex, -1, false, double(live.inFlight)});
                m_out.deferred.push_back({nodeIndex, upstream});
                return;
            }
        }
        m_out.trace.push_back({TraceEntry::Type::TargetAdded, nodeIndex});
        m_out.steps.push_back({nodeIndex, upstream});
    }

    // Ranks the arms on their first targets' live figures and visits them all in that order, so
    // the best comes first and the rest stand behind it. An arm whose figures are stale (or that
    // has none) goes first once, as a probe; arms that cannot take a request now go last.
    void balance(int nodeIndex, const CompiledNode &node, int depth)
    {
        const Node &spec = *node.source;
        struct Ranked
        {
            int arm;
            int group; // 0 probe, 1 within objective (or any), 2 over it, 3 unavailable
            double score;
            double p95;
            int samples;
        };
        std::array<Ranked, 64> ranked{};
        const int count = std::min(node.childCount, int(ranked.size()));
        const bool byTtft = spec.latencyMetric == LatencyMetric::FirstToken;
        bool probed = false;
        for (int i = 0; i < count; ++i) {
            const CompiledArm &arm = m_p.arms[size_t(node.firstChild + i)];
            const int u = arm.primaryUpstream;
            const UpstreamLive live = u >= 0 && size_t(u) < m_live.size() ? m_live[size_t(u)] : UpstreamLive{};
            const double latency = byTtft && live.ttftMs >= 0 ? live.ttftMs : live.latencyMs;
            const double p95 = byTtft && live.p95TtftMs >= 0 ? live.p95TtftMs : live.p95Ms;
            Ranked r{i, 1, 0, p95, live.samples};
            switch (spec.strategy) {
            case BalanceStrategy::LeastLatency:
                r.score = latency;
                break;
            case BalanceStrategy::LeastBusy:
                r.score = live.inFlight;
                break;
            case BalanceStrategy::LowestCost:
            case BalanceStrategy::LatencyObjective:
                r.score = u >= 0 ? costOf(u, live) : 0;
                break;
            case BalanceStrategy::Weights:
                break;
            }
            const bool unavailable = u < 0 || live.breakerOpen || live.rateLimited || live.providerLimited;
            const bool needsFigures = spec.strategy == BalanceStrategy::LeastLatency || spec.strategy == BalanceStrategy::LatencyObjective;
            if (unavailable)
                r.group = 3;
            else if (needsFigures && (live.stale || latency < 0) && !probed) {
                r.group = 0; // one probe per decision
                probed = true;
            } else if (spec.strategy == BalanceStrategy::LatencyObjective)
                r.group = p95 >= 0 && p95 <= *spec.objectiveMs ? 1 : p95 < 0 && latency >= 0 && latency <= *spec.objectiveMs ? 1 : 2;
            if (needsFigures && latency < 0 && r.group != 0 && r.group != 3)
                r.group = 2; // never measured, and the probe went elsewhere
            if (spec.strategy == BalanceStrategy::LatencyObjective && r.group == 2)
                r.score = p95 >= 0 ? p95 : latency >= 0 ? latency : 1e18; // over the objective: the fastest of them first
            ranked[size_t(i)] = r;
        }
        std::stable_sort(ranked.begin(), ranked.begin() + count, [](const Ranked &a, const Ranked &b) {
            return a.group != b.group ? a.group < b.group : a.score < b.score;
        });
        for (int k = 0; k < count; ++k)
            m_out.trace.push_back({TraceEntry::Type::BalanceRanked, nodeIndex, ranked[size_t(k)].arm, ranked[size_t(k)].group == 0,
                                   ranked[size_t(k)].score, ranked[size_t(k)].p95, ranked[size_t(k)].samples});
        for (int k = 0; k < count; ++k)
            visit(m_p.arms[size_t(node.firstChild + ranked[size_t(k)].arm)].child, depth + 1);
    }

    // What this request would cost at an upstream: its prompt, and the output the upstream
    // usually gives (capped by max_tokens), or max_tokens, or a typical 256 tokens.
    double costOf(int upstream, const UpstreamLive &live) const
    {
        const Pricing &pricing = m_p.model(upstream).pricing;
        double output = live.outputTokens > 0 ? live.outputTokens : m_f.maxTokens > 0 ? m_f.maxTokens : 256;
        if (m_f.maxTokens > 0)
            output = std::min(output, double(m_f.maxTokens));
        return pricing.costUsd(m_f.promptTokens(), qint64(output));
    }

    void chooseArm(int nodeIndex, const CompiledNode &node, int depth)
    {
        const QString *key = nullptr;
        switch (node.sticky) {
        case CompiledNode::Sticky::User:
            key = m_f.user.isEmpty() ? nullptr : &m_f.user;
            break;
        case CompiledNode::Sticky::Header:
            key = m_f.header(node.stickyName);
            break;
        case CompiledNode::Sticky::Metadata:
            key = m_f.metadataValue(node.stickyName);
            break;
        case CompiledNode::Sticky::Random:
            break;
        }
        double bucket;
        if (key && !key->isEmpty()) {
            bucket = RoutingEngine::bucketOf(node.salt, *key);
        } else {
            const quint64 r = splitmix64(m_f.randomSeed ^ (quint64(nodeIndex) * 0x100000001b3ULL));
            bucket = double(r % 1000000) / 10000.0;
        }
        int chosen = node.childCount - 1;
        for (int i = 0; i < node.childCount; ++i) {
            if (bucket < m_p.arms[node.firstChild + i].cumulativeWeight) {
                chosen = i;
                break;
            }
        }
        if (chosen < 0)
            return;
        m_out.trace.push_back({TraceEntry::Type::ArmChosen, nodeIndex, chosen, key != nullptr, bucket});
        visit(m_p.arms[node.firstChild + chosen].child, depth + 1);
    }

    bool test(int conditionIndex)
    {
        const CompiledCondition &c = m_p.conditions[conditionIndex];
        switch (c.kind) {
        case Condition::Kind::All:
            for (int i = 0; i < c.childCount; ++i)
                if (!test(m_p.conditionChildren[c.firstChild + i]))
                    return false;
            return true;
        case Condition::Kind::Any:
            for (int i = 0; i < c.childCount; ++i)
                if (test(m_p.conditionChildren[c.firstChild + i]))
                    return true;
            return false;
        case Condition::Kind::Not:
            return c.childCount > 0 && !test(m_p.conditionChildren[c.firstChild]);
        case Condition::Kind::Compare:
            break;
        }
        const bool result = compare(c);
        m_out.trace.push_back({TraceEntry::Type::Leaf, -1, conditionIndex, result});
        return result;
    }

    static bool compareNumber(ConditionOp op, double a, double b)
    {
        switch (op) {
        case ConditionOp::Eq:
            return a == b;
        case ConditionOp::Ne:
            return a != b;
        case ConditionOp::Lt:
            return a < b;
        case ConditionOp::Le:
            return a <= b;
        case ConditionOp::Gt:
            return a > b;
        case ConditionOp::Ge:
            return a >= b;
        default:
            return false;
        }
    }

    bool compare(const CompiledCondition &c) const
    {
        switch (c.field) {
        case ConditionField::PromptTokens: {
            // A threshold above what the request could hold is decided without counting.
            const int atMost = m_f.promptTokensAtMost();
            if (!m_f.hasPart(RequestFeatures::Tokens) && atMost < c.number) {
                switch (c.op) {
                case ConditionOp::Gt:
                case ConditionOp::Ge:
                case ConditionOp::Eq:
                    return false;
                case ConditionOp::Lt:
                case ConditionOp::Le:
                case ConditionOp::Ne:
                    return true;
                default:
                    break;
                }
            }
            return compareNumber(c.op, m_f.promptTokens(), c.number);
        }
        case ConditionField::MessageCount:
            return compareNumber(c.op, m_f.messageCount, c.number);
        case ConditionField::MaxTokens:
            return compareNumber(c.op, m_f.maxTokens, c.number);
        case ConditionField::HasTools:
            return (m_f.hasTools == c.boolean) == (c.op == ConditionOp::Eq);
        case ConditionField::HasImages:
            return (m_f.hasImages == c.boolean) == (c.op == ConditionOp::Eq);
        case ConditionField::JsonResponse:
            return (m_f.jsonResponse == c.boolean) == (c.op == ConditionOp::Eq);
        case ConditionField::Stream:
            return (m_f.stream == c.boolean) == (c.op == ConditionOp::Eq);
        case ConditionField::LastUserMessage:
            if (c.literalSlot >= 0)
                return compareIndexed(c, m_f.lastUserMessage(), m_f.lastUserMessageLower(),
                                      m_f.lastUserMessageAscii());
            return compareFolded(c, m_f.lastUserMessage(), m_f.lastUserMessageLower());
        case ConditionField::SystemPrompt:
            if (c.literalSlot >= 0)
                return compareIndexed(c, m_f.systemPrompt(), m_f.systemPromptLower(),
                                      m_f.systemPromptAscii());
            return compareFolded(c, m_f.systemPrompt(), m_f.systemPromptLower());
        case ConditionField::Header:
            return compareText(c, m_f.header(c.name));
        case ConditionField::Metadata:
            return compareText(c, m_f.metadataValue(c.name));
        case ConditionField::Alias:
            return compareText(c, &m_f.alias);
        case ConditionField::User:
            return compareText(c, m_f.user.isEmpty() ? nullptr : &m_f.user);
        case ConditionField::ConversationDepth:
            return compareNumber(c.op, m_f.userTurns, c.number);
        case ConditionField::Language:
            return compareText(c, &traits().language);
        case ConditionField::HasCode:
            return compareBool(c, traits().hasCode);
        case ConditionField::HasMath:
            return compareBool(c, traits().hasMath);
        case ConditionField::HasStructuredData:
            return compareBool(c, traits().hasStructuredData);
        case ConditionField::QuestionType: {
            const QString type = PromptTraits::questionTypeName(traits().questionType);
            return compareText(c, &type);
        }
        case ConditionField::Complexity:
            return compareNumber(c.op, traits().complexity, c.number);
        }
        return false;
    }

    // Keywords and regex literals answered from one scan of the text per request and index.
    bool compareIndexed(const CompiledCondition &c, const QString &original, const QString &folded,
                        bool ascii) const
    {
        const bool exact =
            c.literalSlot == CompiledPolicy::UserExact || c.literalSlot == CompiledPolicy::SystemExact;
        const std::vector<bool> &found = scanned(c.literalSlot, exact ? original : folded);
        if (c.op == ConditionOp::Contains)
            return std::any_of(c.needleIds.cbegin(), c.needleIds.cend(),
                               [&](int id) { return bool(found[id]); });
        if (c.op == ConditionOp::ContainsAll)
            return std::all_of(c.needleIds.cbegin(), c.needleIds.cend(),
                               [&](int id) { return bool(found[id]); });
        // A regex can only match where its required literal occurs. Case-insensitive folding is
        // exact only for ASCII text, so other text always runs the regex.
        if ((exact || ascii) && !found[c.regexLiteral])
            return false;
        return c.regex.match(original).hasMatch();
    }

    const std::vector<bool> &scanned(int slot, const QString &text) const
    {
        if (!m_scanned[slot]) {
            m_p.literals[slot].scan(text, m_found[slot]);
            m_scanned[slot] = true;
        }
        return m_found[slot];
    }

    // Text fields the features carry lower-cased too: case-insensitive tests compare the folded
    // copy case-sensitively (much cheaper); regexes see the original text.
    static bool compareFolded(const CompiledCondition &c, const QString &original, const QString &folded)
    {
        if (c.op == ConditionOp::Matches || c.caseSensitive)
            return compareText(c, &original);
        return compareText(c, &folded, Qt::CaseSensitive);
    }

    static bool compareText(const CompiledCondition &c, const QString *value)
    {
        return compareText(c, value, c.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }

    static bool compareText(const CompiledCondition &c, const QString *value, Qt::CaseSensitivity cs)
    {
        if (c.op == ConditionOp::Exists)
            return (value != nullptr) == c.boolean;
        if (!value)
            return c.op == ConditionOp::Ne || c.op == ConditionOp::NotIn;
        switch (c.op) {
        case ConditionOp::Eq:
            return value->compare(c.text, cs) == 0;
        case ConditionOp::Ne:
            return value->compare(c.text, cs) != 0;
        case ConditionOp::In:
            return std::any_of(c.texts.cbegin(), c.texts.cend(),
                               [&](const QString &t) { return value->compare(t, cs) == 0; });
        case ConditionOp::NotIn:
            return std::none_of(c.texts.cbegin(), c.texts.cend(),
                                [&](const QString &t) { return value->compare(t, cs) == 0; });
        case ConditionOp::StartsWith:
            return value->startsWith(c.text, cs);
        case ConditionOp::Contains:
            return std::any_of(c.texts.cbegin(), c.texts.cend(),
                               [&](const QString &t) { return value->contains(t, cs); });
        case ConditionOp::ContainsAll:
            return std::all_of(c.texts.cbegin(), c.texts.cend(),
                               [&](const QString &t) { return value->contains(t, cs); });
        case ConditionOp::Matches:
            return c.regex.match(*value).hasMatch();
        default:
            return false;
        }
    }

    const CompiledPolicy &m_p;
    const RequestFeatures &m_f;
    std::span<const UpstreamLive> m_live;
    Decision &m_out;
    mutable std::array<bool, CompiledPolicy::LiteralSlotCount> m_scanned{};
    mutable std::optional<PromptTraits> m_traits; // computed on first use
    mutable std::array<std::vector<bool>, CompiledPolicy::LiteralSlotCount> m_found;
};

} // namespace

quint64 RoutingEngine::stableHash(QStringView a, QStringView b)
{
    quint64 h = 1469598103934665603ULL;
    auto mix = [&h](QStringView s) {
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
    };
    mix(a);
    h ^= 0xff;
    h *= 1099511628211ULL;
    mix(b);
    return h;
}

double RoutingEngine::bucketOf(QStringView salt, QStringView key)
{
    return double(splitmix64(stableHash(salt, key)) % 1000000) / 10000.0;
}

void RoutingEngine::decide(const CompiledPolicy &policy, const RequestFeatures &features,
                           std::span<const UpstreamLive> live, Decision &out)
{
    out.clear();
    out.steps.reserve(4); // a target and its fallbacks, in one allocation
    const int route = policy.routeByAlias.value(features.alias, -1);
    if (route < 0) {
        // A pass-through model is served under its own "provider/model" name.
        if (policy.policy.passthroughModels.contains(features.alias)) {
            const int upstream = policy.upstreamByRef.value(features.alias, -1);
            if (upstream >= 0) {
                out.steps.push_back({-1, upstream});
                return;
            }
        }
        if (policy.anyModelUpstream >= 0) {
            out.steps.push_back({-1, policy.anyModelUpstream});
            return;
        }
        out.status = Decision::Status::UnknownRoute;
        return;
    }
    out.route = route;
    out.trace.reserve(4 + 2 * policy.nodes.size()); // one allocation, not a doubling per rule
    out.trace.push_back({TraceEntry::Type::Route, -1, route});
    Evaluator(policy, features, live, out).visit(policy.routeRoots[route], 0);
    if (out.steps.empty() && out.deferred.empty())
        out.status = Decision::Status::NoTarget;
}

Decision RoutingEngine::decide(const CompiledPolicy &policy, const RequestFeatures &features,
                               std::span<const UpstreamLive> live)
{
    Decision d;
    decide(policy, features, live, d);
    return d;
}

} // namespace sy
