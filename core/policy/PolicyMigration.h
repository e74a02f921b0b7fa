#pragma once

#include <QJsonObject>

#include "json/Diagnostics.h"

namespace sy {

// Brings a policy document of any older format version up to kPolicyFormatVersion.
// Each step rewrites version N into N + 1; a newer version than this build knows is an error.
class PolicyMigration
{
public:
    // Returns the document's format version, or -1 (with a diagnostic) when it has none.
    static int versionOf(const QJsonObject &document, Diagnostics &diagnostics);
    static std::optional<QJsonObject> upgrade(const QJsonObject &document, Diagnostics &diagnostics);
};

} // namespace sy
