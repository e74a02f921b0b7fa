#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "gateway/VirtualKey.h"

namespace sy {

// The workspace's virtual keys as a table: who holds each, whether it works, what it spent today
// and this month against its budgets, and its limits. Sorting goes by SortRole (figures, not text).
class KeysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Prefix, Owner, Tags, Status, Today, Month, Limits, Routes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, NameRole };

    explicit KeysModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Spend by key name. A running proxy's figures may be ahead of the log's: the larger is shown.
    void setKeys(std::vector<VirtualKey> keys, QHash<QString, double> todayUsd, QHash<QString, double> monthUsd, qint64 nowMs);
    const VirtualKey &key(int row) const { return m_keys[size_t(row)]; }
    int rowOf(const QString &name) const;

    static QString statusText(const VirtualKey &key, qint64 nowMs);
    static QString limitsText(const KeyLimits &limits);

private:
    std::vector<VirtualKey> m_keys;
    QHash<QString, double> m_today;
    QHash<QString, double> m_month;
    qint64 m_nowMs = 0;
};

} // namespace sy
