#include "policy/SelectorMethods.h"

namespace sy {

QStringList knownSelectorMethods()
{
    return {}; // semantic and learned selectors arrive with the routing-intelligence work
}

bool isKnownSelectorMethod(const QString &method) { return knownSelectorMethods().contains(method); }

} // namespace sy
