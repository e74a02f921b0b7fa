#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

#include "policy/ModelCatalog.h"
#include "domain/Provider.h"

namespace sy {

// Providers and their models in the workspace. Credentials are stored as references only.
class ProviderStore
{
public:
    static QString save(QSqlDatabase &db, const ProviderSpec &provider); // replaces models too
    static QString remove(QSqlDatabase &db, const QString &providerId);
    static std::vector<ProviderSpec> loadAll(QSqlDatabase &db, QString *error = nullptr);

    // The date the user last checked a model's prices (ISO date); such models override the catalog.
    static QString setPriceCheckedOn(QSqlDatabase &db, const QString &providerId, const QString &modelId, const QString &date);
    static std::vector<ModelCatalog::Override> catalogOverrides(QSqlDatabase &db);
};

} // namespace sy
