#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace sy {

// JSON text with object keys in a given order instead of QJsonDocument's alphabetical one, so
// a policy reads as its format is documented ("type" before "rules", "rules" before
// "default"). Keys not in the order follow, alphabetically. Indented by two spaces per level.
namespace OrderedJson {
QByteArray write(const QJsonValue &value, const QStringList &keyOrder);
}

} // namespace sy
