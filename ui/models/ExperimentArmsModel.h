#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "experiments/ExperimentReadout.h"

namespace sy {

// The arms of one experiment, a row each: share, requests, and each figure with its 95%
// interval (shown as "412 (398–430)"; SortRole gives the figure itself). The control comes first.
class ExperimentArmsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Arm, Share, Requests, Quality, Agreement, ErrorRate, LatencyP50, LatencyP95, TtftP50, CostPer1k, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ExperimentArmsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setArms(std::vector<ArmReadout> arms);
    const ArmReadout &arm(int row) const { return m_arms[size_t(row)]; }

private:
    std::vector<ArmReadout> m_arms;
};

} // namespace sy
