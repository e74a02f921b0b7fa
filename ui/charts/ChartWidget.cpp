#include "charts/ChartWidget.h"

#include <algorithm>
#include <limits>

#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

#include "charts/QCustomPlotInclude.h"

namespace sy {

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QCustomPlot::customContextMenuRequested, this, &ChartWidget::showContextMenu);
    m_plot->legend->setVisible(true);
    // Top left: live series grow on the right.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartWidget::placeLabels); // pixels are known from then on
    setXAxis(XAxis::Time);
    applyPalette();
    setMinimumHeight(160);
}

void ChartWidget::setTitle(const QString &title)
{
    setAccessibleName(title);
    m_plot->setAccessibleName(title); // the plot takes the focus, so it carries the name too
    if (m_plot->plotLayout()->rowCount() > 1 && qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0))) {
        static_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0))->setText(title);
    } else {
        m_plot->plotLayout()->insertRow(0);
        m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, title, QFont(font().family(), font().pointSize() + 1, QFont::Bold)));
    }
    applyPalette();
}

void ChartWidget::setXAxis(XAxis kind, const QString &label)
{
    m_xAxis = kind;
    if (kind == XAxis::Time) {
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
        ticker->setTickCount(3); // time labels are wide: a few, readable
        m_plot->xAxis->setTicker(ticker);
        m_plot->setInteractions({});
    } else if (kind == XAxis::Category) {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        m_plot->setInteractions({});
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom); // explore a crowded chart
    }
    m_plot->xAxis->setLabel(label);
}

