#pragma once

#include <QByteArray>
#include <QJsonObject>

#include "policy/Policy.h"

namespace sy {

// Writes a policy in the current format version. Only what was set is written, so a file
// read and written again keeps its meaning and its content (keys come out sorted).
class PolicyWriter
{
public:
    static QJsonObject toJson(const Policy &policy);
    static QByteArray toJsonText(const Policy &policy); // keys in the documented order
    // The key order of the policy format (docs/policy-format.md), for writing any part of it.
    static const QStringList &keyOrder();
    static QJsonObject nodeToJson(const Node &node);
    static QJsonObject conditionToJson(const Condition &condition);
    static QJsonObject providerToJson(const ProviderSpec &provider);
    static QJsonObject modelToJson(const ModelSpec &model);
    static QJsonObject pricingToJson(const Pricing &pricing); // the "pricing" object
};

} // namespace sy
