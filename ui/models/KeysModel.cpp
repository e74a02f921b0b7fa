#include "models/KeysModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace sy {

namespace {

// Cents once there are dollars; four places below a dollar, where requests cost fractions of a cent.
QString usd(double value) { return QStringLiteral("$%1").arg(value, 0, 'f', value != 0 && value < 1 ? 4 : 2); }

// "$1.2000 of $5" or "$1.2000".
QString spendText(double spent, double budget)
{
    return budget > 0 ? KeysModel::tr("%1 of %2").arg(usd(spent), usd(budget)) : usd(spent);
}

} // namespace

KeysModel::KeysModel(QObject *parent) : QAbstractTableModel(parent) {}

int KeysModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_keys.size()); }

int KeysModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString KeysModel::statusText(const VirtualKey &key, qint64 nowMs)
{
    if (key.revokedMs)
        return tr("revoked");
    if (key.expiresMs && nowMs >= key.expiresMs)
        return tr("expired");
    return tr("active");
}

QString KeysModel::limitsText(const KeyLimits &l)
{
    QStringList parts;
    if (l.requestsPerMinute > 0)
        parts << tr("%1 requests/min").arg(l.requestsPerMinute);
    if (l.tokensPerMinute > 0)
        parts << tr("%1 tokens/min").arg(l.tokensPerMinute);
    if ((l.dayBudgetUsd > 0 || l.monthBudgetUsd > 0) && !l.budgetHardStop)
        parts << tr("budget alert only");
    if (!l.defaultRoute.isEmpty())
        parts << tr("default %1").arg(l.defaultRoute);
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_keys.size())
        return {};
    const VirtualKey &k = m_keys[size_t(index.row())];
    const double today = m_today.value(k.name), month = m_month.value(k.name);
    if (role == NameRole)
        return k.name;
    if (role == SortRole) {
        switch (index.column()) {
        case Today: return today;
        case Month: return month;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        const bool dead = k.revokedMs || (k.expiresMs && m_nowMs >= k.expiresMs);
        const bool over = (index.column() == Today && k.limits.dayBudgetUsd > 0 && today >= k.limits.dayBudgetUsd) ||
                          (index.column() == Month && k.limits.monthBudgetUsd > 0 && month >= k.limits.monthBudgetUsd);
        if (dead)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (over)
            return QBrush(QColor(0xd5, 0x5e, 0x00)); // the chart's vermilion: readable light and dark
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Prefix)
            return tr("The first characters of the key. The key itself was shown once, when it was made; the workspace keeps only its hash.");
        if (index.column() == Routes)
            return tr("Models: %1").arg(k.limits.allowedModels.isEmpty() ? tr("any") : k.limits.allowedModels.join(QStringLiteral(", ")));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return k.name;
    case Prefix: return k.prefix + QStringLiteral("…");
    case Owner: return k.owner;
    case Tags: return k.tags.join(QStringLiteral(", "));
    case Status: return statusText(k, m_nowMs);
    case Today: return spendText(today, k.limits.dayBudgetUsd);
    case Month: return spendText(month, k.limits.monthBudgetUsd);
    case Limits: return limitsText(k.limits);
    case Routes: return k.limits.allowedRoutes.isEmpty() ? tr("all") : k.limits.allowedRoutes.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Prefix: return tr("Key");
    case Owner: return tr("Owner");
    case Tags: return tr("Tags");
    case Status: return tr("Status");
    case Today: return tr("Today");
    case Month: return tr("This month");
    case Limits: return tr("Limits");
    case Routes: return tr("Routes");
    default: return {};
    }
}

void KeysModel::setKeys(std::vector<VirtualKey> keys, QHash<QString, double> todayUsd, QHash<QString, double> monthUsd, qint64 nowMs)
{
    beginResetModel();
    m_keys = std::move(keys);
    m_today = std::move(todayUsd);
    m_month = std::move(monthUsd);
    m_nowMs = nowMs;
    endResetModel();
}

int KeysModel::rowOf(const QString &name) const
{
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].name == name)
            return int(i);
    return -1;
}

} // namespace sy
