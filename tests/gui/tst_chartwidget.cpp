#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QSet>
#include <QPalette>

#include "charts/QCustomPlotInclude.h"

#include "charts/ChartWidget.h"

using namespace sy;

class TestChartWidget : public QObject
{
    Q_OBJECT
private slots:
    void timeSeriesKeepAWindow();
    void exportsPngAndSvg();
    void barsLabelsHoverAndClicks();
    void followsThePalette_data();
    void followsThePalette();
    void twelveSeriesLookDifferent();
    void emptyChartsSayWhatToDo();
    void themeColouredSeriesFollowTheTheme();
    void labelsNeitherOverlapNorLeaveThePlot_data();
    void labelsNeitherOverlapNorLeaveThePlot();
};

void TestChartWidget::timeSeriesKeepAWindow()
{
    ChartWidget chart;
    chart.setTitle(QStringLiteral("Requests per second"));
    chart.setTimeWindowSeconds(60);
    const int rps = chart.addLineSeries(QStringLiteral("requests/s"));
    const int p95 = chart.addLineSeries(QStringLiteral("p95"));
    QCOMPARE(chart.seriesCount(), 2);
    const double start = 1764000000;
    for (int i = 0; i < 120; ++i) {
        chart.appendPoint(rps, start + i, i);
        chart.appendPoint(p95, start + i, 2 * i);
    }
    chart.refresh();
    QCOMPARE(chart.pointCount(rps), 61); // the last minute only
    QCOMPARE(chart.plot()->xAxis->range().upper, start + 119);
    QCOMPARE(chart.plot()->xAxis->range().lower, start + 59);
    QVERIFY(chart.plot()->yAxis->range().upper >= 2 * 119);
    QCOMPARE(chart.accessibleName(), QStringLiteral("Requests per second"));
}

void TestChartWidget::exportsPngAndSvg()
{
    QTemporaryDir dir;
    ChartWidget chart;
    chart.setTitle(QStringLiteral("Spend"));
    const int s = chart.addScatterSeries(QStringLiteral("models"));
    chart.setXAxis(ChartWidget::XAxis::Value, QStringLiteral("cost"));
    chart.setPoints(s, {1, 2, 3}, {3, 1, 2});
    chart.resize(640, 400);
    chart.refresh();
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(chart.exportPng(png, 640, 400));
    QVERIFY(chart.exportSvg(svg, 640, 400));
    QImage image(png);
    QCOMPARE(image.size(), QSize(640, 400));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg") && text.contains("</svg>"));
    QVERIFY2(text.contains("Spend"), "the title is drawn into the SVG");
}

void TestChartWidget::followsThePalette_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x20, 0x20, 0x24) << QColor(0xee, 0xee, 0xee);
}

void TestChartWidget::followsThePalette()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    ChartWidget chart;
    chart.addLineSeries(QStringLiteral("a"));
    QPalette p = chart.palette();
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    chart.setPalette(p); // a PaletteChange event re-themes the plot
    QCOMPARE(chart.plot()->toPixmap(200, 150).toImage().pixelColor(1, 1), base); // the background as drawn
    QCOMPARE(chart.plot()->xAxis->tickLabelColor(), text);
    QCOMPARE(chart.plot()->legend->textColor(), text);
}

void TestChartWidget::barsLabelsHoverAndClicks()
{
    QTemporaryDir dir;
    ChartWidget chart;
    chart.resize(600, 400);
    chart.setXAxis(ChartWidget::XAxis::Value, QStringLiteral("cost"));
    const int a = chart.addScatterSeries(QStringLiteral("a"));
    const int b = chart.addScatterSeries(QStringLiteral("b"));
    chart.setPoints(a, {1}, {10});
    chart.setPoints(b, {2}, {20});
    chart.setSeriesStyle(b, QColor(Qt::red), 14);
    chart.setPointLabels(b, {QStringLiteral("candidate b")});
    chart.addLabel(2, 20, QStringLiteral("b"));
    chart.show();
    chart.refresh();
    chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(chart.plot()->graph(b)->scatterStyle().size(), 14.0);
    QCOMPARE(chart.plot()->graph(b)->scatterStyle().brush().color(), QColor(Qt::red));
    QCOMPARE(chart.plot()->itemCount(), 1);
    // The point under the mouse, and a click on it.
    const QPointF atB(chart.plot()->xAxis->coordToPixel(2), chart.plot()->yAxis->coordToPixel(20));
    QCOMPARE(chart.pointAt(atB), std::make_pair(b, 0));
    QCOMPARE(chart.pointAt(atB + QPointF(40, 40)), std::make_pair(-1, -1));
    QSignalSpy clicked(&chart, &ChartWidget::pointClicked);
    QTest::mouseClick(chart.plot(), Qt::LeftButton, Qt::NoModifier, atB.toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.front().at(0).toInt(), b);
    QVERIFY(chart.exportPdf(dir.filePath(QStringLiteral("chart.pdf")), 600, 400));
    chart.clear();
    QCOMPARE(chart.seriesCount(), 0);
    QCOMPARE(chart.plot()->itemCount(), 0);
    // Bars over categories.
    ChartWidget bars;
    bars.setXAxis(ChartWidget::XAxis::Category);
    bars.setCategories({QStringLiteral("math"), QStringLiteral("code")});
    bars.setBars(bars.addBarSeries(QStringLiteral("a")), {0.5, 0.9});
    bars.setBars(bars.addBarSeries(QStringLiteral("b")), {0.7, 0.2});
    bars.refresh();
    QCOMPARE(bars.plot()->plottableCount(), 2);
    QVERIFY(bars.plot()->yAxis->range().upper >= 0.9);
}

