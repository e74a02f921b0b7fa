#include "replayview/TrainRouterDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

#include "charts/ChartWidget.h"
#include "eval/RouterBaselines.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "widgets/BackgroundFile.h"

namespace sy {

namespace {

QString percent(const std::optional<double> &v) { return v ? QStringLiteral("%1%").arg(*v * 100, 0, 'f', 1) : QObject::tr("never"); }

} // namespace

TrainRouterDialog::TrainRouterDialog(OutcomeMatrix matrix, std::optional<Policy> base, QWidget *parent)
    : QDialog(parent), m_matrix(std::move(matrix)), m_base(std::move(base)), m_models(new QListWidget(this)), m_bar(new QDoubleSpinBox(this)),
      m_folds(new QSpinBox(this)), m_rule(new QComboBox(this)), m_train(new QPushButton(tr("&Train"), this)),
      m_export(new QPushButton(tr("&Export policy…"), this)), m_chart(new ChartWidget(this)), m_metrics(new QLabel(this)), m_choice(new QLabel(this))
{
    setWindowTitle(tr("Train a learned router"));
    setObjectName(QStringLiteral("trainRouterDialog"));
    resize(900, 640);

    // The pool, cheapest first: the first is the weak model of the metrics, the last the strong.
    std::vector<ModelPoint> points = RouterBaselines::singleModels(m_matrix, m_matrix.models());
    std::stable_sort(points.begin(), points.end(), [](const ModelPoint &a, const ModelPoint &b) { return a.costUsd < b.costUsd; });
    for (const ModelPoint &p : points) {
        auto *item = new QListWidgetItem(tr("%1 (quality %2, $%3 per 1,000)").arg(p.model).arg(p.quality, 0, 'f', 3).arg(p.costUsd * 1000, 0, 'g', 4), m_models);
        item->setData(Qt::UserRole, p.model);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_models->setAccessibleName(tr("Model pool"));
    // As tall as its rows (up to eight): the chart gets the rest.
    m_models->setMaximumHeight(m_models->sizeHintForRow(0) * std::min(8, std::max(2, m_models->count())) + 2 * m_models->frameWidth() + 4);
    m_bar->setRange(0, 1);
    m_bar->setSingleStep(0.05);
    m_bar->setDecimals(2);
    m_bar->setValue(0.5);
    m_bar->setAccessibleName(tr("Quality bar"));
    m_bar->setToolTip(tr("A model succeeds on a prompt when its quality there is at least this"));
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_folds->setAccessibleName(tr("Cross-validation folds"));
    m_rule->addItem(tr("Cheapest model likely to succeed (threshold)"), QStringLiteral("threshold"));
    m_rule->addItem(tr("Best value for a willingness to pay (λ)"), QStringLiteral("willingness_to_pay"));
    m_rule->setAccessibleName(tr("Routing rule"));
    m_chart->setTitle(tr("Quality against cost on held-out prompts"));
    m_chart->setXAxis(ChartWidget::XAxis::Value, tr("USD per 1,000 requests"));
    m_chart->setYLabel(tr("mean quality"));
    m_chart->setLegendBelow();
    m_chart->setAccessibleName(tr("Cost–quality curve"));
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choice->setWordWrap(true);
    m_export->setEnabled(false);
    m_train->setAccessibleName(tr("Train"));
    m_train->setObjectName(QStringLiteral("train"));
    m_export->setAccessibleName(tr("Export policy"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Models:"), m_models);
    form->addRow(tr("Quality &bar:"), m_bar);
    form->addRow(tr("&Folds:"), m_folds);
    form->addRow(tr("&Rule:"), m_rule);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_train, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_metrics);
    layout->addWidget(m_choice);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_train, &QPushButton::clicked, this, &TrainRouterDialog::train);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_chosen = -1;
        showStudy();
    });
    connect(m_chart, &ChartWidget::pointClicked, this, [this](int series, int index) {
        if (series == m_curveSeries)
            choosePoint(index);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(this, tr("Export learned policy"), QStringLiteral("learned-router.json"), tr("Policies (*.json)"));
        QString error;
        if (!fileName.isEmpty() && !exportPolicy(fileName, &error))
            m_choice->setText(error);
    });
}

