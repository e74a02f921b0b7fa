// Draws the curves of `switchyard-cli simulate --learned --json --curve` through the workbench's
// chart widget, for docs/routing.md: quality against strong-call share (both rules and random
// routing) and quality against cost (the willingness-to-pay sweep, the zero router, the models).
// Run: QT_QPA_PLATFORM=offscreen build/release/bench/routing_curves SIMULATE.json OUT_PREFIX TITLE
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include "charts/ChartWidget.h"

using namespace sy;

namespace {

void curveSeries(ChartWidget &chart, const QString &name, const QJsonArray &points, const char *x, const char *y, double xScale = 1)
{
    QVector<double> xs, ys;
    for (const QJsonValue &p : points) {
        xs.append(p[QLatin1String(x)].toDouble() * xScale);
        ys.append(p[QLatin1String(y)].toDouble());
    }
    chart.setPoints(chart.addLineSeries(name), xs, ys);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: routing_curves SIMULATE.json OUT_PREFIX TITLE\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    const QString title = QString::fromLocal8Bit(argv[3]);
    const QJsonObject l = r[QStringLiteral("learned")].toObject();
    const QJsonObject w = l[QStringLiteral("willingness_to_pay")].toObject();
    const QJsonObject b = r[QStringLiteral("baselines")].toObject();
    const double weak = b[QStringLiteral("always_weak")][QStringLiteral("quality")].toDouble();
    const double strong = b[QStringLiteral("always_strong")][QStringLiteral("quality")].toDouble();

    ChartWidget share;
    share.resize(900, 560);
    share.setTitle(QStringLiteral("%1: quality against strong-call share (5-fold held out)").arg(title));
    share.setXAxis(ChartWidget::XAxis::Value, QStringLiteral("share of prompts sent to %1").arg(l[QStringLiteral("strong")].toString()));
    share.setYLabel(QStringLiteral("mean quality"));
    share.setLegendBelow();
    curveSeries(share, QStringLiteral("threshold rule (APGR %1)").arg(l[QStringLiteral("apgr")].toDouble(), 0, 'f', 3), l[QStringLiteral("curve")].toArray(),
                "strong_share", "quality");
    curveSeries(share, QStringLiteral("willingness to pay (APGR %1)").arg(w[QStringLiteral("pair")][QStringLiteral("apgr")].toDouble(), 0, 'f', 3),
                w[QStringLiteral("pair")][QStringLiteral("curve")].toArray(), "strong_share", "quality");
    const int random = share.addLineSeries(QStringLiteral("random (APGR 0.500)"));
    share.setPoints(random, {0, 1}, {weak, strong});
    share.setSeriesStyle(random, QColor(140, 140, 140), 4, true);
    share.refresh();

    ChartWidget cost;
    cost.resize(900, 560);
    cost.setTitle(QStringLiteral("%1: quality against cost (5-fold held out)").arg(title));
    cost.setXAxis(ChartWidget::XAxis::Value, QStringLiteral("USD per 1,000 requests"));
    cost.setYLabel(QStringLiteral("mean quality"));
    cost.setLegendBelow();
    curveSeries(cost, QStringLiteral("learned, willingness to pay (AIQ %1)").arg(w[QStringLiteral("aiq")].toDouble(), 0, 'f', 4), w[QStringLiteral("points")].toArray(),
                "cost_usd", "quality", 1000);
    curveSeries(cost, QStringLiteral("zero router (AIQ %1)").arg(b[QStringLiteral("zero_router")][QStringLiteral("aiq")].toDouble(), 0, 'f', 4),
                b[QStringLiteral("zero_router")][QStringLiteral("hull")].toArray(), "cost_usd", "quality", 1000);
    const int models = cost.addScatterSeries(QStringLiteral("single models"));
    QVector<double> mx, my;
    for (const QJsonValue &m : b[QStringLiteral("single_models")].toArray()) {
        mx.append(m[QStringLiteral("cost_usd")].toDouble() * 1000);
        my.append(m[QStringLiteral("quality")].toDouble());
        cost.addLabel(mx.back(), my.back(), m[QStringLiteral("model")].toString().section(u'/', -1), mx.size() > 1 ? Qt::AlignRight : Qt::AlignLeft);
    }
    cost.setPoints(models, mx, my);
    const QJsonObject oracle = b[QStringLiteral("oracle")].toObject();
    const int oraclePoint = cost.addScatterSeries(QStringLiteral("oracle"));
    cost.setPoints(oraclePoint, {oracle[QStringLiteral("cost_usd")].toDouble() * 1000}, {oracle[QStringLiteral("quality")].toDouble()});
    cost.refresh();

    const bool ok = share.exportPng(prefix + QStringLiteral("-share.png"), 900, 560) && cost.exportPng(prefix + QStringLiteral("-cost.png"), 900, 560);
    std::printf("%s\n", ok ? "written" : "failed");
    return ok ? 0 : 1;
}
