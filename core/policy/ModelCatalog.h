#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

#include "domain/Provider.h"
#include "json/Diagnostics.h"

namespace sy {

// A provider preset with its well-known models and list prices (resources/catalog/models.json).
struct CatalogProvider
{
    QString id;
    QString name;
    ProviderKind kind = ProviderKind::OpenAI;
    QString baseUrl;
    QString credentialEnv; // the variable users usually keep the key in
    std::vector<ModelSpec> models;
};

struct CatalogModel
{
    QString provider;
    ModelSpec spec;
    QString pricesCheckedOn; // ISO date
    bool overridden = false; // the user's own entry replaced the catalog's
};

// The shipped catalog, with the user's entries laid over it: a user model with the same
// provider and id replaces the catalog's, and carries the user's own check date.
class ModelCatalog
{
public:
    static std::optional<ModelCatalog> fromJsonText(const QByteArray &text, Diagnostics &diagnostics);
    static const ModelCatalog &builtIn();

    const QString &pricesCheckedOn() const { return m_checkedOn; }
    const std::vector<CatalogProvider> &providers() const { return m_providers; }
    const CatalogProvider *provider(const QString &id) const;

    struct Override
    {
        QString provider;
        ModelSpec spec;
        QString checkedOn;
    };
    std::vector<CatalogModel> merged(const std::vector<Override> &overrides) const;
    std::optional<CatalogModel> find(const QString &provider, const QString &model,
                                     const std::vector<Override> &overrides = {}) const;

private:
    QString m_checkedOn;
    std::vector<CatalogProvider> m_providers;
};

} // namespace sy
