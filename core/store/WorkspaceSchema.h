#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace sy {

struct Migration
{
    int version; // the schema version after this step
    QString description;
    QStringList statements;
};

// Numbered schema migrations. Each runs in its own transaction and sets PRAGMA user_version,
// so a failed step leaves the workspace exactly as it was.
class WorkspaceSchema
{
public:
    static const std::vector<Migration> &migrations();
    static int latestVersion();
    static int versionOf(QSqlDatabase &db);
    // Migrates up to target (default: latest). Returns false with error set on failure.
    static bool migrate(QSqlDatabase &db, QString *error, int target = -1);
    static bool migrate(QSqlDatabase &db, const std::vector<Migration> &steps, QString *error, int target);
};

} // namespace sy
