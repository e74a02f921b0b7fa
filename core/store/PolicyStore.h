#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace sy {

struct PolicyVersionInfo
{
    int version = 0;
    QString createdAt;
    QString comment;
};

struct PolicySummary
{
    QString name;
    int latestVersion = 0;
    bool active = false;
};

// Policies with their full version history; each save adds a version, none is overwritten.
class PolicyStore
{
public:
    // Returns the new version number, or -1 with error set.
    static int saveVersion(QSqlDatabase &db, const QString &name, const QByteArray &document, const QString &comment,
                           QString *error);
    static std::vector<PolicySummary> list(QSqlDatabase &db);
    static std::vector<PolicyVersionInfo> versions(QSqlDatabase &db, const QString &name);
    static std::optional<QByteArray> load(QSqlDatabase &db, const QString &name, int version = -1); // -1: latest
    static QString setActive(QSqlDatabase &db, const QString &name);
};

} // namespace sy
