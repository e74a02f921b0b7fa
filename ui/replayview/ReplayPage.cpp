#include "replayview/ReplayPage.h"

#include "widgets/EmptyState.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTableWidget>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/BackgroundFile.h"
#include "widgets/FlowLayout.h"
#include "models/CandidateSummaryModel.h"
#include "models/CompareMatrixModel.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "replayview/ComparePanel.h"
#include "replayview/NewReplayDialog.h"
#include "replay/ReplayAggregates.h"
#include "replayview/ReplayCharts.h"
#include "replay/Recommendation.h"
#include "replayview/TrainRouterDialog.h"
#include "replay/ReplayReport.h"
#include "replay/RunConfig.h"
#include "session/WorkspaceSession.h"
#include "store/PolicyStore.h"
#include "store/RunArchive.h"
#include "store/Workspace.h"
#include "store/WorkspaceResponseCache.h"

namespace sy {

namespace {

QString runTitle(const RunInfo &r)
{
    return QObject::tr("#%1 %2 — %3 · %4 · %n result(s)", nullptr, r.cells).arg(r.id).arg(r.name, r.promptSet, r.status);
}

} // namespace

ReplayPage::ReplayPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_matrix(new CompareMatrixModel(this)), m_summary(new CandidateSummaryModel(this)),
      m_runs(new QListWidget(this)), m_new(new QPushButton(tr("New replay…"), this)), m_resume(new QPushButton(tr("Resume"), this)),
      m_redoErrors(new QPushButton(tr("Re-run errors"), this)), m_redoFailures(new QPushButton(tr("Re-run failures"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_pause(new QPushButton(tr("Pause"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_baseline(new QComboBox(this)), m_weak(new QComboBox(this)),
      m_strong(new QComboBox(this)), m_metrics(new QLabel(this)), m_metricsTable(new QTableWidget(this)), m_verdict(new QLabel(this)), m_tolerance(new QDoubleSpinBox(this)),
      m_tabs(new QTabWidget(this)), m_summaryView(new QTableView(this)),
      m_compare(new ComparePanel(m_matrix, this)), m_charts(new ReplayCharts(this)), m_saveTimer(new QTimer(this)), m_figuresTimer(new QTimer(this))
{
    m_runs->setObjectName(QStringLiteral("runList"));
    EmptyState::attach(m_runs, tr("No replays yet. New replay… sends a prompt set through the models and routes you choose and "
                                  "grades every answer."));
    m_runs->setAccessibleName(tr("Replay runs"));
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_status->setWordWrap(true);
    m_metrics->setObjectName(QStringLiteral("routingMetrics"));
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics->setVisible(false); // the table shows the figures; this keeps them as one text for copying and tests
    m_metricsTable->setObjectName(QStringLiteral("routingMetricsTable"));
    m_metricsTable->setAccessibleName(tr("Routing metrics"));
    m_metricsTable->setColumnCount(3);
    m_metricsTable->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("What it says")});
    m_metricsTable->verticalHeader()->hide();
    m_metricsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_metricsTable->horizontalHeader()->setStretchLastSection(true);
    m_metricsTable->setWordWrap(true);
    m_metricsTable->setMaximumHeight(170);
    m_verdict->setObjectName(QStringLiteral("replayVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_tolerance->setObjectName(QStringLiteral("verdictTolerance"));
    m_tolerance->setAccessibleName(tr("Quality points the recommendation may give up"));
    m_tolerance->setRange(0, 50);
    m_tolerance->setDecimals(1);
    m_tolerance->setSingleStep(0.5);
    m_tolerance->setValue(1.0);
    m_tolerance->setSuffix(tr(" points"));
    m_tolerance->setToolTip(tr("The recommendation is the cheapest candidate whose quality is within this many points (of 100) of the best."));
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, &ReplayPage::refreshVerdict);
    m_baseline->setAccessibleName(tr("Baseline run"));
    m_tabs->setAccessibleName(tr("Views of the run"));
    m_progress->setAccessibleName(tr("Replay progress"));
    m_weak->setAccessibleName(tr("Weak candidate"));
    m_strong->setAccessibleName(tr("Strong candidate"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_summary);
    sorted->setSortRole(CandidateSummaryModel::SortRole);
    m_summaryView->setModel(sorted);
    m_summaryView->setObjectName(QStringLiteral("candidateSummary"));
    m_summaryView->setAccessibleName(tr("Candidates' figures"));
    m_summaryView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the run's order until a header is clicked
    m_summaryView->setSortingEnabled(true);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateControls(); });

    auto *exportPolicy = new QPushButton(tr("Export policy…"), this);
    exportPolicy->setToolTip(tr("Save the selected candidate as a policy file with the evidence of this run"));
    auto *activate = new QPushButton(tr("Activate in proxy"), this);
    activate->setToolTip(tr("Save the selected candidate as a workspace policy and serve it from the local proxy"));
    auto *importOutcomes = new QPushButton(tr("Import outcome matrix…"), this);
    auto *exportReport = new QPushButton(tr("Export run…"), this);
    auto *trainRouter = new QPushButton(tr("Train router…"), this);
    trainRouter->setToolTip(tr("Train a learned router on this run's outcomes and export it as a policy"));
    exportReport->setToolTip(tr("Save this run as an HTML report, JSON, CSV or an outcome matrix"));

    // Left: runs and the run in progress.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_runs, 1);
    auto *runButtons = new FlowLayout;
    for (QWidget *b : QList<QWidget *>{m_new, m_resume, m_delete, m_redoErrors, m_redoFailures, importOutcomes})
        runButtons->addWidget(b);
    leftLayout->addLayout(runButtons);
    leftLayout->addWidget(m_progress);
    auto *runControls = new FlowLayout;
    runControls->addWidget(m_pause);
    runControls->addWidget(m_cancel);
    leftLayout->addLayout(runControls);
    leftLayout->addWidget(m_status);

    // Right: the run's figures.
    auto *summaryTab = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryTab);
    auto *choices = new FlowLayout;
    for (QComboBox *combo : {m_baseline, m_weak, m_strong}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14); // long candidate names elide instead of widening the page
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    choices->addLabelled(new QLabel(tr("Baseline:"), this), m_baseline);
    choices->addLabelled(new QLabel(tr("Weak:"), this), m_weak);
    choices->addLabelled(new QLabel(tr("Strong:"), this), m_strong);
    auto *verdictRow = new FlowLayout;
    m_verdict->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_verdict->setMinimumWidth(220);
    verdictRow->addWidget(m_verdict);
    verdictRow->addLabelled(new QLabel(tr("Within"), this), m_tolerance);
    summaryLayout->addLayout(verdictRow);
    summaryLayout->addLayout(choices);
    summaryLayout->addWidget(m_summaryView, 1);
    summaryLayout->addWidget(m_metricsTable);
    summaryLayout->addWidget(m_metrics);
    auto *winner = new FlowLayout;
    winner->addWidget(new QLabel(tr("Selected candidate:"), this));
    winner->addWidget(exportPolicy);
    winner->addWidget(activate);
    m_candidateButtons = {exportPolicy, activate};
    m_runButtons = {exportReport, trainRouter};
    winner->addWidget(exportReport);
    winner->addWidget(trainRouter);
    summaryLayout->addLayout(winner);
    m_tabs->addTab(summaryTab, tr("Summary"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("replaySplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({240, 900}); // the figures and charts get the room
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_saveTimer->setInterval(300);
    connect(m_saveTimer, &QTimer::timeout, this, &ReplayPage::flushCells);
    m_figuresTimer->setSingleShot(true);
    m_figuresTimer->setInterval(400); // figures and charts at most a few times a second while cells pour in
    connect(m_figuresTimer, &QTimer::timeout, this, &ReplayPage::refreshFigures);

    connect(&m_runner, &ReplayRunner::cellFinished, this, &ReplayPage::onCell);
    connect(&m_runner, &ReplayRunner::progress, this, &ReplayPage::onProgress);
    connect(&m_runner, &ReplayRunner::finished, this, &ReplayPage::onFinished);
    connect(m_new, &QPushButton::clicked, this, &ReplayPage::newReplay);
    connect(m_resume, &QPushButton::clicked, this, [this] { rerun(Redo::Unfinished); });
    connect(m_redoErrors, &QPushButton::clicked, this, [this] { rerun(Redo::Errors); });
    connect(m_redoFailures, &QPushButton::clicked, this, [this] { rerun(Redo::Failures); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_paused = !m_paused;
        m_paused ? m_runner.pause() : m_runner.resume();
        updateControls();
    });
    connect(m_cancel, &QPushButton::clicked, &m_runner, &ReplayRunner::cancel);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const qint64 id = m_runId;
        if (id <= 0 || isRunning() || !m_session->workspace())
            return;
        RunArchive(m_session->workspace()).remove(id, this, [this](const QString &) {
            m_runId = 0;
            m_matrix->clear();
            m_summary->setSummaries({}, {});
            reload();
        });
    });
    connect(m_runs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && size_t(row) < m_runInfos.size() && !isRunning() && m_runInfos[size_t(row)].id != m_runId)
            openRun(m_runInfos[size_t(row)].id);
    });
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &ReplayPage::loadBaseline);
    connect(m_weak, &QComboBox::currentIndexChanged, this, &ReplayPage::refreshMetrics);
    connect(m_strong, &QComboBox::currentIndexChanged, this, &ReplayPage::refreshMetrics);
    connect(m_charts, &ReplayCharts::candidateClicked, this, [this](int candidate) {
        selectCandidate(candidate);
        m_compare->focusCandidate(candidate);
        m_tabs->setCurrentWidget(m_compare);
    });
    connect(m_compare, &ComparePanel::rated, this, [this](int item, int repeat, int candidate, int rating, const QString &comment) {
        if (const ReplayCell *c = m_matrix->cell(item * m_matrix->repeats() + repeat, candidate)) {
            ReplayCell rated = *c;
            rated.humanRating = rating;
            rated.humanComment = comment;
            m_matrix->updateCell(rated);
        }
        const qint64 id = m_runId;
        const QString label = m_matrix->candidates().value(candidate);
        if (id > 0 && m_session->workspace())
            RunArchive(m_session->workspace()).rate(id, label, {item, candidate, repeat}, rating, comment, this, [this](const QString &error) {
                if (!error.isEmpty())
                    emit problem(error);
            });
    });
    connect(exportPolicy, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the winning policy"), QString(), tr("Policy files (*.json)"));
        QString error;
        if (!fileName.isEmpty() && !exportWinner(fileName, &error))
            QMessageBox::warning(this, tr("Export policy"), error);
    });
    connect(activate, &QPushButton::clicked, this, &ReplayPage::activateWinner);
    connect(exportReport, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export the run"), QString(),
            tr("HTML report (*.html);;JSON (*.json);;CSV (*.csv);;Outcome matrix (*.jsonl)"));
        if (!fileName.isEmpty())
            this->exportReport(fileName);
    });
    connect(importOutcomes, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getOpenFileName(this, tr("Import an outcome matrix"), QString(), tr("Outcome matrices (*.jsonl *.json)"));
        QString error;
        if (!fileName.isEmpty() && !this->importOutcomes(fileName, &error))
            QMessageBox::warning(this, tr("Import outcome matrix"), error);
    });
    connect(trainRouter, &QPushButton::clicked, this, [this] {
        if (TrainRouterDialog *dialog = openTrainRouter())
            dialog->show();
    });
    connect(this, &ReplayPage::problem, this, [this](const QString &message) { m_status->setText(message); });
    connect(session, &WorkspaceSession::opened, this, &ReplayPage::reload);
    connect(session, &WorkspaceSession::providersLoaded, this, [this](const std::vector<ProviderSpec> &providers) { m_providers = providers; });
    connect(session, &WorkspaceSession::policiesLoaded, this, &ReplayPage::loadPolicies);
    updateControls();
}

