#include "gateway/VirtualKey.h"

#include <QJsonArray>

namespace sy {

QJsonObject KeyLimits::toJson() const
{
    QJsonObject o;
    if (dayBudgetUsd > 0)
        o.insert(QStringLiteral("day_usd"), dayBudgetUsd);
    if (monthBudgetUsd > 0)
        o.insert(QStringLiteral("month_usd"), monthBudgetUsd);
    if (!budgetHardStop)
        o.insert(QStringLiteral("hard_stop"), false);
    if (requestsPerMinute > 0)
        o.insert(QStringLiteral("rpm"), requestsPerMinute);
    if (tokensPerMinute > 0)
        o.insert(QStringLiteral("tpm"), tokensPerMinute);
    if (!allowedRoutes.isEmpty())
        o.insert(QStringLiteral("routes"), QJsonArray::fromStringList(allowedRoutes));
    if (!allowedModels.isEmpty())
        o.insert(QStringLiteral("models"), QJsonArray::fromStringList(allowedModels));
    if (!defaultRoute.isEmpty())
        o.insert(QStringLiteral("default_route"), defaultRoute);
    return o;
}

KeyLimits KeyLimits::fromJson(const QJsonObject &o)
{
    const auto strings = [&](const char *name) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(name)).toArray())
            if (!v.toString().isEmpty())
                out.append(v.toString());
        return out;
    };
    KeyLimits l;
    l.dayBudgetUsd = std::max(0.0, o.value(QStringLiteral("day_usd")).toDouble());
    l.monthBudgetUsd = std::max(0.0, o.value(QStringLiteral("month_usd")).toDouble());
    l.budgetHardStop = o.value(QStringLiteral("hard_stop")).toBool(true);
    l.requestsPerMinute = std::max(0, o.value(QStringLiteral("rpm")).toInt());
    l.tokensPerMinute = std::max<qint64>(0, o.value(QStringLiteral("tpm")).toInteger());
    l.allowedRoutes = strings("routes");
    l.allowedModels = strings("models");
    l.defaultRoute = o.value(QStringLiteral("default_route")).toString();
    return l;
}

} // namespace sy
