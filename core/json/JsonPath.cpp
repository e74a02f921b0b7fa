#include "json/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace sy {

namespace {

// Member names as strings, indexes as qsizetype; nullopt for a malformed path.
std::optional<QList<QVariant>> parse(const QString &path)
{
    if (!path.startsWith(u'$'))
        return std::nullopt;
    QList<QVariant> steps;
    qsizetype i = 1;
    while (i < path.size()) {
        if (path.at(i) == u'.') {
            qsizetype end = i + 1;
            while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
                ++end;
            if (end == i + 1)
                return std::nullopt;
            steps.append(path.mid(i + 1, end - i - 1));
            i = end;
        } else if (path.at(i) == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            bool ok = false;
            const qsizetype index = close < 0 ? -1 : path.mid(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok || index < 0)
                return std::nullopt;
            steps.append(QVariant::fromValue(index));
            i = close + 1;
        } else {
            return std::nullopt;
        }
    }
    return steps;
}

bool replaceIn(QJsonValue &node, const QList<QVariant> &steps, qsizetype at, const QJsonValue &value)
{
    if (at == steps.size()) {
        node = value;
        return true;
    }
    const QVariant &step = steps.at(at);
    if (step.typeId() == QMetaType::QString) {
        if (!node.isObject())
            return false;
        QJsonObject object = node.toObject();
        const QString key = step.toString();
        if (!object.contains(key))
            return false;
        QJsonValue child = object.value(key);
        if (!replaceIn(child, steps, at + 1, value))
            return false;
        object.insert(key, child);
        node = object;
        return true;
    }
    if (!node.isArray())
        return false;
    QJsonArray array = node.toArray();
    const qsizetype index = step.value<qsizetype>();
    if (index >= array.size())
        return false;
    QJsonValue child = array.at(index);
    if (!replaceIn(child, steps, at + 1, value))
        return false;
    array.replace(index, child);
    node = array;
    return true;
}

} // namespace

std::optional<QJsonValue> jsonValueAt(const QJsonValue &root, const QString &path)
{
    const auto steps = parse(path);
    if (!steps)
        return std::nullopt;
    QJsonValue node = root;
    for (const QVariant &step : *steps) {
        if (step.typeId() == QMetaType::QString) {
            if (!node.isObject() || !node.toObject().contains(step.toString()))
                return std::nullopt;
            node = node.toObject().value(step.toString());
        } else {
            const qsizetype index = step.value<qsizetype>();
            if (!node.isArray() || index >= node.toArray().size())
                return std::nullopt;
            node = node.toArray().at(index);
        }
    }
    return node;
}

bool replaceJsonValueAt(QJsonValue &root, const QString &path, const QJsonValue &value)
{
    const auto steps = parse(path);
    return steps && replaceIn(root, *steps, 0, value);
}

bool isUnderPath(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

} // namespace sy
