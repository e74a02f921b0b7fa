#pragma once

#include <QWidget>

class QLineEdit;
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

private:
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace sy
