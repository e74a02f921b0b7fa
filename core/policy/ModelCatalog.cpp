#include "policy/ModelCatalog.h"

#include <QDate>
#include <QFile>

#include "json/JsonReader.h"
#include "policy/PolicyReader.h"

namespace sy {

std::optional<ModelCatalog> ModelCatalog::fromJsonText(const QByteArray &text, Diagnostics &d)
{
    const auto doc = parseJsonText(text, d);
    if (!doc)
        return std::nullopt;
    const qsizetype before = d.size();
    ModelCatalog catalog;
    ObjectReader r(doc->object(), QStringLiteral("$"), d);
    if (r.string(QStringLiteral("format"), ObjectReader::Required) != QStringLiteral("switchyard.catalog"))
        d.add(QStringLiteral("$.format"), QStringLiteral("expected \"switchyard.catalog\""));
    r.integer(QStringLiteral("version"), ObjectReader::Required, 1, 1);
    r.string(QStringLiteral("note"));
    catalog.m_checkedOn = r.string(QStringLiteral("prices_checked"), ObjectReader::Required).value_or(QString());
    if (!catalog.m_checkedOn.isEmpty() && !QDate::fromString(catalog.m_checkedOn, Qt::ISODate).isValid())
        d.add(QStringLiteral("$.prices_checked"), QStringLiteral("expected a date as YYYY-MM-DD"));
    if (const auto providers = r.array(QStringLiteral("providers"), ObjectReader::Required)) {
        for (qsizetype i = 0; i < providers->size(); ++i) {
            const QString path = jsonPathIndex(QStringLiteral("$.providers"), i);
            ObjectReader pr(providers->at(i), path, d);
            CatalogProvider p;
            p.id = pr.string(QStringLiteral("id"), ObjectReader::Required).value_or(QString());
            p.name = pr.string(QStringLiteral("name"), ObjectReader::Required).value_or(QString());
            const QString kind = pr.string(QStringLiteral("kind"), ObjectReader::Required).value_or(QString());
            if (const auto k = providerKindFromName(kind))
                p.kind = *k;
            else
                d.add(pr.pathOf(QStringLiteral("kind")), QStringLiteral("unknown provider kind '%1'").arg(kind));
            p.baseUrl = pr.string(QStringLiteral("base_url"), ObjectReader::Required).value_or(QString());
            p.credentialEnv = pr.string(QStringLiteral("credential_env")).value_or(QString());
            pr.forEach(QStringLiteral("models"), ObjectReader::Required, [&](const QJsonValue &m, const QString &mpath) {
                p.models.push_back(PolicyReader::modelFromJson(m, mpath, d));
            });
            pr.rejectUnknownKeys();
            catalog.m_providers.push_back(std::move(p));
        }
    }
    r.rejectUnknownKeys();
    if (d.size() != before)
        return std::nullopt;
    return catalog;
}

const ModelCatalog &ModelCatalog::builtIn()
{
    static const ModelCatalog catalog = [] {
        QFile f(QStringLiteral(":/catalog/models.json"));
        Diagnostics d;
        const auto loaded = f.open(QIODevice::ReadOnly) ? fromJsonText(f.readAll(), d) : std::nullopt;
        Q_ASSERT_X(loaded, "ModelCatalog::builtIn", qPrintable(d.toString()));
        return loaded.value_or(ModelCatalog());
    }();
    return catalog;
}

const CatalogProvider *ModelCatalog::provider(const QString &id) const
{
    for (const CatalogProvider &p : m_providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::vector<CatalogModel> ModelCatalog::merged(const std::vector<Override> &overrides) const
{
    std::vector<CatalogModel> out;
    for (const CatalogProvider &p : m_providers)
        for (const ModelSpec &m : p.models)
            out.push_back({p.id, m, m_checkedOn, false});
    for (const Override &o : overrides) {
        auto it = std::find_if(out.begin(), out.end(), [&o](const CatalogModel &c) {
            return c.provider == o.provider && c.spec.id == o.spec.id;
        });
        if (it != out.end())
            *it = {o.provider, o.spec, o.checkedOn, true};
        else
            out.push_back({o.provider, o.spec, o.checkedOn, true});
    }
    return out;
}

std::optional<CatalogModel> ModelCatalog::find(const QString &provider, const QString &model,
                                               const std::vector<Override> &overrides) const
{
    for (const CatalogModel &c : merged(overrides))
        if (c.provider == provider && (c.spec.id == model || (!c.spec.alias.isEmpty() && c.spec.alias == model)))
            return c;
    return std::nullopt;
}

} // namespace sy
