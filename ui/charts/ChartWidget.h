#pragma once

#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;
class QCPItemText;
class QCPBars;
class QCPBarsGroup;
class QCPGraph;
class QCPAbstractItem;

namespace sy {

// The one chart of the workbench: QCustomPlot themed from the widget's palette (light and dark
// alike, re-themed when the palette changes), with PNG and SVG export from its context menu.
// Time series keep a sliding window; scatter series show points (the replay issue's
// cost-latency-quality chart builds on them).
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class XAxis { Time, Value, Category };

    explicit ChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setXAxis(XAxis kind, const QString &label = {});
    void setYLabel(const QString &label);
    void setTimeWindowSeconds(double seconds) { m_windowSeconds = seconds; }
    void setTimeFormat(const QString &format); // of the time axis' labels, as QDateTime::toString takes it

    int addLineSeries(const QString &name);
    void setSeriesName(int series, const QString &name); // after a language change
    // A time axis that spans exactly this range (seconds since the epoch) instead of following the data.
    void setFixedTimeRange(double from, double to) { m_fixedTime = {from, to}; }
    int addScatterSeries(const QString &name);
    int seriesCount() const { return int(m_series.size()); }
    // Bars side by side over the categories of a Category x axis (setCategories).
    int addBarSeries(const QString &name);
    void setCategories(const QStringList &categories);
    void setBars(int bars, const QVector<double> &values);
    // A fixed colour and marker size instead of the palette's (the replay colours by quality).
    // An invalid colour means the theme's text colour, followed when the theme changes.
    void setSeriesStyle(int series, const QColor &color, double markerSize = 7, bool dashed = false);
    // Series i gets colour i % 7 and marker i % 6 of a colour-blind-safe set: 42 distinct pairs.
    static QColor seriesColorAt(int index);
    static int seriesShapeAt(int index); // a QCPScatterStyle::ScatterShape
    // Shown over the plot while it has no data ("Run a replay to see ...").
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool isShowingEmptyText() const;
    // Shown on hover instead of "name: x, y"; one per point.
    void setPointLabels(int series, const QStringList &labels);
    // A text beside a point; right-aligned ones sit to its left (for points near the right edge).
    // A text by a point. Labels are placed at each replot beside their point, on the side where
    // they overlap no other label and stay inside the plot (side is the first choice).
    void addLabel(double x, double y, const QString &text, Qt::Alignment side = Qt::AlignLeft);
    QList<QRectF> labelRects() const; // where the labels were last drawn, in the plot's pixels
    // The legend in a row under the plot, so it never covers the data.
    void setLegendBelow();
    void setLogX(bool log);
    // Removes every series, bar set and label (the axes and title stay).
    void clear();
    // x in seconds since the epoch for a time axis.
    void appendPoint(int series, double x, double y);
    void setPoints(int series, const QVector<double> &x, const QVector<double> &y);
    int pointCount(int series) const;
    // Redraws once; callers batch their appends and call it at most a few times a second.
    void refresh();

    bool exportPng(const QString &fileName, int width = 0, int height = 0);
    bool exportSvg(const QString &fileName, int width = 0, int height = 0);
    bool exportPdf(const QString &fileName, int width = 0, int height = 0);
    // The point nearest to a position in plot pixels, within `radius`; {-1, -1} when none.
    std::pair<int, int> pointAt(const QPointF &pos, double radius = 10) const;

signals:
    void pointClicked(int series, int index);

public:
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int addSeries(const QString &name, bool scatter);
    void applyPalette();
    void updateEmptyState();
    void placeLabels();
    void showContextMenu(const QPoint &pos);
    QColor seriesColor(int index) const;

    struct Style
    {
        QColor color;
        double size = 7;
        bool dashed = false;
    };
    QCustomPlot *m_plot;
    std::vector<QCPGraph *> m_series;
    std::vector<std::optional<Style>> m_styles;
    std::vector<QStringList> m_pointLabels;
    std::vector<QCPBars *> m_bars;
    QCPBarsGroup *m_barsGroup = nullptr;
    std::vector<QCPAbstractItem *> m_labels;
    struct PointText
    {
        QCPItemText *label;
        Qt::Alignment side; // the first choice
        double x, y;        // the point, in data coordinates: the label's pixels follow the axes
    };
    std::vector<PointText> m_pointTexts;
    XAxis m_xAxis = XAxis::Time;
    double m_windowSeconds = 300;
    std::optional<std::pair<double, double>> m_fixedTime;
    QCPItemText *m_emptyText = nullptr;
};

} // namespace sy
