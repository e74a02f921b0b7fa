#include "routing/CompiledPolicy.h"

#include "json/JsonReader.h"
#include "routing/SelectorRegistry.h"

namespace sy {

namespace {

class Compiler
{
public:
    explicit Compiler(CompiledPolicy &out) : m_out(out) {}

    void run()
    {
        const Policy &p = m_out.policy;
        for (size_t pi = 0; pi < p.providers.size(); ++pi) {
            const ProviderSpec &provider = p.providers[pi];
            for (size_t mi = 0; mi < provider.models.size(); ++mi) {
                const ModelSpec &m = provider.models[mi];
                const int index = int(m_out.upstreams.size());
                m_out.upstreams.push_back({provider.id + QLatin1Char('/') + m.id, int(pi), int(mi)});
                m_out.upstreamByRef.insert(provider.id + QLatin1Char('/') + m.id, index);
                if (!m.alias.isEmpty())
                    m_out.upstreamByRef.insert(provider.id + QLatin1Char('/') + m.alias, index);
            }
        }
        for (const QString &entry : p.passthroughModels) {
            if (!entry.endsWith(u"/*"))
                continue;
            for (size_t pi = 0; pi < p.providers.size(); ++pi)
                if (p.providers[pi].id == entry.chopped(2)) {
                    m_out.anyModelUpstream = int(m_out.upstreams.size());
                    m_out.upstreams.push_back({entry, int(pi), -1});
                }
        }
        for (size_t i = 0; i < p.routes.size(); ++i)
            m_out.routeByAlias.insert(p.routes[i].alias, int(i));
        m_out.routeRoots.resize(p.routes.size());
        m_out.routeEmbeddingUpstream.assign(p.routes.size(), -1);
        for (size_t i = 0; i < p.routes.size(); ++i) {
            m_embeddingUpstream = -1;
            m_out.routeRoots[i] =
                compileNode(p.routes[i].root, jsonPathIndex(QStringLiteral("$.routes"), qsizetype(i)) + QStringLiteral(".root"));
            m_out.routeEmbeddingUpstream[i] = m_embeddingUpstream;
        }
        for (CompiledArm &arm : m_out.arms)
            arm.primaryUpstream = firstUpstream(arm.child, 0);
        m_out.routeUpstreams.resize(p.routes.size());
        for (size_t i = 0; i < p.routes.size(); ++i) {
            std::vector<int> &all = m_out.routeUpstreams[i];
            collectUpstreams(m_out.routeRoots[i], 0, all);
            std::sort(all.begin(), all.end());
            all.erase(std::unique(all.begin(), all.end()), all.end());
        }
    }

private:
    // The upstream a node tries first when nothing is skipped.
    int firstUpstream(int nodeIndex, int depth) const
    {
        if (nodeIndex < 0 || depth > kMaxNodeDepth)
            return -1;
        const CompiledNode &n = m_out.nodes[size_t(nodeIndex)];
        switch (n.kind) {
        case NodeKind::Target:
            return n.upstream;
        case NodeKind::Fallback:
            for (int i = 0; i < n.childCount; ++i)
                if (const int u = firstUpstream(m_out.nodeChildren[size_t(n.firstChild + i)], depth + 1); u >= 0)
                    return u;
            return -1;
        case NodeKind::Weighted:
        case NodeKind::Selector:
            return n.childCount > 0 ? firstUpstream(m_out.arms[size_t(n.firstChild)].child, depth + 1) : firstUpstream(n.defaultChild, depth + 1);
        case NodeKind::Conditional:
            return n.childCount > 0 ? firstUpstream(m_out.rules[size_t(n.firstChild)].child, depth + 1) : firstUpstream(n.defaultChild, depth + 1);
        case NodeKind::Ref:
            return n.routeIndex >= 0 ? firstUpstream(m_out.routeRoots[size_t(n.routeIndex)], depth + 1) : -1;
        }
        return -1;
    }

