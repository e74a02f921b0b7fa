#include "charts/ChartWidget.h"

#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSvgGenerator>
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
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    m_plot->xAxis->setLabel(label);
}

void ChartWidget::setYLabel(const QString &label) { m_plot->yAxis->setLabel(label); }

int ChartWidget::addLineSeries(const QString &name) { return addSeries(name, false); }

int ChartWidget::addScatterSeries(const QString &name) { return addSeries(name, true); }

int ChartWidget::addSeries(const QString &name, bool scatter)
{
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(name);
    if (scatter) {
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    }
    m_series.push_back(graph);
    applyPalette();
    return int(m_series.size()) - 1;
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
    m_series.at(size_t(series))->setData(x, y);
}

int ChartWidget::pointCount(int series) const { return m_series.at(size_t(series))->dataCount(); }

void ChartWidget::refresh()
{
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
        if (newest > 0)
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
    } else {
        m_plot->rescaleAxes();
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QColor ChartWidget::seriesColor(int index) const
{
    // Distinct hues that keep their contrast on both light and dark backgrounds.
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return colors[index % int(std::size(colors))];
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
    for (size_t i = 0; i < m_series.size(); ++i) {
        const QColor c = seriesColor(int(i));
        m_series[i]->setPen(QPen(c, 2));
        QCPScatterStyle style = m_series[i]->scatterStyle();
        if (style.shape() != QCPScatterStyle::ssNone) {
            style.setPen(QPen(c));
            style.setBrush(c);
            m_series[i]->setScatterStyle(style);
        }
    }
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

void ChartWidget::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Save as PNG…"));
    menu.addAction(tr("Save as SVG…"));
    QAction *chosen = menu.exec(m_plot->mapToGlobal(pos));
    if (!chosen)
        return;
    const bool asPng = chosen == png;
    const QString fileName = QFileDialog::getSaveFileName(this, asPng ? tr("Save chart as PNG") : tr("Save chart as SVG"), QString(),
                                                          asPng ? tr("PNG images (*.png)") : tr("SVG images (*.svg)"));
    if (fileName.isEmpty())
        return;
    if (!(asPng ? exportPng(fileName) : exportSvg(fileName)))
        QMessageBox::warning(this, tr("Export failed"), tr("The chart could not be written to %1.").arg(fileName));
}

} // namespace sy