void ChartWidget::setTimeFormat(const QString &format)
{
    if (auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
        ticker->setDateTimeFormat(format);
}

void ChartWidget::setYLabel(const QString &label) { m_plot->yAxis->setLabel(label); }

int ChartWidget::addLineSeries(const QString &name) { return addSeries(name, false); }

void ChartWidget::setSeriesName(int series, const QString &name)
{
    m_series.at(size_t(series))->setName(name);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int ChartWidget::addScatterSeries(const QString &name) { return addSeries(name, true); }

int ChartWidget::addSeries(const QString &name, bool scatter)
{
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(name);
    if (scatter) {
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    } else {
        // Lines carry their series' marker now and then, so they differ in shape as well as colour.
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        graph->setScatterSkip(6);
    }
    m_series.push_back(graph);
    m_styles.emplace_back();
    m_pointLabels.emplace_back();
    applyPalette();
    return int(m_series.size()) - 1;
}

int ChartWidget::addBarSeries(const QString &name)
{
    if (!m_barsGroup)
        m_barsGroup = new QCPBarsGroup(m_plot);
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(name);
    bars->setBarsGroup(m_barsGroup);
    bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars.push_back(bars);
    for (QCPBars *b : m_bars)
        b->setWidth(0.8 / double(m_bars.size()));
    applyPalette();
    return int(m_bars.size()) - 1;
}

void ChartWidget::setCategories(const QStringList &categories)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < categories.size(); ++i)
        ticker->addTick(double(i), categories[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(categories.size() > 6 ? 30 : 0);
    m_plot->xAxis->setRange(-0.6, double(categories.size()) - 0.4);
}

void ChartWidget::setBars(int bars, const QVector<double> &values)
{
    QVector<double> keys(values.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        keys[i] = double(i);
    m_bars.at(size_t(bars))->setData(keys, values, true);
}

void ChartWidget::setSeriesStyle(int series, const QColor &color, double markerSize, bool dashed)
{
    m_styles.at(size_t(series)) = Style{color, markerSize, dashed};
    applyPalette();
}

void ChartWidget::setPointLabels(int series, const QStringList &labels) { m_pointLabels.at(size_t(series)) = labels; }

void ChartWidget::addLabel(double x, double y, const QString &text, Qt::Alignment side)
{
    auto *label = new QCPItemText(m_plot);
    label->position->setCoords(x, y);
    const bool right = side & Qt::AlignRight;
    label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    label->setPadding(right ? QMargins(0, 0, 6, 4) : QMargins(6, 0, 0, 4));
    label->setClipToAxisRect(false);
    label->setText(text);
    label->setColor(palette().color(QPalette::Text));
    m_labels.push_back(label);
    m_pointTexts.push_back({label, side, x, y});
}

QList<QRectF> ChartWidget::labelRects() const
{
    QList<QRectF> rects;
    for (const PointText &p : m_pointTexts)
        rects.append(QRectF(p.label->topLeft->pixelPosition(), p.label->bottomRight->pixelPosition()).normalized());
    return rects;
}

void ChartWidget::placeLabels()
{
    if (m_pointTexts.empty())
        return;
    const QRectF area = m_plot->axisRect()->rect();
    std::vector<QRectF> taken;
    constexpr int kGap = 5;
    for (const PointText &p : m_pointTexts) {
        QCPItemText *label = p.label;
        const Qt::Alignment preferred = p.side;
        const QPointF at(m_plot->xAxis->coordToPixel(p.x), m_plot->yAxis->coordToPixel(p.y));
        const QFontMetricsF metrics(label->font());
        const QSizeF size = metrics.size(0, label->text()) + QSizeF(kGap + 2, kGap);
        // Right-above, left-above, right-below, left-below of the point, the preferred side first,
        // then the same moved up or down by whole label heights: the first that overlaps nothing
        // and stays inside, else the one that overlaps least.
        const bool preferRight = !(preferred & Qt::AlignRight);
        struct Choice
        {
            bool right, above;
        };
        const Choice corners[] = {{preferRight, true}, {!preferRight, true}, {preferRight, false}, {!preferRight, false}};
        double bestScore = std::numeric_limits<double>::max();
        Choice best = corners[0];
        QRectF bestRect;
        for (const int step : {0, -1, 1, -2, 2, -3, 3}) {
            for (const Choice &c : corners) {
                QRectF r(QPointF(c.right ? at.x() : at.x() - size.width(), (c.above ? at.y() - size.height() : at.y()) + step * size.height()), size);
                const QRectF inside = r.intersected(area);
                double score = (r.width() * r.height() - inside.width() * inside.height()) * 4 + std::abs(step); // outside is worst
                for (const QRectF &t : taken) {
                    const QRectF o = r.intersected(t);
                    score += o.width() * o.height();
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                    bestRect = r;
                }
            }
            if (bestScore < 4) // nothing overlapped at this distance
                break;
        }
        // Still outside: shift into the plot rather than be cut at its edge.
        const QPointF shift(std::clamp(bestRect.left(), area.left(), std::max(area.left(), area.right() - bestRect.width())) - bestRect.left(),
                            std::clamp(bestRect.top(), area.top(), std::max(area.top(), area.bottom() - bestRect.height())) - bestRect.top());
        bestRect.translate(shift);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(best.right ? kGap : 1, best.above ? 1 : kGap, best.right ? 1 : kGap, best.above ? kGap : 1));
        label->position->setCoords(bestRect.topLeft());
        taken.push_back(bestRect);
    }
}

void ChartWidget::setLegendBelow()
{
    if (m_plot->legend->layout() == m_plot->plotLayout())
        return;
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->axisRect()->insetLayout()->simplify();
    const int row = m_plot->plotLayout()->rowCount();
    m_plot->plotLayout()->addElement(row, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(row, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 2));
}

void ChartWidget::setLogX(bool log)
{
    m_plot->xAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    m_plot->xAxis->setTicker(log ? QSharedPointer<QCPAxisTicker>(QSharedPointer<QCPAxisTickerLog>::create())
                                 : QSharedPointer<QCPAxisTicker>::create());
}

void ChartWidget::clear()
{
    for (QCPAbstractItem *item : m_labels)
        m_plot->removeItem(item);
    m_labels.clear();
    m_pointTexts.clear();
    for (QCPGraph *g : m_series)
        m_plot->removeGraph(g);
    m_series.clear();
    m_styles.clear();
    m_pointLabels.clear();
    for (QCPBars *b : m_bars)
        m_plot->removePlottable(b);
    m_bars.clear();
}

std::pair<int, int> ChartWidget::pointAt(const QPointF &pos, double radius) const
{
    std::pair<int, int> best{-1, -1};
    double bestDistance = radius * radius;
    for (size_t s = 0; s < m_series.size(); ++s) {
        const QCPGraph *g = m_series[s];
        if (!g->visible())
            continue;
        int index = 0;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it, ++index) {
            const double dx = g->keyAxis()->coordToPixel(it->key) - pos.x();
            const double dy = g->valueAxis()->coordToPixel(it->value) - pos.y();
            const double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = {int(s), index};
            }
        }
    }
    return best;
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonRelease)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const auto [series, index] = pointAt(mouse->position());
        if (event->type() == QEvent::MouseMove && mouse->buttons() == Qt::NoButton) {
            if (series < 0) {
                QToolTip::hideText();
            } else {
                const QCPGraph *g = m_series[size_t(series)];
                const QStringList &labels = m_pointLabels[size_t(series)];
                const auto point = g->data()->at(index);
                const QString text = index < labels.size() ? labels[index]
                                                           : QStringLiteral("%1: %2, %3").arg(g->name()).arg(point->key, 0, 'g', 4).arg(point->value, 0, 'g', 4);
                QToolTip::showText(mouse->globalPosition().toPoint(), text, m_plot);
            }
        } else if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton && series >= 0) {
            emit pointClicked(series, index);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::appendPoint(int series, double x, double y)
{
    QCPGraph *graph = m_series.at(size_t(series));
    graph->addData(x, y);
    if (m_xAxis == XAxis::Time)
        graph->data()->removeBefore(x - m_windowSeconds);
}

void ChartWidget::setPoints(int series, const QVector<double> &x, const QVector<double> &y)
{
    QCPGraph *graph = m_series.at(size_t(series));
    graph->setData(x, y);
    // Tens of thousands of smoothed markers cost more than they show: crisp ones above that.
    graph->setAntialiasedScatters(x.size() < 5000);
}

int ChartWidget::pointCount(int series) const { return m_series.at(size_t(series))->dataCount(); }

void ChartWidget::refresh()
{
    updateEmptyState();
    if (m_xAxis == XAxis::Time) {
        double newest = 0;
        double oldest = 0;
        for (QCPGraph *g : m_series) {
            if (g->data()->isEmpty())
                continue;
            newest = qMax(newest, (g->data()->constEnd() - 1)->key);
            const double first = g->data()->constBegin()->key;
            oldest = oldest == 0 ? first : qMin(oldest, first);
        }
        // Show the data there is (at least half a minute), up to the window: a young series
        // is not squeezed against the right edge.
        if (m_fixedTime)
            m_plot->xAxis->setRange(m_fixedTime->first, m_fixedTime->second);
        else if (newest > 0)
            m_plot->xAxis->setRange(qMax(newest - m_windowSeconds, qMin(oldest, newest - 30)), newest);
        bool found = false;
        QCPRange yRange(0, 1);
        for (QCPGraph *g : m_series) {
            bool ok = false;
            const QCPRange r = g->getValueRange(ok);
            if (ok)
                yRange = found ? QCPRange(qMin(yRange.lower, r.lower), qMax(yRange.upper, r.upper)) : r;
            found = found || ok;
        }
        m_plot->yAxis->setRange(qMin(0.0, yRange.lower), yRange.upper > 0 ? yRange.upper * 1.1 : 1);
    } else if (m_xAxis == XAxis::Category) {
        bool ok = false;
        double top = 0;
        for (QCPBars *b : m_bars)
            if (const QCPRange r = b->getValueRange(ok); ok)
                top = std::max(top, r.upper);
        m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    } else {
        m_plot->rescaleAxes();
        // A margin, so points on the edge and their labels stay inside.
        for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
            QCPRange r = axis->range();
            if (axis->scaleType() == QCPAxis::stLogarithmic)
                r = QCPRange(r.lower / 1.5, r.upper * 1.5);
            else {
                const double pad = r.size() > 0 ? r.size() * 0.08 : std::max(1e-9, std::abs(r.lower) * 0.1);
                r = QCPRange(r.lower - pad, r.upper + pad);
            }
            axis->setRange(r);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QColor ChartWidget::seriesColor(int index) const { return seriesColorAt(index); }

QColor ChartWidget::seriesColorAt(int index)
{
    // Okabe and Ito's colour-blind-safe set without its black, the yellow darkened to a gold that
    // keeps its contrast on white: each reads on the light and the dark palette.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00),
                                    QColor(0x56, 0xb4, 0xe9), QColor(0xcc, 0x79, 0xa7), QColor(0xb8, 0x9b, 0x00)};
    return colors[std::max(0, index) % int(std::size(colors))];
}

int ChartWidget::seriesShapeAt(int index)
{
    // With seven colours and six shapes, no two of the first 42 series look alike.
    static const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
                                                           QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted,
                                                           QCPScatterStyle::ssCrossCircle};
    return shapes[std::max(0, index) % int(std::size(shapes))];
}

void ChartWidget::setEmptyText(const QString &text)
{
    if (!m_emptyText) {
        m_emptyText = new QCPItemText(m_plot);
        m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_emptyText->position->setCoords(0.5, 0.5);
        m_emptyText->setPositionAlignment(Qt::AlignCenter);
        m_emptyText->setClipToAxisRect(false);
    }
    m_emptyText->setText(text);
    m_emptyText->setColor(palette().color(QPalette::PlaceholderText));
    updateEmptyState();
}

QString ChartWidget::emptyText() const { return m_emptyText ? m_emptyText->text() : QString(); }

bool ChartWidget::isShowingEmptyText() const { return m_emptyText && m_emptyText->visible(); }

void ChartWidget::updateEmptyState()
{
    if (!m_emptyText)
        return;
    bool empty = true;
    for (const QCPGraph *g : m_series)
        empty = empty && g->dataCount() == 0;
    for (const QCPBars *b : m_bars)
        empty = empty && b->dataCount() == 0;
    m_emptyText->setVisible(empty && !m_emptyText->text().isEmpty());
    // No ticks or grid for nothing: an empty chart says what to do instead of showing 0 to 1.
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTicks(!empty);
        axis->grid()->setVisible(!empty);
    }
}

