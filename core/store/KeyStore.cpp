#include "store/KeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include "store/StoreUtil.h"

namespace sy {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, owner, tags_json, key_hash, prefix, created_ms, expires_ms, revoked_ms, rotated_ms, limits_json");

VirtualKey rowToKey(const QSqlQuery &q)
{
    VirtualKey k;
    k.id = q.value(0).toString();
    k.name = q.value(1).toString();
    k.owner = q.value(2).toString();
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        k.tags.append(t.toString());
    k.hash = q.value(4).toString().toLatin1();
    k.prefix = q.value(5).toString();
    k.createdMs = q.value(6).toLongLong();
    k.expiresMs = q.value(7).toLongLong();
    k.revokedMs = q.value(8).toLongLong();
    k.rotatedMs = q.value(9).toLongLong();
    k.limits = KeyLimits::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object());
    return k;
}

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString json(const QStringList &list) { return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)); }

} // namespace

KeyStore::Issued KeyStore::create(QSqlDatabase &db, const VirtualKey &draft, qint64 nowMs)
{
    Issued out;
    if (draft.name.trimmed().isEmpty()) {
        out.error = QStringLiteral("a key needs a name");
        return out;
    }
    if (find(db, draft.name)) {
        out.error = QStringLiteral("a key named '%1' exists already").arg(draft.name);
        return out;
    }
    out.key = draft;
    out.key.name = draft.name.trimmed();
    out.key.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.secret = KeyMaterial::generate();
    out.key.hash = KeyMaterial::hash(out.secret);
    out.key.prefix = KeyMaterial::prefixOf(out.secret);
    out.key.createdMs = nowMs;
    out.key.revokedMs = 0;
    out.key.rotatedMs = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO virtual_keys (%1, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    const VirtualKey &k = out.key;
    for (const QVariant &v : {QVariant(k.id), QVariant(k.name), QVariant(k.owner), QVariant(json(k.tags)), QVariant(QString::fromLatin1(k.hash)),
                              QVariant(k.prefix), QVariant(k.createdMs), QVariant(k.expiresMs), QVariant(k.revokedMs), QVariant(k.rotatedMs),
                              QVariant(json(k.limits.toJson())), QVariant(nowMs)})
        q.addBindValue(v);
    out.error = execOrError(q);
    if (!out.error.isEmpty())
        out.secret.clear();
    return out;
}

KeyStore::Issued KeyStore::rotate(QSqlDatabase &db, const QString &nameOrId, qint64 nowMs)
{
    Issued out;
    const std::optional<VirtualKey> key = find(db, nameOrId);
    if (!key) {
        out.error = QStringLiteral("no key named '%1'").arg(nameOrId);
        return out;
    }
    if (key->revokedMs != 0) {
        out.error = QStringLiteral("the key '%1' was revoked; create a new one").arg(key->name);
        return out;
    }
    out.key = *key;
    out.secret = KeyMaterial::generate();
    out.key.hash = KeyMaterial::hash(out.secret);
    out.key.prefix = KeyMaterial::prefixOf(out.secret);
    out.key.rotatedMs = nowMs;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE virtual_keys SET key_hash = ?, prefix = ?, rotated_ms = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(out.key.hash));
    q.addBindValue(out.key.prefix);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(out.key.id);
    out.error = execOrError(q);
    if (!out.error.isEmpty())
        out.secret.clear();
    return out;
}

QString KeyStore::revoke(QSqlDatabase &db, const QString &nameOrId, qint64 nowMs)
{
    const std::optional<VirtualKey> key = find(db, nameOrId);
    if (!key)
        return QStringLiteral("no key named '%1'").arg(nameOrId);
    if (key->revokedMs != 0)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE virtual_keys SET revoked_ms = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(key->id);
    return execOrError(q);
}

QString KeyStore::update(QSqlDatabase &db, const VirtualKey &key, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE virtual_keys SET owner = ?, tags_json = ?, expires_ms = ?, limits_json = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(key.owner);
    q.addBindValue(json(key.tags));
    q.addBindValue(key.expiresMs);
    q.addBindValue(json(key.limits.toJson()));
    q.addBindValue(nowMs);
    q.addBindValue(key.id);
    if (QString error = execOrError(q); !error.isEmpty())
        return error;
    return q.numRowsAffected() == 1 ? QString() : QStringLiteral("no key with id '%1'").arg(key.id);
}

std::vector<VirtualKey> KeyStore::all(QSqlDatabase &db)
{
    std::vector<VirtualKey> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM virtual_keys ORDER BY name").arg(kColumns)))
        return out;
    while (q.next())
        out.push_back(rowToKey(q));
    return out;
}

std::optional<VirtualKey> KeyStore::find(QSqlDatabase &db, const QString &nameOrId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM virtual_keys WHERE name = ? OR id = ?").arg(kColumns));
    q.addBindValue(nameOrId);
    q.addBindValue(nameOrId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowToKey(q);
}

qint64 KeyStore::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Any write moves the sum of the write times (or the count): cheap to read every second.
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(updated_ms % 1000000007), 0) FROM virtual_keys")) || !q.next())
        return -1;
    return q.value(1).toLongLong() * 1000 + q.value(0).toLongLong() % 1000;
}

QHash<QString, double> KeyStore::spendSince(QSqlDatabase &db, qint64 fromMs)
{
    QHash<QString, double> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT key_name, SUM(cost_usd) FROM request_log WHERE key_name IS NOT NULL AND ts_ms >= ? "
                             "GROUP BY key_name"));
    q.addBindValue(fromMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toDouble());
    return out;
}

std::vector<KeyStore::DaySpend> KeyStore::dailySpend(QSqlDatabase &db, qint64 fromMs)
{
    std::vector<DaySpend> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT key_name, ts_ms / 86400000, SUM(cost_usd) FROM request_log WHERE key_name IS NOT NULL AND ts_ms >= ? "
                             "GROUP BY key_name, ts_ms / 86400000 ORDER BY 2"));
    q.addBindValue(fromMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong() * 86400000, q.value(2).toDouble()});
    return out;
}

qint64 KeyStore::dayStartMs(qint64 nowMs)
{
    return nowMs - nowMs % 86400000;
}

qint64 KeyStore::monthStartMs(qint64 nowMs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace sy
