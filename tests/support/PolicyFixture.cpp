#include "PolicyFixture.h"

#include <QJsonDocument>

#include <cstdio>

#include "policy/PolicyReader.h"

namespace sy::test {

PolicyFixture::PolicyFixture(const QString &name)
    : m_json{{QStringLiteral("format"), QStringLiteral("switchyard.policy")},
             {QStringLiteral("version"), 1},
             {QStringLiteral("name"), name},
             {QStringLiteral("providers"), QJsonArray()},
             {QStringLiteral("routes"), QJsonArray()}}
{
}

PolicyFixture &PolicyFixture::provider(const QString &id, const QString &kind, const QString &baseUrl, const QJsonArray &modelList,
                                       const QJsonObject &extra)
{
    QJsonObject p{{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind}, {QStringLiteral("base_url"), baseUrl},
                  {QStringLiteral("models"), modelList}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    QJsonArray providers = m_json.value(QStringLiteral("providers")).toArray();
    providers.append(p);
    m_json.insert(QStringLiteral("providers"), providers);
    return *this;
}

PolicyFixture &PolicyFixture::offlineProvider(const QString &id, const QStringList &modelIds)
{
    return provider(id, QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:9/v1"), models(modelIds));
}

PolicyFixture &PolicyFixture::route(const QString &alias, const QJsonObject &root)
{
    QJsonArray routes = m_json.value(QStringLiteral("routes")).toArray();
    routes.append(QJsonObject{{QStringLiteral("alias"), alias}, {QStringLiteral("root"), root}});
    m_json.insert(QStringLiteral("routes"), routes);
    return *this;
}

PolicyFixture &PolicyFixture::set(const QString &key, const QJsonValue &value)
{
    m_json.insert(key, value);
    return *this;
}

QByteArray PolicyFixture::text() const { return QJsonDocument(m_json).toJson(); }

std::optional<Policy> PolicyFixture::read(Diagnostics &diagnostics) const { return PolicyReader::fromJsonText(text(), diagnostics); }

Policy PolicyFixture::policy() const
{
    Diagnostics d;
    if (auto p = read(d))
        return *p;
    fprintf(stderr, "PolicyFixture: the fixture is not a valid policy:\n%s\n", qPrintable(d.toString()));
    return Policy();
}

QJsonArray models(const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids)
        out.append(QJsonObject{{QStringLiteral("id"), id}});
    return out;
}

QJsonObject pricedModel(const QString &id, double inputPerMTok, double outputPerMTok)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("input_per_mtok"), inputPerMTok}, {QStringLiteral("output_per_mtok"), outputPerMTok}}}};
}

QJsonObject target(const QString &model, const QJsonObject &extra)
{
    QJsonObject t{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), model}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        t.insert(it.key(), it.value());
    return t;
}

QJsonObject fallback(const QJsonArray &children)
{
    return {{QStringLiteral("type"), QStringLiteral("fallback")}, {QStringLiteral("children"), children}};
}

QJsonObject rule(const QJsonObject &when, const QJsonObject &then)
{
    return {{QStringLiteral("when"), when}, {QStringLiteral("then"), then}};
}

QJsonObject conditional(const QJsonArray &rules, const QJsonObject &defaultNode)
{
    return {{QStringLiteral("type"), QStringLiteral("conditional")}, {QStringLiteral("rules"), rules}, {QStringLiteral("default"), defaultNode}};
}

QJsonObject condition(const QString &field, const QString &op, const QJsonValue &value)
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}};
}

QJsonObject selector(const QString &method, const QJsonObject &params, const QString &provider, const QStringList &labels,
                     const QJsonObject &defaultNode)
{
    QJsonArray candidates;
    for (const QString &l : labels)
        candidates.append(QJsonObject{{QStringLiteral("label"), l}, {QStringLiteral("node"), target(provider + u'/' + l)}});
    return {{QStringLiteral("type"), QStringLiteral("selector")}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params},
            {QStringLiteral("candidates"), candidates}, {QStringLiteral("default"), defaultNode}};
}

} // namespace sy::test
