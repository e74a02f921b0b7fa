#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "policy/Policy.h"
#include "routing/SelectorModel.h"
#include "json/Diagnostics.h"

namespace sy {

// Selector nodes ("type": "selector") pick a candidate by a named method with its own params.
// Each method registers a factory here from its own file (learn/SelectorMethods.cpp); the
// compiler builds selectors through the registry and the policy reader checks them through the
// catalog it keeps in step, so adding a method is one file and one registration.
namespace SelectorRegistry {

// Builds the method from a node's params and its candidates' labels; reports problems under
// paramsPath and returns nothing when the params are unusable.
using Factory = std::function<std::shared_ptr<const SelectorModel>(
    const QJsonObject &params, const QStringList &candidateLabels, const QString &paramsPath,
    Diagnostics &diagnostics)>;

// Returns true, so a registration can initialise a namespace-scope constant.
bool add(const QString &method, Factory factory);
QStringList methods();
// The node's selector; nothing (and a report only for bad params) when it cannot be built.
std::shared_ptr<const SelectorModel> make(const Node &node, const QString &path, Diagnostics &diagnostics);

} // namespace SelectorRegistry

} // namespace sy
