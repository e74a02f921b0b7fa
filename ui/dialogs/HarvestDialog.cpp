#include "dialogs/HarvestDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "session/WorkspaceSession.h"

namespace sy {

HarvestDialog::HarvestDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_range(new QComboBox(this)), m_route(new QLineEdit(this)),
      m_arm(new QLineEdit(this)), m_client(new QLineEdit(this)), m_feedback(new QComboBox(this)), m_limit(new QSpinBox(this)),
      m_email(new QCheckBox(this)), m_phone(new QCheckBox(this)), m_keys(new QCheckBox(this)), m_patterns(new QPlainTextEdit(this)),
      m_preview(new QPushButton(this)), m_save(new QPushButton(this)), m_summary(new QLabel(this)), m_findings(new QTableWidget(this))
{
    setObjectName(QStringLiteral("harvestDialog"));
    setWindowTitle(tr("Prompt set from traffic"));
    m_name->setText(tr("From traffic %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    m_range->addItems({tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Everything logged")});
    m_range->setCurrentIndex(2);
    m_route->setPlaceholderText(tr("any"));
    m_arm->setPlaceholderText(tr("any"));
    m_client->setPlaceholderText(tr("any"));
    m_feedback->addItems({tr("Any"), tr("Rated"), tr("Liked"), tr("Disliked")});
    m_limit->setRange(1, 100000);
    m_limit->setValue(1000);
    m_email->setText(tr("E-mail addresses"));
    m_phone->setText(tr("Phone numbers"));
    m_keys->setText(tr("Keys and tokens"));
    for (QCheckBox *box : {m_email, m_phone, m_keys})
        box->setChecked(true);
    m_patterns->setPlaceholderText(tr("One per line, NAME=REGEX, e.g. ticket=ACME-\\d+"));
    m_patterns->setMaximumHeight(60);
    m_preview->setText(tr("Preview"));
    m_preview->setObjectName(QStringLiteral("harvestPreview"));
    m_save->setText(tr("Save prompt set"));
    m_save->setObjectName(QStringLiteral("harvestSave"));
    m_save->setEnabled(false);
    m_summary->setWordWrap(true);
    m_findings->setColumnCount(3);
    m_findings->setHorizontalHeaderLabels({tr("Request"), tr("Found"), tr("Taken out")});
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->hide();
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const std::pair<QWidget *, QString> names[] = {{m_name, tr("Prompt set name")}, {m_range, tr("Time range")}, {m_route, tr("Route")},
                                                   {m_arm, tr("A/B arm")},          {m_client, tr("Client")},   {m_feedback, tr("Feedback")},
                                                   {m_limit, tr("At most")},        {m_patterns, tr("Own patterns")},
                                                   {m_findings, tr("Findings")}};
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Logged:"), m_range);
    form->addRow(tr("Route:"), m_route);
    form->addRow(tr("A/B arm:"), m_arm);
    form->addRow(tr("Client:"), m_client);
    form->addRow(tr("Feedback:"), m_feedback);
    form->addRow(tr("At most:"), m_limit);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_email);
    kinds->addWidget(m_phone);
    kinds->addWidget(m_keys);
    kinds->addStretch();
    form->addRow(tr("Take out:"), kinds);
    form->addRow(tr("Also take out:"), m_patterns);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &HarvestDialog::preview);
    connect(m_save, &QPushButton::clicked, this, &HarvestDialog::save);
    // A preview no longer matching the fields cannot be saved.
    const auto stale = [this] {
        m_resultCurrent = false;
        m_save->setEnabled(false);
    };
    for (QLineEdit *edit : {m_route, m_arm, m_client})
        connect(edit, &QLineEdit::textChanged, this, stale);
    for (QComboBox *box : {m_range, m_feedback})
        connect(box, &QComboBox::currentIndexChanged, this, stale);
    for (QCheckBox *box : {m_email, m_phone, m_keys})
        connect(box, &QCheckBox::toggled, this, stale);
    connect(m_patterns, &QPlainTextEdit::textChanged, this, stale);
    connect(m_limit, &QSpinBox::valueChanged, this, stale);

    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("Requests logged with their bodies become prompts; the logged answer becomes each prompt's reference. "
                                  "Preview shows everything that will be taken out before anything is saved."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    resize(640, 600);
}

