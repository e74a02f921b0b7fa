#include "models/CompareMatrixModel.h"

#include <QBrush>
#include <QColor>

namespace sy {

CompareMatrixModel::CompareMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareMatrixModel::setRun(std::vector<PromptItem> items, QStringList candidates, int repeats, const std::vector<ReplayCell> &cells)
{
    beginResetModel();
    m_items = std::move(items);
    m_candidates = std::move(candidates);
    m_repeats = std::max(1, repeats);
    m_cells.assign(m_items.size() * size_t(m_repeats), std::vector<std::optional<ReplayCell>>(size_t(m_candidates.size())));
    for (const ReplayCell &c : cells) {
        const int row = rowOf(c.key);
        if (c.key.repeat < m_repeats && row >= 0 && row < int(m_cells.size()) && c.key.candidate >= 0 && c.key.candidate < m_candidates.size())
            m_cells[size_t(row)][size_t(c.key.candidate)] = c;
    }
    endResetModel();
}

void CompareMatrixModel::updateCell(const ReplayCell &c)
{
    const int row = rowOf(c.key);
    if (c.key.repeat >= m_repeats || row < 0 || row >= int(m_cells.size()) || c.key.candidate < 0 || c.key.candidate >= m_candidates.size())
        return;
    m_cells[size_t(row)][size_t(c.key.candidate)] = c;
    // The row's own column and the row-wide roles (errors, differences) change.
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void CompareMatrixModel::clear() { setRun({}, {}, 1, {}); }

const ReplayCell *CompareMatrixModel::cell(int row, int candidate) const
{
    if (row < 0 || row >= int(m_cells.size()) || candidate < 0 || candidate >= int(m_candidates.size()))
        return nullptr;
    const auto &c = m_cells[size_t(row)][size_t(candidate)];
    return c ? &*c : nullptr;
}

bool CompareMatrixModel::rowContains(int row, const QString &text) const
{
    // Each text on its own: no row-sized copy per keystroke.
    const PromptItem &item = *this->item(row);
    auto has = [&text](const QString &s) { return s.contains(text, Qt::CaseInsensitive); };
    if (has(lastUserText(item.messages)) || has(item.reference) || has(item.externalId))
        return true;
    const auto &cells = m_cells[size_t(row)];
    return std::any_of(cells.begin(), cells.end(), [&has](const auto &c) { return c && (has(c->response) || has(c->error)); });
}

const PromptItem *CompareMatrixModel::item(int row) const
{
    const int i = row / m_repeats;
    return row >= 0 && i < int(m_items.size()) ? &m_items[size_t(i)] : nullptr;
}

std::vector<ReplayCell> CompareMatrixModel::cells() const
{
    std::vector<ReplayCell> out;
    for (const auto &row : m_cells)
        for (const auto &c : row)
            if (c)
                out.push_back(*c);
    return out;
}

int CompareMatrixModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_cells.size()); }

int CompareMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCandidateColumn + int(m_candidates.size());
}

QVariant CompareMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const PromptItem &item = *this->item(row);
    const auto &cells = m_cells[size_t(row)];
    switch (role) {
    case ItemRole: return row / m_repeats;
    case RepeatRole: return row % m_repeats;
    case HasErrorRole: return std::any_of(cells.begin(), cells.end(), [](const auto &c) { return c && !c->error.isEmpty(); });
    case HasFailureRole: return std::any_of(cells.begin(), cells.end(), [](const auto &c) { return c && c->error.isEmpty() && !c->passed; });
    case DiffersRole: {
        QString first;
        bool any = false;
        for (const auto &c : cells) {
            if (!c)
                continue;
            const QString answer = c->error.isEmpty() ? c->response.simplified() : QString();
            if (any && answer != first)
                return true;
            first = answer;
            any = true;
        }
        return false;
    }
    default: break;
    }
    const int column = index.column();
    if (column < FirstCandidateColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const QString text = column == IdColumn       ? (m_repeats > 1 ? tr("%1 #%2").arg(item.externalId).arg(row % m_repeats + 1) : item.externalId)
                             : column == PromptColumn ? lastUserText(item.messages)
                                                      : item.reference;
        return role == Qt::DisplayRole ? QVariant(text.simplified().left(200)) : QVariant(text.left(2000));
    }
    const auto &c = cells[size_t(column - FirstCandidateColumn)];
    if (!c)
        return role == Qt::DisplayRole ? QVariant(tr("…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (!c->error.isEmpty())
            return tr("error");
        return QStringLiteral("%1 %2").arg(c->passed ? QStringLiteral("✓") : QStringLiteral("✗")).arg(c->quality, 0, 'f', 2);
    case Qt::ToolTipRole:
        return c->error.isEmpty() ? tr("%1/%2, %3 ms, $%4\n\n%5").arg(c->provider, c->model).arg(c->latencyMs, 0, 'f', 0).arg(c->costUsd, 0, 'f', 6).arg(c->response.left(1500))
                                  : c->error;
    case Qt::ForegroundRole:
        return QBrush(!c->error.isEmpty() ? QColor(0xc6, 0x28, 0x28) : c->passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xe6, 0x51, 0x00));
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QVariant CompareMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstCandidateColumn) // the whole name, when the column is narrow
        return tr("%1 — click a cell to see its answer beside another").arg(m_candidates.at(section - FirstCandidateColumn));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case PromptColumn: return tr("Prompt");
    case ReferenceColumn: return tr("Reference");
    default: return m_candidates.at(section - FirstCandidateColumn);
    }
}

CompareFilterModel::CompareFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void CompareFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void CompareFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool CompareFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_show) {
    case Show::All: break;
    case Show::Failures:
        if (!index.data(CompareMatrixModel::HasFailureRole).toBool())
            return false;
        break;
    case Show::Errors:
        if (!index.data(CompareMatrixModel::HasErrorRole).toBool())
            return false;
        break;
    case Show::Different:
        if (!index.data(CompareMatrixModel::DiffersRole).toBool())
            return false;
        break;
    }
    const auto *matrix = qobject_cast<const CompareMatrixModel *>(sourceModel());
    return m_search.isEmpty() || (matrix && matrix->rowContains(sourceRow, m_search));
}

} // namespace sy
