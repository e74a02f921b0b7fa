#include "models/RouteTreeModel.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QStyle>

#include "session/PolicyEditSession.h"

namespace sy {

namespace {

const QString kMimeType = QStringLiteral("application/x-switchyard-node-address");

bool isReorderable(const NodeAddress &address)
{
    return !address.empty() && address.back().kind != NodeStep::Kind::Default;
}

} // namespace

RouteTreeModel::RouteTreeModel(PolicyEditSession *session, QObject *parent) : QAbstractItemModel(parent), m_session(session)
{
    connect(session, &PolicyEditSession::changed, this, &RouteTreeModel::rebuild);
    connect(session, &PolicyEditSession::loaded, this, [this] { setRoute(m_session->policy().routes.empty() ? -1 : 0); });
}

void RouteTreeModel::setRoute(int routeIndex)
{
    beginResetModel();
    m_route = routeIndex;
    m_items = buildItems();
    endResetModel();
    emit structureChanged();
}

std::vector<RouteTreeModel::Item> RouteTreeModel::buildItems() const
{
    std::vector<Item> items;
    const auto &routes = m_session->policy().routes;
    if (m_route < 0 || size_t(m_route) >= routes.size())
        return items;
    items.push_back({});
    for (size_t i = 0; i < items.size(); ++i) { // breadth first: items grows as we go
        const Node *node = nodeAt(routes[size_t(m_route)].root, items[i].address);
        if (!node)
            continue;
        int row = 0;
        for (const NodeStep &step : childSteps(*node)) {
            Item child;
            child.address = childAddress(items[i].address, step);
            child.parent = int(i);
            child.row = row++;
            items[i].children.push_back(int(items.size()));
            items.push_back(std::move(child));
        }
    }
    return items;
}

void RouteTreeModel::rebuild()
{
    std::vector<Item> items = buildItems();
    const bool sameShape = items.size() == m_items.size() &&
                           std::equal(items.begin(), items.end(), m_items.begin(),
                                      [](const Item &a, const Item &b) { return a.address == b.address; });
    if (sameShape) {
        if (!m_items.empty())
            emit dataChanged(index(0, 0), index(0, ColumnCount - 1)); // the root row
        for (size_t i = 1; i < m_items.size(); ++i)
            emit dataChanged(createIndex(m_items[i].row, 0, quintptr(i)), createIndex(m_items[i].row, ColumnCount - 1, quintptr(i)));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    emit structureChanged();
}

const Node *RouteTreeModel::nodeOf(const Item &item) const
{
    const auto &routes = m_session->policy().routes;
    if (m_route < 0 || size_t(m_route) >= routes.size())
        return nullptr;
    return nodeAt(routes[size_t(m_route)].root, item.address);
}

NodeAddress RouteTreeModel::addressOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_items.size())
        return {};
    return m_items[index.internalId()].address;
}

QModelIndex RouteTreeModel::indexOf(const NodeAddress &address) const
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].address == address)
            return createIndex(m_items[i].row, 0, quintptr(i));
    return {};
}

QModelIndex RouteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_items.empty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0 || parent.internalId() >= m_items.size())
        return {};
    const Item &p = m_items[parent.internalId()];
    if (size_t(row) >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex RouteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() >= m_items.size())
        return {};
    const int p = m_items[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(m_items[size_t(p)].row, 0, quintptr(p));
}

int RouteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_items.empty() ? 0 : 1;
    if (parent.column() != 0 || parent.internalId() >= m_items.size())
        return 0;
    return int(m_items[parent.internalId()].children.size());
}

int RouteTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QString RouteTreeModel::stepText(const Item &item) const
{
    if (item.address.empty())
        return tr("Request");
    const NodeStep &step = item.address.back();
    const Node *parent = nodeAt(m_session->policy().routes[size_t(m_route)].root,
                                NodeAddress(item.address.begin(), item.address.end() - 1));
    switch (step.kind) {
    case NodeStep::Kind::Child: return step.index == 0 ? tr("Try first") : tr("Then try %1").arg(step.index + 1);
    case NodeStep::Kind::Rule: {
        const Rule &rule = parent->rules[size_t(step.index)];
        return rule.name.isEmpty() ? tr("If %1").arg(conditionSummary(rule.when, 48))
                                   : tr("If %1: %2").arg(rule.name, conditionSummary(rule.when, 40));
    }
    case NodeStep::Kind::Arm: {
        const Arm &arm = parent->arms[size_t(step.index)];
        if (parent->kind == NodeKind::Selector)
            return tr("Candidate %1").arg(arm.label.isEmpty() ? QString::number(step.index + 1) : arm.label);
        return tr("Arm %1 · %2%").arg(arm.label.isEmpty() ? QString::number(step.index + 1) : arm.label).arg(arm.weight);
    }
    case NodeStep::Kind::Default: return parent->kind == NodeKind::Selector ? tr("When unsure") : tr("Otherwise");
    }
    return {};
}

