#include "replay/ReplayReport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <cmath>

#include "eval/RoutingMetrics.h"

namespace sy {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString num(double v, int decimals = 3) { return QString::number(v, 'f', decimals); }

// Quality 0..1 as a colour from red through amber to green (hex, which every SVG reader knows).
QString qualityColour(double q)
{
    struct Rgb { double r, g, b; };
    constexpr Rgb red{192, 57, 43}, amber{214, 150, 0}, green{46, 139, 87};
    q = std::clamp(q, 0.0, 1.0);
    const Rgb &a = q < 0.5 ? red : amber, &b = q < 0.5 ? amber : green;
    const double t = q < 0.5 ? q * 2 : (q - 0.5) * 2;
    auto mix = [t](double x, double y) { return int(std::lround(x + (y - x) * t)); };
    return QStringLiteral("#%1%2%3").arg(mix(a.r, b.r), 2, 16, QLatin1Char('0')).arg(mix(a.g, b.g), 2, 16, QLatin1Char('0')).arg(mix(a.b, b.b), 2, 16, QLatin1Char('0'));
}

// Places point labels beside their points without running off the chart or over each other.
class LabelPlacer
{
public:
    explicit LabelPlacer(double right) : m_right(right) {}
    void addPoint(double x, double y, double radius) { m_boxes.push_back({x - radius, y - radius, 2 * radius, 2 * radius}); }
    QString place(double x, double y, double radius, const QString &text)
    {
        const double width = 6.2 * text.size(), height = 12;
        const bool leftSide = x + radius + 3 + width > m_right;
        double left = leftSide ? x - radius - 3 - width : x + radius + 3;
        const double middle = y - height / 2 - 2;
        double top = middle;
        for (int tries = 1; tries < 16 && overlaps(left, top, width, height); ++tries) // above, below, further above ...
            top = middle + (tries % 2 ? -1 : 1) * height * ((tries + 1) / 2);
        m_boxes.push_back({left, top, width, height});
        return QStringLiteral("<text x='%1' y='%2' class='point-label'>%3</text>").arg(left, 0, 'f', 1).arg(top + height - 2, 0, 'f', 1).arg(text.toHtmlEscaped());
    }

private:
    struct Box { double x, y, w, h; };
    bool overlaps(double x, double y, double w, double h) const
    {
        return std::any_of(m_boxes.begin(), m_boxes.end(), [&](const Box &b) { return x < b.x + b.w && b.x < x + w && y < b.y + b.h && b.y < y + h; });
    }
    double m_right;
    std::vector<Box> m_boxes;
};

struct Axis
{
    double min = 0, max = 1;
    double pixels = 100, offset = 0;
    bool flip = false;
    double map(double v) const
    {
        const double t = max > min ? (v - min) / (max - min) : 0.5;
        return flip ? offset + pixels * (1 - t) : offset + pixels * t;
    }
};

Axis axisFor(const std::vector<double> &values, double pixels, double offset, bool flip, bool fromZero)
{
    Axis a;
    a.pixels = pixels;
    a.offset = offset;
    a.flip = flip;
    if (values.empty())
        return a;
    a.min = fromZero ? 0 : *std::min_element(values.begin(), values.end());
    a.max = *std::max_element(values.begin(), values.end());
    const double pad = (a.max - a.min) * 0.08 + (a.max == a.min ? std::max(1e-9, std::abs(a.max) * 0.1 + 1e-6) : 0);
    a.max += pad;
    if (!fromZero)
        a.min -= pad;
    return a;
}

QString axes(double left, double top, double width, double height, const Axis &x, const Axis &y, const QString &xLabel,
             const QString &yLabel, int xDecimals, int yDecimals)
{
    QString svg;
    svg += QStringLiteral("<line x1='%1' y1='%2' x2='%3' y2='%2' class='axis'/>").arg(left).arg(top + height).arg(left + width);
    svg += QStringLiteral("<line x1='%1' y1='%2' x2='%1' y2='%3' class='axis'/>").arg(left).arg(top).arg(top + height);
    for (int i = 0; i <= 4; ++i) {
        const double xv = x.min + (x.max - x.min) * i / 4, yv = y.min + (y.max - y.min) * i / 4;
        svg += QStringLiteral("<text x='%1' y='%2' class='tick' text-anchor='middle'>%3</text>").arg(x.map(xv)).arg(top + height + 16).arg(num(xv, xDecimals));
        svg += QStringLiteral("<text x='%1' y='%2' class='tick' text-anchor='end'>%3</text>").arg(left - 6).arg(y.map(yv) + 4).arg(num(yv, yDecimals));
        svg += QStringLiteral("<line x1='%1' y1='%2' x2='%3' y2='%2' class='grid'/>").arg(left).arg(y.map(yv)).arg(left + width);
    }
    svg += QStringLiteral("<text x='%1' y='%2' class='label' text-anchor='middle'>%3</text>").arg(left + width / 2).arg(top + height + 36).arg(esc(xLabel));
    svg += QStringLiteral("<text x='14' y='%1' class='label' text-anchor='middle' transform='rotate(-90 14 %1)'>%2</text>")
               .arg(top + height / 2)
               .arg(esc(yLabel));
    return svg;
}

QString costLatencyChart(const ReplayPlan &plan, const std::vector<CandidateSummary> &s)
{
    const double left = 70, top = 20, width = 520, height = 280;
    std::vector<double> xs, ys;
    std::vector<RoutingMetrics::Candidate> points;
    for (const CandidateSummary &c : s) {
        xs.push_back(c.costPer1k);
        ys.push_back(c.latencyP50);
        points.push_back({c.costPer1k, c.latencyP50, c.meanQuality});
    }
    const Axis x = axisFor(xs, width, left, false, true), y = axisFor(ys, height, top, true, true);
    QString svg = QStringLiteral("<svg viewBox='0 0 640 360' role='img' aria-label='Cost against latency'>");
    svg += axes(left, top, width, height, x, y, QStringLiteral("cost per 1,000 requests (USD)"), QStringLiteral("p50 latency (ms)"), 3, 0);
    const std::vector<int> front = RoutingMetrics::paretoFront(points);
    // The front, cheapest first, as a dashed line through its points.
    std::vector<int> ordered = front;
    std::sort(ordered.begin(), ordered.end(), [&](int a, int b) { return points[size_t(a)].cost < points[size_t(b)].cost; });
    QString path;
    for (int i : ordered)
        path += QStringLiteral("%1%2,%3 ").arg(path.isEmpty() ? QStringLiteral("M") : QStringLiteral("L")).arg(x.map(points[size_t(i)].cost)).arg(y.map(points[size_t(i)].latency));
    if (ordered.size() > 1)
        svg += QStringLiteral("<path d='%1' class='front'/>").arg(path.trimmed());
    LabelPlacer labels(left + width + 40);
    for (const auto &p : points) // labels keep clear of every point, not just of each other
        labels.addPoint(x.map(p.cost), y.map(p.latency), 5 + 9 * std::clamp(p.quality, 0.0, 1.0));
    for (size_t i = 0; i < points.size(); ++i) {
        const bool onFront = std::find(front.begin(), front.end(), int(i)) != front.end();
        const double r = 5 + 9 * std::clamp(points[i].quality, 0.0, 1.0);
        svg += QStringLiteral("<circle cx='%1' cy='%2' r='%3' fill='%4' class='%5'><title>%6: quality %7, $%8 per 1k, p50 %9 ms</title></circle>")
                   .arg(x.map(points[i].cost))
                   .arg(y.map(points[i].latency))
                   .arg(r, 0, 'f', 1)
                   .arg(qualityColour(points[i].quality), onFront ? QStringLiteral("point on-front") : QStringLiteral("point"),
                        esc(plan.candidates[i].label), num(points[i].quality), num(points[i].cost, 4), num(points[i].latency, 0));
        if (onFront)
            svg += labels.place(x.map(points[i].cost), y.map(points[i].latency), r, plan.candidates[i].label);
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString qualityCostChart(const ReplayPlan &plan, const std::vector<CandidateSummary> &s, double *aiq)
{
    const double left = 70, top = 20, width = 520, height = 280;
    std::vector<RoutingMetrics::CostPoint> points;
    std::vector<double> xs, ys{0, 1};
    for (const CandidateSummary &c : s) {
        points.push_back({c.costPer1k, c.meanQuality});
        xs.push_back(c.costPer1k);
    }
    const Axis x = axisFor(xs, width, left, false, true);
    Axis y;
    y.min = 0;
    y.max = 1;
    y.pixels = height;
    y.offset = top;
    y.flip = true;
    QString svg = QStringLiteral("<svg viewBox='0 0 640 360' role='img' aria-label='Quality against cost'>");
    svg += axes(left, top, width, height, x, y, QStringLiteral("cost per 1,000 requests (USD)"), QStringLiteral("mean quality"), 3, 2);
    const auto hull = RoutingMetrics::nonDecreasingHull(points);
    const double maxCost = xs.empty() ? 0 : *std::max_element(xs.begin(), xs.end());
    *aiq = RoutingMetrics::aiq(points, maxCost);
    if (!hull.empty()) {
        QString path = QStringLiteral("M%1,%2 ").arg(x.map(0)).arg(y.map(hull.front().quality));
        for (const auto &p : hull)
            path += QStringLiteral("L%1,%2 ").arg(x.map(p.cost)).arg(y.map(p.quality));
        path += QStringLiteral("L%1,%2").arg(x.map(maxCost)).arg(y.map(hull.back().quality));
        svg += QStringLiteral("<path d='%1' class='hull'/>").arg(path);
    }
    LabelPlacer labels(left + width + 40);
    for (const auto &p : points)
        labels.addPoint(x.map(p.cost), y.map(p.quality), 6);
    for (size_t i = 0; i < points.size(); ++i) {
        svg += QStringLiteral("<circle cx='%1' cy='%2' r='6' fill='%3' class='point'><title>%4: quality %5, $%6 per 1k</title></circle>")
                   .arg(x.map(points[i].cost))
                   .arg(y.map(points[i].quality))
                   .arg(qualityColour(points[i].quality), esc(plan.candidates[i].label), num(points[i].quality), num(points[i].cost, 4));
        svg += labels.place(x.map(points[i].cost), y.map(points[i].quality), 6, plan.candidates[i].label);
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString categoryBars(const ReplayPlan &plan, const std::vector<ReplayCell> &cells)
{
    QMap<QString, std::vector<std::pair<double, int>>> byCategory; // category → per candidate (sum, n)
    for (const ReplayCell &c : cells) {
        const QString category = plan.items[size_t(c.key.item)].category;
        if (category.isEmpty())
            continue;
        auto &v = byCategory[category];
        v.resize(plan.candidates.size());
        v[size_t(c.key.candidate)].first += c.error.isEmpty() ? c.quality : 0;
        v[size_t(c.key.candidate)].second += 1;
    }
    if (byCategory.size() < 2)
        return {};
    const int rowHeight = 14, groupGap = 12;
    const int groups = int(byCategory.size()), per = int(plan.candidates.size());
    const int height = groups * (per * rowHeight + groupGap) + 10;
    QString svg = QStringLiteral("<svg viewBox='0 0 640 %1' role='img' aria-label='Quality per category'>").arg(height);
    int yPos = 5;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        svg += QStringLiteral("<text x='0' y='%1' class='label'>%2</text>").arg(yPos + 11).arg(esc(it.key()));
        for (int c = 0; c < per; ++c) {
            const auto &[sum, n] = it.value()[size_t(c)];
            const double q = n > 0 ? sum / n : 0;
            const QString text = plan.candidates[size_t(c)].label + u' ' + num(q, 2);
            const double end = 160 + 380 * q;
            const bool inside = end + 4 + 6 * text.size() > 640; // too long for the space after the bar
            svg += QStringLiteral("<rect x='160' y='%1' width='%2' height='%3' fill='%4'><title>%5</title></rect>"
                                  "<text x='%6' y='%7' class='tick' text-anchor='%8'%9>%5</text>")
                       .arg(yPos)
                       .arg(380 * q, 0, 'f', 1)
                       .arg(rowHeight - 3)
                       .arg(qualityColour(q), esc(text))
                       .arg(inside ? end - 4 : end + 4, 0, 'f', 1)
                       .arg(yPos + 10)
                       .arg(inside ? QStringLiteral("end") : QStringLiteral("start"), inside ? QStringLiteral(" style='fill:#fff'") : QString());
            yPos += rowHeight;
        }
        yPos += groupGap;
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

} // namespace

QByteArray ReplayReport::html(const Input &in)
{
    const ReplayPlan &plan = *in.plan;
    const std::vector<ReplayCell> &cells = *in.cells;
    const std::vector<CandidateSummary> &s = *in.summaries;
    QStringList scorers;
    for (const ScorerSpec &spec : plan.scorers)
        scorers.append(spec.name());
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Replay: %1</title><style>"
                        "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222;background:#fff}"
                        "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}table{border-collapse:collapse;width:100%;font-size:.9em}"
                        "th,td{padding:.35em .6em;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}"
                        "td.text{text-align:left;white-space:pre-wrap;max-width:420px;overflow-wrap:anywhere}"
                        "svg{width:100%;max-width:640px;height:auto;display:block}.axis{stroke:#555}.grid{stroke:#eee}"
                        ".tick{font-size:10px;fill:#555}.label{font-size:12px;fill:#333}.point{stroke:#333;stroke-width:.5;opacity:.9}"
                        ".on-front{stroke:#000;stroke-width:2}.point-label{font-size:11px;fill:#222}"
                        ".front{fill:none;stroke:#666;stroke-dasharray:5 4}.hull{fill:none;stroke:#3465a4;stroke-width:2}"
                        ".note{color:#555;font-size:.9em}@media(prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}"
                        "th,td{border-color:#444}.axis{stroke:#aaa}.grid{stroke:#333}.tick,.label,.point-label{fill:#ccc}}"
                        "</style></head><body>")
             .arg(esc(in.title));
    h += QStringLiteral("<h1>Replay: %1</h1><p class='note'>%2 prompts × %3 candidates × %4 repeats = %5 requests · scored by %6 "
                        "(pass at %7) · %8 · made by Switchyard</p>")
             .arg(esc(in.title))
             .arg(plan.items.size())
             .arg(plan.candidates.size())
             .arg(plan.repeats)
             .arg(cells.size())
             .arg(esc(scorers.isEmpty() ? QStringLiteral("no scorers") : scorers.join(QStringLiteral(", "))))
             .arg(plan.passThreshold)
             .arg(esc(in.createdAt));
    h += QStringLiteral("<h2>Candidates</h2><table><tr><th>candidate</th><th>mean quality</th><th>± over repeats</th><th>pass rate</th>"
                        "<th>error rate</th><th>$ per 1k requests</th><th>p50 ms</th><th>p95 ms</th><th>TTFT p50 ms</th></tr>");
    for (size_t i = 0; i < s.size(); ++i)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4%</td><td>%5%</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>")
                 .arg(esc(plan.candidates[i].label), num(s[i].meanQuality), plan.repeats > 1 ? num(s[i].qualityStdDev) : QStringLiteral("—"),
                      num(s[i].passRate * 100, 1), num(s[i].errorRate * 100, 1), num(s[i].costPer1k, 4), num(s[i].latencyP50, 0),
                      num(s[i].latencyP95, 0), s[i].ttftP50 < 0 ? QStringLiteral("—") : num(s[i].ttftP50, 0));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>Cost against latency</h2><p class='note'>Marker size and colour show quality; the dashed line joins "
                        "the Pareto front over cost, latency and quality (labelled): no other candidate is cheaper, faster and "
                        "at least as good.</p>");
    h += costLatencyChart(plan, s);
    double aiq = 0;
    const QString qualityChart = qualityCostChart(plan, s, &aiq);
    h += QStringLiteral("<h2>Quality against cost</h2><p class='note'>The blue line is the non-decreasing convex hull: the best "
                        "any mix of these candidates can do. Its AIQ (area under it up to the dearest candidate's cost, per unit "
                        "of cost) is %1.</p>")
             .arg(num(aiq));
    h += qualityChart;
    const WeakStrongMetrics ws = ReplayAggregates::weakStrong(cells, s, in.weak, in.strong);
    if (ws.weak >= 0) {
        auto cpt = [&](const std::optional<double> &v) { return v ? num(*v * 100, 1) + u'%' : QStringLiteral("not reached"); };
        h += QStringLiteral("<h2>Routing metrics</h2><p class='note'>Weak: %1 (quality %2); strong: %3 (quality %4, model %5). "
                            "Each other candidate routes between them: its share of calls to the strong model and its quality "
                            "place it on the curve APGR and CPT are read from.</p>")
                 .arg(esc(plan.candidates[size_t(ws.weak)].label), num(ws.weakQuality), esc(plan.candidates[size_t(ws.strong)].label),
                      num(ws.strongQuality), esc(ws.strongModel));
        h += QStringLiteral("<table><tr><th>router</th><th>strong share</th><th>quality</th><th>PGR</th></tr>");
        for (const RouterPoint &r : ws.routers)
            h += QStringLiteral("<tr><td>%1</td><td>%2%</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(plan.candidates[size_t(r.candidate)].label), num(r.strongShare * 100, 1), num(r.quality), num(r.pgr));
        h += QStringLiteral("</table><p>APGR %1 · CPT(20%) %2 · CPT(50%) %3 · CPT(80%) %4</p>")
                 .arg(num(ws.apgr), cpt(ws.cpt20), cpt(ws.cpt50), cpt(ws.cpt80));
    }
    const QString bars = categoryBars(plan, cells);
    if (!bars.isEmpty())
        h += QStringLiteral("<h2>Quality per category</h2>") + bars;
    // The answers that failed, for a look at why.
    QString failures;
    int shown = 0, failed = 0;
    for (const ReplayCell &c : cells) {
        if (c.passed && c.error.isEmpty())
            continue;
        ++failed;
        if (shown >= 50)
            continue;
        ++shown;
        QStringList details;
        for (const ScoreOutcome &o : c.scores)
            if (!o.detail.isEmpty())
                details.append(o.detail);
        const PromptItem &item = plan.items[size_t(c.key.item)];
        failures += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='text'>%3</td><td class='text'>%4</td><td class='text'>%5</td></tr>")
                        .arg(esc(item.externalId), esc(plan.candidates[size_t(c.key.candidate)].label),
                             in.withTexts ? esc(lastUserText(item.messages).left(300)) : QStringLiteral("—"),
                             in.withTexts || !c.error.isEmpty() ? esc(c.error.isEmpty() ? c.response.left(300) : c.error) : QStringLiteral("—"),
                             esc(details.join(QStringLiteral("; "))));
    }
    h += QStringLiteral("<h2>Failed answers</h2>");
    if (failed == 0)
        h += QStringLiteral("<p>None.</p>");
    else
        h += QStringLiteral("<p class='note'>%1 of %2 answers failed or errored; the first %3:</p><table><tr><th>prompt</th><th>candidate</th>"
                            "<th>question</th><th>answer</th><th>why</th></tr>%4</table>")
                 .arg(failed)
                 .arg(cells.size())
                 .arg(shown)
                 .arg(failures);
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray ReplayReport::csv(const Input &in)
{
    const ReplayPlan &plan = *in.plan;
    QString csv = QStringLiteral("item,id,candidate,repeat,model,status,attempts,latency_ms,ttft_ms,input_tokens,output_tokens,"
                                 "cost_usd,quality,passed,cached,human_rating,human_comment,error,response\n");
    for (const ReplayCell &c : *in.cells)
        csv += QStringList{QString::number(c.key.item), csvField(plan.items[size_t(c.key.item)].externalId),
                           csvField(plan.candidates[size_t(c.key.candidate)].label), QString::number(c.key.repeat),
                           csvField(c.provider.isEmpty() ? QString() : c.provider + u'/' + c.model), QString::number(c.status),
                           QString::number(c.attempts), QString::number(c.latencyMs, 'f', 1),
                           c.ttftMs < 0 ? QString() : QString::number(c.ttftMs, 'f', 1), QString::number(c.inputTokens),
                           QString::number(c.outputTokens), QString::number(c.costUsd, 'f', 8), QString::number(c.quality, 'f', 4),
                           c.passed ? QStringLiteral("true") : QStringLiteral("false"), c.cached ? QStringLiteral("true") : QStringLiteral("false"),
                           c.humanRating > 0 ? QString::number(c.humanRating) : QString(), csvField(c.humanComment), csvField(c.error),
                           in.withTexts ? csvField(c.response) : QString()}
                   .join(u',') +
               u'\n';
    return csv.toUtf8();
}

QByteArray ReplayReport::json(const Input &in)
{
    const ReplayPlan &plan = *in.plan;
    QJsonArray candidates, scorers, rows;
    for (size_t i = 0; i < in.summaries->size(); ++i) {
        QJsonObject o = ReplayAggregates::toJson((*in.summaries)[i]);
        o.insert(QStringLiteral("candidate"), plan.candidates[i].label);
        candidates.append(o);
    }
    for (const ScorerSpec &s : plan.scorers)
        scorers.append(s.name());
    for (const ReplayCell &c : *in.cells) {
        QJsonObject o{{QStringLiteral("item"), c.key.item},
                      {QStringLiteral("id"), plan.items[size_t(c.key.item)].externalId},
                      {QStringLiteral("candidate"), plan.candidates[size_t(c.key.candidate)].label},
                      {QStringLiteral("repeat"), c.key.repeat},
                      {QStringLiteral("provider"), c.provider},
                      {QStringLiteral("model"), c.model},
                      {QStringLiteral("status"), c.status},
                      {QStringLiteral("attempts"), c.attempts},
                      {QStringLiteral("latency_ms"), c.latencyMs},
                      {QStringLiteral("input_tokens"), c.inputTokens},
                      {QStringLiteral("output_tokens"), c.outputTokens},
                      {QStringLiteral("cost_usd"), c.costUsd},
                      {QStringLiteral("quality"), c.quality},
                      {QStringLiteral("passed"), c.passed}};
        if (in.withTexts)
            o.insert(QStringLiteral("response"), c.response);
        if (c.ttftMs >= 0)
            o.insert(QStringLiteral("ttft_ms"), c.ttftMs);
        if (!c.error.isEmpty())
            o.insert(QStringLiteral("error"), c.error);
        QJsonArray scores;
        for (const ScoreOutcome &s : c.scores)
            scores.append(QJsonObject{{QStringLiteral("value"), s.value}, {QStringLiteral("detail"), s.detail}});
        o.insert(QStringLiteral("scores"), scores);
        if (!c.judgements.isEmpty())
            o.insert(QStringLiteral("judgements"), c.judgements);
        if (c.cached)
            o.insert(QStringLiteral("cached"), true);
        if (c.humanRating > 0)
            o.insert(QStringLiteral("human_rating"), c.humanRating);
        if (!c.humanComment.isEmpty())
            o.insert(QStringLiteral("human_comment"), c.humanComment);
        rows.append(o);
    }
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("switchyard.replay-report")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("prompts"), in.title},
                          {QStringLiteral("created_at"), in.createdAt},
                          {QStringLiteral("items"), int(plan.items.size())},
                          {QStringLiteral("repeats"), plan.repeats},
                          {QStringLiteral("scorers"), scorers},
                          {QStringLiteral("pass_threshold"), plan.passThreshold},
                          {QStringLiteral("candidates"), candidates},
                          {QStringLiteral("cells"), rows}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray ReplayReport::forFile(const QString &fileName, const Input &in)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QStringLiteral(".html")) || lower.endsWith(QStringLiteral(".htm")))
        return html(in);
    if (lower.endsWith(QStringLiteral(".csv")))
        return csv(in);
    if (lower.endsWith(QStringLiteral(".jsonl")))
        return ReplayAggregates::outcomeMatrix(*in.plan, *in.cells).toJsonl();
    return json(in);
}

} // namespace sy
