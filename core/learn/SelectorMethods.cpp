// The selector methods this library provides, registered with routing's SelectorRegistry when the
// program starts. Linked into every program that links the core (see core/CMakeLists.txt), so a
// policy reader anywhere knows them; a new method adds its line here.
#include "learn/LearnedRouter.h"
#include "learn/SemanticRouter.h"
#include "routing/SelectorRegistry.h"

namespace sy {
namespace {

const bool learnedRegistered =
    SelectorRegistry::add(QStringLiteral("learned"), [](const QJsonObject &params, const QStringList &labels,
                                                        const QString &path, Diagnostics &diagnostics) {
        return std::shared_ptr<const SelectorModel>(
            LearnedSelector::fromParams(params, labels, path, diagnostics));
    });

const bool semanticRegistered =
    SelectorRegistry::add(QStringLiteral("semantic"), [](const QJsonObject &params, const QStringList &labels,
                                                         const QString &path, Diagnostics &diagnostics) {
        return std::shared_ptr<const SelectorModel>(
            SemanticSelector::fromParams(params, labels, path, diagnostics));
    });

} // namespace
} // namespace sy
