#include "dialogs/ImportPromptSetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sy {

namespace {
constexpr int kPreviewRows = 20;
}

ImportPromptSetDialog::ImportPromptSetDialog(ImportTable table, const QString &fileName, const QStringList &existingSets, QWidget *parent)
    : QDialog(parent), m_table(std::move(table)), m_fileName(fileName), m_existing(existingSets), m_name(new QLineEdit(this)),
      m_preview(new QTableWidget(this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Import prompt set"));
    m_name->setText(QFileInfo(fileName).completeBaseName());
    m_name->setAccessibleName(tr("Name of the prompt set"));
    const PromptFieldMap guess = PromptSetImport::guessMap(m_table);
    const QList<std::tuple<QString, QString, QString>> fields = {
        {QStringLiteral("prompt"), tr("Prompt text:"), guess.prompt},
        {QStringLiteral("messages"), tr("Or chat messages:"), guess.messages},
        {QStringLiteral("system"), tr("System prompt:"), guess.system},
        {QStringLiteral("reference"), tr("Reference answer:"), guess.reference},
        {QStringLiteral("category"), tr("Category:"), guess.category},
        {QStringLiteral("id"), tr("ID:"), guess.id}};
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    for (const auto &[field, label, guessed] : fields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(field + QStringLiteral("Column"));
        combo->setAccessibleName(label);
        combo->addItem(tr("(none)"), QString());
        for (const QString &c : m_table.columns)
            combo->addItem(c, c);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed)));
        m_columns.append({field, combo});
        form->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportPromptSetDialog::update);
    }
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("ID"), tr("Prompt"), tr("Reference"), tr("Category")});
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1: %n row(s), columns: %2", nullptr, int(m_table.rows.size())).arg(QFileInfo(fileName).fileName(), m_table.columns.join(QStringLiteral(", "))), this));
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ImportPromptSetDialog::update);
    resize(760, 620);
    update();
}

QComboBox *ImportPromptSetDialog::columnChoice(const QString &field) const
{
    for (const auto &[name, combo] : m_columns)
        if (name == field)
            return combo;
    return nullptr;
}

PromptFieldMap ImportPromptSetDialog::fieldMap() const
{
    // An unmapped field reads a column no row has, so it is simply absent.
    auto column = [this](const QString &field) {
        const QString c = columnChoice(field)->currentData().toString();
        return c.isEmpty() ? QStringLiteral("\x01unmapped-") + field : c;
    };
    PromptFieldMap map;
    map.id = column(QStringLiteral("id"));
    map.prompt = column(QStringLiteral("prompt"));
    map.messages = column(QStringLiteral("messages"));
    map.system = column(QStringLiteral("system"));
    map.reference = column(QStringLiteral("reference"));
    map.category = column(QStringLiteral("category"));
    return map;
}

void ImportPromptSetDialog::update()
{
    Diagnostics diagnostics = m_table.skipped;
    m_items = PromptSetImport::items(m_table, fieldMap(), diagnostics);
    m_preview->setRowCount(int(std::min<size_t>(m_items.size(), kPreviewRows)));
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const PromptItem &item = m_items[size_t(row)];
        m_preview->setItem(row, 0, new QTableWidgetItem(item.externalId));
        m_preview->setItem(row, 1, new QTableWidgetItem(lastUserText(item.messages).simplified()));
        m_preview->setItem(row, 2, new QTableWidgetItem(item.reference.simplified()));
        m_preview->setItem(row, 3, new QTableWidgetItem(item.category));
    }
    QStringList lines;
    for (qsizetype i = 0; i < diagnostics.items().size() && i < 5; ++i)
        lines.append(diagnostics.items()[i].toString(QFileInfo(m_fileName).fileName()));
    if (diagnostics.size() > 5)
        lines.append(tr("… and %n more", nullptr, int(diagnostics.size() - 5)));
    const QString name = m_name->text().trimmed();
    QString summary = tr("%n prompt(s) will be imported.", nullptr, int(m_items.size()));
    if (!diagnostics.isEmpty())
        summary += u' ' + tr("%n line(s) do not fit and are left out:", nullptr, int(diagnostics.size())) + u'\n' + lines.join(u'\n');
    if (name.isEmpty())
        summary += u'\n' + tr("Give the set a name.");
    else if (m_existing.contains(name))
        summary += u'\n' + tr("A set called \"%1\" exists: importing replaces it.").arg(name);
    m_problems->setText(summary);
    m_ok->setEnabled(!m_items.empty() && !name.isEmpty());
}

PromptSet ImportPromptSetDialog::promptSet() const
{
    return PromptSet{m_name->text().trimmed(), QFileInfo(m_fileName).fileName(), m_items};
}

} // namespace sy