ReplayPage::~ReplayPage()
{
    m_runner.cancel();
}

void ReplayPage::reload()
{
    Workspace *ws = m_session->workspace();
    if (!ws)
        return;
    QPointer<ReplayPage> self(this);
    RunArchive(ws).list(this, [self](std::vector<RunInfo> runs) {
        if (!self)
            return;
        self->m_runInfos = runs;
        const QSignalBlocker blocker(self->m_runs);
        self->m_runs->clear();
        int current = -1;
        for (size_t i = 0; i < runs.size(); ++i) {
            self->m_runs->addItem(runTitle(runs[i]));
            if (runs[i].id == self->m_runId)
                current = int(i);
        }
        self->m_runs->setCurrentRow(current);
        const QSignalBlocker baselineBlocker(self->m_baseline);
        const qint64 chosen = self->m_baseline->currentData().toLongLong();
        self->m_baseline->clear();
        self->m_baseline->addItem(tr("(none)"), 0);
        for (const RunInfo &r : runs)
            if (r.id != self->m_runId)
                self->m_baseline->addItem(runTitle(r), r.id);
        self->m_baseline->setCurrentIndex(std::max(0, self->m_baseline->findData(chosen)));
        self->updateControls();
    });
}

void ReplayPage::loadPolicies(const std::vector<PolicySummary> &summaries)
{
    QPointer<ReplayPage> self(this);
    m_session->readPolicies(summaries, [self](std::vector<Policy> policies) {
        if (self)
            self->m_policies = std::move(policies);
    });
}