QString RouteTreeModel::nodeText(const Node &node) const
{
    QString text;
    switch (node.kind) {
    case NodeKind::Target: text = node.target.model.isEmpty() ? tr("Target (no model)") : node.target.model; break;
    case NodeKind::Fallback: text = tr("Fallback chain"); break;
    case NodeKind::Weighted: text = tr("Weighted split"); break;
    case NodeKind::Conditional: text = tr("Conditional"); break;
    case NodeKind::Ref: text = tr("Route \"%1\"").arg(node.routeRef); break;
    case NodeKind::Selector: text = tr("Selector (%1)").arg(node.method); break;
    }
    if (!node.id.isEmpty())
        text += QStringLiteral(" · ") + node.id;
    return text;
}

QVariant RouteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.internalId() >= m_items.size())
        return {};
    const Item &item = m_items[index.internalId()];
    const Node *node = nodeOf(item);
    if (!node)
        return {};
    auto ownProblems = [&] { return m_session->nodeProblems(m_route, item.address); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return index.column() == StepColumn ? stepText(item) : nodeText(*node);
    case Qt::ToolTipRole: {
        const QStringList problems = ownProblems();
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == StepColumn && !ownProblems().isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case ProblemRole: return ownProblems().join(u'\n');
    default: return {};
    }
}

QVariant RouteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == StepColumn ? tr("Step") : tr("Node");
}

Qt::ItemFlags RouteTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (isReorderable(addressOf(index)))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions RouteTreeModel::supportedDropActions() const { return Qt::MoveAction; }

QStringList RouteTreeModel::mimeTypes() const { return {kMimeType}; }

QMimeData *RouteTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const NodeAddress address = addressOf(indexes.front());
    out << qint32(m_route) << qint32(address.size());
    for (const NodeStep &s : address)
        out << qint32(s.kind) << qint32(s.index);
    auto *data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

std::optional<NodeAddress> RouteTreeModel::decodeAddress(const QMimeData *data) const
{
    if (!data || !data->hasFormat(kMimeType))
        return std::nullopt;
    QDataStream in(data->data(kMimeType));
    qint32 route = -1, size = 0;
    in >> route >> size;
    if (route != m_route || size <= 0 || size > 1000)
        return std::nullopt;
    NodeAddress address;
    for (qint32 i = 0; i < size; ++i) {
        qint32 kind = 0, index = 0;
        in >> kind >> index;
        address.push_back({NodeStep::Kind(kind), index});
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return address;
}

// Where among its siblings a dragged node lands, or -1 when the drop is not a reorder.
int RouteTreeModel::targetIndexFor(const NodeAddress &moving, int row, const QModelIndex &parent) const
{
    if (!isReorderable(moving) || NodeAddress(moving.begin(), moving.end() - 1) != addressOf(parent) || !parent.isValid())
        return -1;
    const Item &p = m_items[parent.internalId()];
    int siblings = 0; // the default branch is not a sibling that can be passed
    for (int c : p.children)
        siblings += m_items[size_t(c)].address.back().kind == moving.back().kind ? 1 : 0;
    if (row < 0)
        row = siblings;
    const int from = moving.back().index;
    const int to = std::clamp(row > from ? row - 1 : row, 0, siblings - 1);
    return to == from ? -1 : to;
}

bool RouteTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent) const
{
    const auto moving = decodeAddress(data);
    return action == Qt::MoveAction && moving && targetIndexFor(*moving, row, parent) >= 0;
}

bool RouteTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const auto moving = decodeAddress(data);
    if (action != Qt::MoveAction || !moving)
        return false;
    const int to = targetIndexFor(*moving, row, parent);
    // The move is done here and the model rebuilt; false keeps the view from removing rows itself.
    if (to >= 0)
        moveNode(*moving, to);
    return false;
}

bool RouteTreeModel::moveNode(const NodeAddress &address, int newIndex)
{
    const int route = m_route;
    return m_session->edit(tr("Move node"), [&](Policy &p) {
        return route >= 0 && size_t(route) < p.routes.size() && PolicyEdits::moveTo(p.routes[size_t(route)].root, address, newIndex);
    });
}

} // namespace sy
