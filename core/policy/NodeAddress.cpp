#include "policy/NodeAddress.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sy {

namespace {

template<typename NodeT>
NodeT *step(NodeT &node, const NodeStep &s)
{
    switch (s.kind) {
    case NodeStep::Kind::Child:
        return node.kind == NodeKind::Fallback && s.index >= 0 && size_t(s.index) < node.children.size()
                   ? &node.children[size_t(s.index)]
                   : nullptr;
    case NodeStep::Kind::Rule:
        return node.kind == NodeKind::Conditional && s.index >= 0 && size_t(s.index) < node.rules.size()
                   ? &node.rules[size_t(s.index)].then
                   : nullptr;
    case NodeStep::Kind::Arm:
        return (node.kind == NodeKind::Weighted || node.kind == NodeKind::Selector) && s.index >= 0 &&
                       size_t(s.index) < node.arms.size()
                   ? &node.arms[size_t(s.index)].node
                   : nullptr;
    case NodeStep::Kind::Default:
        return (node.kind == NodeKind::Conditional || node.kind == NodeKind::Selector) && node.defaultNode
                   ? node.defaultNode.get()
                   : nullptr;
    }
    return nullptr;
}

template<typename NodeT>
NodeT *walk(NodeT &root, const NodeAddress &address)
{
    NodeT *node = &root;
    for (const NodeStep &s : address) {
        node = step(*node, s);
        if (!node)
            return nullptr;
    }
    return node;
}

template<typename T>
bool moveWithin(std::vector<T> &items, int from, int to)
{
    if (from < 0 || size_t(from) >= items.size() || to < 0 || size_t(to) >= items.size())
        return false;
    T moving = std::move(items[size_t(from)]);
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(moving));
    return true;
}

} // namespace

Node *nodeAt(Node &root, const NodeAddress &address) { return walk(root, address); }
const Node *nodeAt(const Node &root, const NodeAddress &address) { return walk(root, address); }

QString nodeJsonPath(const Node &root, int routeIndex, const NodeAddress &address)
{
    QString path = QStringLiteral("$.routes[%1].root").arg(routeIndex);
    const Node *node = &root;
    for (const NodeStep &s : address) {
        const bool selector = node && node->kind == NodeKind::Selector;
        node = node ? step(*node, s) : nullptr;
        switch (s.kind) {
        case NodeStep::Kind::Child: path += QStringLiteral(".children[%1]").arg(s.index); break;
        case NodeStep::Kind::Rule: path += QStringLiteral(".rules[%1].then").arg(s.index); break;
        case NodeStep::Kind::Arm:
            path += (selector ? QStringLiteral(".candidates[%1].node") : QStringLiteral(".arms[%1].node")).arg(s.index);
            break;
        case NodeStep::Kind::Default: path += QStringLiteral(".default"); break;
        }
    }
    return path;
}

std::optional<NodeAddress> addressFromJsonPath(const QString &path, int *routeIndex)
{
    static const QRegularExpression head(QStringLiteral("^\\$\\.routes\\[(\\d+)\\]\\.root"));
    static const QRegularExpression stepPattern(
        QStringLiteral("^(?:\\.children\\[(\\d+)\\]|\\.rules\\[(\\d+)\\]\\.then|\\.(?:arms|candidates)\\[(\\d+)\\]\\.node|\\.default)"));
    const QRegularExpressionMatch m = head.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    if (routeIndex)
        *routeIndex = m.captured(1).toInt();
    NodeAddress address;
    qsizetype at = m.capturedLength();
    for (;;) {
        const QRegularExpressionMatch s = stepPattern.match(path.mid(at));
        if (!s.hasMatch())
            break;
        if (s.capturedLength(1) > 0)
            address.push_back({NodeStep::Kind::Child, s.captured(1).toInt()});
        else if (s.capturedLength(2) > 0)
            address.push_back({NodeStep::Kind::Rule, s.captured(2).toInt()});
        else if (s.capturedLength(3) > 0)
            address.push_back({NodeStep::Kind::Arm, s.captured(3).toInt()});
        else
            address.push_back({NodeStep::Kind::Default, 0});
        at += s.capturedLength();
    }
    return address;
}

