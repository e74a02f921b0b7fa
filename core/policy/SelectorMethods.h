#pragma once

#include <QString>
#include <QStringList>

namespace sy {

// Selector nodes ("type": "selector") pick a child by a method with its own parameters
// (semantic similarity, learned quality prediction). Methods register here as they are built;
// the format already carries them, so adding one needs no format change.
QStringList knownSelectorMethods();
bool isKnownSelectorMethod(const QString &method);

} // namespace sy