void ReplayPage::newReplay()
{
    QPointer<ReplayPage> self(this);
    m_session->promptSetNames([self](const QStringList &names) {
        if (!self)
            return;
        auto loader = [self](const QString &set, std::function<void(std::vector<PromptItem>)> done) {
            if (self)
                self->m_session->loadPromptSet(set, [done](const PromptSet &s) { done(s.items); });
        };
        NewReplayDialog dialog(names, self->m_policies, self->m_providers, loader, self);
        if (dialog.exec() == QDialog::Accepted && self)
            self->startReplay(dialog.plan(), dialog.promptSet());
    });
}

void ReplayPage::startReplay(ReplayPlan plan, const QString &promptSet)
{
    Workspace *ws = m_session->workspace();
    if (isRunning() || !ws || plan.items.empty() || plan.candidates.empty())
        return;
    const QJsonObject config = RunConfig::toJson(plan, promptSet);
    const QString name = tr("%1 × %n candidate(s)", nullptr, int(plan.candidates.size())).arg(promptSet);
    m_promptSet = promptSet;
    m_config = config;
    RunArchive(ws).create(name, promptSet, config, this, [this, plan = std::move(plan)](qint64 id, const QString &error) mutable {
            if (!error.isEmpty()) {
                emit problem(tr("The run could not be stored: %1").arg(error));
                return;
            }
            m_runId = id;
            m_matrix->setRun(plan.items, RunConfig::candidateLabels(m_config), plan.repeats, {});
            setCandidateChoices(m_matrix->candidates());
            launch(std::move(plan));
            reload();
        });
}

