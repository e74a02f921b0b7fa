#pragma once

#include <QWidget>

#include <vector>

#include "replay/ReplayPlan.h"
#include "replay/ReplayRunner.h"
#include "proxy/CredentialPrefetch.h"
#include "store/PolicyStore.h"
#include "store/RunStore.h"

class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QTableWidget;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace sy {

class TrainRouterDialog;

class CandidateSummaryModel;
class CompareMatrixModel;
class ComparePanel;
class ReplayCharts;
class WorkspaceSession;

// Replays in the workbench: start one (NewReplayDialog), watch it fill in with progress, ETA and
// spend, pause, resume or cancel it; open stored runs, resume them, re-run just their errors or
// failures; compare candidates (summary with baseline deltas and routing metrics, the matrix,
// the charts) and export the winner as a policy with its evidence, or serve it at once.
// The runner works on its own thread; cells reach the workspace through its writer thread.
class ReplayPage : public QWidget
{
    Q_OBJECT
public:
    ReplayPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ReplayPage() override;

    void setSecretReader(CredentialPrefetch::Reader reader) { m_readSecret = std::move(reader); }
    void reload();

    // Starts a replay of a stored prompt set (the dialog's OK does this).
    void startReplay(ReplayPlan plan, const QString &promptSet);
    void openRun(qint64 runId);
    enum class Redo { Unfinished, Errors, Failures };
    void rerun(Redo what);
    // Shows an outcome matrix (JSONL) from elsewhere as a run that is not stored.
    bool importOutcomes(const QString &fileName, QString *error);
    // The selected candidate's policy with its evidence; false with the reason when there is none.
    bool exportWinner(const QString &fileName, QString *error);
    void activateWinner();
    // The run shown as .html, .json, .csv or an outcome matrix (.jsonl), ratings and judgements included.
    void exportReport(const QString &fileName);
    // The "Train router" dialog over the run's outcomes (not shown yet); nullptr with a problem
    // when the run has fewer than two candidates.
    TrainRouterDialog *openTrainRouter();

    bool isRunning() const { return m_runner.isRunning(); }
    qint64 currentRun() const { return m_runId; }
    int selectedCandidate() const;
    void selectCandidate(int candidate);
    const std::vector<Policy> &policies() const { return m_policies; }

    QListWidget *runList() const { return m_runs; }
    QTableView *summaryView() const { return m_summaryView; }
    CandidateSummaryModel *summaryModel() const { return m_summary; }
    CompareMatrixModel *matrixModel() const { return m_matrix; }
    ComparePanel *comparePanel() const { return m_compare; }
    ReplayCharts *charts() const { return m_charts; }
    QComboBox *baselineChoice() const { return m_baseline; }
    QComboBox *weakChoice() const { return m_weak; }
    QComboBox *strongChoice() const { return m_strong; }
    QLabel *metricsLabel() const { return m_metrics; }
    QTableWidget *metricsTable() const { return m_metricsTable; }
    QLabel *verdictLabel() const { return m_verdict; }
    QDoubleSpinBox *toleranceChoice() const { return m_tolerance; }
    int recommendedCandidate() const; // the summary model holds it
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void runFinished(sy::ReplayRunner::End end, const QString &message);
    void activateRequested(const QString &policyName);
    void problem(const QString &message);

private:
    void newReplay();
    void launch(ReplayPlan plan);
    void onCell(const ReplayCell &cell);
    void onProgress(const ReplayProgress &progress);
    void onFinished(ReplayRunner::End end, const QString &message);
    void flushCells();
    void refreshFigures();
    void refreshMetrics();
    void loadBaseline();
    void updateControls();
    void setCandidateChoices(const QStringList &labels);
    void loadPolicies(const std::vector<PolicySummary> &summaries);
    void showRun(qint64 runId, std::vector<PromptItem> items, QJsonObject config, std::vector<ReplayCell> cells);

    WorkspaceSession *m_session;
    CredentialPrefetch::Reader m_readSecret;
    ReplayRunner m_runner;
    std::vector<Policy> m_policies;
    std::vector<ProviderSpec> m_providers;
    std::vector<RunInfo> m_runInfos;

    qint64 m_runId = 0;        // the run shown (0: none, or an imported matrix)
    QString m_promptSet;
    QJsonObject m_config;
    ReplayPlan m_plan;         // of the run shown: candidates, scorers, items
    std::vector<ReplayCell> m_pending; // finished cells not yet written
    bool m_paused = false;

    CompareMatrixModel *m_matrix;
    CandidateSummaryModel *m_summary;
    QListWidget *m_runs;
    QPushButton *m_new;
    QPushButton *m_resume;
    QPushButton *m_redoErrors;
    QPushButton *m_redoFailures;
    QPushButton *m_delete;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_baseline;
    QComboBox *m_weak;
    QComboBox *m_strong;
    QLabel *m_metrics;
    QTableWidget *m_metricsTable;
    QLabel *m_verdict;
    QDoubleSpinBox *m_tolerance;
    QList<QPushButton *> m_candidateButtons; // act on the selected candidate
    QList<QPushButton *> m_runButtons;       // act on a finished run
    void refreshVerdict();
    QTabWidget *m_tabs;
    QTableView *m_summaryView;
    ComparePanel *m_compare;
    ReplayCharts *m_charts;
    QTimer *m_saveTimer;
    QTimer *m_figuresTimer;
};

} // namespace sy
