#include "pages/ProvidersPage.h"

#include "widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/ProviderModelTableModel.h"

namespace sy {

ProvidersPage::ProvidersPage(ProviderModelTableModel *model, QWidget *parent)
    : QWidget(parent), m_add(new QPushButton(tr("&Add provider…"), this)), m_edit(new QPushButton(tr("&Edit provider…"), this)),
      m_remove(new QPushButton(tr("&Remove provider"), this)), m_filter(new QLineEdit(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this))
{
    auto *title = new QLabel(tr("<h2>Providers &amp; Models</h2>"), this);
    m_filter->setPlaceholderText(tr("Filter models, providers, capabilities…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter models"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    EmptyState::attach(m_table, tr("No providers yet. Add provider… fills in a form from presets (OpenAI, Anthropic, Groq, local "
                                   "servers and more); the Welcome page finds llama.cpp, Ollama, LM Studio or vLLM running here."), model);
    m_table->setObjectName(QStringLiteral("providersTable"));
    m_table->setAccessibleName(tr("Models and their prices"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderModelTableModel::Provider, Qt::AscendingOrder); // the header's default is descending
    m_table->setWordWrap(false);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("Add a provider (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(m_edit, &QPushButton::clicked, this, &ProvidersPage::editProvider);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeProvider);
    connect(m_table, &QTableView::doubleClicked, this, &ProvidersPage::editProvider);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProvidersPage::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    updateButtons();
}

void ProvidersPage::setProviders(const std::vector<ProviderSpec> &providers)
{
    m_providers = providers;
    updateButtons();
}

QString ProvidersPage::selectedProvider() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(ProviderModelTableModel::Provider).data().toString();
}

void ProvidersPage::updateButtons()
{
    const bool selected = !selectedProvider().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void ProvidersPage::addProvider() { openDialog(ProviderSpec{}); }

void ProvidersPage::editProvider()
{
    const QString id = selectedProvider();
    const auto it = std::find_if(m_providers.begin(), m_providers.end(), [&](const ProviderSpec &p) { return p.id == id; });
    if (it != m_providers.end())
        openDialog(*it);
}

void ProvidersPage::openDialog(const ProviderSpec &provider)
{
    QStringList ids;
    for (const ProviderSpec &p : m_providers)
        ids.append(p.id);
    auto *dialog = new ProviderDialog(provider, ids, m_readSecret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalId = provider.id] { emit saveRequested(dialog->provider(), originalId); });
    dialog->open();
}

void ProvidersPage::removeProvider()
{
    const QString id = selectedProvider();
    if (id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove provider"),
                                tr("Remove %1 and its models from the workspace? Policies that use it will no longer validate.").arg(id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveProvider"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id] { emit removeRequested(id); });
    box->open();
}

} // namespace sy
