#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "policy/Policy.h"

namespace sy {

// Where a node sits inside a route, as the steps from the route's root. Its JSON path is the
// one the policy reader reports problems at, so editor fields and diagnostics meet.
struct NodeStep
{
    enum class Kind { Child, Rule, Arm, Default };
    Kind kind = Kind::Child;
    int index = 0; // unused for Default
    friend bool operator==(const NodeStep &, const NodeStep &) = default;
};
using NodeAddress = std::vector<NodeStep>;

Node *nodeAt(Node &root, const NodeAddress &address);
const Node *nodeAt(const Node &root, const NodeAddress &address);
// "$.routes[2].root.rules[0].then"; `root` is the route's root (selectors name arms "candidates").
QString nodeJsonPath(const Node &root, int routeIndex, const NodeAddress &address);
// The node a diagnostic's path points into (the deepest one), for "go to problem".
std::optional<NodeAddress> addressFromJsonPath(const QString &path, int *routeIndex);
// The steps leading to each child of `node`, in display order (rules, then default; children; arms).
std::vector<NodeStep> childSteps(const Node &node);
NodeAddress childAddress(const NodeAddress &parent, NodeStep step);

// Edits the editor makes; each keeps the policy well formed as a tree and says false when the
// address does not fit (nothing is changed then).
namespace PolicyEdits {
// A new node of `kind` with sensible content (a target points at `defaultModel`).
Node makeNode(NodeKind kind, const QString &defaultModel);
// Adds `node` as the last child of the container at `parent` (a rule for conditionals, an arm
// for weighted and selector nodes). Returns the new child's address, empty when not possible.
std::optional<NodeAddress> appendChild(Node &root, const NodeAddress &parent, Node node);
// Sets the conditional's default branch.
bool setDefault(Node &root, const NodeAddress &conditional, Node node);
bool remove(Node &root, const NodeAddress &address);
// Moves a rule, fallback child or arm to `newIndex` among its siblings.
bool moveTo(Node &root, const NodeAddress &address, int newIndex);
// Wraps the node at `address` in a new container of `kind` (fallback, weighted, conditional).
bool wrap(Node &root, const NodeAddress &address, NodeKind kind);
// Sets arm `armIndex` to `weight` percent and shares the rest among the other arms in proportion
// to their weights (equally when they are all zero), in whole percent summing to exactly 100.
bool setArmWeight(Node &weighted, int armIndex, int weight);
} // namespace PolicyEdits

} // namespace sy
