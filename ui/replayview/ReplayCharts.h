#pragma once

#include <QWidget>

#include <vector>

#include "replay/ReplayAggregates.h"

class QComboBox;

namespace sy {

class ChartWidget;

// The replay's four charts, all through ChartWidget: cost against latency (p50 or p95) with
// quality as colour and size and the Pareto front labelled; quality against cost with the
// non-decreasing hull and its AIQ; latency CDF per candidate; quality per category. Clicking a
// candidate's point opens it.
class ReplayCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayCharts(QWidget *parent = nullptr);

    void show(const QStringList &labels, const std::vector<CandidateSummary> &summaries, std::vector<ReplayCell> cells,
              const std::vector<PromptItem> &items);
    const std::vector<ReplayCell> &cells() const { return m_cells; } // as last shown

    ChartWidget *costLatency() const { return m_costLatency; }
    ChartWidget *qualityCost() const { return m_qualityCost; }
    ChartWidget *latencyCdf() const { return m_cdf; }
    ChartWidget *categories() const { return m_categories; }
    QComboBox *percentileChoice() const { return m_percentile; }
    double aiq() const { return m_aiq; }
    // The replay's recommended candidate, marked on the cost charts; -1 for none.
    void setRecommended(int candidate);
    int recommended() const { return m_recommended; }
    std::vector<int> paretoFront() const { return m_front; }

signals:
    void candidateClicked(int candidate);

private:
    void redraw();
    void drawCostLatency();
    void drawQualityCost();
    void drawCdf();
    void drawCategories();

    int m_recommended = -1;
    ChartWidget *m_costLatency;
    ChartWidget *m_qualityCost;
    ChartWidget *m_cdf;
    ChartWidget *m_categories;
    QComboBox *m_percentile;
    QStringList m_labels;
    std::vector<CandidateSummary> m_summaries;
    std::vector<ReplayCell> m_cells;
    std::vector<PromptItem> m_items;
    std::vector<int> m_front;
    double m_aiq = 0;
};

} // namespace sy
