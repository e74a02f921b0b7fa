#include "replayview/ReplayCharts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPixmap>

#include "charts/ChartWidget.h"
#include "charts/QCustomPlotInclude.h"
#include "widgets/FlowLayout.h"
#include "eval/RoutingMetrics.h"

namespace sy {

namespace {

// Red (0) through amber to green (1): quality at a glance, readable on light and dark.
QColor qualityColor(double q)
{
    q = std::clamp(q, 0.0, 1.0);
    return q < 0.5 ? QColor::fromRgbF(0.84f, float(0.25 + q * 0.9), 0.16f) : QColor::fromRgbF(float(0.84 - (q - 0.5) * 1.3), 0.70f, 0.20f);
}

double markerSize(double q) { return 7 + 11 * std::clamp(q, 0.0, 1.0); }

// Candidates at the same point (a route that always picks one model, and that model) share one
// label instead of printing over each other.
void addLabels(ChartWidget *chart, const std::vector<std::pair<QPointF, QString>> &points, const std::function<Qt::Alignment(QPointF)> &side)
{
    std::vector<std::pair<QPointF, QStringList>> merged;
    for (const auto &[at, text] : points) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const auto &m) {
            return std::abs(m.first.x() - at.x()) <= 1e-9 * std::max(1.0, std::abs(at.x())) && std::abs(m.first.y() - at.y()) <= 1e-9 * std::max(1.0, std::abs(at.y()));
        });
        if (it == merged.end())
            merged.push_back({at, {text}});
        else
            it->second.append(text);
    }
    for (const auto &[at, texts] : merged)
        chart->addLabel(at.x(), at.y(), texts.join(u'\n'), side(at));
}

} // namespace

