#include "proxy/ShadowBudget.h"

namespace sy {

ShadowBudget::Day &ShadowBudget::today(const QString &route, qint64 nowMs) const
{
    Day &d = m_days[route];
    const qint64 day = nowMs / 86400000;
    if (d.day != day)
        d = {day, 0};
    return d;
}

bool ShadowBudget::tryReserve(const QString &route, double usd, double dailyCapUsd, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    Day &d = today(route, nowMs);
    if (d.usd + usd > dailyCapUsd)
        return false;
    d.usd += usd;
    return true;
}

void ShadowBudget::settle(const QString &route, double reservedUsd, double actualUsd, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    Day &d = today(route, nowMs); // a reservation from yesterday settles into today: a cent at most
    d.usd = std::max(0.0, d.usd - reservedUsd + actualUsd);
}

double ShadowBudget::spentToday(const QString &route, qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    return today(route, nowMs).usd;
}

} // namespace sy
