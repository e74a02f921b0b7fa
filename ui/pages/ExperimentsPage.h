#pragma once

#include <QHash>
#include <QTimer>

#include <functional>
#include <QWidget>

#include <vector>

#include "experiments/ExperimentReadout.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sy {

class ExperimentArmsModel;
class WorkspaceSession;

// Live experiments: every weighted node that sent logged traffic down its arms, each arm's figures
// with 95% intervals, and the always-valid verdict of each arm against the control, read again
// every minute while shown (the test stays valid however often it is read).
class ExperimentsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { LastHour, LastDay, LastWeek, LastMonth, All };

    ExperimentsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void setRange(Range range);
    // Where the shadow tests' scorers come from (the policy being served), read at each refresh.
    void setShadowScorers(std::function<QHash<QString, QStringList>()> source) { m_shadowScorers = std::move(source); }
    void refresh();

    const std::vector<ExperimentReadout> &experiments() const { return m_experiments; }
    int currentExperiment() const; // into experiments(), -1 with none
    void setCurrentExperiment(int index);
    ExperimentArmsModel *arms() const { return m_arms; }
    QTableView *table() const { return m_table; }
    QLabel *verdictsLabel() const { return m_verdicts; }
    QLabel *stateLabel() const { return m_state; }

    static constexpr int kRefreshMs = 60 * 1000;

signals:
    void loaded(); // a readout arrived and is shown

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void display(std::vector<ExperimentReadout> experiments);
    void showExperiment();
    QString verdictText(const ArmComparison &comparison, double confidence) const;
    void retranslate();

    WorkspaceSession *m_session;
    QComboBox *m_range;
    QComboBox *m_experiment;
    QPushButton *m_refresh;
    QLabel *m_state;
    QLabel *m_verdicts;
    ExperimentArmsModel *m_arms;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QTimer m_timer;
    std::vector<ExperimentReadout> m_experiments;
    quint64 m_generation = 0;
    bool m_loadedOnce = false;
    std::function<QHash<QString, QStringList>()> m_shadowScorers;
};

} // namespace sy
