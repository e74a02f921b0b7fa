#pragma once

#include <QString>
#include <QStringList>

#include <functional>

#include "policy/Policy.h"
#include "json/Diagnostics.h"

namespace sy {

// The selector methods this build knows, as the policy reader needs them: a name, and a check of
// a selector node's params that reports problems under the node's JSON path. Routing's
// SelectorRegistry fills it as methods register, so the reader validates a selector without
// knowing any method's implementation.
namespace SelectorMethodCatalog {

using ParamsCheck = std::function<void(const Node &node, const QString &path, Diagnostics &diagnostics)>;

void add(const QString &method, ParamsCheck check); // a second add of a name replaces the first
QStringList methods();                              // sorted
bool contains(const QString &method);
// Runs the method's check; false (and nothing reported) when the method is unknown.
bool check(const Node &node, const QString &path, Diagnostics &diagnostics);

} // namespace SelectorMethodCatalog

} // namespace sy
