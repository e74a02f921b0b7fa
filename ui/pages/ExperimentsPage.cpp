#include "pages/ExperimentsPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

#include "dialogs/ShadowTestDialog.h"
#include "experiments/ExperimentJson.h"
#include "models/ExperimentArmsModel.h"
#include "rollout/Rollout.h"
#include "session/WorkspaceSession.h"
#include "widgets/FlowLayout.h"

namespace sy {

namespace {
constexpr qint64 kHour = 3600 * 1000;
} // namespace

ExperimentsPage::ExperimentsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_range(new QComboBox(this)), m_experiment(new QComboBox(this)), m_refresh(new QPushButton(this)),
      m_state(new QLabel(this)), m_verdicts(new QLabel(this)), m_arms(new ExperimentArmsModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_try(new QPushButton(this)), m_canary(new QPushButton(this)), m_promote(new QPushButton(this)),
      m_rollBack(new QPushButton(this)), m_rollout(new QLabel(this))
{
    m_range->setObjectName(QStringLiteral("experimentsRange"));
    m_experiment->setObjectName(QStringLiteral("experimentChoice"));
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_experiment->setMinimumContentsLength(24);
    m_refresh->setObjectName(QStringLiteral("experimentsRefresh"));
    m_state->setObjectName(QStringLiteral("experimentsState"));
    m_state->setWordWrap(true);
    m_verdicts->setObjectName(QStringLiteral("experimentVerdicts"));
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextFormat(Qt::RichText);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdicts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *controls = new FlowLayout;
    auto *rangeLabel = new QLabel(this);
    auto *experimentLabel = new QLabel(this);
    rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    experimentLabel->setObjectName(QStringLiteral("experimentLabel"));
    controls->addLabelled(rangeLabel, m_range);
    controls->addLabelled(experimentLabel, m_experiment);
    controls->addWidget(m_refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ExperimentsPage::refresh);
    connect(m_experiment, &QComboBox::currentIndexChanged, this, &ExperimentsPage::showExperiment);
    connect(m_refresh, &QPushButton::clicked, this, &ExperimentsPage::refresh);

    // The rollout path: shadow test, canary, all traffic; back in one click.
    m_try->setObjectName(QStringLiteral("rolloutTry"));
    m_canary->setObjectName(QStringLiteral("rolloutCanary"));
    m_promote->setObjectName(QStringLiteral("rolloutPromote"));
    m_rollBack->setObjectName(QStringLiteral("rolloutRollBack"));
    m_rollout->setObjectName(QStringLiteral("rolloutState"));
    m_rollout->setWordWrap(true);
    auto *rolloutRow = new FlowLayout;
    rolloutRow->addWidget(m_try);
    rolloutRow->addWidget(m_canary);
    rolloutRow->addWidget(m_promote);
    rolloutRow->addWidget(m_rollBack);
    connect(m_try, &QPushButton::clicked, this, [this] {
        const std::optional<Policy> served = m_target.served ? m_target.served() : std::nullopt;
        if (!served)
            return;
        ShadowTestDialog dialog(*served, currentRoute(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const QString problem = tryModel(dialog.route(), dialog.candidate(), dialog.sample(), dialog.dailyBudgetUsd()); !problem.isEmpty())
            QMessageBox::warning(this, tr("Shadow test"), problem);
    });
    connect(m_canary, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const double percent = QInputDialog::getDouble(this, tr("Canary"), tr("Share of the route's traffic the candidate answers (%):"), 5, 0.1,
                                                       50, 1, &ok);
        if (!ok)
            return;
        if (const QString problem = startCanary(percent); !problem.isEmpty())
            QMessageBox::warning(this, tr("Canary"), problem);
    });
    connect(m_promote, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Promote"), tr("Let the candidate answer all of route %1's traffic?").arg(currentRoute())) !=
            QMessageBox::Yes)
            return;
        if (const QString problem = promote(); !problem.isEmpty())
            QMessageBox::warning(this, tr("Promote"), problem);
    });
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Roll back"), tr("Put route %1 back as it was before the rollout began?").arg(currentRoute())) !=
            QMessageBox::Yes)
            return;
        if (const QString problem = rollBack(); !problem.isEmpty())
            QMessageBox::warning(this, tr("Roll back"), problem);
    });

    m_sorted->setSourceModel(m_arms);
    m_sorted->setSortRole(ExperimentArmsModel::SortRole);
    m_table->setObjectName(QStringLiteral("experimentArms"));
    m_table->setModel(m_sorted);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *verdictScroll = new QScrollArea(this);
    verdictScroll->setObjectName(QStringLiteral("verdictScroll"));
    verdictScroll->setWidget(m_verdicts);
    verdictScroll->setWidgetResizable(true);
    verdictScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("experimentsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(verdictScroll);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_state);
    layout->addLayout(rolloutRow);
    layout->addWidget(m_rollout);
    layout->addWidget(splitter, 1);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ExperimentsPage::refresh);
    retranslate();
    m_range->setCurrentIndex(int(Range::LastWeek));
    connect(session, &WorkspaceSession::opened, this, [this] {
        if (isVisible())
            refresh();
    });
}

