#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>
#include <vector>

#include "store/RequestLogStore.h"

namespace sy {

// The most recent requests the proxy finished, newest last, for the Live Traffic table. Filled
// in batches from ProxyService's feed; the oldest rows go once there are more than capacity().
class LiveTrafficModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Client, Route, Arm, Model, Status, Latency, Ttft, Tokens, Cost, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SearchTextRole };

    explicit LiveTrafficModel(QObject *parent = nullptr, int capacity = 5000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const std::vector<RequestLogEntry> &entries);
    void clear();
    int capacity() const { return m_capacity; }
    const RequestLogEntry &entry(int row) const { return m_rows[size_t(row)]; }

private:
    std::deque<RequestLogEntry> m_rows;
    int m_capacity;
};

// Free-text search over client, route, arm, model, provider and error, and a status filter.
class LiveTrafficFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter { All, Success, Errors };

    explicit LiveTrafficFilter(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setStatusFilter(StatusFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace sy
