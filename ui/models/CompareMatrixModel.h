#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

#include "replay/ReplayPlan.h"

namespace sy {

// A replay as a spreadsheet: one row per prompt (and repeat), the prompt and its reference, then
// one column per candidate showing its quality, pass or error. Cells arrive while the run goes.
class CompareMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PromptColumn, ReferenceColumn, FirstCandidateColumn };
    enum Role { ItemRole = Qt::UserRole + 1, RepeatRole, HasErrorRole, HasFailureRole, DiffersRole };

    explicit CompareMatrixModel(QObject *parent = nullptr);

    void setRun(std::vector<PromptItem> items, QStringList candidates, int repeats, const std::vector<ReplayCell> &cells);
    void updateCell(const ReplayCell &cell);
    void clear();

    // nullptr when that cell has no result yet.
    const ReplayCell *cell(int row, int candidate) const;
    const PromptItem *item(int row) const;
    // The prompt, reference, id or any answer or error of the row contains text (case-insensitive).
    bool rowContains(int row, const QString &text) const;
    int candidateCount() const { return int(m_candidates.size()); }
    const QStringList &candidates() const { return m_candidates; }
    int repeats() const { return m_repeats; }
    std::vector<ReplayCell> cells() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(const ReplayCellKey &key) const { return key.item * m_repeats + key.repeat; }

    std::vector<PromptItem> m_items;
    QStringList m_candidates;
    int m_repeats = 1;
    std::vector<std::vector<std::optional<ReplayCell>>> m_cells; // [row][candidate]
};

// The compare view's filters: all rows, rows with a failed check, with an error, or where the
// candidates' answers differ; and a search over prompt, reference and answers. Its source is a
// CompareMatrixModel.
class CompareFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Failures, Errors, Different };

    explicit CompareFilterModel(QObject *parent = nullptr);
    void setShow(Show show);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};

} // namespace sy
