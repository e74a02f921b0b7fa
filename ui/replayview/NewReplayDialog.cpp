#include "replayview/NewReplayDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "eval/Judge.h"
#include "eval/ScorerDefaults.h"
#include "replay/ReplayRunner.h"

namespace sy {

namespace {
const QString kLastCandidatesKey = QStringLiteral("replay/lastCandidates");
} // namespace

NewReplayDialog::NewReplayDialog(const QStringList &promptSets, const std::vector<Policy> &policies, const std::vector<ProviderSpec> &providers,
                                 ItemsLoader loadItems, QWidget *parent)
    : QDialog(parent), m_loadItems(std::move(loadItems)), m_set(new QComboBox(this)), m_candidates(new QListWidget(this)),
      m_scorers(new QPlainTextEdit(this)), m_rubric(new QPlainTextEdit(this)), m_repeats(new QSpinBox(this)), m_concurrency(new QSpinBox(this)),
      m_providerConcurrency(new QSpinBox(this)), m_rate(new QDoubleSpinBox(this)), m_budget(new QDoubleSpinBox(this)),
      m_maxTokens(new QSpinBox(this)), m_threshold(new QDoubleSpinBox(this)), m_bypassCache(new QCheckBox(tr("Ask the providers even for answers in the cache"), this)),
      m_stream(new QCheckBox(tr("Stream the answers (measures the time to the first token)"), this)), m_estimate(new QLabel(this)),
      m_problem(new QLabel(this))
{
    m_stream->setChecked(true);
    setWindowTitle(tr("New replay"));
    m_set->addItems(promptSets);
    m_set->setAccessibleName(tr("Prompt set"));
    m_available = ReplayCandidate::allOf(policies, providers);
    // The candidates of the last replay started here come ticked again.
    const QStringList last = QSettings().value(kLastCandidatesKey).toStringList();
    for (const ReplayCandidate &c : m_available) {
        auto *item = new QListWidgetItem(c.label, m_candidates);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(last.contains(c.label) ? Qt::Checked : Qt::Unchecked);
    }
    m_candidates->setAccessibleName(tr("Candidates"));
    m_scorers->setPlaceholderText(tr("One per line, KIND[:ARG][@WEIGHT]: numeric, contains-any:yes|no, regex:^A, json, rouge-l, "
                                     "judge:PROVIDER/MODEL, pairwise:PROVIDER/MODEL, latency:2000 …"));
    m_scorers->setAccessibleName(tr("Scorers"));
    m_scorers->setPlainText(QStringLiteral("numeric"));
    m_rubric->setPlainText(Judge::defaultGradeRubric());
    m_rubric->setAccessibleName(tr("Judge rubric"));
    m_rubric->setMaximumHeight(80);
    m_scorers->setMaximumHeight(80);
    m_repeats->setRange(1, 100);
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(8);
    m_providerConcurrency->setRange(0, 1024);
    m_providerConcurrency->setSpecialValueText(tr("no limit"));
    m_rate->setRange(0, 100000);
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setSuffix(tr(" req/s"));
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("no cap"));
    m_maxTokens->setRange(0, 1000000);
    m_maxTokens->setSpecialValueText(tr("provider default"));
    m_maxTokens->setValue(512);
    m_threshold->setRange(0, 1);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.5);
    m_problem->setObjectName(QStringLiteral("replayProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->setWordWrap(true);
    m_estimate->setObjectName(QStringLiteral("replayEstimate"));

    auto *form = new QFormLayout;
    form->addRow(tr("Prompt set:"), m_set);
    form->addRow(tr("Candidates:"), m_candidates);
    form->addRow(tr("Scorers:"), m_scorers);
    form->addRow(tr("Judge rubric:"), m_rubric);
    form->addRow(tr("Repeats per prompt:"), m_repeats);
    form->addRow(tr("In flight per candidate:"), m_concurrency);
    form->addRow(tr("In flight per provider:"), m_providerConcurrency);
    form->addRow(tr("Rate limit:"), m_rate);
    form->addRow(tr("Spend cap:"), m_budget);
    form->addRow(tr("Output tokens per request:"), m_maxTokens);
    form->addRow(tr("Pass at quality:"), m_threshold);
    form->addRow(QString(), m_stream);
    form->addRow(QString(), m_bypassCache);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("Start replay"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_estimate);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QStringList ticked;
        for (int i = 0; i < m_candidates->count(); ++i)
            if (m_candidates->item(i)->checkState() == Qt::Checked)
                ticked.append(m_candidates->item(i)->text());
        QSettings().setValue(kLastCandidatesKey, ticked);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_candidates, &QListWidget::itemChanged, this, &NewReplayDialog::update);
    connect(m_scorers, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_suggesting)
            m_scorersEdited = true;
        update();
    });
    connect(m_repeats, &QSpinBox::valueChanged, this, &NewReplayDialog::update);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &NewReplayDialog::update);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &NewReplayDialog::update);
    connect(m_set, &QComboBox::currentTextChanged, this, &NewReplayDialog::update);
    update();
}

