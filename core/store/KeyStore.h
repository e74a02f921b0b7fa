#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

#include "gateway/VirtualKey.h"

namespace sy {

// The workspace's virtual keys. A key's secret exists only in what create() and rotate() return:
// the table holds its hash and a short prefix.
class KeyStore
{
public:
    struct Issued
    {
        VirtualKey key;
        QByteArray secret; // shown once
        QString error;
    };

    // name, owner, tags, expiresMs and limits from the draft; the rest is made here.
    static Issued create(QSqlDatabase &db, const VirtualKey &draft, qint64 nowMs);
    // A new secret for the key named (or with that id); the old one stops working at once.
    static Issued rotate(QSqlDatabase &db, const QString &nameOrId, qint64 nowMs);
    static QString revoke(QSqlDatabase &db, const QString &nameOrId, qint64 nowMs);
    // Owner, tags, expiry and limits of an existing key (matched by id).
    static QString update(QSqlDatabase &db, const VirtualKey &key, qint64 nowMs);

    static std::vector<VirtualKey> all(QSqlDatabase &db); // by name
    static std::optional<VirtualKey> find(QSqlDatabase &db, const QString &nameOrId);
    // Changes whenever a key does: a running proxy polls it to reload its keys.
    static qint64 version(QSqlDatabase &db);

    // The request log's spend per key name from fromMs on (UTC day or month starts).
    static QHash<QString, double> spendSince(QSqlDatabase &db, qint64 fromMs);
    // Spend per key name and UTC day from fromMs on, for a chart.
    struct DaySpend
    {
        QString key;
        qint64 dayStartMs = 0;
        double usd = 0;
    };
    static std::vector<DaySpend> dailySpend(QSqlDatabase &db, qint64 fromMs);
    static qint64 dayStartMs(qint64 nowMs);
    static qint64 monthStartMs(qint64 nowMs);
};

} // namespace sy
