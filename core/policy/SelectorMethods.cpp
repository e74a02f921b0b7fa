#include "policy/SelectorMethods.h"

#include "json/JsonReader.h"
#include "learn/LearnedRouter.h"
#include "learn/SemanticRouter.h"

namespace sy {

QStringList knownSelectorMethods() { return {QStringLiteral("learned"), QStringLiteral("semantic")}; }

bool isKnownSelectorMethod(const QString &method) { return knownSelectorMethods().contains(method); }

std::shared_ptr<const SelectorModel> makeSelector(const Node &node, const QString &path, Diagnostics &diagnostics)
{
    QStringList labels;
    for (const Arm &arm : node.arms)
        labels.append(arm.label);
    const QString paramsPath = jsonPathKey(path, QStringLiteral("params"));
    if (node.method == u"learned")
        return LearnedSelector::fromParams(node.params, labels, paramsPath, diagnostics);
    if (node.method == u"semantic")
        return SemanticSelector::fromParams(node.params, labels, paramsPath, diagnostics);
    return nullptr;
}

} // namespace sy
