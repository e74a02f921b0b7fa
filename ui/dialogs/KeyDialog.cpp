#include "dialogs/KeyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sy {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

KeyDialog::KeyDialog(const VirtualKey &key, bool creating, QStringList takenNames, QStringList routes, QWidget *parent)
    : QDialog(parent), m_original(key), m_creating(creating), m_taken(std::move(takenNames)), m_name(new QLineEdit(key.name, this)),
      m_owner(new QLineEdit(key.owner, this)), m_tags(new QLineEdit(key.tags.join(QStringLiteral(", ")), this)),
      m_expires(new QCheckBox(tr("Expires on"), this)), m_expiry(new QDateEdit(this)), m_dayBudget(new QDoubleSpinBox(this)),
      m_monthBudget(new QDoubleSpinBox(this)), m_budgetMode(new QComboBox(this)), m_rpm(new QSpinBox(this)), m_tpm(new QSpinBox(this)),
      m_routes(new QLineEdit(key.limits.allowedRoutes.join(QStringLiteral(", ")), this)),
      m_models(new QLineEdit(key.limits.allowedModels.join(QStringLiteral(", ")), this)), m_defaultRoute(new QComboBox(this)),
      m_error(new QLabel(this)), m_save(nullptr)
{
    setWindowTitle(creating ? tr("New key") : tr("Edit key '%1'").arg(key.name));
    m_name->setReadOnly(!creating);
    m_name->setPlaceholderText(tr("for example: support-bot"));
    m_owner->setPlaceholderText(tr("a person or team"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = QDate::currentDate();
    m_expiry->setMinimumDate(today.addDays(1));
    m_expiry->setDate(key.expiresMs ? QDateTime::fromMSecsSinceEpoch(key.expiresMs, Qt::UTC).date() : today.addDays(90));
    m_expires->setChecked(key.expiresMs != 0);
    m_expiry->setEnabled(key.expiresMs != 0);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    for (QDoubleSpinBox *budget : {m_dayBudget, m_monthBudget}) {
        budget->setRange(0, 1e7);
        budget->setDecimals(2);
        budget->setPrefix(QStringLiteral("$"));
        budget->setSpecialValueText(tr("no budget"));
    }
    m_dayBudget->setValue(key.limits.dayBudgetUsd);
    m_monthBudget->setValue(key.limits.monthBudgetUsd);
    m_budgetMode->addItem(tr("Refuse requests (HTTP 402)"), true);
    m_budgetMode->addItem(tr("Only report it"), false);
    m_budgetMode->setCurrentIndex(key.limits.budgetHardStop ? 0 : 1);
    m_rpm->setRange(0, 1000000);
    m_rpm->setSpecialValueText(tr("no limit"));
    m_rpm->setValue(key.limits.requestsPerMinute);
    m_tpm->setRange(0, 2000000000);
    m_tpm->setSingleStep(1000);
    m_tpm->setSpecialValueText(tr("no limit"));
    m_tpm->setValue(int(std::min<qint64>(key.limits.tokensPerMinute, 2000000000)));
    m_routes->setPlaceholderText(tr("all routes"));
    m_models->setPlaceholderText(tr("any model, e.g. openai/gpt-4o-mini"));
    if (!routes.isEmpty())
        m_routes->setCompleter(new QCompleter(routes, m_routes));
    m_defaultRoute->setEditable(true);
    m_defaultRoute->addItem(QString());
    m_defaultRoute->addItems(routes);
    m_defaultRoute->setCurrentText(key.limits.defaultRoute);
    m_defaultRoute->setToolTip(tr("Where requests go that name a model this proxy does not serve."));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);

    auto *identity = new QFormLayout;
    identity->addRow(tr("Name"), m_name);
    identity->addRow(tr("Owner"), m_owner);
    identity->addRow(tr("Tags"), m_tags);
    identity->addRow(m_expires, m_expiry);
    auto *limits = new QFormLayout;
    limits->addRow(tr("Budget per day"), m_dayBudget);
    limits->addRow(tr("Budget per month"), m_monthBudget);
    limits->addRow(tr("Over budget"), m_budgetMode);
    limits->addRow(tr("Requests per minute"), m_rpm);
    limits->addRow(tr("Tokens per minute"), m_tpm);
    limits->addRow(tr("Routes"), m_routes);
    limits->addRow(tr("Models"), m_models);
    limits->addRow(tr("Default route"), m_defaultRoute);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(creating ? tr("Create key") : tr("Save"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addLayout(limits);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &KeyDialog::validate);
    validate();
}

VirtualKey KeyDialog::key() const
{
    VirtualKey k = m_original;
    if (m_creating)
        k.name = m_name->text().trimmed();
    k.owner = m_owner->text().trimmed();
    k.tags = splitList(m_tags->text());
    k.expiresMs = m_expires->isChecked() ? QDateTime(m_expiry->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() : 0;
    k.limits.dayBudgetUsd = m_dayBudget->value();
    k.limits.monthBudgetUsd = m_monthBudget->value();
    k.limits.budgetHardStop = m_budgetMode->currentData().toBool();
    k.limits.requestsPerMinute = m_rpm->value();
    k.limits.tokensPerMinute = m_tpm->value();
    k.limits.allowedRoutes = splitList(m_routes->text());
    k.limits.allowedModels = splitList(m_models->text());
    k.limits.defaultRoute = m_defaultRoute->currentText().trimmed();
    return k;
}

QString KeyDialog::validationError() const
{
    const QString name = m_name->text().trimmed();
    if (m_creating && name.isEmpty())
        return tr("Give the key a name: the request log shows it for every request made with the key.");
    if (m_creating && m_taken.contains(name))
        return tr("A key named '%1' exists already.").arg(name);
    return {};
}

void KeyDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_save->setEnabled(error.isEmpty());
}

} // namespace sy
