#pragma once

#include <QAbstractTableModel>

#include <optional>
#include <vector>

#include "replay/ReplayAggregates.h"

namespace sy {

// Per-candidate figures of a replay, with the change from a baseline run's figures for the same
// candidate (matched by name) when one is chosen.
class CandidateSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Candidate, MeanQuality, Spread, PassRate, ErrorRate, CostPer1k, LatencyP50, LatencyP95, TtftP50, TtftP95,
                  DeltaQuality, DeltaCost, DeltaP95, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CandidateSummaryModel(QObject *parent = nullptr);
    void setSummaries(QStringList labels, std::vector<CandidateSummary> summaries);
    // The baseline run's summaries by candidate label; empty to compare with nothing.
    void setBaseline(QStringList labels, std::vector<CandidateSummary> summaries);
    const std::vector<CandidateSummary> &summaries() const { return m_summaries; }
    const QStringList &labels() const { return m_labels; }
    // The replay's recommendation: marked in its name, bold. -1 for none.
    void setRecommended(int row);
    int recommended() const { return m_recommended; }
    // 0 for the best of the candidates in this column, 1 for the worst; nullopt where there is no
    // order (the name, deltas, or a single candidate).
    std::optional<double> rankShare(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<CandidateSummary> baselineOf(int row) const;

    QStringList m_labels;
    std::vector<CandidateSummary> m_summaries;
    QStringList m_baselineLabels;
    std::vector<CandidateSummary> m_baseline;
    int m_recommended = -1;
};

} // namespace sy
