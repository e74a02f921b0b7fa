#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

#include "policy/Policy.h"
#include "routing/LiteralIndex.h"
#include "routing/SelectorModel.h"

namespace sy {

// One upstream: a concrete provider model. Live state (breakers, in-flight counts) is kept per upstream.
struct CompiledUpstream
{
    QString ref; // "provider/model-id", or "provider/*" for a pass-through of any model name
    int providerIndex = -1;
    int modelIndex = -1; // -1: the model the client named is forwarded as it is
};

struct CompiledCondition
{
    Condition::Kind kind = Condition::Kind::Compare;
    ConditionField field = ConditionField::PromptTokens;
    ConditionOp op = ConditionOp::Eq;
    QString name;        // header names lower-cased
    double number = 0;
    bool boolean = false;
    bool caseSensitive = false;
    QString text;        // lower-cased unless caseSensitive
    QStringList texts;   // lower-cased unless caseSensitive
    QRegularExpression regex;
    // Text searched through a policy-wide LiteralIndex (one scan per request and field):
    int literalSlot = -1;         // which index: see CompiledPolicy::LiteralSlot
    std::vector<int> needleIds;   // contains / contains_all
    int regexLiteral = -1;        // a literal every regex match contains; absent means no match
    int firstChild = 0; // into CompiledPolicy::conditionChildren
    int childCount = 0;
};

struct CompiledRule
{
    int condition = -1;
    int child = -1; // node
};

struct CompiledArm
{
    double cumulativeWeight = 0; // upper bound of this arm's bucket range, in [0, 100]
    int child = -1;
    int primaryUpstream = -1; // the first target the arm would try: whose live figures rank it
};

struct CompiledNode
{
    NodeKind kind = NodeKind::Target;
    const Node *source = nullptr; // into CompiledPolicy::policy
    QString path;                 // JSON path in the policy file, for traces and errors
    int upstream = -1;            // Target
    FailureSet fallbackOn = FailureSet::defaults(); // Target: its nearest enclosing fallback's set
    int firstChild = 0;           // Fallback children / Conditional rules / Weighted arms: into the matching table
    int childCount = 0;
    int defaultChild = -1;        // Conditional default, Selector default
    int routeIndex = -1;          // Ref
    int selector = -1;            // Selector: into CompiledPolicy::selectors
    enum class Sticky { Random, User, Header, Metadata } sticky = Sticky::Random;
    QString stickyName;
    QString salt;
};

// A validated policy turned into flat tables so that a decision is a loop over arrays.
class CompiledPolicy
{
public:
    // The policy must have passed PolicyReader::validate.
    static std::shared_ptr<const CompiledPolicy> compile(Policy policy);

    Policy policy;
    std::vector<CompiledUpstream> upstreams;
    std::vector<CompiledNode> nodes;
    std::vector<int> nodeChildren; // fallback children
    std::vector<CompiledRule> rules;
    std::vector<CompiledArm> arms;
    std::vector<CompiledCondition> conditions;
    std::vector<int> conditionChildren;
    std::vector<int> routeRoots; // per route index
    enum LiteralSlot { UserFolded, UserExact, SystemFolded, SystemExact, LiteralSlotCount };
    std::array<LiteralIndex, LiteralSlotCount> literals;
    QHash<QString, int> routeByAlias;
    QHash<QString, int> upstreamByRef; // "provider/id" and "provider/alias"
    QList<QByteArray> headersUsed;     // lower-case names that conditions or sticky keys read
    std::vector<std::shared_ptr<const SelectorModel>> selectors; // built once, shared by every request
    // Per route: the upstream whose embedding of the request its semantic selector reads (the
    // proxy fetches it before deciding), or -1.
    std::vector<int> routeEmbeddingUpstream;
    // Per route: every upstream it can reach (sorted), so a session pinned to one can stay there.
    std::vector<std::vector<int>> routeUpstreams;
    bool routeReaches(int route, int upstream) const
    {
        const std::vector<int> &all = routeUpstreams[size_t(route)];
        return std::binary_search(all.begin(), all.end(), upstream);
    }

    const ProviderSpec &provider(int upstream) const { return policy.providers[upstreams[upstream].providerIndex]; }
    // The model of an upstream; for a "provider/*" pass-through, an unnamed one without prices.
    const ModelSpec &model(int upstream) const
    {
        static const ModelSpec unnamed;
        const int m = upstreams[upstream].modelIndex;
        return m < 0 ? unnamed : provider(upstream).models[m];
    }
    int anyModelUpstream = -1; // the "provider/*" pass-through, if the policy has one
};

} // namespace sy
