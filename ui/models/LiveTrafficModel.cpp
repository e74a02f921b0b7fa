#include "models/LiveTrafficModel.h"

#include <QBrush>
#include <QDateTime>

namespace sy {

LiveTrafficModel::LiveTrafficModel(QObject *parent, int capacity) : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {}

int LiveTrafficModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LiveTrafficModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LiveTrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // Short titles, so every column fits a laptop's window in every language; the tooltip says more.
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Time: return tr("Time");
    case Client: return tip ? tr("The client, from the x-switchyard-client header") : tr("Client");
    case Route: return tip ? tr("The route (model name) the client asked for") : tr("Route");
    case Arm: return tip ? tr("The A/B arm the request went to") : tr("Arm");
    case Model: return tip ? tr("The provider and model that answered") : tr("Model");
    case Status: return tip ? tr("The HTTP status the client got") : tr("Status");
    case Latency: return tip ? tr("Latency in milliseconds") : tr("ms");
    case Ttft: return tip ? tr("Time to first token in milliseconds (streamed requests)") : tr("TTFT");
    case Tokens: return tip ? tr("Tokens in / out") : tr("Tokens");
    case Cost: return tip ? tr("Cost in US dollars") : tr("USD");
    default: return {};
    }
}

QVariant LiveTrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &e = m_rows[size_t(index.row())];
    if (role == SearchTextRole)
        return QStringList{e.client, e.requestId, e.route, e.arm, e.model, e.provider, e.error, QString::number(e.status)}.join(u'\n');
    if (role == SortRole) {
        switch (index.column()) {
        case Time: return e.timestampMs;
        case Status: return e.status;
        case Latency: return e.latencyMs;
        case Ttft: return e.ttftMs;
        case Tokens: return e.inputTokens + e.outputTokens;
        case Cost: return e.costUsd;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Status)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && (e.status >= 400 || e.status == 0))
        return QBrush(QColor(0xd3, 0x2f, 0x2f)); // readable on light and dark palettes
    if (role == Qt::ToolTipRole && !e.error.isEmpty())
        return e.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QDateTime::fromMSecsSinceEpoch(e.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case Client: return e.client;
    case Route: return e.route;
    case Arm: return e.arm;
    case Model: return e.provider.isEmpty() ? e.model : QStringLiteral("%1/%2").arg(e.provider, e.model);
    case Status: return e.status;
    case Latency: return QString::number(e.latencyMs, 'f', 0);
    case Ttft: return e.ttftMs < 0 ? QString() : QString::number(e.ttftMs, 'f', 0);
    case Tokens: return QStringLiteral("%1 / %2").arg(e.inputTokens).arg(e.outputTokens);
    case Cost: return e.costUsd > 0 ? QString::number(e.costUsd, 'f', 6) : QString();
    default: return {};
    }
}

void LiveTrafficModel::append(const std::vector<RequestLogEntry> &entries)
{
    if (entries.empty())
        return;
    // Only the newest capacity() of the batch can stay.
    const size_t incoming = qMin(entries.size(), size_t(m_capacity));
    const size_t overflow = m_rows.size() + incoming > size_t(m_capacity) ? m_rows.size() + incoming - size_t(m_capacity) : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(overflow));
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    m_rows.insert(m_rows.end(), entries.end() - qsizetype(incoming), entries.end());
    endInsertRows();
}

void LiveTrafficModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

LiveTrafficFilter::LiveTrafficFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LiveTrafficModel::SortRole);
}

void LiveTrafficFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void LiveTrafficFilter::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

bool LiveTrafficFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, LiveTrafficModel::Status, sourceParent);
    const int status = index.data(LiveTrafficModel::SortRole).toInt();
    if (m_status == StatusFilter::Success && (status < 200 || status >= 400))
        return false;
    if (m_status == StatusFilter::Errors && status >= 200 && status < 400)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString text = index.data(LiveTrafficModel::SearchTextRole).toString();
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

} // namespace sy