void ExperimentsPage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("rangeLabel"))->setText(tr("Show:"));
    findChild<QLabel *>(QStringLiteral("experimentLabel"))->setText(tr("Experiment:"));
    const QStringList ranges{tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Everything logged")};
    {
        const QSignalBlocker block(m_range);
        const int current = std::max(0, m_range->currentIndex());
        m_range->clear();
        m_range->addItems(ranges);
        m_range->setCurrentIndex(current);
    }
    m_range->setAccessibleName(tr("Time range"));
    m_experiment->setAccessibleName(tr("Experiment"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the request log and feedback again (this page also does every minute while shown)"));
    m_table->setAccessibleName(tr("Arms"));
    m_try->setText(tr("Try a model…"));
    m_try->setToolTip(tr("Start a shadow test: mirror a share of a route's requests to a candidate model, never serving its answers"));
    m_canary->setText(tr("Start canary…"));
    m_canary->setToolTip(tr("Let the shadow test's candidate answer a small share of the route's real traffic"));
    m_promote->setText(tr("Promote to all traffic"));
    m_promote->setToolTip(tr("Let the canary answer all of the route's traffic"));
    m_rollBack->setText(tr("Roll back"));
    m_rollBack->setToolTip(tr("Put the route back as it was before the rollout began"));
    m_rollout->setAccessibleName(tr("Rollout"));
    updateRolloutControls();
    m_verdicts->setAccessibleName(tr("Verdicts"));
    findChild<QScrollArea *>(QStringLiteral("verdictScroll"))->setAccessibleName(tr("Verdicts"));
    if (m_loadedOnce)
        display(m_experiments);
}

void ExperimentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExperimentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ExperimentsPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

void ExperimentsPage::setRange(Range range) { m_range->setCurrentIndex(int(range)); }

int ExperimentsPage::currentExperiment() const { return m_experiments.empty() ? -1 : m_experiment->currentIndex(); }

void ExperimentsPage::setCurrentExperiment(int index) { m_experiment->setCurrentIndex(index); }

void ExperimentsPage::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = 0;
    switch (Range(m_range->currentIndex())) {
    case Range::LastHour: from = now - kHour; break;
    case Range::LastDay: from = now - 24 * kHour; break;
    case Range::LastWeek: from = now - 7 * 24 * kHour; break;
    case Range::LastMonth: from = now - 30 * 24 * kHour; break;
    case Range::All: from = 0; break;
    }
    const quint64 generation = ++m_generation;
    if (!m_loadedOnce)
        m_state->setText(tr("Reading the request log and feedback…"));
    QPointer<ExperimentsPage> self(this);
    m_session->experiments(from, now + 1, m_shadowScorers ? m_shadowScorers() : QHash<QString, QStringList>(), [self, generation](const std::vector<ExperimentReadout> &experiments) {
        if (self && generation == self->m_generation)
            self->display(experiments);
    });
}

void ExperimentsPage::display(std::vector<ExperimentReadout> experiments)
{
    // Keep the experiment the user was reading when it is still there.
    const QString current = m_experiment->currentData().toString();
    m_experiments = std::move(experiments);
    m_loadedOnce = true;
    {
        const QSignalBlocker block(m_experiment);
        m_experiment->clear();
        for (const ExperimentReadout &e : m_experiments)
            m_experiment->addItem(e.kind == ExperimentReadout::Kind::Shadow ? tr("%1 · shadow test").arg(e.route)
                                  : e.node.isEmpty()                          ? e.route
                                                                              : tr("%1 · %2").arg(e.route, e.node),
                                  e.id() + QLatin1Char('\n') + e.route);
        const int again = m_experiment->findData(current);
        m_experiment->setCurrentIndex(again >= 0 ? again : 0);
    }
    m_experiment->setEnabled(!m_experiments.empty());
    showExperiment();
    emit loaded();
}

void ExperimentsPage::showExperiment()
{
    updateRolloutControls();
    const int index = currentExperiment();
    if (index < 0) {
        m_arms->setArms({});
        m_verdicts->clear();
        m_state->setText(m_session->workspace()
                             ? tr("No experiments in this range. A route whose policy splits traffic by weights (a weighted node, "
                                  "such as the demo's ab-standard-vs-claude) or mirrors it to candidates (a shadow test) becomes "
                                  "one here as soon as the proxy serves it; feedback sent to /v1/feedback gives each arm its quality.")
                             : tr("Open a workspace to see its experiments."));
        return;
    }
    const ExperimentReadout &e = m_experiments[size_t(index)];
    const QLocale locale;
    qint64 requests = 0;
    for (const ArmReadout &a : e.arms)
        requests += a.requests;
    const QString shadowNote = e.kind == ExperimentReadout::Kind::Shadow
                                   ? tr(" A shadow test: candidates answered copies of served requests after the client had its "
                                        "answer; only the served answers reached clients. Agreement is measured by %1; quality comes "
                                        "from a pairwise judge where one has compared the pairs.")
                                         .arg(e.arms.front().agreementBy)
                                   : QString();
    m_state->setText(tr("Route %1: %2 requests from %3 to %4. Verdicts hold with %5% confidence for the whole experiment, "
                        "however often this page is read.")
                         .arg(e.route, locale.toString(requests), locale.toString(QDateTime::fromMSecsSinceEpoch(e.firstMs), QLocale::ShortFormat),
                              locale.toString(QDateTime::fromMSecsSinceEpoch(e.lastMs), QLocale::ShortFormat),
                              locale.toString(100 * (1 - e.alpha), 'f', 0)) +
                     shadowNote);
    m_arms->setArms(e.arms);
    // The table as tall as its rows, the verdicts below it get the rest.
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("experimentsSplitter")); splitter && splitter->height() > 0) {
        m_table->resizeRowsToContents();
        int tableHeight = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() + m_table->horizontalScrollBar()->sizeHint().height();
        for (int row = 0; row < m_arms->rowCount(); ++row)
            tableHeight += m_table->rowHeight(row);
        tableHeight = std::min(tableHeight + 4, splitter->height() / 2);
        splitter->setSizes({tableHeight, std::max(1, splitter->height() - tableHeight)});
    }
    QStringList lines;
    for (const ArmComparison &c : e.comparisons)
        lines << verdictText(c, 1 - e.alpha);
    m_verdicts->setText(QStringLiteral("<ul style=\"margin-left:-20px\"><li>") + lines.join(QStringLiteral("</li><li>")) +
                        QStringLiteral("</li></ul>"));
}