void ChartWidget::applyPalette()
{
    const QPalette p = palette();
    const QColor background = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(110);
    m_plot->setBackground(background);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_plot->legend->setBrush(background);
    m_plot->legend->setBorderPen(QPen(grid));
    m_plot->legend->setTextColor(text);
    if (m_plot->plotLayout()->rowCount() > 1)
        if (auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0)))
            title->setTextColor(text);
    if (m_emptyText)
        m_emptyText->setColor(p.color(QPalette::PlaceholderText));
    for (size_t i = 0; i < m_series.size(); ++i) {
        QColor c = m_styles[i] ? m_styles[i]->color : seriesColor(int(i));
        if (!c.isValid())
            c = text; // follows the theme: a dashed Pareto line stays visible on dark
        m_series[i]->setPen(QPen(c, 2, m_styles[i] && m_styles[i]->dashed ? Qt::DashLine : Qt::SolidLine));
        QCPScatterStyle style = m_series[i]->scatterStyle();
        if (style.shape() != QCPScatterStyle::ssNone) {
            style.setShape(QCPScatterStyle::ScatterShape(seriesShapeAt(int(i))));
            style.setPen(QPen(c.darker(m_styles[i] ? 130 : 100), 1.2));
            style.setBrush(c);
            if (m_styles[i])
                style.setSize(m_styles[i]->size);
            m_series[i]->setScatterStyle(style);
        }
    }
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const QColor c = seriesColor(int(i));
        m_bars[i]->setPen(QPen(c.darker(120)));
        m_bars[i]->setBrush(c);
    }
    for (QCPAbstractItem *item : m_labels)
        if (auto *label = qobject_cast<QCPItemText *>(item))
            label->setColor(text);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