void TestChartWidget::twelveSeriesLookDifferent()
{
    QSet<QPair<QRgb, int>> looks;
    for (int i = 0; i < 12; ++i)
        looks.insert({ChartWidget::seriesColorAt(i).rgb(), ChartWidget::seriesShapeAt(i)});
    QCOMPARE(looks.size(), 12);
    // Neither too light for white nor too dark for the dark theme's base.
    for (int i = 0; i < 7; ++i) {
        const double l = ChartWidget::seriesColorAt(i).lightnessF();
        QVERIFY2(l > 0.2 && l < 0.75, qPrintable(ChartWidget::seriesColorAt(i).name()));
    }
}

void TestChartWidget::emptyChartsSayWhatToDo()
{
    ChartWidget chart;
    chart.setXAxis(ChartWidget::XAxis::Value, QStringLiteral("x"));
    chart.setEmptyText(QStringLiteral("Run a replay"));
    chart.refresh();
    QVERIFY(chart.isShowingEmptyText());
    QVERIFY(!chart.plot()->xAxis->ticks());
    const int series = chart.addScatterSeries(QStringLiteral("a"));
    chart.setPoints(series, {1}, {2});
    chart.refresh();
    QVERIFY(!chart.isShowingEmptyText());
    QVERIFY(chart.plot()->xAxis->ticks());
}

void TestChartWidget::themeColouredSeriesFollowTheTheme()
{
    ChartWidget chart;
    const int line = chart.addLineSeries(QStringLiteral("Pareto front"));
    chart.setSeriesStyle(line, QColor(), 0, true);
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    chart.setPalette(dark);
    QCOMPARE(chart.plot()->graph(line)->pen().color(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(chart.plot()->graph(line)->pen().style(), Qt::DashLine);
}

void TestChartWidget::labelsNeitherOverlapNorLeaveThePlot_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    // Four candidates close together (cheap models of similar cost and quality), and labels on
    // the plot's edges and corners.
    QTest::newRow("cluster") << QList<QPointF>{{0.50, 0.50}, {0.51, 0.505}, {0.52, 0.49}, {0.505, 0.51}};
    QTest::newRow("edges") << QList<QPointF>{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0.5, 1}};
}

void TestChartWidget::labelsNeitherOverlapNorLeaveThePlot()
{
    QFETCH(QList<QPointF>, points);
    ChartWidget chart;
    chart.setXAxis(ChartWidget::XAxis::Value);
    const int series = chart.addScatterSeries(QStringLiteral("candidates"));
    QVector<double> x, y;
    for (const QPointF &p : points) {
        x.append(p.x());
        y.append(p.y());
        chart.addLabel(p.x(), p.y(), QStringLiteral("sim-cloud/sim-standard"));
    }
    chart.setPoints(series, x, y);
    chart.resize(640, 420);
    chart.show();
    chart.refresh();
    chart.plot()->xAxis->setRange(0, 1);
    chart.plot()->yAxis->setRange(0, 1);
    chart.plot()->replot();
    const QList<QRectF> rects = chart.labelRects();
    QCOMPARE(rects.size(), points.size());
    const QRectF area = QRectF(chart.plot()->axisRect()->rect()).adjusted(-1, -1, 1, 1);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(area.contains(rects[i]), qPrintable(QStringLiteral("label %1 leaves the plot").arg(i)));
        for (qsizetype j = 0; j < i; ++j) {
            const QRectF o = rects[i].intersected(rects[j]);
            QVERIFY2(o.width() * o.height() < 1, qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        }
    }
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