void ReplayPage::launch(ReplayPlan plan)
{
    const QString simulator = m_session->simulatorUrl();
    plan.simulators = [simulator](const QString &) { return simulator; };
    plan.cache = std::make_shared<WorkspaceResponseCache>(m_session->workspace());
    plan.judgeProviders = m_providers;
    m_plan = plan;
    m_paused = false;
    m_pending.clear();
    m_saveTimer->start();
    m_status->setText(tr("Starting…"));
    Policy all; // every provider a candidate or judge may reach, for reading keychain entries once
    for (const ReplayCandidate &c : plan.candidates)
        all.providers.insert(all.providers.end(), c.policy.providers.begin(), c.policy.providers.end());
    all.providers.insert(all.providers.end(), m_providers.begin(), m_providers.end());
    constexpr int kKeychainTimeoutMs = 15000;
    auto reader = m_readSecret ? m_readSecret : CredentialPrefetch::Reader([](const CredentialRef &ref, std::function<void(const CredentialResult &)> done) {
        done({{}, QObject::tr("no keychain in this session for %1").arg(ref.name)});
    });
    CredentialPrefetch::run(all, reader, this, kKeychainTimeoutMs, [this, plan = std::move(plan)](const CredentialPrefetch::Results &results) mutable {
        plan.credentials = CredentialPrefetch::resolver(results);
        m_runner.start(std::move(plan));
        updateControls();
    });
    updateControls();
}

void ReplayPage::onCell(const ReplayCell &cell)
{
    m_matrix->updateCell(cell);
    m_pending.push_back(cell);
    if (!m_figuresTimer->isActive())
        m_figuresTimer->start();
}

void ReplayPage::onProgress(const ReplayProgress &p)
{
    m_progress->setMaximum(std::max(1, p.total));
    m_progress->setValue(p.done);
    const QString eta = p.etaSeconds < 0 ? tr("estimating") : p.etaSeconds < 90 ? tr("%1 s left").arg(qRound(p.etaSeconds))
                                                                                 : tr("%1 min left").arg(p.etaSeconds / 60, 0, 'f', 1);
    m_status->setText(tr("%1 of %2 done · %3 in flight · %4 · spent $%5 (judges $%6) · %7 from the cache%8")
                          .arg(p.done)
                          .arg(p.total)
                          .arg(p.inFlight)
                          .arg(eta)
                          .arg(p.spentUsd, 0, 'f', 4)
                          .arg(p.judgeCostUsd, 0, 'f', 4)
                          .arg(p.cacheHits)
                          .arg(m_paused ? tr(" · paused") : QString()));
}

void ReplayPage::onFinished(ReplayRunner::End end, const QString &message)
{
    m_saveTimer->stop();
    flushCells();
    const QString status = end == ReplayRunner::End::Completed   ? QStringLiteral("completed")
                           : end == ReplayRunner::End::Cancelled ? QStringLiteral("cancelled")
                           : end == ReplayRunner::End::BudgetReached ? QStringLiteral("budget")
                                                                     : QStringLiteral("failed");
    const qint64 id = m_runId;
    if (Workspace *ws = m_session->workspace(); ws && id > 0)
        RunArchive(ws).finish(id, status, this, [this](const QString &) { reload(); });
    const QString text = end == ReplayRunner::End::Completed ? tr("Finished.") : tr("Stopped: %1").arg(message);
    m_status->setText(m_status->text() + u'\n' + text);
    refreshFigures();
    updateControls();
    emit runFinished(end, message);
}

