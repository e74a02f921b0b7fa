#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sy {

// What one key may do. Zero means no limit.
struct KeyLimits
{
    double dayBudgetUsd = 0;   // per UTC day
    double monthBudgetUsd = 0; // per UTC calendar month
    bool budgetHardStop = true; // false: over budget is only reported (log, metrics, workbench)
    int requestsPerMinute = 0;
    qint64 tokensPerMinute = 0; // input and output tokens
    QStringList allowedRoutes;  // route aliases; empty: every route
    QStringList allowedModels;  // "provider/model" a request may reach; empty: any
    QString defaultRoute;       // for requests naming an empty model, or one this proxy does not serve
    friend bool operator==(const KeyLimits &, const KeyLimits &) = default;

    // {"day_usd", "month_usd", "hard_stop", "rpm", "tpm", "routes", "models", "default_route"};
    // zeros and empty lists left out.
    QJsonObject toJson() const;
    static KeyLimits fromJson(const QJsonObject &json);
};

// A client key as the workspace keeps it: never the key, only its hash and a short prefix that
// lets people tell keys apart in lists.
struct VirtualKey
{
    QString id;   // stable across rotation
    QString name; // unique; what the request log records
    QString owner;
    QStringList tags;
    QByteArray hash;   // KeyMaterial::hash of the secret
    QString prefix;    // the first characters of the secret, for display
    qint64 createdMs = 0;
    qint64 expiresMs = 0; // 0: never
    qint64 revokedMs = 0; // 0: live
    qint64 rotatedMs = 0;
    KeyLimits limits;

    bool usableAt(qint64 nowMs) const { return revokedMs == 0 && (expiresMs == 0 || nowMs < expiresMs); }
    friend bool operator==(const VirtualKey &, const VirtualKey &) = default;
};

// Making and recognising key secrets.
namespace KeyMaterial {
inline constexpr int kPrefixChars = 10;
// "sy-" and 40 random characters from the system's generator (238 bits).
QByteArray generate();
// SHA-256, hex. The secrets are long random strings, so a fast hash is enough: there is nothing
// to guess from it, and the proxy hashes every request's key.
QByteArray hash(const QByteArray &secret);
QString prefixOf(const QByteArray &secret);
} // namespace KeyMaterial

} // namespace sy
