#include "models/HistoryBreakdownModel.h"

#include <QLocale>

namespace sy {

HistoryBreakdownModel::HistoryBreakdownModel(QObject *parent) : QAbstractTableModel(parent), m_keyTitle(tr("Route")) {}

int HistoryBreakdownModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_groups.size()); }

int HistoryBreakdownModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void HistoryBreakdownModel::setGroups(std::vector<HistoryGroup> groups, const QString &keyTitle)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_keyTitle = keyTitle;
    endResetModel();
}

QVariant HistoryBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const HistoryGroup &g = m_groups[size_t(index.row())];
    const HistoryFigures &f = g.figures;
    const QLocale locale;
    const auto ms = [&locale](double v) { return v < 0 ? QVariant(QStringLiteral("—")) : QVariant(locale.toString(v, 'f', 0)); };
    if (role == SortRole) {
        switch (index.column()) {
        case Key: return g.key;
        case Requests: return f.requests;
        case Errors: return f.errors;
        case ErrorRate: return f.errorRate();
        case Tokens: return f.inputTokens + f.outputTokens;
        case Spend: return f.costUsd;
        case LatencyP50: return f.latencyP50;
        case LatencyP95: return f.latencyP95;
        case TtftP50: return f.ttftP50;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Tokens)
        return tr("%1 in, %2 out").arg(locale.toString(f.inputTokens), locale.toString(f.outputTokens));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key: return g.key.isEmpty() ? tr("(none)") : g.key;
    case Requests: return locale.toString(f.requests);
    case Errors: return locale.toString(f.errors);
    case ErrorRate: return locale.toString(100.0 * f.errorRate(), 'f', 1) + QLatin1Char('%');
    case Tokens: return locale.toString(f.inputTokens + f.outputTokens);
    case Spend: return QStringLiteral("$") + locale.toString(f.costUsd, 'f', 4);
    case LatencyP50: return ms(f.latencyP50);
    case LatencyP95: return ms(f.latencyP95);
    case TtftP50: return ms(f.ttftP50);
    }
    return {};
}

QVariant HistoryBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ErrorRate: return tr("Share of requests that failed (no answer, or HTTP 400 and above)");
        case Tokens: return tr("Input and output tokens");
        case LatencyP50: return tr("Median latency, in milliseconds");
        case LatencyP95: return tr("95th percentile latency, in milliseconds");
        case TtftP50: return tr("Median time to first token of streamed requests, in milliseconds");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return m_keyTitle;
    case Requests: return tr("Requests");
    case Errors: return tr("Errors");
    case ErrorRate: return tr("Error %");
    case Tokens: return tr("Tokens");
    case Spend: return tr("Spend");
    case LatencyP50: return tr("p50 ms");
    case LatencyP95: return tr("p95 ms");
    case TtftP50: return tr("TTFT p50");
    }
    return {};
}

} // namespace sy
