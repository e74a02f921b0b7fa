#pragma once

#include <QAbstractItemModel>

#include <vector>

#include "policy/NodeAddress.h"

namespace sy {

class PolicyEditSession;

// One route of the policy being edited as a tree: each row a node, its children the rules,
// fallback steps or arms below it. Rows can be dragged to reorder siblings; every change goes
// through the edit session, so it can be undone.
class RouteTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, NodeColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // the node's own problems, joined by newlines

    explicit RouteTreeModel(PolicyEditSession *session, QObject *parent = nullptr);

    void setRoute(int routeIndex);
    int route() const { return m_route; }
    NodeAddress addressOf(const QModelIndex &index) const;
    QModelIndex indexOf(const NodeAddress &address) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // Reorders a node among its siblings (what a drop does), as one undoable step.
    bool moveNode(const NodeAddress &address, int newIndex);

signals:
    // After a structural change (the view restores expansion and selection from addresses).
    void structureChanged();

private:
    struct Item
    {
        NodeAddress address;
        int parent = -1; // item index, -1 for the root row
        int row = 0;
        std::vector<int> children;
    };
    void rebuild();
    std::vector<Item> buildItems() const;
    const Node *nodeOf(const Item &item) const;
    QString stepText(const Item &item) const;
    QString nodeText(const Node &node) const;
    std::optional<NodeAddress> decodeAddress(const QMimeData *data) const;
    int targetIndexFor(const NodeAddress &moving, int row, const QModelIndex &parent) const;

    PolicyEditSession *m_session;
    int m_route = -1;
    std::vector<Item> m_items; // m_items[0] is the route's root when there is one
};

} // namespace sy
