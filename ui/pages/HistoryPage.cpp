#include "pages/HistoryPage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "charts/ChartWidget.h"
#include "models/HistoryBreakdownModel.h"
#include "session/WorkspaceSession.h"
#include "widgets/FlowLayout.h"

namespace sy {

namespace {
constexpr int kBuckets = 60;
constexpr qint64 kMinute = 60 * 1000;
} // namespace

HistoryPage::HistoryPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_range(new QComboBox(this)), m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)),
      m_refresh(new QPushButton(this)), m_dimension(new QComboBox(this)), m_totals(new QLabel(this)), m_state(new QLabel(this)),
      m_requestsChart(new ChartWidget(this)), m_latencyChart(new ChartWidget(this)), m_spendChart(new ChartWidget(this)), m_breakdown(new HistoryBreakdownModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this))
{
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_dimension->setObjectName(QStringLiteral("historyDimension"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_totals->setObjectName(QStringLiteral("historyTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setWordWrap(true);

    auto *controls = new FlowLayout;
    auto *rangeLabel = new QLabel(this);
    auto *fromLabel = new QLabel(this);
    auto *toLabel = new QLabel(this);
    auto *byLabel = new QLabel(this);
    rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    fromLabel->setObjectName(QStringLiteral("fromLabel"));
    toLabel->setObjectName(QStringLiteral("toLabel"));
    byLabel->setObjectName(QStringLiteral("byLabel"));
    controls->addLabelled(rangeLabel, m_range);
    controls->addLabelled(fromLabel, m_from);
    controls->addLabelled(toLabel, m_to);
    controls->addWidget(m_refresh);
    controls->addLabelled(byLabel, m_dimension);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, fromLabel, toLabel](int index) {
        const bool custom = Range(index) == Range::Custom;
        for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, fromLabel, toLabel})
            w->setVisible(custom);
        refresh();
    });
    fromLabel->setVisible(false);
    toLabel->setVisible(false);
    connect(m_from, &QDateTimeEdit::editingFinished, this, &HistoryPage::refresh);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &HistoryPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &HistoryPage::showBreakdown);

    m_requestsSeries = m_requestsChart->addLineSeries(QString());
    m_errorsSeries = m_requestsChart->addLineSeries(QString());
    m_p95Series = m_latencyChart->addLineSeries(QString());
    m_spendSeries = m_spendChart->addLineSeries(QString());
    auto *charts = new QWidget(this);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_requestsChart);
    chartRow->addWidget(m_latencyChart);
    chartRow->addWidget(m_spendChart);
    charts->setMinimumHeight(160);

    m_sorted->setSourceModel(m_breakdown);
    m_sorted->setSortRole(HistoryBreakdownModel::SortRole);
    m_table->setObjectName(QStringLiteral("historyBreakdown"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryBreakdownModel::Requests, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryBreakdownModel::Key, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_state);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);
    retranslate();
    m_range->setCurrentIndex(int(Range::LastHour));
    connect(session, &WorkspaceSession::opened, this, [this] {
        if (isVisible())
            refresh();
    });
}

