#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "domain/Provider.h"

namespace sy {

// One row per model, with its provider's kind and URL; prices and capabilities as columns.
class ProviderModelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Provider, Kind, Model, Alias, InputPrice, OutputPrice, CachedPrice, Context, Capabilities, ColumnCount };

    explicit ProviderModelTableModel(QObject *parent = nullptr);

    void setProviders(std::vector<ProviderSpec> providers);
    const std::vector<ProviderSpec> &providers() const { return m_providers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int provider;
        int model;
    };
    std::vector<ProviderSpec> m_providers;
    std::vector<Row> m_rows;
};

} // namespace sy
