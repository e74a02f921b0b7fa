#include "policy/PolicyMigration.h"

#include <QJsonArray>

#include "policy/Policy.h"

namespace sy {

namespace {

// Version 0 was the pre-release draft: "switchyard_policy": 0, routes as an object keyed by
// alias, and targets naming "provider" and "model" in two keys.
QJsonValue upgradeNodeFrom0(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject node = value.toObject();
    if (node.value(QStringLiteral("type")) == QStringLiteral("target") && node.contains(QStringLiteral("provider"))) {
        const QString model = node.value(QStringLiteral("provider")).toString() + QLatin1Char('/') +
                              node.value(QStringLiteral("model")).toString();
        node.remove(QStringLiteral("provider"));
        node.insert(QStringLiteral("model"), model);
    }
    for (const QString &key : {QStringLiteral("children")}) {
        if (!node.contains(key))
            continue;
        QJsonArray children = node.value(key).toArray();
        for (qsizetype i = 0; i < children.size(); ++i)
            children[i] = upgradeNodeFrom0(children[i]);
        node.insert(key, children);
    }
    for (const QString &key : {QStringLiteral("rules"), QStringLiteral("arms")}) {
        if (!node.contains(key))
            continue;
        QJsonArray items = node.value(key).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            const QString child = key == u"rules" ? QStringLiteral("then") : QStringLiteral("node");
            item.insert(child, upgradeNodeFrom0(item.value(child)));
            items[i] = item;
        }
        node.insert(key, items);
    }
    if (node.contains(QStringLiteral("default")))
        node.insert(QStringLiteral("default"), upgradeNodeFrom0(node.value(QStringLiteral("default"))));
    return node;
}

QJsonObject upgradeFrom0(QJsonObject doc)
{
    doc.remove(QStringLiteral("switchyard_policy"));
    doc.insert(QStringLiteral("format"), QStringLiteral("switchyard.policy"));
    doc.insert(QStringLiteral("version"), 1);
    const QJsonObject routesByAlias = doc.value(QStringLiteral("routes")).toObject();
    QJsonArray routes;
    for (auto it = routesByAlias.constBegin(); it != routesByAlias.constEnd(); ++it) {
        QJsonObject route;
        route.insert(QStringLiteral("alias"), it.key());
        route.insert(QStringLiteral("root"), upgradeNodeFrom0(it.value()));
        routes.append(route);
    }
    doc.insert(QStringLiteral("routes"), routes);
    return doc;
}

} // namespace

int PolicyMigration::versionOf(const QJsonObject &document, Diagnostics &diagnostics)
{
    if (document.contains(QStringLiteral("switchyard_policy")))
        return 0;
    const QJsonValue format = document.value(QStringLiteral("format"));
    if (format != QStringLiteral("switchyard.policy")) {
        diagnostics.add(QStringLiteral("$.format"),
                        QStringLiteral("not a Switchyard policy: expected \"format\": \"switchyard.policy\""));
        return -1;
    }
    const QJsonValue version = document.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        diagnostics.add(QStringLiteral("$.version"), QStringLiteral("expected a positive integer format version"));
        return -1;
    }
    return version.toInt();
}

std::optional<QJsonObject> PolicyMigration::upgrade(const QJsonObject &document, Diagnostics &diagnostics)
{
    const int version = versionOf(document, diagnostics);
    if (version < 0)
        return std::nullopt;
    if (version > kPolicyFormatVersion) {
        diagnostics.add(QStringLiteral("$.version"),
                        QStringLiteral("format version %1 is newer than this Switchyard understands (%2): upgrade "
                                       "Switchyard to read it")
                            .arg(version)
                            .arg(kPolicyFormatVersion));
        return std::nullopt;
    }
    QJsonObject doc = document;
    if (version == 0)
        doc = upgradeFrom0(doc);
    return doc;
}

} // namespace sy
