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

constexpr qreal kRow = 64;
constexpr qreal kBoxHeight = 40;
constexpr qreal kMinBox = 110, kMaxBox = 300;       // box widths follow their text within these
constexpr qreal kMinGap = 56, kMaxGap = 240;        // and the gaps their edge labels
constexpr qreal kRequestBox = 120;

struct Placed
{
    NodeAddress address;
    const Node *node;
    int depth;
    qreal y;
    QString edgeLabel;   // on the edge from its parent
    QString edgeToolTip; // the whole rule, weight or step
};

std::pair<QString, QString> edgeLabel(const Node &parent, const NodeStep &step)
{
    switch (step.kind) {
    case NodeStep::Kind::Child:
        return {QStringLiteral("%1.").arg(step.index + 1), RouteDiagram::tr("Step %1 of the fallback chain").arg(step.index + 1)};
    case NodeStep::Kind::Rule: {
        const Rule &r = parent.rules[size_t(step.index)];
        const QString condition = conditionSummary(r.when, 400);
        return {r.name.isEmpty() ? conditionSummary(r.when, 40) : r.name,
                r.name.isEmpty() ? RouteDiagram::tr("When %1").arg(condition) : RouteDiagram::tr("Rule %1: when %2").arg(r.name, condition)};
    }
    case NodeStep::Kind::Arm: {
        const Arm &a = parent.arms[size_t(step.index)];
        if (parent.kind == NodeKind::Weighted)
            return {QStringLiteral("%1 %2%").arg(a.label).arg(a.weight).trimmed(),
                    RouteDiagram::tr("Arm %1: weight %2").arg(a.label).arg(a.weight)};
        return {a.label, RouteDiagram::tr("Candidate %1").arg(a.label)};
    }
    case NodeStep::Kind::Default:
        return {RouteDiagram::tr("otherwise"), parent.kind == NodeKind::Selector ? RouteDiagram::tr("When the selector cannot decide")
                                                                                  : RouteDiagram::tr("When no rule matches")};
    }
    return {};
}