    void collectUpstreams(int nodeIndex, int depth, std::vector<int> &out) const
    {
        if (nodeIndex < 0 || depth > kMaxNodeDepth)
            return;
        const CompiledNode &n = m_out.nodes[size_t(nodeIndex)];
        switch (n.kind) {
        case NodeKind::Target:
            if (n.upstream >= 0)
                out.push_back(n.upstream);
            return;
        case NodeKind::Fallback:
            for (int i = 0; i < n.childCount; ++i)
                collectUpstreams(m_out.nodeChildren[size_t(n.firstChild + i)], depth + 1, out);
            return;
        case NodeKind::Weighted:
        case NodeKind::Selector:
            for (int i = 0; i < n.childCount; ++i)
                collectUpstreams(m_out.arms[size_t(n.firstChild + i)].child, depth + 1, out);
            collectUpstreams(n.defaultChild, depth + 1, out);
            return;
        case NodeKind::Conditional:
            for (int i = 0; i < n.childCount; ++i)
                collectUpstreams(m_out.rules[size_t(n.firstChild + i)].child, depth + 1, out);
            collectUpstreams(n.defaultChild, depth + 1, out);
            return;
        case NodeKind::Ref:
            if (n.routeIndex >= 0)
                collectUpstreams(m_out.routeRoots[size_t(n.routeIndex)], depth + 1, out);
            return;
        }
    }

    int compileCondition(const Condition &c)
    {
        const int index = int(m_out.conditions.size());
        m_out.conditions.emplace_back();
        CompiledCondition cc;
        cc.kind = c.kind;
        if (c.kind != Condition::Kind::Compare) {
            std::vector<int> kids;
            for (const Condition &child : c.children)
                kids.push_back(compileCondition(child));
            cc.firstChild = int(m_out.conditionChildren.size());
            cc.childCount = int(kids.size());
            m_out.conditionChildren.insert(m_out.conditionChildren.end(), kids.begin(), kids.end());
            m_out.conditions[index] = std::move(cc);
            return index;
        }
        cc.field = c.field;
        cc.op = c.op;
        cc.name = c.field == ConditionField::Header ? c.name.toLower() : c.name;
        if (c.field == ConditionField::Header && !m_out.headersUsed.contains(cc.name.toLatin1()))
            m_out.headersUsed.append(cc.name.toLatin1());
        cc.caseSensitive = c.caseSensitive.value_or(false);
        auto fold = [&](const QString &s) { return cc.caseSensitive ? s : s.toLower(); };
        if (c.value.isDouble())
            cc.number = c.value.toDouble();
        else if (c.value.isBool())
            cc.boolean = c.value.toBool();
        else if (c.value.isString())
            cc.text = fold(c.value.toString());
        else if (c.value.isArray())
            for (const QJsonValue &v : c.value.toArray())
                cc.texts.append(fold(v.toString()));
        if (c.op == ConditionOp::Contains && !cc.text.isEmpty()) {
            cc.texts = QStringList{cc.text};
        }
        if (c.op == ConditionOp::Matches) {
            QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
            if (!cc.caseSensitive)
                options |= QRegularExpression::CaseInsensitiveOption;
            cc.regex = QRegularExpression(c.value.toString(), options);
            cc.regex.optimize();
        }
        indexText(cc);
        m_out.conditions[index] = std::move(cc);
        return index;
    }

    // Message and system-prompt keywords and regex literals go into one index per field and
    // case mode, so a request's text is scanned once however many rules look at it.
    void indexText(CompiledCondition &cc)
    {
        if (cc.field != ConditionField::LastUserMessage && cc.field != ConditionField::SystemPrompt)
            return;
        const bool user = cc.field == ConditionField::LastUserMessage;
        const int slot = user ? (cc.caseSensitive ? CompiledPolicy::UserExact : CompiledPolicy::UserFolded)
                              : (cc.caseSensitive ? CompiledPolicy::SystemExact : CompiledPolicy::SystemFolded);
        LiteralIndex &index = m_out.literals[slot];
        if (cc.op == ConditionOp::Contains || cc.op == ConditionOp::ContainsAll) {
            const bool indexable = !cc.texts.isEmpty() &&
                                   std::all_of(cc.texts.cbegin(), cc.texts.cend(), [](const QString &t) { return t.size() >= 2; });
            if (!indexable)
                return;
            cc.literalSlot = slot;
            for (const QString &t : std::as_const(cc.texts))
                cc.needleIds.push_back(index.add(t));
        } else if (cc.op == ConditionOp::Matches) {
            const QString literal = LiteralIndex::requiredLiteral(cc.regex.pattern());
            if (literal.isEmpty())
                return;
            cc.literalSlot = slot;
            cc.regexLiteral = index.add(cc.caseSensitive ? literal : literal.toLower());
        }
    }