std::optional<ReplayPlan> NewReplayDialog::build(QString *problem) const
{
    ReplayPlan plan;
    for (int i = 0; i < m_candidates->count(); ++i)
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            plan.candidates.push_back(m_available[size_t(i)]);
    if (plan.candidates.empty()) {
        *problem = tr("Tick at least one candidate.");
        return std::nullopt;
    }
    for (const QString &line : m_scorers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        auto spec = Scorer::parse(line, &error);
        if (!spec) {
            *problem = error;
            return std::nullopt;
        }
        spec->rubric = m_rubric->toPlainText().trimmed() == Judge::defaultGradeRubric() ? QString() : m_rubric->toPlainText();
        plan.scorers.push_back(*spec);
    }
    plan.repeats = m_repeats->value();
    plan.concurrency = m_concurrency->value();
    plan.providerConcurrency = m_providerConcurrency->value();
    plan.requestsPerSecond = m_rate->value();
    plan.budgetUsd = m_budget->value();
    if (m_maxTokens->value() > 0)
        plan.maxTokens = m_maxTokens->value();
    plan.passThreshold = m_threshold->value();
    plan.bypassCache = m_bypassCache->isChecked();
    plan.stream = m_stream->isChecked();
    plan.items = m_itemsOf == m_set->currentText() ? m_items : std::vector<PromptItem>();
    if (m_set->currentText().isEmpty()) {
        *problem = tr("The workspace has no prompt set: import one on the Prompt sets tab.");
        return std::nullopt;
    }
    return plan;
}

void NewReplayDialog::update()
{
    const QString set = m_set->currentText();
    if (!set.isEmpty() && set != m_itemsOf && m_loadItems) {
        m_itemsOf.clear();
        QPointer<NewReplayDialog> self(this);
        m_loadItems(set, [self, set](std::vector<PromptItem> items) {
            if (!self)
                return;
            self->m_items = std::move(items);
            self->m_itemsOf = set;
            if (!self->m_scorersEdited) {
                // Scorers that fit this set's references, until the user writes their own.
                self->m_suggesting = true;
                self->m_scorers->setPlainText(ScorerDefaults::forItems(self->m_items).join(u'\n'));
                self->m_suggesting = false;
            }
            self->update();
        });
    }
    QString problem;
    const auto plan = build(&problem);
    if (plan && plan->scorers.empty() && m_itemsOf == set)
        problem = tr("Nothing scores the answers: this set has no reference answers, so add a judge, such as judge:%1.")
                      .arg(judgeExample());
    m_problem->setText(problem);
    const bool ready = plan && m_itemsOf == set && !m_items.empty();
    m_start->setEnabled(ready);
    if (plan && ready) {
        const double most = ReplayRunner::estimateCostUsd(*plan);
        m_estimate->setText(tr("%1 requests (%2 prompts × %3 candidates × %4 repeats); at most $%5 before the cache%6")
                                .arg(plan->cellCount())
                                .arg(plan->items.size())
                                .arg(plan->candidates.size())
                                .arg(plan->repeats)
                                .arg(most, 0, 'f', 4)
                                .arg(plan->budgetUsd > 0 && most > plan->budgetUsd ? tr(" — the cap stops it earlier") : QString()));
    } else {
        m_estimate->setText(plan ? tr("Reading the prompt set…") : QString());
    }
}

QString NewReplayDialog::judgeExample() const
{
    for (auto it = m_available.rbegin(); it != m_available.rend(); ++it)
        if (it->label.contains(u'/') && !it->label.contains(u':'))
            return it->label; // a model, not a route
    return QStringLiteral("provider/model");
}

ReplayPlan NewReplayDialog::plan() const
{
    QString problem;
    return build(&problem).value_or(ReplayPlan());
}

QString NewReplayDialog::promptSet() const { return m_set->currentText(); }

} // namespace sy
