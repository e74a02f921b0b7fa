#include "models/PolicyListModel.h"

#include <QFont>

namespace sy {

PolicyListModel::PolicyListModel(QObject *parent) : QAbstractListModel(parent) {}

void PolicyListModel::setPolicies(std::vector<PolicySummary> policies)
{
    beginResetModel();
    m_policies = std::move(policies);
    endResetModel();
}

int PolicyListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_policies.size()); }

QVariant PolicyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicySummary &p = m_policies[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return p.active ? tr("%1 (v%2, active)").arg(p.name).arg(p.latestVersion) : tr("%1 (v%2)").arg(p.name).arg(p.latestVersion);
    case Qt::FontRole:
        if (p.active) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case NameRole: return p.name;
    case VersionRole: return p.latestVersion;
    case ActiveRole: return p.active;
    default: return {};
    }
}

} // namespace sy
