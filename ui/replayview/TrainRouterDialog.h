#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "eval/OutcomeMatrix.h"
#include "learn/LearnedPolicy.h"
#include "policy/Policy.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sy {

class ChartWidget;

// Trains a learned router from a replay's outcomes: choose the model pool and the quality bar,
// see the cost–quality curve of the rule's sweep on held-out prompts (k-fold), pick a point on
// it, export the policy. Training runs on the thread pool; a newer request supersedes an older.
class TrainRouterDialog : public QDialog
{
    Q_OBJECT
public:
    // base: the providers that serve the models in the exported policy (nullopt: a local one).
    TrainRouterDialog(OutcomeMatrix matrix, std::optional<Policy> base, QWidget *parent = nullptr);

    void train();
    // The held-out sweep point the exported policy uses (index into the rule's curve).
    void choosePoint(int index);
    bool exportPolicy(const QString &fileName, QString *error);

    QListWidget *modelList() const { return m_models; }
    QDoubleSpinBox *qualityBar() const { return m_bar; }
    QComboBox *rule() const { return m_rule; }
    ChartWidget *chart() const { return m_chart; }
    QLabel *metrics() const { return m_metrics; }
    QLabel *choice() const { return m_choice; }
    const RouterStudy *study() const { return m_study.get(); }

signals:
    void studied();
    void exported(const QString &fileName, const QString &error);

private:
    QStringList chosenModels() const;
    const RouterEvaluation::CostCurve &curve() const;
    void showStudy();

    OutcomeMatrix m_matrix;
    std::optional<Policy> m_base;
    QListWidget *m_models;
    QDoubleSpinBox *m_bar;
    QSpinBox *m_folds;
    QComboBox *m_rule;
    QPushButton *m_train;
    QPushButton *m_export;
    ChartWidget *m_chart;
    QLabel *m_metrics;
    QLabel *m_choice;
    std::shared_ptr<const RouterStudy> m_study;
    int m_generation = 0;
    int m_chosen = -1;
    int m_curveSeries = -1;
    int m_chosenSeries = -1; // the point the export uses
    std::vector<int> m_order; // chart point → index of the rule's sweep (the chart is by cost)
};

} // namespace sy
