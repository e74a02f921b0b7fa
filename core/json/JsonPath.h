#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace sy {

// Reads and replaces one value inside a JSON document by the paths diagnostics use
// ($.routes[0].root.rules[1].when); simple member names and indexes only.
std::optional<QJsonValue> jsonValueAt(const QJsonValue &root, const QString &path);
// False (and `root` unchanged) when the path does not lead to an existing value.
bool replaceJsonValueAt(QJsonValue &root, const QString &path, const QJsonValue &value);
// True when `path` is `prefix` or lies below it ($.a.b is below $.a, $.ab is not).
bool isUnderPath(const QString &path, const QString &prefix);

} // namespace sy