QStringList TrainRouterDialog::chosenModels() const
{
    QStringList models;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            models.append(m_models->item(i)->data(Qt::UserRole).toString());
    return models;
}

void TrainRouterDialog::train()
{
    const QStringList models = chosenModels();
    if (models.size() < 2) {
        m_metrics->setText(tr("Choose at least two models."));
        return;
    }
    RouterTraining::Options options;
    options.qualityBar = m_bar->value();
    const int folds = m_folds->value();
    const int generation = ++m_generation;
    m_train->setEnabled(false);
    m_metrics->setText(tr("Training on %1 prompts with %2-fold cross-validation…").arg(m_matrix.rowsWithAll(models).size()).arg(folds));
    QPointer<TrainRouterDialog> self(this);
    auto matrix = std::make_shared<const OutcomeMatrix>(m_matrix);
    QThreadPool::globalInstance()->start([self, matrix, models, options, folds, generation] {
        auto study = std::make_shared<const RouterStudy>(RouterStudy::run(*matrix, models, options, folds, 1));
        QMetaObject::invokeMethod(qApp, [self, study, generation] {
            if (!self || generation != self->m_generation)
                return; // closed, or superseded by a newer training
            self->m_study = study;
            self->m_chosen = -1;
            self->m_train->setEnabled(true);
            self->showStudy();
            emit self->studied();
        });
    });
}

const RouterEvaluation::CostCurve &TrainRouterDialog::curve() const
{
    return m_rule->currentData().toString() == u"threshold" ? m_study->thresholdSweep : m_study->willingnessSweep;
}

void TrainRouterDialog::showStudy()
{
    m_chart->clear();
    m_curveSeries = -1;
    m_chosenSeries = -1;
    if (!m_study)
        return;
    const RouterStudy &s = *m_study;
    const bool threshold = m_rule->currentData().toString() == u"threshold";
    const RouterEvaluation::PairReport &pair = threshold ? s.thresholdRule : s.willingnessRule;
    const std::vector<ModelPoint> singles = RouterBaselines::singleModels(m_matrix, s.models);
    const auto zero = RouterBaselines::zeroRouter(singles);
    double zeroAiq = 0;
    {
        std::vector<RoutingMetrics::CostPoint> points;
        for (const ModelPoint &m : singles)
            points.push_back({m.costUsd, m.quality});
        zeroAiq = RoutingMetrics::aiq(points, std::max_element(singles.begin(), singles.end(), [](const auto &a, const auto &b) { return a.costUsd < b.costUsd; })->costUsd);
    }
    m_metrics->setText(tr("Held out (%1 folds, %2 prompts, %3 s): APGR %4, CPT(50%) %5, CPT(80%) %6 between %7 and %8; AIQ %9 (zero router %10).")
                           .arg(m_folds->value())
                           .arg(s.examples.size())
                           .arg(s.seconds, 0, 'f', 1)
                           .arg(pair.apgr, 0, 'f', 3)
                           .arg(percent(pair.cpt50), percent(pair.cpt80), s.models.front(), s.models.back())
                           .arg(curve().aiq, 0, 'f', 4)
                           .arg(zeroAiq, 0, 'f', 4));

    // The rule's sweep, by cost; the single models and their hull for comparison.
    const auto &c = curve();
    std::vector<int> order(c.points.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&c](int a, int b) { return c.points[size_t(a)].cost < c.points[size_t(b)].cost; });
    QVector<double> x, y;
    QStringList labels;
    for (int i : order) {
        x.append(c.points[size_t(i)].cost * 1000);
        y.append(c.points[size_t(i)].quality);
        labels.append(threshold ? tr("threshold %1").arg(c.parameter[size_t(i)], 0, 'f', 2) : tr("λ %1").arg(c.parameter[size_t(i)], 0, 'g', 3));
    }
    m_curveSeries = m_chart->addLineSeries(tr("learned router (held out)"));
    m_chart->setPoints(m_curveSeries, x, y);
    m_chart->setPointLabels(m_curveSeries, labels);
    const int hull = m_chart->addLineSeries(tr("zero router (mixes of single models)"));
    QVector<double> hx, hy;
    for (const auto &p : zero) {
        hx.append(p.cost * 1000);
        hy.append(p.quality);
    }
    m_chart->setPoints(hull, hx, hy);
    m_chart->setSeriesStyle(hull, palette().color(QPalette::Mid), 5, true);
    const int models = m_chart->addScatterSeries(tr("single models"));
    QVector<double> mx, my;
    for (const ModelPoint &m : singles) {
        mx.append(m.costUsd * 1000);
        my.append(m.quality);
        m_chart->addLabel(m.costUsd * 1000, m.quality, m.model, &m == &singles.back() ? Qt::AlignRight : Qt::AlignLeft);
    }
    m_chart->setPoints(models, mx, my);
    m_chosenSeries = m_chart->addScatterSeries(tr("chosen for export"));
    m_chart->setSeriesStyle(m_chosenSeries, palette().color(QPalette::Highlight), 12);
    m_chart->refresh();
    // Sweep order is kept for choosePoint: map chart index → sweep index.
    m_order = order;
    choosePoint(m_chosen >= 0 ? m_chosen : int(order.size()) / 2);
    m_export->setEnabled(true);
}

