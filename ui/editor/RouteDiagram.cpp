#include "editor/RouteDiagram.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainterPath>
#include <QWheelEvent>

#include "session/PolicyEditSession.h"

namespace sy {

namespace {

constexpr qreal kColumn = 215;
constexpr qreal kRow = 64;
constexpr qreal kBoxWidth = 145;
constexpr qreal kBoxHeight = 40;

struct Placed
{
    NodeAddress address;
    const Node *node;
    int depth;
    qreal y;
    QString edgeLabel; // on the edge from its parent
};

QString edgeLabel(const Node &parent, const NodeStep &step)
{
    switch (step.kind) {
    case NodeStep::Kind::Child: return QStringLiteral("%1.").arg(step.index + 1);
    case NodeStep::Kind::Rule: {
        const Rule &r = parent.rules[size_t(step.index)];
        return r.name.isEmpty() ? conditionSummary(r.when, 28) : r.name;
    }
    case NodeStep::Kind::Arm: {
        const Arm &a = parent.arms[size_t(step.index)];
        return parent.kind == NodeKind::Weighted ? QStringLiteral("%1 %2%").arg(a.label).arg(a.weight).trimmed() : a.label;
    }
    case NodeStep::Kind::Default: return RouteDiagram::tr("otherwise");
    }
    return {};
}

// Lays leaves out one per row and centres each parent on its children.
qreal place(const Node &node, const NodeAddress &address, int depth, const QString &label, qreal &nextRow,
            std::vector<Placed> &out)
{
    const size_t self = out.size();
    out.push_back({address, &node, depth, 0, label});
    const std::vector<NodeStep> steps = childSteps(node);
    if (steps.empty()) {
        out[self].y = nextRow;
        nextRow += kRow;
        return out[self].y;
    }
    qreal first = 0, last = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Node *child = nodeAt(node, {steps[i]});
        const qreal y = place(*child, childAddress(address, steps[i]), depth + 1, edgeLabel(node, steps[i]), nextRow, out);
        if (i == 0)
            first = y;
        last = y;
    }
    out[self].y = (first + last) / 2;
    return out[self].y;
}

QString priceText(const Policy &policy, const QString &model)
{
    const auto ref = ModelRef::parse(model);
    const ProviderSpec *provider = ref ? policy.findProvider(ref->provider) : nullptr;
    const ModelSpec *spec = provider ? provider->findModel(ref->model) : nullptr;
    if (!spec)
        return {};
    return RouteDiagram::tr("$%1 / $%2 per Mtok").arg(spec->pricing.inputPerMTok).arg(spec->pricing.outputPerMTok);
}

QPainterPath shapeFor(NodeKind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case NodeKind::Conditional: { // a flattened diamond: a decision
        const qreal inset = 14;
        path.moveTo(r.left() + inset, r.top());
        path.lineTo(r.right() - inset, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - inset, r.bottom());
        path.lineTo(r.left() + inset, r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    }
    case NodeKind::Weighted:
    case NodeKind::Selector: path.addRoundedRect(r, r.height() / 2, r.height() / 2); break;
    case NodeKind::Fallback: path.addRect(r); break;
    case NodeKind::Target:
    case NodeKind::Ref: path.addRoundedRect(r, 6, 6); break;
    }
    return path;
}

} // namespace

RouteDiagram::RouteDiagram(PolicyEditSession *session, QWidget *parent)
    : QGraphicsView(parent), m_session(session)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAccessibleName(tr("Route diagram"));
    viewport()->setAccessibleName(tr("Route diagram"));
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(session, &PolicyEditSession::changed, this, &RouteDiagram::redraw);
}

void RouteDiagram::setRoute(int routeIndex)
{
    m_route = routeIndex;
    m_selected.clear();
    redraw();
}

void RouteDiagram::setSelected(const NodeAddress &address)
{
    if (address == m_selected)
        return;
    m_selected = address;
    redraw();
}

QPointF RouteDiagram::nodeCenter(const NodeAddress &address) const
{
    for (size_t i = 0; i < m_addresses.size(); ++i)
        if (m_addresses[i] == address)
            return m_centers[i];
    return {};
}

