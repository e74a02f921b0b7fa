#include "eval/JsonSchemaCheck.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

#include "json/JsonReader.h"

namespace sy {

namespace {

const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keys{
        QStringLiteral("type"), QStringLiteral("properties"), QStringLiteral("required"), QStringLiteral("additionalProperties"),
        QStringLiteral("items"), QStringLiteral("minItems"), QStringLiteral("maxItems"), QStringLiteral("enum"),
        QStringLiteral("const"), QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"), QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("pattern"),
        QStringLiteral("allOf"), QStringLiteral("anyOf"), QStringLiteral("oneOf"), QStringLiteral("not"),
        // annotations that do not constrain
        QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("default"), QStringLiteral("examples"),
        QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("format"), QStringLiteral("strict")};
    return keys;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"string")
        return v.isString();
    if (type == u"number")
        return v.isDouble();
    if (type == u"integer")
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"null")
        return v.isNull();
    return false;
}

void check(const QJsonValue &v, const QJsonObject &schema, const QString &path, QStringList &out)
{
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it)
        if (!knownKeywords().contains(it.key()))
            out.append(QStringLiteral("%1: the schema keyword \"%2\" is not supported").arg(path, it.key()));
    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue t = schema.value(QStringLiteral("type"));
        QStringList types;
        if (t.isArray())
            for (const QJsonValue &x : t.toArray())
                types.append(x.toString());
        else
            types.append(t.toString());
        if (std::none_of(types.begin(), types.end(), [&](const QString &type) { return hasType(v, type); })) {
            out.append(QStringLiteral("%1: expected %2, found %3").arg(path, types.join(QStringLiteral(" or ")), jsonTypeName(v)));
            return; // the other keywords would only repeat this
        }
    }
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(v))
        out.append(QStringLiteral("%1: not one of the allowed values").arg(path));
    if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != v)
        out.append(QStringLiteral("%1: not the required value").arg(path));
    if (v.isDouble()) {
        const double d = v.toDouble();
        auto bound = [&](const char *key, auto fails, const char *what) {
            const QJsonValue b = schema.value(QLatin1String(key));
            if (b.isDouble() && fails(d, b.toDouble()))
                out.append(QStringLiteral("%1: %2 is %3 %4").arg(path).arg(d).arg(QLatin1String(what)).arg(b.toDouble()));
        };
        bound("minimum", [](double x, double b) { return x < b; }, "less than");
        bound("maximum", [](double x, double b) { return x > b; }, "more than");
        bound("exclusiveMinimum", [](double x, double b) { return x <= b; }, "not more than");
        bound("exclusiveMaximum", [](double x, double b) { return x >= b; }, "not less than");
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (schema.contains(QStringLiteral("minLength")) && s.size() < schema.value(QStringLiteral("minLength")).toInt())
            out.append(QStringLiteral("%1: shorter than %2 characters").arg(path).arg(schema.value(QStringLiteral("minLength")).toInt()));
        if (schema.contains(QStringLiteral("maxLength")) && s.size() > schema.value(QStringLiteral("maxLength")).toInt())
            out.append(QStringLiteral("%1: longer than %2 characters").arg(path).arg(schema.value(QStringLiteral("maxLength")).toInt()));
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
            if (!re.isValid())
                out.append(QStringLiteral("%1: the schema's pattern is not a valid regular expression").arg(path));
            else if (!re.match(s).hasMatch())
                out.append(QStringLiteral("%1: does not match /%2/").arg(path, re.pattern()));
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (schema.contains(QStringLiteral("minItems")) && a.size() < schema.value(QStringLiteral("minItems")).toInt())
            out.append(QStringLiteral("%1: fewer than %2 items").arg(path).arg(schema.value(QStringLiteral("minItems")).toInt()));
        if (schema.contains(QStringLiteral("maxItems")) && a.size() > schema.value(QStringLiteral("maxItems")).toInt())
            out.append(QStringLiteral("%1: more than %2 items").arg(path).arg(schema.value(QStringLiteral("maxItems")).toInt()));
        if (schema.value(QStringLiteral("items")).isObject())
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), schema.value(QStringLiteral("items")).toObject(), jsonPathIndex(path, i), out);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray())
            if (!o.contains(name.toString()))
                out.append(QStringLiteral("%1: \"%2\" is required").arg(path, name.toString()));
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString childPath = jsonPathKey(path, it.key());
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), childPath, out);
            else if (additional.isBool() && !additional.toBool())
                out.append(QStringLiteral("%1: not allowed here").arg(childPath));
            else if (additional.isObject())
                check(it.value(), additional.toObject(), childPath, out);
        }
    }
    for (const QJsonValue &sub : schema.value(QStringLiteral("allOf")).toArray())
        check(v, sub.toObject(), path, out);
    auto matching = [&](const char *key) {
        int n = 0;
        for (const QJsonValue &sub : schema.value(QLatin1String(key)).toArray()) {
            QStringList ignored;
            check(v, sub.toObject(), path, ignored);
            n += ignored.isEmpty() ? 1 : 0;
        }
        return n;
    };
    if (schema.contains(QStringLiteral("anyOf")) && matching("anyOf") == 0)
        out.append(QStringLiteral("%1: matches none of anyOf").arg(path));
    if (schema.contains(QStringLiteral("oneOf")) && matching("oneOf") != 1)
        out.append(QStringLiteral("%1: must match exactly one of oneOf").arg(path));
    if (schema.value(QStringLiteral("not")).isObject()) {
        QStringList inner;
        check(v, schema.value(QStringLiteral("not")).toObject(), path, inner);
        if (inner.isEmpty())
            out.append(QStringLiteral("%1: matches a schema it must not").arg(path));
    }
}

} // namespace

QStringList JsonSchemaCheck::problems(const QJsonValue &value, const QJsonObject &schema)
{
    QStringList out;
    check(value, schema, QStringLiteral("$"), out);
    return out;
}

} // namespace sy
