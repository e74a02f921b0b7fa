#include "dialogs/ShadowTestDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sy {

ShadowTestDialog::ShadowTestDialog(const Policy &policy, const QString &route, QWidget *parent)
    : QDialog(parent), m_route(new QComboBox(this)), m_candidate(new QComboBox(this)), m_sample(new QDoubleSpinBox(this)),
      m_budget(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Try a model on live traffic"));
    setObjectName(QStringLiteral("shadowTestDialog"));
    for (const Route &r : policy.routes)
        m_route->addItem(r.alias);
    m_route->setCurrentIndex(std::max(0, m_route->findText(route)));
    for (const ProviderSpec &p : policy.providers)
        for (const ModelSpec &m : p.models)
            m_candidate->addItem(p.id + QLatin1Char('/') + m.id);
    m_sample->setRange(0.1, 100);
    m_sample->setDecimals(1);
    m_sample->setSuffix(tr(" %"));
    m_sample->setValue(100 * RouteShadow::kDefaultSample);
    m_budget->setRange(0.01, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(tr("$"));
    m_budget->setValue(1);
    m_route->setAccessibleName(tr("Route"));
    m_candidate->setAccessibleName(tr("Candidate model"));
    m_sample->setAccessibleName(tr("Share of requests mirrored"));
    m_budget->setAccessibleName(tr("Daily budget"));

    auto *explain = new QLabel(tr("A shadow test sends a copy of a share of the route's answered requests to the candidate after each "
                                  "client has its answer. Clients only ever get the served answers; the candidate's are logged beside "
                                  "them and compared on the Experiments page. Next steps: a canary, then all traffic."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Route:"), m_route);
    form->addRow(tr("Candidate:"), m_candidate);
    form->addRow(tr("Mirror:"), m_sample);
    form->addRow(tr("Spend at most a day:"), m_budget);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start shadow test"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_route->count() > 0 && m_candidate->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ShadowTestDialog::route() const { return m_route->currentText(); }
QString ShadowTestDialog::candidate() const { return m_candidate->currentText(); }
double ShadowTestDialog::sample() const { return m_sample->value() / 100; }
double ShadowTestDialog::dailyBudgetUsd() const { return m_budget->value(); }

} // namespace sy