std::shared_ptr<const Redactor> HarvestDialog::redactor(QString *problem) const
{
    int kinds = 0;
    kinds |= m_email->isChecked() ? Redactor::Email : 0;
    kinds |= m_phone->isChecked() ? Redactor::Phone : 0;
    kinds |= m_keys->isChecked() ? Redactor::Key : 0;
    auto redactor = std::make_shared<Redactor>(kinds);
    for (const QString &line : m_patterns->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = tr("“%1” is not NAME=REGEX").arg(line);
            return nullptr;
        }
        if (!redactor->addPattern(line.left(eq).trimmed(), line.mid(eq + 1), problem))
            return nullptr;
    }
    return redactor;
}

void HarvestDialog::preview()
{
    QString problem;
    const std::shared_ptr<const Redactor> redactor = this->redactor(&problem);
    if (!redactor) {
        m_summary->setText(problem);
        return;
    }
    constexpr qint64 kHour = 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 spans[] = {kHour, 24 * kHour, 7 * 24 * kHour, 30 * 24 * kHour, now};
    LogHarvest::Filter filter;
    filter.fromMs = now - spans[std::clamp(m_range->currentIndex(), 0, 4)];
    filter.toMs = now + 1;
    filter.route = m_route->text().trimmed();
    filter.arm = m_arm->text().trimmed();
    filter.client = m_client->text().trimmed();
    filter.feedback = LogHarvest::FeedbackFilter(m_feedback->currentIndex());
    filter.limit = m_limit->value();
    m_summary->setText(tr("Reading the request log…"));
    m_preview->setEnabled(false);
    QPointer<HarvestDialog> self(this);
    m_session->harvest(filter, redactor, m_name->text().trimmed(), [self](const LogHarvest::Selection &selection, const LogHarvest::Redacted &redacted) {
        if (!self)
            return;
        self->m_preview->setEnabled(true);
        self->m_result = redacted;
        self->m_resultCurrent = true;
        self->m_summary->setText(
            tr("%1 requests matched: %2 become prompts, %3 were logged without their body (turn on logging bodies in Settings, or "
               "log_bodies in the policy), %4 were not chat requests. %5 things will be taken out:")
                .arg(selection.matched)
                .arg(selection.requests.size())
                .arg(selection.withoutBody)
                .arg(selection.unreadable)
                .arg(redacted.findings.size()));
        self->m_findings->setRowCount(int(redacted.findings.size()));
        for (int row = 0; row < int(redacted.findings.size()); ++row) {
            const auto &[item, finding] = redacted.findings[size_t(row)];
            self->m_findings->setItem(row, 0, new QTableWidgetItem(redacted.set.items[size_t(item)].externalId));
            self->m_findings->setItem(row, 1, new QTableWidgetItem(finding.original));
            self->m_findings->setItem(row, 2, new QTableWidgetItem(finding.kind));
        }
        self->m_findings->resizeColumnsToContents();
        self->m_save->setEnabled(!redacted.set.items.empty() && !self->m_name->text().trimmed().isEmpty());
        emit self->previewed();
    });
}

void HarvestDialog::save()
{
    if (!m_resultCurrent || m_result.set.items.empty())
        return;
    m_result.set.name = m_name->text().trimmed();
    m_save->setEnabled(false);
    QPointer<HarvestDialog> self(this);
    const QString name = m_result.set.name;
    m_session->savePromptSet(m_result.set, [self, name](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_summary->setText(tr("Not saved: %1").arg(error));
            self->m_save->setEnabled(true);
            return;
        }
        emit self->saved(name);
        self->accept();
    });
}

} // namespace sy
