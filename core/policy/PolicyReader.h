#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "json/Diagnostics.h"
#include "policy/Policy.h"

namespace sy {

// Reads a policy file (any supported format version), checks it completely, and reports
// every problem by JSON path. Never throws; a result is returned only when there is no error.
class PolicyReader
{
public:
    static std::optional<Policy> fromJsonText(const QByteArray &text, Diagnostics &diagnostics);
    static std::optional<Policy> fromJson(const QJsonObject &document, Diagnostics &diagnostics);
    // The policy when its shape is right, even with wrong references or weights (all reported):
    // the editor opens such a file and shows the problems where they are.
    static std::optional<Policy> fromJsonLenient(const QJsonObject &document, Diagnostics &diagnostics);
    static std::optional<Policy> fromJsonTextLenient(const QByteArray &text, Diagnostics &diagnostics);
    static std::optional<Policy> fromFile(const QString &fileName, Diagnostics &diagnostics);

    // Checks references, weights, cycles and regexes of an in-memory policy (the editor uses this).
    static void validate(const Policy &policy, Diagnostics &diagnostics);

    // One model entry in the policy's shape, for other files that list models (the catalog).
    static ModelSpec modelFromJson(const QJsonValue &value, const QString &path, Diagnostics &diagnostics);
};

} // namespace sy
