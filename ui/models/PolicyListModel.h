#pragma once

#include <QAbstractListModel>

#include <vector>

#include "store/PolicyStore.h"

namespace sy {

class PolicyListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, VersionRole, ActiveRole };

    explicit PolicyListModel(QObject *parent = nullptr);
    void setPolicies(std::vector<PolicySummary> policies);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<PolicySummary> m_policies;
};

} // namespace sy
