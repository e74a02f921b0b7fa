#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include "json/Diagnostics.h"
#include "policy/Policy.h"
#include "routing/SelectorModel.h"

namespace sy {

// Selector nodes ("type": "selector") pick a candidate by a method with its own parameters:
// "learned" (predicted probability of meeting a quality bar, docs/routing.md) and "semantic"
// (similarity to example utterances). The format carries any method; these are the ones built.
QStringList knownSelectorMethods();
bool isKnownSelectorMethod(const QString &method);

// The selector's method built from its params; problems are reported under `path` (the node's
// JSON path) and then nothing comes back.
std::shared_ptr<const SelectorModel> makeSelector(const Node &node, const QString &path, Diagnostics &diagnostics);

} // namespace sy
