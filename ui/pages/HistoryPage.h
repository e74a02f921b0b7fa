#pragma once

#include <QWidget>

#include "history/TrafficHistory.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sy {

class ChartWidget;
class HistoryBreakdownModel;
class WorkspaceSession;

// The request log over a time range: totals (requests, errors, tokens, spend, latency and time to
// first token percentiles), requests and latency over time, and a breakdown by route, model,
// client or A/B arm. Read in the background each time the page is shown or the range changes.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Last15Minutes, LastHour, LastDay, LastWeek, Today, ThisMonth, Custom };

    HistoryPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void setRange(Range range);
    void setCustomRange(qint64 fromMs, qint64 toMs);
    void setDimension(HistoryDimension dimension);
    void refresh();

    const TrafficHistoryReport &report() const { return m_report; }
    HistoryBreakdownModel *breakdown() const { return m_breakdown; }
    QTableView *table() const { return m_table; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *stateLabel() const { return m_state; }
    ChartWidget *requestsChart() const { return m_requestsChart; }
    ChartWidget *spendChart() const { return m_spendChart; }

signals:
    void loaded(); // a report arrived and is shown

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void show(const TrafficHistoryReport &report, qint64 elapsedMs);
    void showBreakdown();
    void retranslate();

    WorkspaceSession *m_session;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_refresh;
    QComboBox *m_dimension;
    QLabel *m_totals;
    QLabel *m_state;
    ChartWidget *m_requestsChart;
    ChartWidget *m_latencyChart;
    ChartWidget *m_spendChart;
    int m_requestsSeries = 0, m_errorsSeries = 0, m_p95Series = 0, m_spendSeries = 0;
    HistoryBreakdownModel *m_breakdown;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    TrafficHistoryReport m_report;
    quint64 m_generation = 0; // an older answer arriving late is dropped
};

} // namespace sy
