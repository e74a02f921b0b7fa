#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "history/TrafficHistory.h"

namespace sy {

// One breakdown of a history report (by route, model, client or A/B arm) as a table; sorting
// goes by the figures (SortRole), not by their text.
class HistoryBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Requests, Errors, ErrorRate, Tokens, Spend, LatencyP50, LatencyP95, TtftP50, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit HistoryBreakdownModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setGroups(std::vector<HistoryGroup> groups, const QString &keyTitle);
    const HistoryGroup &group(int row) const { return m_groups[size_t(row)]; }

private:
    std::vector<HistoryGroup> m_groups;
    QString m_keyTitle;
};

} // namespace sy
