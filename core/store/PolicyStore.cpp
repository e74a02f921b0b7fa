#include "store/PolicyStore.h"

#include "store/StoreUtil.h"

namespace sy {

int PolicyStore::saveVersion(QSqlDatabase &db, const QString &name, const QByteArray &document, const QString &comment,
                             QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO policies (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING"));
    q.addBindValue(name);
    q.addBindValue(nowIso());
    if (QString e = execOrError(q); !e.isEmpty()) {
        *error = e;
        return -1;
    }
    q.prepare(QStringLiteral("SELECT p.id, COALESCE(MAX(v.version), 0) FROM policies p LEFT JOIN policy_versions v "
                             "ON v.policy_id = p.id WHERE p.name = ? GROUP BY p.id"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    const qint64 id = q.value(0).toLongLong();
    const int version = q.value(1).toInt() + 1;
    q.prepare(QStringLiteral("INSERT INTO policy_versions (policy_id, version, document, comment, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(document));
    q.addBindValue(comment);
    q.addBindValue(nowIso());
    if (QString e = execOrError(q); !e.isEmpty()) {
        *error = e;
        return -1;
    }
    return version;
}

std::vector<PolicySummary> PolicyStore::list(QSqlDatabase &db)
{
    std::vector<PolicySummary> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT p.name, COALESCE(MAX(v.version), 0), p.active FROM policies p LEFT JOIN "
                          "policy_versions v ON v.policy_id = p.id GROUP BY p.id ORDER BY p.name"));
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool()});
    return out;
}

std::vector<PolicyVersionInfo> PolicyStore::versions(QSqlDatabase &db, const QString &name)
{
    std::vector<PolicyVersionInfo> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT v.version, v.created_at, v.comment FROM policy_versions v JOIN policies p ON "
                             "p.id = v.policy_id WHERE p.name = ? ORDER BY v.version"));
    q.addBindValue(name);
    q.exec();
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<QByteArray> PolicyStore::load(QSqlDatabase &db, const QString &name, int version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT v.document FROM policy_versions v JOIN policies p ON p.id = v.policy_id "
                             "WHERE p.name = ? AND (? < 0 OR v.version = ?) ORDER BY v.version DESC LIMIT 1"));
    q.addBindValue(name);
    q.addBindValue(version);
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

QString PolicyStore::setActive(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE policies SET active = (name = ?)"));
    q.addBindValue(name);
    return execOrError(q);
}

} // namespace sy
