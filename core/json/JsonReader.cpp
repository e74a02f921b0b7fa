#include "json/JsonReader.h"

#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace sy {

QString jsonPathKey(const QString &parent, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return parent + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString jsonPathIndex(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

std::optional<QJsonDocument> parseJsonText(const QByteArray &text, Diagnostics &diagnostics)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    int line = 1, column = 1;
    const qsizetype end = qMin<qsizetype>(error.offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    diagnostics.addAt(line, column, QStringLiteral("invalid JSON: %1").arg(error.errorString()));
    return std::nullopt;
}

ObjectReader::ObjectReader(const QJsonValue &value, QString path, Diagnostics &diagnostics)
    : m_path(std::move(path)), m_diagnostics(diagnostics), m_isObject(value.isObject())
{
    if (m_isObject)
        m_object = value.toObject();
    else
        m_diagnostics.add(m_path, QStringLiteral("expected an object, found %1").arg(jsonTypeName(value)));
}

QJsonValue ObjectReader::take(const QString &key, Presence presence)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Required && m_isObject)
            m_diagnostics.add(pathOf(key), QStringLiteral("required key is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

void ObjectReader::wrongType(const QString &key, const char *expected, const QJsonValue &got)
{
    m_diagnostics.add(pathOf(key),
                      QStringLiteral("expected %1, found %2").arg(QLatin1String(expected), jsonTypeName(got)));
}

QJsonValue ObjectReader::value(const QString &key, Presence presence) { return take(key, presence); }

std::optional<QString> ObjectReader::string(const QString &key, Presence presence, bool allowEmpty)
{
    const QJsonValue v = take(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        wrongType(key, "a string", v);
        return std::nullopt;
    }
    if (!allowEmpty && v.toString().isEmpty()) {
        m_diagnostics.add(pathOf(key), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<double> ObjectReader::number(const QString &key, Presence presence, double min, double max)
{
    const QJsonValue v = take(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        wrongType(key, "a number", v);
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        m_diagnostics.add(pathOf(key), QStringLiteral("%1 is out of range [%2, %3]")
                                           .arg(d)
                                           .arg(min)
                                           .arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<int> ObjectReader::integer(const QString &key, Presence presence, int min, int max)
{
    const QJsonValue v = take(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d)) {
        wrongType(key, "an integer", v);
        return std::nullopt;
    }
    if (d < min || d > max) {
        m_diagnostics.add(pathOf(key), QStringLiteral("%1 is out of range [%2, %3]").arg(d).arg(min).arg(max));
        return std::nullopt;
    }
    return int(d);
}

std::optional<bool> ObjectReader::boolean(const QString &key, Presence presence)
{
    const QJsonValue v = take(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        wrongType(key, "a boolean", v);
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QJsonObject> ObjectReader::objectMember(const QString &key, Presence presence)
{
    const QJsonValue v = take(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        wrongType(key, "an object", v);
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> ObjectReader::array(const QString &key, Presence presence)
{
    const QJsonValue v = take(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        wrongType(key, "an array", v);
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QStringList> ObjectReader::stringList(const QString &key, Presence presence)
{
    const std::optional<QJsonArray> arr = array(key, presence);
    if (!arr)
        return std::nullopt;
    QStringList out;
    bool ok = true;
    for (qsizetype i = 0; i < arr->size(); ++i) {
        const QJsonValue item = arr->at(i);
        if (!item.isString()) {
            m_diagnostics.add(jsonPathIndex(pathOf(key), i),
                              QStringLiteral("expected a string, found %1").arg(jsonTypeName(item)));
            ok = false;
            continue;
        }
        out.append(item.toString());
    }
    return ok ? std::optional<QStringList>(out) : std::nullopt;
}

namespace {
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int subst = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
} // namespace

void ObjectReader::rejectUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_seen.contains(it.key()))
            continue;
        QString best;
        int bestDistance = std::max<int>(3, int(it.key().size() / 3) + 1);
        for (const QString &known : std::as_const(m_seen)) {
            // A prefix ("ttft" for "ttft_ms") counts as close as one typo.
            const bool prefix = known.startsWith(it.key()) || it.key().startsWith(known);
            const int d = prefix ? 1 : editDistance(it.key(), known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        QString message = QStringLiteral("unknown key");
        if (!best.isEmpty())
            message += QStringLiteral(" (did you mean '%1'?)").arg(best);
        m_diagnostics.add(pathOf(it.key()), message);
    }
}

} // namespace sy