bool ChartWidget::exportPng(const QString &fileName, int width, int height)
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return m_plot->savePng(fileName, width, height);
}

bool ChartWidget::exportSvg(const QString &fileName, int width, int height)
{
    const int w = width > 0 ? width : m_plot->width();
    const int h = height > 0 ? height : m_plot->height();
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setSize(QSize(w, h));
    svg.setViewBox(QRect(0, 0, w, h));
    svg.setTitle(accessibleName());
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_plot->toPainter(&painter, w, h);
    return painter.end();
}

bool ChartWidget::exportPdf(const QString &fileName, int width, int height)
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return m_plot->savePdf(fileName, width, height, QCP::epNoCosmetic, QStringLiteral("Switchyard"), accessibleName());
}

void ChartWidget::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Save as PNG…"));
    QAction *svg = menu.addAction(tr("Save as SVG…"));
    menu.addAction(tr("Save as PDF…"));
    QAction *reset = m_xAxis == XAxis::Value ? menu.addAction(tr("Reset zoom")) : nullptr;
    QAction *chosen = menu.exec(m_plot->mapToGlobal(pos));
    if (!chosen)
        return;
    if (chosen == reset) {
        refresh();
        return;
    }
    const int kind = chosen == png ? 0 : chosen == svg ? 1 : 2;
    const QString titles[] = {tr("Save chart as PNG"), tr("Save chart as SVG"), tr("Save chart as PDF")};
    const QString filters[] = {tr("PNG images (*.png)"), tr("SVG images (*.svg)"), tr("PDF documents (*.pdf)")};
    const QString fileName = QFileDialog::getSaveFileName(this, titles[kind], QString(), filters[kind]);
    if (fileName.isEmpty())
        return;
    const bool ok = kind == 0 ? exportPng(fileName) : kind == 1 ? exportSvg(fileName) : exportPdf(fileName);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), tr("The chart could not be written to %1.").arg(fileName));
}

} // namespace sy
