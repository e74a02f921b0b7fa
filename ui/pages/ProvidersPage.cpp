#include "pages/ProvidersPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/ProviderModelTableModel.h"

namespace sy {

ProvidersPage::ProvidersPage(ProviderModelTableModel *model, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

} // namespace sy