void ReplayPage::flushCells()
{
    Workspace *ws = m_session->workspace();
    if (m_pending.empty() || !ws || m_runId <= 0)
        return;
    const qint64 id = m_runId;
    const QStringList labels = m_matrix->candidates();
    RunArchive(ws).saveCells(id, labels, std::exchange(m_pending, {}), this, [this](const QString &error) {
        if (!error.isEmpty())
            emit problem(tr("Results could not be stored: %1").arg(error));
    });
}

void ReplayPage::openRun(qint64 runId)
{
    Workspace *ws = m_session->workspace();
    auto it = std::find_if(m_runInfos.begin(), m_runInfos.end(), [runId](const RunInfo &r) { return r.id == runId; });
    if (!ws || it == m_runInfos.end())
        return;
    const RunInfo info = *it;
    QPointer<ReplayPage> self(this);
    RunArchive(ws).open(runId, RunConfig::candidateLabels(info.config), info.promptSet, this,
                        [self, info](std::vector<ReplayCell> cells, std::optional<PromptSet> set) {
                            if (self)
                                self->showRun(info.id, set ? set->items : std::vector<PromptItem>(), info.config, std::move(cells));
                        });
}

void ReplayPage::showRun(qint64 runId, std::vector<PromptItem> items, QJsonObject config, std::vector<ReplayCell> cells)
{
    m_runId = runId;
    m_config = config;
    m_promptSet = config.value(QStringLiteral("prompt_set")).toString();
    QString error;
    m_plan = RunConfig::planFrom(config, m_policies, m_providers, &error).value_or(ReplayPlan());
    m_plan.items = items;
    m_plan.repeats = std::max(1, config.value(QStringLiteral("repeats")).toInt(1));
    const QStringList labels = RunConfig::candidateLabels(config);
    m_matrix->setRun(std::move(items), labels, m_plan.repeats, cells);
    setCandidateChoices(labels);
    refreshFigures();
    reload();
    m_status->setText(error.isEmpty() ? tr("Run #%1: %2 results.").arg(runId).arg(cells.size())
                                      : tr("Run #%1 can be viewed but not re-run: %2").arg(runId).arg(error));
}

void ReplayPage::setCandidateChoices(const QStringList &labels)
{
    // Keep a chosen pair when the candidates stay the same (a new run of the same setup).
    const QString weak = m_weak->currentText(), strong = m_strong->currentText();
    for (QComboBox *combo : {m_weak, m_strong}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"));
        combo->addItems(labels);
    }
    m_weak->setCurrentIndex(std::max(0, m_weak->findText(weak)));
    m_strong->setCurrentIndex(std::max(0, m_strong->findText(strong)));
}

void ReplayPage::rerun(Redo what)
{
    if (isRunning() || m_runId <= 0)
        return;
    QString error;
    auto plan = RunConfig::planFrom(m_config, m_policies, m_providers, &error);
    if (!plan) {
        emit problem(tr("This run cannot be re-run: %1").arg(error));
        return;
    }
    plan->items = m_plan.items;
    const std::vector<ReplayCell> cells = m_matrix->cells();
    plan->markDoneExcept(cells, [what](const ReplayCell &c) {
        return what == Redo::Errors ? !c.error.isEmpty() : what == Redo::Failures ? (c.error.isEmpty() && !c.passed) : false;
    });
    for (const ReplayCell &c : cells)
        if (c.key.candidate == 0 && c.error.isEmpty() && plan->done.contains(c.key))
            plan->earlierResponses.insert(c.key, c.response);
    if (plan->done.size() >= plan->cellCount()) {
        m_status->setText(tr("Nothing to re-run."));
        return;
    }
    launch(std::move(*plan));
}

void ReplayPage::refreshFigures()
{
    // One copy of the cells per refresh, kept by the charts for the metrics too.
    std::vector<ReplayCell> cells = m_matrix->cells();
    const auto summaries = ReplayAggregates::summarise(cells, m_matrix->candidateCount());
    const int selected = selectedCandidate();
    m_summary->setSummaries(m_matrix->candidates(), summaries);
    if (selected >= 0)
        selectCandidate(selected);
    m_charts->show(m_matrix->candidates(), summaries, std::move(cells), m_plan.items);
    refreshMetrics();
    updateControls();
}