void TrainRouterDialog::choosePoint(int index)
{
    if (!m_study || index < 0 || index >= int(m_order.size()))
        return;
    m_chosen = index;
    const auto &c = curve();
    const size_t i = size_t(m_order[size_t(index)]);
    m_chart->setPoints(m_chosenSeries, {c.points[i].cost * 1000}, {c.points[i].quality});
    m_chart->refresh();
    const bool threshold = m_rule->currentData().toString() == u"threshold";
    m_choice->setText(tr("Export uses %1: mean quality %2 at $%3 per 1,000 requests on held-out prompts. Click a point of the curve to choose another.")
                          .arg(threshold ? tr("threshold %1").arg(c.parameter[i], 0, 'f', 2) : tr("λ %1").arg(c.parameter[i], 0, 'g', 3))
                          .arg(c.points[i].quality, 0, 'f', 3)
                          .arg(c.points[i].cost * 1000, 0, 'g', 4));
}

bool TrainRouterDialog::exportPolicy(const QString &fileName, QString *error)
{
    if (!m_study || m_chosen < 0) {
        *error = tr("Train first.");
        return false;
    }
    const auto &c = curve();
    LearnedRule rule;
    const double parameter = c.parameter[size_t(m_order[size_t(m_chosen)])];
    rule.kind = m_rule->currentData().toString() == u"threshold" ? LearnedRule::Kind::Threshold : LearnedRule::Kind::WillingnessToPay;
    rule.threshold = parameter;
    rule.lambda = parameter;
    QString why;
    auto policy = LearnedPolicy::build(m_study->model, rule, m_study->models, m_base, {}, QStringLiteral("learned"), &why);
    if (!policy) {
        *error = tr("Cannot export: %1").arg(why);
        return false;
    }
    if (policy->name.isEmpty())
        policy->name = QStringLiteral("learned-router");
    Diagnostics problems;
    PolicyReader::validate(*policy, problems);
    if (!problems.isEmpty()) {
        *error = problems.toString();
        return false;
    }
    writeFileInBackground(this, fileName, PolicyWriter::toJsonText(*policy), [this, fileName](const QString &e) { emit exported(fileName, e); });
    return true;
}

} // namespace sy
