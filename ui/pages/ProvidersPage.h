#pragma once

#include <QWidget>

#include <vector>

#include "dialogs/ProviderDialog.h"
#include "domain/Provider.h"

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sy {

class ProviderModelTableModel;

class ProvidersPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProvidersPage(ProviderModelTableModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    void setProviders(const std::vector<ProviderSpec> &providers);
    void setSecretReader(ProviderDialog::SecretReader reader) { m_readSecret = std::move(reader); }
    QString selectedProvider() const;
    void addProvider();
    void editProvider();
    void removeProvider();

signals:
    void saveRequested(const sy::ProviderSpec &provider, const QString &replacingId);
    void removeRequested(const QString &id);

private:
    void openDialog(const ProviderSpec &provider);
    void updateButtons();

    std::vector<ProviderSpec> m_providers;
    ProviderDialog::SecretReader m_readSecret;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace sy