void ReplayPage::refreshMetrics()
{
    const auto &summaries = m_summary->summaries();
    QString text = tr("AIQ %1 (area under the non-decreasing hull of quality against cost).").arg(m_charts->aiq(), 0, 'f', 3);
    const WeakStrongMetrics ws = ReplayAggregates::weakStrong(m_charts->cells(), summaries, m_weak->currentIndex() - 1, m_strong->currentIndex() - 1);
    if (ws.weak >= 0) {
        auto cpt = [](const std::optional<double> &v) { return v ? QStringLiteral("%1%").arg(*v * 100, 0, 'f', 1) : tr("not reached"); };
        QStringList routers;
        for (const RouterPoint &r : ws.routers)
            routers.append(tr("%1: PGR %2 at %3% strong calls").arg(m_matrix->candidates().value(r.candidate)).arg(r.pgr, 0, 'f', 3).arg(r.strongShare * 100, 0, 'f', 1));
        text += u'\n' + tr("APGR %1 · CPT(20%) %2 · CPT(50%) %3 · CPT(80%) %4").arg(ws.apgr, 0, 'f', 3).arg(cpt(ws.cpt20), cpt(ws.cpt50), cpt(ws.cpt80));
        if (!routers.isEmpty())
            text += u'\n' + routers.join(QStringLiteral("; "));
    } else {
        text += u'\n' + tr("Choose a weak and a strong candidate for PGR, APGR and CPT.");
    }
    m_metrics->setText(text);

    // The same figures as a table, each with what it says.
    struct Row
    {
        QString metric, value, meaning;
    };
    std::vector<Row> rows{{tr("AIQ"), QString::number(m_charts->aiq(), 'f', 3),
                           tr("Area under the best quality reachable at each cost: higher means more quality for the money.")}};
    if (ws.weak >= 0) {
        auto cpt = [](const std::optional<double> &v) { return v ? QStringLiteral("%1%").arg(*v * 100, 0, 'f', 1) : tr("not reached"); };
        rows.push_back({tr("APGR"), QString::number(ws.apgr, 'f', 3),
                        tr("Average share of the weak-to-strong quality gap recovered, over all strong-call shares.")});
        rows.push_back({tr("CPT(20%)"), cpt(ws.cpt20), tr("Strong calls needed to recover 20% of the gap.")});
        rows.push_back({tr("CPT(50%)"), cpt(ws.cpt50), tr("Strong calls needed to recover half the gap.")});
        rows.push_back({tr("CPT(80%)"), cpt(ws.cpt80), tr("Strong calls needed to recover 80% of the gap.")});
        for (const RouterPoint &r : ws.routers)
            rows.push_back({tr("PGR of %1").arg(m_matrix->candidates().value(r.candidate)), QString::number(r.pgr, 'f', 3),
                            tr("Share of the gap this router recovers, calling the strong model for %1% of requests.").arg(r.strongShare * 100, 0, 'f', 1)});
    } else {
        rows.push_back({tr("PGR, APGR, CPT"), tr("—"), tr("Choose a weak and a strong candidate above to compare routers between them.")});
    }
    m_metricsTable->setRowCount(int(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        m_metricsTable->setItem(int(i), 0, new QTableWidgetItem(rows[i].metric));
        auto *value = new QTableWidgetItem(rows[i].value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_metricsTable->setItem(int(i), 1, value);
        m_metricsTable->setItem(int(i), 2, new QTableWidgetItem(rows[i].meaning));
        m_metricsTable->item(int(i), 2)->setToolTip(rows[i].meaning);
    }
    m_metricsTable->resizeRowsToContents();
    refreshVerdict();
}

int ReplayPage::recommendedCandidate() const { return m_summary->recommended(); }

void ReplayPage::refreshVerdict()
{
    const auto &summaries = m_summary->summaries();
    const Recommendation r = Recommendation::cheapestWithin(summaries, m_tolerance->value() / 100);
    m_summary->setRecommended(r.candidate);
    m_charts->setRecommended(r.candidate);
    if (r.candidate < 0) {
        m_verdict->setText(tr("<b>No recommendation yet:</b> it needs finished results."));
        return;
    }
    const QString name = m_matrix->candidates().value(r.candidate).toHtmlEscaped();
    const QString best = m_matrix->candidates().value(r.best).toHtmlEscaped();
    const CandidateSummary &s = summaries[size_t(r.candidate)];
    if (r.candidate == r.best)
        m_verdict->setText(tr("<b>Recommended: %1</b> — the best quality (%2), and nothing within %3 points of it costs less.")
                               .arg(name)
                               .arg(s.meanQuality, 0, 'f', 3)
                               .arg(m_tolerance->value(), 0, 'f', 1));
    else if (r.savingShare < 0.005)
        m_verdict->setText(tr("<b>Recommended: %1</b> — within %2 points of the best quality (%3 at %4) at the same cost, and no slower.")
                               .arg(name)
                               .arg(m_tolerance->value(), 0, 'f', 1)
                               .arg(best)
                               .arg(summaries[size_t(r.best)].meanQuality, 0, 'f', 3));
    else
        m_verdict->setText(tr("<b>Recommended: %1</b> — the cheapest within %2 points of the best quality (%3 at %4): quality %5, "
                              "%6% cheaper per request.")
                               .arg(name)
                               .arg(m_tolerance->value(), 0, 'f', 1)
                               .arg(best)
                               .arg(summaries[size_t(r.best)].meanQuality, 0, 'f', 3)
                               .arg(s.meanQuality, 0, 'f', 3)
                               .arg(r.savingShare * 100, 0, 'f', 0));
}

void ReplayPage::loadBaseline()
{
    const qint64 baseline = m_baseline->currentData().toLongLong();
    Workspace *ws = m_session->workspace();
    auto it = std::find_if(m_runInfos.begin(), m_runInfos.end(), [baseline](const RunInfo &r) { return r.id == baseline; });
    if (baseline <= 0 || !ws || it == m_runInfos.end()) {
        m_summary->setBaseline({}, {});
        return;
    }
    const QStringList labels = RunConfig::candidateLabels(it->config);
    QPointer<ReplayPage> self(this);
    RunArchive(ws).cells(baseline, labels, this, [self, labels](std::vector<ReplayCell> cells) {
        if (self)
            self->m_summary->setBaseline(labels, ReplayAggregates::summarise(cells, int(labels.size())));
    });
}

int ReplayPage::selectedCandidate() const
{
    const auto *sorted = static_cast<QSortFilterProxyModel *>(m_summaryView->model());
    const QModelIndex current = sorted->mapToSource(m_summaryView->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void ReplayPage::selectCandidate(int candidate)
{
    const auto *sorted = static_cast<QSortFilterProxyModel *>(m_summaryView->model());
    m_summaryView->setCurrentIndex(sorted->mapFromSource(m_summary->index(candidate, 0)));
}

bool ReplayPage::exportWinner(const QString &fileName, QString *error)
{
    const int winner = selectedCandidate();
    if (winner < 0 || size_t(winner) >= m_plan.candidates.size()) {
        *error = winner < 0 ? tr("Select a candidate first.") : tr("This run's candidates are no longer in the workspace.");
        return false;
    }
    const auto summaries = m_summary->summaries();
    const Policy policy = WinnerExport::policy(m_plan.candidates[size_t(winner)],
                                               WinnerExport::evidence(m_promptSet, m_runId, m_plan, summaries, winner));
    writeFileInBackground(this, fileName, PolicyWriter::toJsonText(policy), [this, fileName](const QString &why) {
        emit problem(why.isEmpty() ? tr("Policy written to %1.").arg(fileName) : tr("Could not write %1: %2").arg(fileName, why));
    });
    return true;
}

void ReplayPage::exportReport(const QString &fileName)
{
    // The labels stand for the candidates: a run whose policies have gone still exports.
    ReplayPlan plan = m_plan;
    if (plan.candidates.size() != size_t(m_matrix->candidateCount())) {
        plan.candidates.clear();
        for (const QString &label : m_matrix->candidates())
            plan.candidates.push_back({label, {}, {}});
    }
    const std::vector<ReplayCell> cells = m_matrix->cells();
    const std::vector<CandidateSummary> summaries = m_summary->summaries();
    const QByteArray text = ReplayReport::forFile(fileName, {m_promptSet, QDateTime::currentDateTime().toString(Qt::ISODate), &plan, &cells,
                                                             &summaries, true, m_weak->currentIndex() - 1, m_strong->currentIndex() - 1});
    writeFileInBackground(this, fileName, text, [this, fileName](const QString &error) {
        emit problem(error.isEmpty() ? tr("Run written to %1.").arg(fileName) : tr("Could not write %1: %2").arg(fileName, error));
    });
}

TrainRouterDialog *ReplayPage::openTrainRouter()
{
    if (m_matrix->candidateCount() < 2) {
        emit problem(tr("Training a router needs a run or an outcome matrix with two candidates or more."));
        return nullptr;
    }
    // The labels stand for the candidates: a run whose policies have gone still trains.
    ReplayPlan plan = m_plan;
    if (plan.candidates.size() != size_t(m_matrix->candidateCount())) {
        plan.candidates.clear();
        for (const QString &label : m_matrix->candidates())
            plan.candidates.push_back({label, {}, {}});
    }
    // The candidates' providers serve the exported policy's targets.
    std::optional<Policy> base;
    for (const ReplayCandidate &c : plan.candidates)
        for (const ProviderSpec &p : c.policy.providers) {
            if (!base)
                base = Policy{};
            if (!base->findProvider(p.id))
                base->providers.push_back(p);
        }
    if (base)
        base->name = tr("learned from replay %1").arg(m_runId);
    auto *dialog = new TrainRouterDialog(ReplayAggregates::outcomeMatrix(plan, m_matrix->cells()), base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrainRouterDialog::exported, this, [this](const QString &fileName, const QString &error) {
        emit problem(error.isEmpty() ? tr("Learned router written to %1.").arg(fileName) : tr("Could not write %1: %2").arg(fileName, error));
    });
    return dialog;
}

void ReplayPage::activateWinner()
{
    const int winner = selectedCandidate();
    if (winner < 0 || size_t(winner) >= m_plan.candidates.size()) {
        emit problem(winner < 0 ? tr("Select a candidate first.") : tr("This run's candidates are no longer in the workspace."));
        return;
    }
    const Policy policy = WinnerExport::policy(m_plan.candidates[size_t(winner)],
                                               WinnerExport::evidence(m_promptSet, m_runId, m_plan, m_summary->summaries(), winner));
    const QString name = policy.name;
    m_session->savePolicy(name, PolicyWriter::toJsonText(policy), tr("chosen by replay #%1").arg(m_runId), [this, name](int version, const QString &error) {
        if (version < 0) {
            emit problem(tr("Policy \"%1\" could not be saved: %2").arg(name, error));
            return;
        }
        m_status->setText(tr("Policy \"%1\" saved as version %2 and served by the proxy.").arg(name).arg(version));
        emit activateRequested(name);
    });
}

bool ReplayPage::importOutcomes(const QString &fileName, QString *error)
{
    if (isRunning()) {
        *error = tr("Wait for the replay to finish.");
        return false;
    }
    QPointer<ReplayPage> self(this);
    QThreadPool::globalInstance()->start([self, fileName] {
        QFile file(fileName);
        Diagnostics diagnostics;
        std::optional<OutcomeMatrix> matrix;
        QString why;
        if (!file.open(QIODevice::ReadOnly))
            why = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        else if (!(matrix = OutcomeMatrix::fromJsonl(file.readAll(), diagnostics)))
            why = diagnostics.toString(fileName);
        QMetaObject::invokeMethod(qApp, [self, matrix, why, fileName] {
            if (!self)
                return;
            if (!matrix) {
                emit self->problem(why);
                return;
            }
            std::vector<PromptItem> items;
            QStringList labels;
            const auto cells = ReplayAggregates::cellsFromOutcomes(*matrix, 0.5, &items, &labels);
            QJsonArray candidates;
            for (const QString &l : labels)
                candidates.append(QJsonObject{{QStringLiteral("label"), l}, {QStringLiteral("model"), l}});
            self->showRun(0, items, QJsonObject{{QStringLiteral("candidates"), candidates}, {QStringLiteral("prompt_set"), fileName}}, cells);
            self->m_status->setText(tr("Outcome matrix %1: %2 prompts × %3 models.").arg(fileName).arg(items.size()).arg(labels.size()));
        });
    });
    return true;
}

void ReplayPage::updateControls()
{
    const bool running = isRunning();
    const bool stored = m_runId > 0;
    m_new->setEnabled(!running);
    m_resume->setEnabled(!running && stored);
    m_redoErrors->setEnabled(!running && stored);
    m_redoFailures->setEnabled(!running && stored);
    m_delete->setEnabled(!running && stored);
    m_pause->setEnabled(running);
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(running);
    m_runs->setEnabled(!running);
    // Only what can act now is enabled: a candidate must be selected, a run must have results.
    const bool hasResults = !m_matrix->cells().empty();
    for (QPushButton *b : std::as_const(m_candidateButtons))
        b->setEnabled(!running && hasResults && selectedCandidate() >= 0);
    for (QPushButton *b : std::as_const(m_runButtons))
        b->setEnabled(!running && hasResults);
}

} // namespace sy