// Lays leaves out one per row and centres each parent on its children.
qreal place(const Node &node, const NodeAddress &address, int depth, const std::pair<QString, QString> &label, qreal &nextRow,
            std::vector<Placed> &out)
{
    const size_t self = out.size();
    out.push_back({address, &node, depth, 0, label.first, label.second});
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
    if (routeIndex != m_route)
        m_highlighted.clear();
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

void RouteDiagram::setHighlightedPath(const QStringList &jsonPaths)
{
    m_highlighted.clear();
    for (const QString &path : jsonPaths) {
        int route = -1;
        if (const auto address = addressFromJsonPath(path, &route); address && route == m_route)
            m_highlighted.push_back(*address);
    }
    redraw();
}

bool RouteDiagram::isHighlighted(const NodeAddress &address) const
{
    return std::find(m_highlighted.begin(), m_highlighted.end(), address) != m_highlighted.end();
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
    place(route.root, {}, 1, {}, nextRow, placed);

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor mid = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor problem(0xd0, 0x3b, 0x3b);
    const bool light = base.lightnessF() > 0.5;
    const QColor fillFor[] = {
        // Target, Fallback, Weighted, Conditional, Ref, Selector: tinted from the palette's highlight
        base, QColor::fromHslF(highlight.hslHueF(), 0.25, light ? 0.92 : 0.22),
        QColor::fromHslF(std::fmod(highlight.hslHueF() + 0.33, 1.0), 0.25, light ? 0.92 : 0.22),
        QColor::fromHslF(std::fmod(highlight.hslHueF() + 0.66, 1.0), 0.25, light ? 0.92 : 0.22), base, base};
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF boldMetrics(bold), plainMetrics(font()), smallMetrics(small);

    // Each node's title and subtitle, then box widths from them and column widths from the boxes.
    struct Text
    {
        QString title, subtitle;
    };
    std::vector<Text> texts;
    int depths = 0;
    for (const Placed &p : placed) {
        Text t;
        switch (p.node->kind) {
        case NodeKind::Target:
            t.title = p.node->target.model.isEmpty() ? tr("(no model)") : p.node->target.model;
            t.subtitle = priceText(policy, p.node->target.model);
            break;
        case NodeKind::Fallback: t.title = tr("fallback"); t.subtitle = tr("in order until one succeeds"); break;
        case NodeKind::Weighted:
            t.title = tr("split by weight");
            t.subtitle = p.node->stickyKey.isEmpty() ? tr("random") : tr("sticky: %1").arg(p.node->stickyKey);
            break;
        case NodeKind::Conditional: t.title = tr("rules"); t.subtitle = tr("first match wins"); break;
        case NodeKind::Ref: t.title = tr("→ route \"%1\"").arg(p.node->routeRef); break;
        case NodeKind::Selector: t.title = tr("selector"); t.subtitle = p.node->method; break;
        }
        if (!p.node->id.isEmpty())
            t.subtitle = p.node->id;
        texts.push_back(t);
        depths = std::max(depths, p.depth);
    }
    std::vector<qreal> columnWidth(size_t(depths) + 1, kMinBox), gapBefore(size_t(depths) + 1, kMinGap);
    for (size_t i = 0; i < placed.size(); ++i) {
        const size_t d = size_t(placed[i].depth);
        const qreal width = std::max(boldMetrics.horizontalAdvance(texts[i].title), plainMetrics.horizontalAdvance(texts[i].subtitle)) + 24;
        columnWidth[d] = std::clamp(std::max(columnWidth[d], width), kMinBox, kMaxBox);
        gapBefore[d] = std::clamp(std::max(gapBefore[d], smallMetrics.horizontalAdvance(placed[i].edgeLabel) + 28), kMinGap, kMaxGap);
    }
    const QString requestTitle = QStringLiteral("\"%1\"").arg(route.alias), requestSubtitle = tr("requested model");
    const qreal requestWidth = std::clamp(std::max(boldMetrics.horizontalAdvance(requestTitle), plainMetrics.horizontalAdvance(requestSubtitle)) + 24,
                                          kRequestBox - 16, kMaxBox);
    std::vector<qreal> columnX(size_t(depths) + 1, 0);
    qreal x = requestWidth + 16;
    for (size_t d = 1; d <= size_t(depths); ++d) {
        x += gapBefore[d];
        columnX[d] = x;
        x += columnWidth[d];
    }

    auto addBox = [&](const QRectF &r, NodeKind kind, const QString &title, const QString &subtitle, bool selected, bool onPath,
                      bool hasProblem, const QString &toolTip, int index) {
        const QColor edge = hasProblem ? problem : selected || onPath ? highlight : mid;
        auto *box = scene()->addPath(shapeFor(kind, r), QPen(edge, selected || onPath || hasProblem ? 2.5 : 1),
                                     QBrush(fillFor[int(kind)]));
        box->setData(0, index);
        box->setToolTip(toolTip);
        auto *t = scene()->addSimpleText(boldMetrics.elidedText(title, Qt::ElideMiddle, r.width() - 16));
        t->setBrush(text);
        t->setFont(bold);
        t->setPos(r.center().x() - t->boundingRect().width() / 2, subtitle.isEmpty() ? r.center().y() - t->boundingRect().height() / 2 : r.top() + 3);
        t->setData(0, index);
        t->setToolTip(toolTip);
        if (!subtitle.isEmpty()) {
            auto *sub = scene()->addSimpleText(plainMetrics.elidedText(subtitle, Qt::ElideRight, r.width() - 12));
            sub->setBrush(pal.color(QPalette::PlaceholderText));
            sub->setPos(r.center().x() - sub->boundingRect().width() / 2, r.bottom() - sub->boundingRect().height() - 3);
            sub->setData(0, index);
            sub->setToolTip(toolTip);
        }
    };
    auto addEdge = [&](QPointF from, QPointF to, const QString &label, const QString &toolTip, qreal gap, bool onPath) {
        const QColor colour = onPath ? highlight : mid;
        QPainterPath path(from);
        const qreal dx = (to.x() - from.x()) / 2;
        path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
        auto *line = scene()->addPath(path, QPen(colour, onPath ? 2.5 : 1.2));
        line->setToolTip(toolTip);
        QPainterPath arrow;
        arrow.moveTo(to);
        arrow.lineTo(to + QPointF(-7, -4));
        arrow.lineTo(to + QPointF(-7, 4));
        arrow.closeSubpath();
        scene()->addPath(arrow, QPen(colour), QBrush(colour));
        if (!label.isEmpty()) {
            auto *l = scene()->addSimpleText(smallMetrics.elidedText(label, Qt::ElideRight, gap - 16));
            l->setFont(small);
            l->setBrush(onPath ? highlight : text);
            l->setPos(to.x() - gap + 8, to.y() - l->boundingRect().height() - 1);
            l->setToolTip(toolTip);
            l->setData(1, QStringLiteral("edgeLabel"));
        }
    };

    // The request enters on the left.
    const qreal rootY = placed.front().y;
    const QRectF requestBox(0, rootY - kBoxHeight / 2, requestWidth, kBoxHeight);
    addBox(requestBox, NodeKind::Target, requestTitle, requestSubtitle, false, !m_highlighted.empty(), false,
           tr("Requests for the model \"%1\" enter here").arg(route.alias), -1);

    std::vector<QRectF> rects;
    for (size_t i = 0; i < placed.size(); ++i) {
        const Placed &p = placed[i];
        const QRectF r(columnX[size_t(p.depth)], p.y - kBoxHeight / 2, columnWidth[size_t(p.depth)], kBoxHeight);
        rects.push_back(r);
        const QStringList problems = m_session->nodeProblems(m_route, p.address);
        QString toolTip = texts[i].subtitle.isEmpty() ? texts[i].title : texts[i].title + u'\n' + texts[i].subtitle;
        if (!problems.isEmpty())
            toolTip += u'\n' + QStringLiteral("\u26a0 ") + problems.join(QStringLiteral("\n\u26a0 "));
        addBox(r, p.node->kind, texts[i].title, texts[i].subtitle, p.address == m_selected, isHighlighted(p.address), !problems.isEmpty(),
               toolTip, int(i));
        m_addresses.push_back(p.address);
        m_centers.push_back(r.center());
    }
    addEdge(QPointF(requestBox.right(), rootY), QPointF(rects.front().left(), rootY), QString(), QString(), gapBefore[1],
            !m_highlighted.empty() && isHighlighted(placed.front().address));
    for (size_t i = 1; i < placed.size(); ++i) {
        const NodeAddress parentAddress(placed[i].address.begin(), placed[i].address.end() - 1);
        for (size_t j = 0; j < i; ++j)
            if (placed[j].address == parentAddress) {
                addEdge(QPointF(rects[j].right(), rects[j].center().y()), QPointF(rects[i].left(), rects[i].center().y()),
                        placed[i].edgeLabel, placed[i].edgeToolTip, gapBefore[size_t(placed[i].depth)],
                        isHighlighted(placed[j].address) && isHighlighted(placed[i].address));
                break;
            }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12));
    fitIfNotZoomed();
    // In a narrow pane the selected node stays in view rather than off to the right.
    for (size_t i = 0; i < m_addresses.size(); ++i)
        if (!m_selected.empty() && m_addresses[i] == m_selected)
            ensureVisible(rects[i], 24, 24);
}

// Shrinks a large route to fit (never below 50%, where labels stop being readable).
void RouteDiagram::fitIfNotZoomed()
{
    if (m_userZoomed || scene()->sceneRect().isEmpty())
        return;
    const QRectF r = scene()->sceneRect();
    const qreal s = std::clamp(std::min(viewport()->width() / r.width(), viewport()->height() / r.height()), 0.5, 1.0);
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
