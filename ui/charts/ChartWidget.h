#pragma once

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;

namespace sy {

// The one chart of the workbench: QCustomPlot themed from the widget's palette (light and dark
// alike, re-themed when the palette changes), with PNG and SVG export from its context menu.
// Time series keep a sliding window; scatter series show points (the replay issue's
// cost-latency-quality chart builds on them).
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class XAxis { Time, Value };

    explicit ChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setXAxis(XAxis kind, const QString &label = {});
    void setYLabel(const QString &label);
    void setTimeWindowSeconds(double seconds) { m_windowSeconds = seconds; }

    int addLineSeries(const QString &name);
    int addScatterSeries(const QString &name);
    int seriesCount() const { return int(m_series.size()); }
    // x in seconds since the epoch for a time axis.
    void appendPoint(int series, double x, double y);
    void setPoints(int series, const QVector<double> &x, const QVector<double> &y);
    int pointCount(int series) const;
    // Redraws once; callers batch their appends and call it at most a few times a second.
    void refresh();

    bool exportPng(const QString &fileName, int width = 0, int height = 0);
    bool exportSvg(const QString &fileName, int width = 0, int height = 0);
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    int addSeries(const QString &name, bool scatter);
    void applyPalette();
    void showContextMenu(const QPoint &pos);
    QColor seriesColor(int index) const;

    QCustomPlot *m_plot;
    std::vector<QCPGraph *> m_series;
    XAxis m_xAxis = XAxis::Time;
    double m_windowSeconds = 300;
};

} // namespace sy
