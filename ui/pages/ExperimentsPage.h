#pragma once

#include <QHash>
#include <QTimer>

#include <functional>
#include <optional>
#include <QWidget>

#include <vector>

#include "experiments/ExperimentReadout.h"
#include "policy/Policy.h"

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
    // What the rollout buttons act on: the policy being served (none when the proxy is stopped),
    // and how a changed one is kept (a new saved version with its comment) and served.
    struct RolloutTarget
    {
        std::function<std::optional<Policy>()> served;
        std::function<void(const Policy &policy, const QString &comment)> apply;
    };
    void setRolloutTarget(RolloutTarget target);
    // The rollout steps behind the buttons (which ask first): empty when applied, else why not.
    QString tryModel(const QString &route, const QString &candidate, double sample, double dailyBudgetUsd);
    QString startCanary(double percent);
    QString promote();
    QString rollBack();
    QPushButton *tryButton() const { return m_try; }
    QPushButton *canaryButton() const { return m_canary; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QLabel *rolloutLabel() const { return m_rollout; }

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
    void updateRolloutControls();
    QString currentRoute() const; // the chosen experiment's route, else the first served route
    QString applyStep(const std::function<QString(Policy &)> &step, const QString &route);
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
    QPushButton *m_try;
    QPushButton *m_canary;
    QPushButton *m_promote;
    QPushButton *m_rollBack;
    QLabel *m_rollout;
    RolloutTarget m_target;
    QTimer m_timer;
    std::vector<ExperimentReadout> m_experiments;
    quint64 m_generation = 0;
    bool m_loadedOnce = false;
    std::function<QHash<QString, QStringList>()> m_shadowScorers;
};

} // namespace sy