ReplayCharts::ReplayCharts(QWidget *parent)
    : QWidget(parent), m_costLatency(new ChartWidget(this)), m_qualityCost(new ChartWidget(this)), m_cdf(new ChartWidget(this)),
      m_categories(new ChartWidget(this)), m_percentile(new QComboBox(this))
{
    m_percentile->addItem(tr("p50 latency"));
    m_percentile->addItem(tr("p95 latency"));
    m_percentile->setAccessibleName(tr("Latency percentile of the cost–latency chart"));
    m_costLatency->setObjectName(QStringLiteral("costLatencyChart"));
    m_qualityCost->setObjectName(QStringLiteral("qualityCostChart"));
    m_cdf->setObjectName(QStringLiteral("latencyCdfChart"));
    m_categories->setObjectName(QStringLiteral("categoryChart"));
    m_costLatency->setTitle(tr("Cost against latency"));
    m_qualityCost->setTitle(tr("Quality against cost"));
    m_cdf->setTitle(tr("Latency CDF"));
    m_categories->setTitle(tr("Quality per category"));
    m_costLatency->setXAxis(ChartWidget::XAxis::Value, tr("$ per 1,000 requests"));
    m_qualityCost->setXAxis(ChartWidget::XAxis::Value, tr("$ per 1,000 requests"));
    m_qualityCost->setYLabel(tr("mean quality"));
    m_cdf->setXAxis(ChartWidget::XAxis::Value, tr("latency (ms)"));
    m_cdf->setYLabel(tr("share of requests"));
    m_categories->setXAxis(ChartWidget::XAxis::Category);
    m_categories->setYLabel(tr("mean quality"));
    auto *controls = new FlowLayout;
    controls->addLabelled(new QLabel(tr("Cost–latency chart shows:"), this), m_percentile);
    // The quality colours' key: red (0) through amber to green (1).
    QPixmap scale(120, 12);
    {
        QPainter painter(&scale);
        for (int x = 0; x < scale.width(); ++x) {
            painter.setPen(qualityColor(double(x) / (scale.width() - 1)));
            painter.drawLine(x, 0, x, scale.height());
        }
    }
    auto *key = new QWidget(this);
    auto *keyRow = new QHBoxLayout(key);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(new QLabel(tr("Quality 0"), key));
    auto *bar = new QLabel(key);
    bar->setObjectName(QStringLiteral("qualityScale"));
    bar->setPixmap(scale);
    bar->setAccessibleName(tr("Colour scale of quality, from red at 0 to green at 1"));
    keyRow->addWidget(bar);
    keyRow->addWidget(new QLabel(tr("1"), key));
    controls->addWidget(key);
    auto *hint = new QLabel(tr("Marker size: quality; ★ the recommendation. Drag to pan, wheel to zoom, right-click to export."), this);
    hint->setWordWrap(true);
    controls->addWidget(hint);
    const QString empty = tr("Run a replay to see its candidates here.");
    for (ChartWidget *chart : {m_costLatency, m_qualityCost, m_cdf, m_categories})
        chart->setEmptyText(empty);
    auto *grid = new QGridLayout(this);
    grid->addLayout(controls, 0, 0, 1, 2);
    grid->addWidget(m_costLatency, 1, 0);
    grid->addWidget(m_qualityCost, 1, 1);
    grid->addWidget(m_cdf, 2, 0);
    grid->addWidget(m_categories, 2, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    m_cdf->setLegendBelow();
    m_categories->setLegendBelow();
    connect(m_percentile, &QComboBox::currentIndexChanged, this, [this] { drawCostLatency(); });
    // Each candidate is its own series on the two cost charts, so the series is the candidate.
    for (ChartWidget *chart : {m_costLatency, m_qualityCost})
        connect(chart, &ChartWidget::pointClicked, this, [this](int series, int) {
            if (series < int(m_labels.size()))
                emit candidateClicked(series);
        });
}

void ReplayCharts::show(const QStringList &labels, const std::vector<CandidateSummary> &summaries, std::vector<ReplayCell> cells,
                        const std::vector<PromptItem> &items)
{
    m_labels = labels;
    m_summaries = summaries;
    m_cells = std::move(cells);
    m_items = items;
    redraw();
}

void ReplayCharts::setRecommended(int candidate)
{
    if (candidate == m_recommended)
        return;
    m_recommended = candidate;
    drawCostLatency();
    drawQualityCost();
}

void ReplayCharts::redraw()
{
    drawCostLatency();
    drawQualityCost();
    drawCdf();
    drawCategories();
}

void ReplayCharts::drawCostLatency()
{
    const bool p95 = m_percentile->currentIndex() == 1;
    m_costLatency->clear();
    m_costLatency->setYLabel(p95 ? tr("p95 latency (ms)") : tr("p50 latency (ms)"));
    std::vector<RoutingMetrics::Candidate> points;
    double cheapest = 0, dearest = 0;
    std::vector<int> shown; // candidates with results: a starting run draws nothing at (0, 0)
    for (size_t i = 0; i < m_summaries.size(); ++i) {
        const CandidateSummary &s = m_summaries[i];
        if (s.cells == 0) {
            m_costLatency->addScatterSeries(m_labels.value(int(i))); // keeps series i for candidate i
            points.push_back({0, 0, 0});
            continue;
        }
        shown.push_back(int(i));
        const double latency = p95 ? s.latencyP95 : s.latencyP50;
        points.push_back({s.costPer1k, latency, s.meanQuality});
        const int series = m_costLatency->addScatterSeries(m_labels.value(int(i)));
        m_costLatency->setPoints(series, {s.costPer1k}, {latency});
        m_costLatency->setSeriesStyle(series, qualityColor(s.meanQuality), markerSize(s.meanQuality));
        m_costLatency->setPointLabels(series, {tr("%1\nquality %2 · $%3 per 1k · %4 ms").arg(m_labels.value(int(i))).arg(s.meanQuality, 0, 'f', 3)
                                                   .arg(s.costPer1k, 0, 'f', 4).arg(latency, 0, 'f', 0)});
        cheapest = shown.size() == 1 ? s.costPer1k : std::min(cheapest, s.costPer1k);
        dearest = std::max(dearest, s.costPer1k);
    }
    std::vector<RoutingMetrics::Candidate> shownPoints;
    for (int i : shown)
        shownPoints.push_back(points[size_t(i)]);
    m_front.clear();
    for (int f : RoutingMetrics::paretoFront(shownPoints))
        m_front.push_back(shown[size_t(f)]);
    std::vector<int> byCost = m_front;
    std::sort(byCost.begin(), byCost.end(), [&](int a, int b) { return points[size_t(a)].cost < points[size_t(b)].cost; });
    QVector<double> fx, fy;
    std::vector<std::pair<QPointF, QString>> labels;
    for (int i : byCost) {
        fx.append(points[size_t(i)].cost);
        fy.append(points[size_t(i)].latency);
        labels.push_back({QPointF(points[size_t(i)].cost, points[size_t(i)].latency),
                          i == m_recommended ? tr("★ %1").arg(m_labels.value(i)) : m_labels.value(i)});
    }
    // Labels of the dearer half point left, so they stay inside the chart.
    addLabels(m_costLatency, labels, [cheapest, dearest](QPointF at) -> Qt::Alignment {
        const bool right = cheapest > 0 && dearest > cheapest && std::log(at.x() / cheapest) > 0.5 * std::log(dearest / cheapest);
        return right ? Qt::AlignRight : Qt::AlignLeft;
    });
    if (fx.size() > 1) {
        const int front = m_costLatency->addLineSeries(tr("Pareto front"));
        m_costLatency->setPoints(front, fx, fy);
        m_costLatency->setSeriesStyle(front, QColor(), 0, true); // the theme's text colour, on light and dark
    }
    // Costs a hundredfold apart crowd the cheap ones at zero on a linear axis.
    m_costLatency->setLogX(cheapest > 0 && dearest / cheapest > 100);
    m_costLatency->plot()->legend->setVisible(false);
    m_costLatency->refresh();
}

void ReplayCharts::drawQualityCost()
{
    m_qualityCost->clear();
    std::vector<RoutingMetrics::CostPoint> points;
    double dearest = 0;
    for (size_t i = 0; i < m_summaries.size(); ++i) {
        const CandidateSummary &s = m_summaries[i];
        const int series = m_qualityCost->addScatterSeries(m_labels.value(int(i)));
        if (s.cells == 0)
            continue;
        points.push_back({s.costPer1k, s.meanQuality});
        dearest = std::max(dearest, s.costPer1k);
        m_qualityCost->setPoints(series, {s.costPer1k}, {s.meanQuality});
        m_qualityCost->setSeriesStyle(series, qualityColor(s.meanQuality), 10);
        m_qualityCost->setPointLabels(series, {tr("%1\nquality %2 · $%3 per 1k").arg(m_labels.value(int(i))).arg(s.meanQuality, 0, 'f', 3).arg(s.costPer1k, 0, 'f', 4)});
    }
    // Labels after the loop, once the dearest cost is known: the dearer half's point left.
    std::vector<std::pair<QPointF, QString>> labels;
    for (size_t i = 0; i < m_summaries.size(); ++i)
        if (m_summaries[i].cells > 0)
            labels.push_back({QPointF(m_summaries[i].costPer1k, m_summaries[i].meanQuality),
                              int(i) == m_recommended ? tr("★ %1").arg(m_labels.value(int(i))) : m_labels.value(int(i))});
    addLabels(m_qualityCost, labels, [dearest](QPointF at) -> Qt::Alignment { return at.x() > dearest / 2 ? Qt::AlignRight : Qt::AlignLeft; });
    const auto hull = RoutingMetrics::nonDecreasingHull(points);
    m_aiq = dearest > 0 ? RoutingMetrics::aiq(points, dearest) : 0;
    if (!hull.empty()) {
        QVector<double> hx, hy;
        for (const auto &p : hull) {
            hx.append(p.cost);
            hy.append(p.quality);
        }
        const int line = m_qualityCost->addLineSeries(tr("non-decreasing hull"));
        m_qualityCost->setPoints(line, hx, hy);
        m_qualityCost->setSeriesStyle(line, QColor(0x1f, 0x77, 0xb4), 0, false);
    }
    m_qualityCost->setTitle(tr("Quality against cost — AIQ %1").arg(m_aiq, 0, 'f', 3));
    m_qualityCost->plot()->legend->setVisible(false);
    m_qualityCost->refresh();
}

void ReplayCharts::drawCdf()
{
    m_cdf->clear();
    std::vector<std::vector<double>> latencies(size_t(m_labels.size()));
    for (const ReplayCell &c : m_cells)
        if (c.error.isEmpty() && c.key.candidate >= 0 && c.key.candidate < m_labels.size())
            latencies[size_t(c.key.candidate)].push_back(c.latencyMs);
    for (size_t i = 0; i < latencies.size(); ++i) {
        auto &l = latencies[i];
        std::sort(l.begin(), l.end());
        QVector<double> x, y;
        for (size_t k = 0; k < l.size(); ++k) {
            x.append(l[k]);
            y.append(double(k + 1) / double(l.size()));
        }
        const int series = m_cdf->addLineSeries(m_labels.value(int(i)));
        m_cdf->setPoints(series, x, y);
    }
    m_cdf->refresh();
}

void ReplayCharts::drawCategories()
{
    m_categories->clear();
    QStringList categories;
    for (const PromptItem &item : m_items)
        if (!categories.contains(item.category.isEmpty() ? tr("(none)") : item.category))
            categories.append(item.category.isEmpty() ? tr("(none)") : item.category);
    std::sort(categories.begin(), categories.end());
    m_categories->setCategories(categories);
    std::vector<std::vector<double>> sum(size_t(m_labels.size()), std::vector<double>(size_t(categories.size()), 0));
    auto count = sum;
    for (const ReplayCell &c : m_cells) {
        if (c.key.candidate < 0 || c.key.candidate >= m_labels.size() || c.key.item < 0 || size_t(c.key.item) >= m_items.size())
            continue;
        const QString &category = m_items[size_t(c.key.item)].category;
        const qsizetype k = categories.indexOf(category.isEmpty() ? tr("(none)") : category);
        sum[size_t(c.key.candidate)][size_t(k)] += c.error.isEmpty() ? c.quality : 0;
        count[size_t(c.key.candidate)][size_t(k)] += 1;
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QVector<double> values;
        for (qsizetype k = 0; k < categories.size(); ++k)
            values.append(count[size_t(i)][size_t(k)] > 0 ? sum[size_t(i)][size_t(k)] / count[size_t(i)][size_t(k)] : 0);
        m_categories->setBars(m_categories->addBarSeries(m_labels[i]), values);
    }
    m_categories->refresh();
}

} // namespace sy