std::vector<NodeStep> childSteps(const Node &node)
{
    std::vector<NodeStep> steps;
    switch (node.kind) {
    case NodeKind::Fallback:
        for (size_t i = 0; i < node.children.size(); ++i)
            steps.push_back({NodeStep::Kind::Child, int(i)});
        break;
    case NodeKind::Conditional:
        for (size_t i = 0; i < node.rules.size(); ++i)
            steps.push_back({NodeStep::Kind::Rule, int(i)});
        break;
    case NodeKind::Weighted:
    case NodeKind::Selector:
        for (size_t i = 0; i < node.arms.size(); ++i)
            steps.push_back({NodeStep::Kind::Arm, int(i)});
        break;
    case NodeKind::Target:
    case NodeKind::Ref: break;
    }
    if ((node.kind == NodeKind::Conditional || node.kind == NodeKind::Selector) && node.defaultNode)
        steps.push_back({NodeStep::Kind::Default, 0});
    return steps;
}

NodeAddress childAddress(const NodeAddress &parent, NodeStep step)
{
    NodeAddress address = parent;
    address.push_back(step);
    return address;
}

namespace PolicyEdits {

Node makeNode(NodeKind kind, const QString &defaultModel)
{
    Node node;
    node.kind = kind;
    switch (kind) {
    case NodeKind::Target: node.target.model = defaultModel; break;
    case NodeKind::Fallback: node.children.push_back(makeNode(NodeKind::Target, defaultModel)); break;
    case NodeKind::Weighted:
        node.arms.push_back({QStringLiteral("a"), 50, makeNode(NodeKind::Target, defaultModel)});
        node.arms.push_back({QStringLiteral("b"), 50, makeNode(NodeKind::Target, defaultModel)});
        break;
    case NodeKind::Conditional: node.defaultNode = Box<Node>(makeNode(NodeKind::Target, defaultModel)); break;
    case NodeKind::Ref: break;
    case NodeKind::Selector:
        node.method = QStringLiteral("semantic");
        node.defaultNode = Box<Node>(makeNode(NodeKind::Target, defaultModel));
        break;
    }
    return node;
}

std::optional<NodeAddress> appendChild(Node &root, const NodeAddress &parent, Node node)
{
    Node *container = nodeAt(root, parent);
    if (!container)
        return std::nullopt;
    switch (container->kind) {
    case NodeKind::Fallback:
        container->children.push_back(std::move(node));
        return childAddress(parent, {NodeStep::Kind::Child, int(container->children.size()) - 1});
    case NodeKind::Conditional: {
        Rule rule;
        rule.name = QStringLiteral("rule %1").arg(container->rules.size() + 1);
        rule.when.field = ConditionField::PromptTokens;
        rule.when.op = ConditionOp::Gt;
        rule.when.value = 1000;
        rule.then = std::move(node);
        container->rules.push_back(std::move(rule));
        return childAddress(parent, {NodeStep::Kind::Rule, int(container->rules.size()) - 1});
    }
    case NodeKind::Weighted:
    case NodeKind::Selector: {
        Arm arm;
        arm.label = QString(QChar(u'a' + int(container->arms.size() % 26)));
        arm.node = std::move(node);
        container->arms.push_back(std::move(arm));
        const int index = int(container->arms.size()) - 1;
        if (container->kind == NodeKind::Weighted)
            setArmWeight(*container, index, int(std::lround(100.0 / double(container->arms.size()))));
        return childAddress(parent, {NodeStep::Kind::Arm, index});
    }
    case NodeKind::Target:
    case NodeKind::Ref: break;
    }
    return std::nullopt;
}

bool setDefault(Node &root, const NodeAddress &conditional, Node node)
{
    Node *container = nodeAt(root, conditional);
    if (!container || (container->kind != NodeKind::Conditional && container->kind != NodeKind::Selector))
        return false;
    container->defaultNode = Box<Node>(std::move(node));
    return true;
}

bool remove(Node &root, const NodeAddress &address)
{
    if (address.empty())
        return false; // the root is replaced, never removed
    const NodeAddress parentAddress(address.begin(), address.end() - 1);
    Node *parent = nodeAt(root, parentAddress);
    if (!parent || !nodeAt(root, address))
        return false;
    const NodeStep &last = address.back();
    switch (last.kind) {
    case NodeStep::Kind::Child: parent->children.erase(parent->children.begin() + last.index); break;
    case NodeStep::Kind::Rule: parent->rules.erase(parent->rules.begin() + last.index); break;
    case NodeStep::Kind::Arm: {
        parent->arms.erase(parent->arms.begin() + last.index);
        if (parent->kind == NodeKind::Weighted && !parent->arms.empty())
            setArmWeight(*parent, 0, int(std::lround(parent->arms.front().weight)));
        break;
    }
    case NodeStep::Kind::Default: parent->defaultNode.reset(); break;
    }
    return true;
}

bool moveTo(Node &root, const NodeAddress &address, int newIndex)
{
    if (address.empty() || address.back().kind == NodeStep::Kind::Default)
        return false;
    Node *parent = nodeAt(root, NodeAddress(address.begin(), address.end() - 1));
    if (!parent || !nodeAt(root, address))
        return false;
    const int from = address.back().index;
    switch (address.back().kind) {
    case NodeStep::Kind::Child: return moveWithin(parent->children, from, newIndex);
    case NodeStep::Kind::Rule: return moveWithin(parent->rules, from, newIndex);
    case NodeStep::Kind::Arm: return moveWithin(parent->arms, from, newIndex);
    case NodeStep::Kind::Default: break;
    }
    return false;
}

bool wrap(Node &root, const NodeAddress &address, NodeKind kind)
{
    Node *node = nodeAt(root, address);
    if (!node)
        return false;
    Node inner = std::move(*node);
    Node outer;
    outer.kind = kind;
    switch (kind) {
    case NodeKind::Fallback: outer.children.push_back(std::move(inner)); break;
    case NodeKind::Weighted: outer.arms.push_back({QStringLiteral("a"), 100, std::move(inner)}); break;
    case NodeKind::Conditional: outer.defaultNode = Box<Node>(std::move(inner)); break;
    case NodeKind::Target:
    case NodeKind::Ref:
    case NodeKind::Selector: *node = std::move(inner); return false;
    }
    *node = std::move(outer);
    return true;
}

bool setArmWeight(Node &weighted, int armIndex, int weight)
{
    if (armIndex < 0 || size_t(armIndex) >= weighted.arms.size())
        return false;
    weight = std::clamp(weight, 0, 100);
    std::vector<Arm> &arms = weighted.arms;
    if (arms.size() == 1) {
        arms.front().weight = 100;
        return true;
    }
    arms[size_t(armIndex)].weight = weight;
    const int rest = 100 - weight;
    double othersTotal = 0;
    for (size_t i = 0; i < arms.size(); ++i)
        if (int(i) != armIndex)
            othersTotal += std::max(0.0, arms[i].weight);
    // Largest remainder: whole percents that keep the proportions as closely as possible.
    struct Share { size_t arm; int floor; double remainder; };
    std::vector<Share> shares;
    int assigned = 0;
    const double others = double(arms.size() - 1);
    for (size_t i = 0; i < arms.size(); ++i) {
        if (int(i) == armIndex)
            continue;
        const double exact = othersTotal > 0 ? rest * std::max(0.0, arms[i].weight) / othersTotal : rest / others;
        const int floor = int(std::floor(exact + 1e-9));
        shares.push_back({i, floor, exact - floor});
        assigned += floor;
    }
    std::stable_sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) { return a.remainder > b.remainder; });
    for (Share &s : shares) {
        if (assigned < rest) {
            ++s.floor;
            ++assigned;
        }
        arms[s.arm].weight = s.floor;
    }
    return true;
}

} // namespace PolicyEdits

} // namespace sy