    int compileNode(const Node &node, const QString &path, FailureSet fallbackOn = FailureSet::defaults())
    {
        const int index = int(m_out.nodes.size());
        m_out.nodes.emplace_back();
        CompiledNode cn;
        cn.kind = node.kind;
        cn.source = &node;
        cn.path = path;
        switch (node.kind) {
        case NodeKind::Target:
            cn.upstream = m_out.upstreamByRef.value(node.target.model, -1);
            cn.fallbackOn = fallbackOn;
            break;
        case NodeKind::Fallback: {
            std::vector<int> kids;
            for (size_t i = 0; i < node.children.size(); ++i)
                kids.push_back(compileNode(node.children[i], jsonPathIndex(path + QStringLiteral(".children"), qsizetype(i)),
                                           node.fallbackOn.value_or(FailureSet::defaults())));
            cn.firstChild = int(m_out.nodeChildren.size());
            cn.childCount = int(kids.size());
            m_out.nodeChildren.insert(m_out.nodeChildren.end(), kids.begin(), kids.end());
            break;
        }
        case NodeKind::Weighted:
        case NodeKind::Selector: {
            std::vector<CompiledArm> arms;
            double cumulative = 0;
            const QString key = node.kind == NodeKind::Weighted ? QStringLiteral(".arms") : QStringLiteral(".candidates");
            for (size_t i = 0; i < node.arms.size(); ++i) {
                cumulative += node.arms[i].weight;
                arms.push_back({cumulative, compileNode(node.arms[i].node, jsonPathIndex(path + key, qsizetype(i)) + QStringLiteral(".node")), -1});
            }
            cn.firstChild = int(m_out.arms.size());
            cn.childCount = int(arms.size());
            m_out.arms.insert(m_out.arms.end(), arms.begin(), arms.end());
            if (node.stickyKey == u"user")
                cn.sticky = CompiledNode::Sticky::User;
            else if (node.stickyKey.startsWith(u"header:")) {
                cn.sticky = CompiledNode::Sticky::Header;
                cn.stickyName = node.stickyKey.mid(7).toLower();
            } else if (node.stickyKey.startsWith(u"metadata:")) {
                cn.sticky = CompiledNode::Sticky::Metadata;
                cn.stickyName = node.stickyKey.mid(9);
            }
            cn.salt = node.salt.isEmpty() ? path : node.salt;
            if (node.kind == NodeKind::Selector) {
                Diagnostics ignored; // the policy was validated, which reports the same problems
                if (auto selector = SelectorRegistry::make(node, path, ignored)) {
                    if (const QString model = selector->embeddingModel(); !model.isEmpty())
                        m_embeddingUpstream = m_out.upstreamByRef.value(model, -1); // one embedding per request: the last asked for
                    cn.selector = int(m_out.selectors.size());
                    m_out.selectors.push_back(std::move(selector));
                }
            }
            if (node.defaultNode)
                cn.defaultChild = compileNode(*node.defaultNode, path + QStringLiteral(".default"));
            break;
        }
        case NodeKind::Conditional: {
            std::vector<CompiledRule> rules;
            for (size_t i = 0; i < node.rules.size(); ++i) {
                const QString rpath = jsonPathIndex(path + QStringLiteral(".rules"), qsizetype(i));
                const int cond = compileCondition(node.rules[i].when);
                rules.push_back({cond, compileNode(node.rules[i].then, rpath + QStringLiteral(".then"))});
            }
            cn.firstChild = int(m_out.rules.size());
            cn.childCount = int(rules.size());
            m_out.rules.insert(m_out.rules.end(), rules.begin(), rules.end());
            if (node.defaultNode)
                cn.defaultChild = compileNode(*node.defaultNode, path + QStringLiteral(".default"));
            break;
        }
        case NodeKind::Ref: cn.routeIndex = m_out.routeByAlias.value(node.routeRef, -1); break;
        }
        m_out.nodes[index] = std::move(cn);
        return index;
    }

    CompiledPolicy &m_out;
    int m_embeddingUpstream = -1; // of the route being compiled
};

} // namespace

std::shared_ptr<const CompiledPolicy> CompiledPolicy::compile(Policy policy)
{
    auto compiled = std::make_shared<CompiledPolicy>();
    compiled->policy = std::move(policy); // nodes point into this copy, so it must not move again
    Compiler(*compiled).run();
    return compiled;
}

} // namespace sy
