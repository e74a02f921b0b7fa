#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace sy {

// Checks a JSON value against a JSON Schema (the keywords structured-output APIs use: type,
// properties, required, additionalProperties, items, min/maxItems, enum, const, minimum, maximum,
// exclusive bounds, min/maxLength, pattern, allOf, anyOf, oneOf, not). Every problem comes back
// with its JSON path; a keyword it does not know ($ref, ...) is reported, never silently passed.
class JsonSchemaCheck
{
public:
    static QStringList problems(const QJsonValue &value, const QJsonObject &schema);
};

} // namespace sy
