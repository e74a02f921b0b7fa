#include "models/ProviderModelTableModel.h"

#include <QLocale>

namespace sy {

ProviderModelTableModel::ProviderModelTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProviderModelTableModel::setProviders(std::vector<ProviderSpec> providers)
{
    beginResetModel();
    m_providers = std::move(providers);
    m_rows.clear();
    for (size_t p = 0; p < m_providers.size(); ++p)
        for (size_t m = 0; m < m_providers[p].models.size(); ++m)
            m_rows.push_back({int(p), int(m)});
    endResetModel();
}

int ProviderModelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProviderModelTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProviderModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderSpec &p = m_providers[m_rows[index.row()].provider];
    const ModelSpec &m = p.models[m_rows[index.row()].model];
    const auto price = [role](double usd) -> QVariant {
        if (role == Qt::DisplayRole)
            return QLocale().toString(usd, 'f', usd < 1 ? 3 : 2);
        return usd;
    };
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= InputPrice && index.column() <= Context;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Provider)
        return p.baseUrl;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Provider: return p.id;
    case Kind: return providerKindName(p.kind);
    case Model: return m.id;
    case Alias: return m.alias;
    case InputPrice: return price(m.pricing.inputPerMTok);
    case OutputPrice: return price(m.pricing.outputPerMTok);
    case CachedPrice: return m.pricing.cachedInputPerMTok ? price(*m.pricing.cachedInputPerMTok) : QVariant();
    case Context:
        if (!m.contextWindow)
            return {};
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(*m.contextWindow)) : QVariant(*m.contextWindow);
    case Capabilities:
        return capabilityNames(m.capabilities);
    case ColumnCount: break;
    }
    return {};
}

QVariant ProviderModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Provider: return tr("Provider");
    case Kind: return tr("API");
    case Model: return tr("Model");
    case Alias: return tr("Alias");
    case InputPrice: return tr("Input $/Mtok");
    case OutputPrice: return tr("Output $/Mtok");
    case CachedPrice: return tr("Cached $/Mtok");
    case Context: return tr("Context");
    case Capabilities: return tr("Capabilities");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sy
