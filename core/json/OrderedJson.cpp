#include "json/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy::OrderedJson {

namespace {

// A scalar as QJsonDocument writes it (escaping and number format included).
QByteArray scalar(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &value, const QStringList &order, int depth)
{
    const QByteArray indent(2 * (depth + 1), ' '), closing(2 * depth, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys(); // alphabetical
        std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
            const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent + scalar(keys[i]) + ": ";
            writeValue(out, object.value(keys[i]), order, depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            writeValue(out, array.at(i), order, depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closing + ']';
    } else {
        out += scalar(value);
    }
}

} // namespace

QByteArray write(const QJsonValue &value, const QStringList &keyOrder)
{
    QByteArray out;
    writeValue(out, value, keyOrder, 0);
    out += '\n';
    return out;
}

} // namespace sy::OrderedJson