QString ExperimentsPage::verdictText(const ArmComparison &c, double confidence) const
{
    const QLocale locale;
    QString metric;
    QString difference, low, high;
    const auto signedNumber = [&locale](double v, int decimals) {
        return (v >= 0 ? QStringLiteral("+") : QString()) + locale.toString(v, 'f', decimals);
    };
    const SequentialComparison &r = c.result;
    switch (c.metric) {
    case ExperimentMetric::Quality:
        metric = tr("quality");
        difference = signedNumber(r.difference, 3), low = signedNumber(r.low, 3), high = signedNumber(r.high, 3);
        break;
    case ExperimentMetric::ErrorRate:
        metric = tr("error rate");
        difference = tr("%1 points").arg(signedNumber(100 * r.difference, 2));
        low = signedNumber(100 * r.low, 2), high = signedNumber(100 * r.high, 2);
        break;
    case ExperimentMetric::Latency:
        metric = tr("latency");
        difference = tr("%1 ms").arg(signedNumber(r.difference, 1));
        low = signedNumber(r.low, 1), high = signedNumber(r.high, 1);
        break;
    case ExperimentMetric::TimeToFirstToken:
        metric = tr("time to first token");
        difference = tr("%1 ms").arg(signedNumber(r.difference, 1));
        low = signedNumber(r.low, 1), high = signedNumber(r.high, 1);
        break;
    case ExperimentMetric::Cost:
        metric = tr("cost");
        difference = tr("%1$%2 per 1,000 requests").arg(r.difference >= 0 ? QStringLiteral("+") : QStringLiteral("−"), locale.toString(1000 * std::abs(r.difference), 'f', 4));
        low = signedNumber(1000 * r.low, 4), high = signedNumber(1000 * r.high, 4);
        break;
    }
    if (!r.measured)
        return tr("<b>%1</b>: not measured yet in both arms").arg(metric);
    const QString measured = tr("%1 against %2: %3 (%4 to %5)").arg(c.challenger.toHtmlEscaped(), c.control.toHtmlEscaped(), difference, low, high);
    if (r.decided) {
        const QString better = c.better(), worse = better == c.challenger ? c.control : c.challenger;
        return tr("<b>%1</b>: arm <b>%2</b> is better than %3 with %4% confidence; %5")
            .arg(metric, better.toHtmlEscaped(), worse.toHtmlEscaped(), locale.toString(100 * confidence, 'f', 0), measured);
    }
    if (r.moreRequestsNeeded < 0)
        return tr("<b>%1</b>: no difference seen so far; %2").arg(metric, measured);
    return tr("<b>%1</b>: no verdict yet, about %2 more requests needed if the difference holds; %3")
        .arg(metric, locale.toString(r.moreRequestsNeeded), measured);
}

