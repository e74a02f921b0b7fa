#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>

#include "json/Diagnostics.h"

namespace sy {

QString jsonPathKey(const QString &parent, const QString &key);
QString jsonPathIndex(const QString &parent, qsizetype index);
QString jsonTypeName(const QJsonValue &value);

// Parses JSON text; a syntax error is reported with its line and column.
std::optional<QJsonDocument> parseJsonText(const QByteArray &text, Diagnostics &diagnostics);

// Reads an object's members by name, reporting wrong types, missing keys and unknown keys
// (with a suggestion) against the object's JSON path.
class ObjectReader
{
public:
    enum Presence { Optional, Required };

    ObjectReader(const QJsonValue &value, QString path, Diagnostics &diagnostics);

    bool isObject() const { return m_isObject; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return jsonPathKey(m_path, key); }
    bool has(const QString &key) const { return m_object.contains(key); }
    const QJsonObject &object() const { return m_object; }

    QJsonValue value(const QString &key, Presence presence = Optional);
    std::optional<QString> string(const QString &key, Presence presence = Optional, bool allowEmpty = false);
    std::optional<double> number(const QString &key, Presence presence = Optional,
                                 double min = -1e300, double max = 1e300);
    std::optional<int> integer(const QString &key, Presence presence = Optional, int min = INT_MIN,
                               int max = INT_MAX);
    std::optional<bool> boolean(const QString &key, Presence presence = Optional);
    std::optional<QJsonObject> objectMember(const QString &key, Presence presence = Optional);
    std::optional<QJsonArray> array(const QString &key, Presence presence = Optional);
    std::optional<QStringList> stringList(const QString &key, Presence presence = Optional);

    // Calls fn(item, itemPath) for each element of an array member; returns the element count,
    // or nothing when the member is absent or not an array (reported like array()).
    template<typename Fn>
    std::optional<qsizetype> forEach(const QString &key, Presence presence, Fn &&fn)
    {
        const std::optional<QJsonArray> items = array(key, presence);
        if (!items)
            return std::nullopt;
        const QString base = pathOf(key);
        for (qsizetype i = 0; i < items->size(); ++i)
            fn(items->at(i), jsonPathIndex(base, i));
        return items->size();
    }

    // Reports every key that no accessor asked for. Call once, after reading.
    void rejectUnknownKeys();

    Diagnostics &diagnostics() { return m_diagnostics; }

private:
    QJsonValue take(const QString &key, Presence presence);
    void wrongType(const QString &key, const char *expected, const QJsonValue &got);

    QJsonObject m_object;
    QString m_path;
    Diagnostics &m_diagnostics;
    QSet<QString> m_seen;
    bool m_isObject = false;
};

} // namespace sy