void RouteDiagram::redraw()
{
    scene()->clear();
    m_addresses.clear();
    m_centers.clear();
    const Policy &policy = m_session->policy();
    if (m_route < 0 || size_t(m_route) >= policy.routes.size())
        return;
    const Route &route = policy.routes[size_t(m_route)];
    std::vector<Placed> placed;
    qreal nextRow = 0;
    place(route.root, {}, 1, QString(), nextRow, placed);

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor mid = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor problem(0xd0, 0x3b, 0x3b);
    const QColor fillFor[] = {
        // Target, Fallback, Weighted, Conditional, Ref, Selector: tinted from the palette's highlight
        base, QColor::fromHslF(highlight.hslHueF(), 0.25, base.lightnessF() > 0.5 ? 0.92 : 0.22),
        QColor::fromHslF(std::fmod(highlight.hslHueF() + 0.33, 1.0), 0.25, base.lightnessF() > 0.5 ? 0.92 : 0.22),
        QColor::fromHslF(std::fmod(highlight.hslHueF() + 0.66, 1.0), 0.25, base.lightnessF() > 0.5 ? 0.92 : 0.22), base, base};

    auto addBox = [&](const QRectF &r, NodeKind kind, const QString &title, const QString &subtitle, bool selected,
                      bool hasProblem, int index) {
        auto *box = scene()->addPath(shapeFor(kind, r), QPen(hasProblem ? problem : selected ? highlight : mid, selected || hasProblem ? 2.5 : 1),
                                     QBrush(fillFor[int(kind)]));
        box->setData(0, index);
        auto *t = scene()->addSimpleText(title);
        t->setBrush(text);
        QFont bold = font();
        bold.setBold(true);
        t->setFont(bold);
        QFontMetricsF fm(bold);
        t->setText(fm.elidedText(title, Qt::ElideMiddle, r.width() - 16));
        t->setPos(r.center().x() - t->boundingRect().width() / 2, subtitle.isEmpty() ? r.center().y() - t->boundingRect().height() / 2 : r.top() + 3);
        t->setData(0, index);
        if (!subtitle.isEmpty()) {
            auto *s = scene()->addSimpleText(QFontMetricsF(font()).elidedText(subtitle, Qt::ElideRight, r.width() - 12));
            s->setBrush(pal.color(QPalette::PlaceholderText));
            s->setPos(r.center().x() - s->boundingRect().width() / 2, r.bottom() - s->boundingRect().height() - 3);
            s->setData(0, index);
        }
    };
    auto addEdge = [&](QPointF from, QPointF to, const QString &label) {
        QPainterPath path(from);
        const qreal dx = (to.x() - from.x()) / 2;
        path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
        scene()->addPath(path, QPen(mid, 1.2));
        QPainterPath arrow;
        arrow.moveTo(to);
        arrow.lineTo(to + QPointF(-7, -4));
        arrow.lineTo(to + QPointF(-7, 4));
        arrow.closeSubpath();
        scene()->addPath(arrow, QPen(mid), QBrush(mid));
        if (!label.isEmpty()) {
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            const qreal gap = kColumn - kBoxWidth;
            auto *l = scene()->addSimpleText(QFontMetricsF(small).elidedText(label, Qt::ElideRight, gap - 14));
            l->setFont(small);
            l->setBrush(text);
            l->setPos(to.x() - gap + 10, to.y() - l->boundingRect().height() - 1);
        }
    };

    // The request enters on the left.
    const qreal rootY = placed.front().y;
    const QRectF requestBox(0, rootY - kBoxHeight / 2, kBoxWidth - 40, kBoxHeight);
    addBox(requestBox, NodeKind::Target, QStringLiteral("\"%1\"").arg(route.alias), tr("requested model"), false, false, -1);

    std::vector<QRectF> rects;
    for (size_t i = 0; i < placed.size(); ++i) {
        const Placed &p = placed[i];
        const QRectF r(p.depth * kColumn - 40, p.y - kBoxHeight / 2, kBoxWidth, kBoxHeight);
        rects.push_back(r);
        QString title, subtitle;
        switch (p.node->kind) {
        case NodeKind::Target:
            title = p.node->target.model.isEmpty() ? tr("(no model)") : p.node->target.model;
            subtitle = priceText(policy, p.node->target.model);
            break;
        case NodeKind::Fallback: title = tr("fallback"); subtitle = tr("in order until one succeeds"); break;
        case NodeKind::Weighted: title = tr("split by weight"); subtitle = p.node->stickyKey.isEmpty() ? tr("random") : tr("sticky: %1").arg(p.node->stickyKey); break;
        case NodeKind::Conditional: title = tr("rules"); subtitle = tr("first match wins"); break;
        case NodeKind::Ref: title = tr("→ route \"%1\"").arg(p.node->routeRef); break;
        case NodeKind::Selector: title = tr("selector"); subtitle = p.node->method; break;
        }
        if (!p.node->id.isEmpty())
            subtitle = p.node->id;
        const bool hasProblem = !m_session->nodeProblems(m_route, p.address).isEmpty();
        addBox(r, p.node->kind, title, subtitle, p.address == m_selected, hasProblem, int(i));
        m_addresses.push_back(p.address);
        m_centers.push_back(r.center());
    }
    addEdge(QPointF(requestBox.right(), rootY), QPointF(rects.front().left(), rootY), QString());
    for (size_t i = 1; i < placed.size(); ++i) {
        const NodeAddress parentAddress(placed[i].address.begin(), placed[i].address.end() - 1);
        for (size_t j = 0; j < i; ++j)
            if (placed[j].address == parentAddress) {
                addEdge(QPointF(rects[j].right(), rects[j].center().y()), QPointF(rects[i].left(), rects[i].center().y()),
                        placed[i].edgeLabel);
                break;
            }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12));
    fitIfNotZoomed();
}

// Shrinks a large route to fit (never below 60%, where labels stop being readable).
void RouteDiagram::fitIfNotZoomed()
{
    if (m_userZoomed || scene()->sceneRect().isEmpty())
        return;
    const QRectF r = scene()->sceneRect();
    const qreal s = std::clamp(std::min(viewport()->width() / r.width(), viewport()->height() / r.height()), 0.6, 1.0);
    setTransform(QTransform::fromScale(s, s));
}

void RouteDiagram::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitIfNotZoomed();
}

void RouteDiagram::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        bool ok = false;
        const int index = item->data(0).toInt(&ok);
        if (ok && index >= 0 && size_t(index) < m_addresses.size()) {
            emit nodeClicked(m_addresses[size_t(index)]);
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void RouteDiagram::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        m_userZoomed = true;
        scale(factor, factor);
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RouteDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QGraphicsView::changeEvent(event);
}

} // namespace sy
