#pragma once

#include <QTimer>
#include <QWidget>

#include "session/KeyService.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sy {

class ChartWidget;
class KeysModel;

// Virtual keys for the people and apps that call the proxy: each with an owner, tags, expiry,
// budgets, rate limits, the routes and models it may use and a default route. New keys are shown
// once; rotating gives a new secret; revoking stops a key at once. Spend per key today and this
// month against its budgets, and per day over the last month in a chart.
class KeysPage : public QWidget
{
    Q_OBJECT
public:
    KeysPage(KeyService *keys, QWidget *parent = nullptr);

    // The route aliases the dialogs offer (the active policies').
    void setRoutes(const QStringList &routes) { m_routes = routes; }
    void refresh();

    KeysModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ChartWidget *chart() const { return m_chart; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *summaryLabel() const { return m_summary; }

    // What the buttons open; a test replaces them to answer without a modal loop.
    std::function<bool(VirtualKey &key, bool creating)> editKey;
    std::function<void(const QString &name, const QByteArray &secret, bool rotated)> showSecret;
    std::function<bool(const QString &question)> confirm;

signals:
    void loaded();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showListing(const KeyService::Listing &listing);
    void updateButtons();
    QString selectedName() const;
    void createKey();
    void editSelected();
    void rotateSelected();
    void revokeSelected();
    void retranslate();

    KeyService *m_keys;
    KeysModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    ChartWidget *m_chart;
    QLabel *m_intro;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_rotate;
    QPushButton *m_revoke;
    QStringList m_routes;
    QTimer m_poll; // spend moves while the page is open
    KeyService::Listing m_listing;
};

} // namespace sy