void HistoryPage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("rangeLabel"))->setText(tr("Show:"));
    findChild<QLabel *>(QStringLiteral("fromLabel"))->setText(tr("From:"));
    findChild<QLabel *>(QStringLiteral("toLabel"))->setText(tr("To:"));
    findChild<QLabel *>(QStringLiteral("byLabel"))->setText(tr("Break down by:"));
    const QStringList ranges{tr("Last 15 minutes"), tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Today"), tr("This month"),
                             tr("Custom range")};
    const QStringList dimensions{tr("Route"), tr("Model"), tr("Client"), tr("A/B arm"), tr("Virtual key")};
    const QSignalBlocker rangeBlock(m_range), dimensionBlock(m_dimension);
    for (auto [box, texts] : {std::pair{m_range, ranges}, std::pair{m_dimension, dimensions}}) {
        const int current = std::max(0, box->currentIndex());
        box->clear();
        box->addItems(texts);
        box->setCurrentIndex(current);
    }
    m_range->setAccessibleName(tr("Time range"));
    m_dimension->setAccessibleName(tr("Break down by"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the request log again"));
    m_requestsChart->setTitle(tr("Requests and errors"));
    m_requestsChart->setSeriesName(m_requestsSeries, tr("requests"));
    m_requestsChart->setSeriesName(m_errorsSeries, tr("errors"));
    m_latencyChart->setTitle(tr("Latency p95 (ms)"));
    m_latencyChart->setSeriesName(m_p95Series, tr("p95"));
    m_spendChart->setTitle(tr("Spend (USD)"));
    m_spendChart->setSeriesName(m_spendSeries, tr("spend"));
    m_table->setAccessibleName(tr("Breakdown"));
    m_totals->setAccessibleName(tr("Totals"));
    if (m_report.toMs > 0)
        show(m_report, -1);
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HistoryPage::setRange(Range range) { m_range->setCurrentIndex(int(range)); }

void HistoryPage::setCustomRange(qint64 fromMs, qint64 toMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    if (Range(m_range->currentIndex()) == Range::Custom)
        refresh();
    else
        setRange(Range::Custom);
}

void HistoryPage::setDimension(HistoryDimension dimension) { m_dimension->setCurrentIndex(int(dimension)); }

void HistoryPage::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = 0, to = now + 1;
    switch (Range(m_range->currentIndex())) {
    case Range::Last15Minutes: from = now - 15 * kMinute; break;
    case Range::LastHour: from = now - 60 * kMinute; break;
    case Range::LastDay: from = now - 24 * 60 * kMinute; break;
    case Range::LastWeek: from = now - 7 * 24 * 60 * kMinute; break;
    case Range::Today: from = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch(); break;
    case Range::ThisMonth: {
        const QDate today = QDate::currentDate();
        from = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
        break;
    }
    case Range::Custom:
        from = m_from->dateTime().toMSecsSinceEpoch();
        to = m_to->dateTime().toMSecsSinceEpoch();
        if (to <= from) {
            m_state->setText(tr("The range ends before it starts: choose a “To” after the “From”."));
            return;
        }
        break;
    }
    const quint64 generation = ++m_generation;
    m_state->setText(tr("Reading the request log…"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<HistoryPage> self(this);
    m_session->trafficHistory(from, to, kBuckets, [self, generation, clock](const TrafficHistoryReport &report) {
        if (self && generation == self->m_generation)
            self->show(report, clock->elapsed());
    });
}

void HistoryPage::show(const TrafficHistoryReport &report, qint64 elapsedMs)
{
    m_report = report;
    const QLocale locale;
    const HistoryFigures &t = report.totals;
    const auto ms = [&](double v) { return v < 0 ? tr("—") : tr("%1 ms").arg(locale.toString(v, 'f', 0)); };
    const QString from = locale.toString(QDateTime::fromMSecsSinceEpoch(report.fromMs), QLocale::ShortFormat);
    const QString to = locale.toString(QDateTime::fromMSecsSinceEpoch(report.toMs), QLocale::ShortFormat);
    if (t.requests == 0) {
        m_state->setText(m_session->workspace()
                             ? tr("No requests between %1 and %2. Start the proxy on Live Traffic and send requests (or "
                                  "switch on Demo traffic there); they are kept in the workspace's request log.")
                                   .arg(from, to)
                             : tr("Open a workspace to see its request history."));
        m_totals->clear();
    } else {
        m_state->setText(elapsedMs >= 0 ? tr("%1 to %2 · read in %3 ms").arg(from, to).arg(elapsedMs) : tr("%1 to %2").arg(from, to));
        m_totals->setText(tr("<b>%1</b> requests · <b>%2</b> errors (%3%) · <b>%4</b> tokens in, <b>%5</b> out · <b>$%6</b> spent<br>"
                             "Latency p50 <b>%7</b>, p95 <b>%8</b> · time to first token p50 <b>%9</b>, p95 <b>%10</b> (%11 streamed)")
                              .arg(locale.toString(t.requests), locale.toString(t.errors), locale.toString(100.0 * t.errorRate(), 'f', 1),
                                   locale.toString(t.inputTokens), locale.toString(t.outputTokens), locale.toString(t.costUsd, 'f', 4),
                                   ms(t.latencyP50), ms(t.latencyP95), ms(t.ttftP50))
                              .arg(ms(t.ttftP95), locale.toString(t.streamed)));
    }
    const double span = double(report.toMs - report.fromMs) / 1000.0;
    for (ChartWidget *chart : {m_requestsChart, m_latencyChart, m_spendChart}) {
        chart->setTimeWindowSeconds(span);
        chart->setFixedTimeRange(double(report.fromMs) / 1000.0, double(report.toMs) / 1000.0);
        chart->setTimeFormat(span > 2 * 86400 ? QStringLiteral("dd.MM. HH:mm") : QStringLiteral("HH:mm"));
        chart->setEmptyText(tr("No requests in this range"));
    }
    QVector<double> x, requests, errors, p95x, p95, spend;
    for (const HistoryBucket &b : report.buckets) {
        const double at = double(b.startMs + report.bucketMs / 2) / 1000.0;
        x.append(at);
        requests.append(double(b.requests));
        errors.append(double(b.errors));
        spend.append(b.costUsd);
        if (b.latencyP95 >= 0) {
            p95x.append(at);
            p95.append(b.latencyP95);
        }
    }
    if (t.requests == 0)
        x.clear(), requests.clear(), errors.clear(), spend.clear();
    m_requestsChart->setPoints(m_requestsSeries, x, requests);
    m_requestsChart->setPoints(m_errorsSeries, x, errors);
    m_latencyChart->setPoints(m_p95Series, p95x, p95);
    m_spendChart->setPoints(m_spendSeries, x, spend);
    m_requestsChart->refresh();
    m_latencyChart->refresh();
    m_spendChart->refresh();
    showBreakdown();
    if (elapsedMs >= 0)
        emit loaded();
}

void HistoryPage::showBreakdown()
{
    const auto dimension = HistoryDimension(std::max(0, m_dimension->currentIndex()));
    m_breakdown->setGroups(m_report.groups(dimension), m_dimension->currentText());
}

} // namespace sy
