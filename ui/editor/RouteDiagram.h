#pragma once

#include <QGraphicsView>

#include "policy/NodeAddress.h"

namespace sy {

class PolicyEditSession;

// The selected route drawn left to right: the request, then each decision, its branches labelled
// with the rule, weight or fallback order, ending in the targets with their prices. Boxes and
// gaps are as wide as their text needs; every box and edge has a tooltip with the whole of it;
// the path a request took can be highlighted. Redrawn on every edit; clicking a box selects it.
class RouteDiagram : public QGraphicsView
{
    Q_OBJECT
public:
    explicit RouteDiagram(PolicyEditSession *session, QWidget *parent = nullptr);

    void setRoute(int routeIndex);
    void setSelected(const NodeAddress &address);
    // The nodes a request went through (JSON paths, as in a decision trace): drawn in the
    // highlight colour with the edges between them. Those of other routes are ignored.
    void setHighlightedPath(const QStringList &jsonPaths);
    const std::vector<NodeAddress> &highlightedPath() const { return m_highlighted; }
    bool isHighlighted(const NodeAddress &address) const;
    int nodeCount() const { return int(m_addresses.size()); }
    // Scene position of a node's box centre, for tests that click it.
    QPointF nodeCenter(const NodeAddress &address) const;

signals:
    void nodeClicked(const sy::NodeAddress &address);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void fitIfNotZoomed();

    PolicyEditSession *m_session;
    int m_route = -1;
    NodeAddress m_selected;
    std::vector<NodeAddress> m_addresses;
    std::vector<QPointF> m_centers;
    std::vector<NodeAddress> m_highlighted;
    bool m_userZoomed = false;
};

} // namespace sy
