#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

#include "domain/Provider.h"

namespace sy {

// Providers and their models in the workspace. Credentials are stored as references only.
class ProviderStore
{
public:
    static QString save(QSqlDatabase &db, const ProviderSpec &provider); // replaces models too
    static QString remove(QSqlDatabase &db, const QString &providerId);
    static std::vector<ProviderSpec> loadAll(QSqlDatabase &db, QString *error = nullptr);
};

} // namespace sy
