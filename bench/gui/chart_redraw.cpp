// How long the one chart widget takes to redraw 100,000 points, against a baseline of the same
// points painted straight onto an image with QPainter (what a hand-made canvas would cost), in
// the same run on the same machine. Target: under 100 ms per redraw.
//
//   build/release/bench/chart_redraw [points] [redraws]
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

#include "charts/ChartWidget.h"
#include "charts/QCustomPlotInclude.h"

using namespace sy;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int points = argc > 1 ? std::max(1000, atoi(argv[1])) : 100000;
    const int redraws = argc > 2 ? std::max(3, atoi(argv[2])) : 20;
    constexpr int kSeries = 4;
    QRandomGenerator random(7);
    std::vector<QVector<double>> xs(kSeries), ys(kSeries);
    for (int s = 0; s < kSeries; ++s)
        for (int i = 0; i < points / kSeries; ++i) {
            // A cost–latency cloud: log-normal-ish costs, latencies growing with cost.
            const double cost = std::exp(random.generateDouble() * 6 - 3) * (s + 1);
            xs[size_t(s)].append(cost);
            ys[size_t(s)].append(200 + 400 * std::log1p(cost) + random.generateDouble() * 300);
        }

    ChartWidget chart;
    chart.resize(1200, 800);
    chart.setTitle(QStringLiteral("100,000 points"));
    chart.setXAxis(ChartWidget::XAxis::Value, QStringLiteral("$ per 1k"));
    for (int s = 0; s < kSeries; ++s)
        chart.setPoints(chart.addScatterSeries(QStringLiteral("series %1").arg(s)), xs[size_t(s)], ys[size_t(s)]);
    chart.show();
    chart.refresh();
    app.processEvents();
    QCustomPlot *plot = chart.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh); // warm up: layout, fonts, buffers
    std::vector<double> chartMs, zoomMs, baselineMs;
    QElapsedTimer clock;
    for (int i = 0; i < redraws; ++i) {
        clock.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        chartMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    // Zooming changes the ranges each time, so nothing drawn before can be reused.
    for (int i = 0; i < redraws; ++i) {
        plot->xAxis->scaleRange(i % 2 ? 1.25 : 0.8);
        clock.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        zoomMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    double maxX = 0, maxY = 0;
    for (int s = 0; s < kSeries; ++s) {
        maxX = std::max(maxX, *std::max_element(xs[size_t(s)].begin(), xs[size_t(s)].end()));
        maxY = std::max(maxY, *std::max_element(ys[size_t(s)].begin(), ys[size_t(s)].end()));
    }
    for (int i = 0; i < redraws; ++i) {
        clock.start();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (int s = 0; s < kSeries; ++s) {
            painter.setPen(QColor::fromHsv(s * 80, 200, 200));
            painter.setBrush(QColor::fromHsv(s * 80, 200, 200));
            for (qsizetype k = 0; k < xs[size_t(s)].size(); ++k)
                painter.drawEllipse(QPointF(xs[size_t(s)][k] / maxX * 1150 + 25, 775 - ys[size_t(s)][k] / maxY * 750), 3.5, 3.5);
        }
        painter.end();
        baselineMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double chartMedian = median(chartMs), zoomMedian = median(zoomMs), baselineMedian = median(baselineMs);
    std::printf("points: %d in %d series, %d redraws each, 1200x800, platform %s\n", points, kSeries, redraws,
                qPrintable(QGuiApplication::platformName()));
    std::printf("chart redraw: median %.1f ms, worst %.1f ms\n", chartMedian, *std::max_element(chartMs.begin(), chartMs.end()));
    std::printf("chart redraw after zoom: median %.1f ms, worst %.1f ms\n", zoomMedian, *std::max_element(zoomMs.begin(), zoomMs.end()));
    std::printf("baseline (QPainter ellipses on an image): median %.1f ms\n", baselineMedian);
    std::printf("ratio chart/baseline: %.2f\n", zoomMedian / baselineMedian);
    std::printf("target: under 100 ms: %s\n", zoomMedian < 100 ? "met" : "NOT met");
    return zoomMedian < 100 ? 0 : 1;
}