void ExperimentsPage::setRolloutTarget(RolloutTarget target)
{
    m_target = std::move(target);
    updateRolloutControls();
}

QString ExperimentsPage::currentRoute() const
{
    const int index = currentExperiment();
    if (index >= 0)
        return m_experiments[size_t(index)].route;
    const std::optional<Policy> served = m_target.served ? m_target.served() : std::nullopt;
    return served && !served->routes.empty() ? served->routes.front().alias : QString();
}

void ExperimentsPage::updateRolloutControls()
{
    const std::optional<Policy> served = m_target.served ? m_target.served() : std::nullopt;
    const QString route = currentRoute();
    const Rollout::State state = served ? Rollout::stateOf(*served, route) : Rollout::State{};
    m_try->setEnabled(served.has_value());
    m_canary->setEnabled(served && state.stage == Rollout::Stage::Shadow);
    m_promote->setEnabled(served && state.stage == Rollout::Stage::Canary);
    m_rollBack->setEnabled(served && state.stage != Rollout::Stage::None);
    if (!served)
        m_rollout->setText(tr("Start the proxy on Live Traffic to try a model on the traffic it serves."));
    else if (state.stage == Rollout::Stage::None)
        m_rollout->setText(tr("No rollout on route %1.").arg(route));
    else
        m_rollout->setText(tr("Rollout on route %1: %2").arg(route, Rollout::describe(*served, route)));
}

// Runs a step on the served policy and hands the result on with its comment; the readout shown
// (the route's experiment) is the step's evidence.
QString ExperimentsPage::applyStep(const std::function<QString(Policy &)> &step, const QString &route)
{
    std::optional<Policy> policy = m_target.served ? m_target.served() : std::nullopt;
    if (!policy || !m_target.apply)
        return tr("The proxy is not serving a policy.");
    if (const QString problem = step(*policy); !problem.isEmpty())
        return problem;
    m_target.apply(*policy, Rollout::describe(*policy, route));
    updateRolloutControls();
    return {};
}

QString ExperimentsPage::tryModel(const QString &route, const QString &candidate, double sample, double dailyBudgetUsd)
{
    return applyStep([&](Policy &p) { return Rollout::startShadow(p, route, candidate, sample, dailyBudgetUsd); }, route);
}

namespace {
// The shown experiment of the route and kind a step is decided on, as JSON; empty without one.
QJsonObject evidenceFor(const std::vector<ExperimentReadout> &experiments, const QString &route, ExperimentReadout::Kind kind)
{
    for (const ExperimentReadout &e : experiments)
        if (e.route == route && e.kind == kind)
            return ExperimentJson::toJson(e);
    return {};
}
} // namespace

QString ExperimentsPage::startCanary(double percent)
{
    const QString route = currentRoute();
    const std::optional<Policy> served = m_target.served ? m_target.served() : std::nullopt;
    const QString candidate = served ? Rollout::stateOf(*served, route).candidate : QString();
    const QJsonObject evidence = evidenceFor(m_experiments, route, ExperimentReadout::Kind::Shadow);
    return applyStep([&](Policy &p) { return Rollout::startCanary(p, route, candidate, percent, evidence); }, route);
}

QString ExperimentsPage::promote()
{
    const QString route = currentRoute();
    const QJsonObject evidence = evidenceFor(m_experiments, route, ExperimentReadout::Kind::Split);
    return applyStep([&](Policy &p) { return Rollout::promote(p, route, evidence); }, route);
}

QString ExperimentsPage::rollBack()
{
    const QString route = currentRoute();
    return applyStep([&](Policy &p) { return Rollout::rollBack(p, route); }, route);
}

} // namespace sy
