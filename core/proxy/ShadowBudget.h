#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace sy {

// What each route's shadow test spent today (UTC), kept across policy switches by the handler.
// A mirror reserves its most expensive outcome before it is sent and settles at the real cost,
// so concurrent mirrors cannot pass the cap together. Any thread.
class ShadowBudget
{
public:
    // False when the reservation would pass the route's cap for today.
    bool tryReserve(const QString &route, double usd, double dailyCapUsd, qint64 nowMs);
    void settle(const QString &route, double reservedUsd, double actualUsd, qint64 nowMs);
    double spentToday(const QString &route, qint64 nowMs) const; // settled and reserved

private:
    struct Day
    {
        qint64 day = -1;
        double usd = 0;
    };
    Day &today(const QString &route, qint64 nowMs) const; // under the lock

    mutable std::mutex m_mutex;
    mutable QHash<QString, Day> m_days;
};

} // namespace sy
