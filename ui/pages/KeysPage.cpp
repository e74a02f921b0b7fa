#include "pages/KeysPage.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

#include "charts/ChartWidget.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/KeySecretDialog.h"
#include "models/KeysModel.h"

namespace sy {

KeysPage::KeysPage(KeyService *keys, QWidget *parent)
    : QWidget(parent), m_keys(keys), m_model(new KeysModel(this)), m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_chart(new ChartWidget(this)), m_intro(new QLabel(this)), m_summary(new QLabel(this)), m_new(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_rotate(new QPushButton(this)), m_revoke(new QPushButton(this))
{
    setObjectName(QStringLiteral("keysPage"));
    m_intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("keysSummary"));
    m_summary->setWordWrap(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(KeysModel::SortRole);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeysModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setXAxis(ChartWidget::XAxis::Time);
    m_chart->setTimeFormat(QStringLiteral("MM-dd"));
    m_chart->setLegendBelow();
    m_chart->setMinimumHeight(200);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_rotate, m_revoke})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("keysSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    editKey = [this](VirtualKey &key, bool creating) {
        QStringList taken;
        for (int i = 0; i < m_model->rowCount(); ++i)
            taken.append(m_model->key(i).name);
        KeyDialog dialog(key, creating, taken, m_routes, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        key = dialog.key();
        return true;
    };
    showSecret = [this](const QString &name, const QByteArray &secret, bool rotated) { KeySecretDialog(name, secret, rotated, this).exec(); };
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Virtual keys"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    connect(m_new, &QPushButton::clicked, this, &KeysPage::createKey);
    connect(m_edit, &QPushButton::clicked, this, &KeysPage::editSelected);
    connect(m_rotate, &QPushButton::clicked, this, &KeysPage::rotateSelected);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPage::revokeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &KeysPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateButtons);
    connect(m_keys, &KeyService::keysChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &KeysPage::refresh);
    retranslate();
    updateButtons();
}

void KeysPage::retranslate()
{
    m_intro->setText(tr("Keys for the apps and people that call the proxy, each with its own budgets and limits. Once the workspace "
                        "has a key, every request to the proxy needs one. Changes reach a running proxy within a second, here or "
                        "from 'switchyard-cli keys'."));
    m_new->setText(tr("New key…"));
    m_edit->setText(tr("Edit…"));
    m_rotate->setText(tr("Rotate…"));
    m_revoke->setText(tr("Revoke…"));
    m_chart->setTitle(tr("Spend per key and day"));
    m_chart->setYLabel(tr("USD"));
    m_chart->setEmptyText(tr("No spend by any key in the last %n day(s).", nullptr, KeyService::kChartDays));
    m_table->setAccessibleName(tr("Virtual keys"));
    if (!m_listing.keys.empty() || m_listing.nowMs)
        showListing(m_listing);
}

void KeysPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_poll.start();
}

void KeysPage::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

void KeysPage::refresh()
{
    QPointer<KeysPage> self(this);
    m_keys->load([self](const KeyService::Listing &listing) {
        if (self)
            self->showListing(listing);
    });
}

void KeysPage::showListing(const KeyService::Listing &listing)
{
    m_listing = listing;
    const QString selected = selectedName();
    // A running proxy knows spend the log has not caught up with yet.
    QHash<QString, double> today = listing.todayUsd, month = listing.monthUsd;
    for (const std::shared_ptr<KeyAccount> &account : m_keys->registry()->accounts()) {
        const QString name = account->key()->name;
        const KeyAccount::Figures f = account->figures(listing.nowMs);
        today[name] = std::max(today.value(name), f.dayUsd);
        month[name] = std::max(month.value(name), f.monthUsd);
    }
    m_model->setKeys(listing.keys, today, month, listing.nowMs);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    m_table->resizeColumnsToContents();

    int active = 0;
    double todayTotal = 0, monthTotal = 0;
    for (const VirtualKey &k : listing.keys) {
        active += k.usableAt(listing.nowMs);
        todayTotal += today.value(k.name);
        monthTotal += month.value(k.name);
    }
    m_summary->setText(listing.keys.empty() ? tr("No keys yet: the proxy takes requests without one (on this computer only).")
                                            : tr("%n key(s) active; spent today $%1, this month $%2.", nullptr, active)
                                                  .arg(todayTotal, 0, 'f', 4)
                                                  .arg(monthTotal, 0, 'f', 4));

    // One line per key: its spend on each of the last days.
    m_chart->clear();
    std::map<QString, std::map<qint64, double>> byKey;
    for (const KeyStore::DaySpend &d : listing.daily)
        byKey[d.key][d.dayStartMs] += d.usd;
    const qint64 firstDay = listing.nowMs - listing.nowMs % 86400000 - qint64(KeyService::kChartDays - 1) * 86400000;
    for (const auto &[name, days] : byKey) {
        const int series = m_chart->addLineSeries(name);
        QVector<double> x, y;
        for (int i = 0; i < KeyService::kChartDays; ++i) {
            const qint64 day = firstDay + qint64(i) * 86400000;
            x.append(double(day) / 1000.0);
            const auto it = days.find(day);
            y.append(it == days.end() ? 0.0 : it->second);
        }
        m_chart->setPoints(series, x, y);
    }
    m_chart->setFixedTimeRange(double(firstDay) / 1000.0, double(firstDay + qint64(KeyService::kChartDays) * 86400000) / 1000.0);
    m_chart->refresh();
    updateButtons();
    emit loaded();
}

QString KeysPage::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_sorted->data(rows.first(), KeysModel::NameRole).toString();
}

void KeysPage::updateButtons()
{
    const int row = m_model->rowOf(selectedName());
    const bool live = row >= 0 && m_model->key(row).revokedMs == 0;
    m_edit->setEnabled(row >= 0);
    m_rotate->setEnabled(live);
    m_revoke->setEnabled(live);
}

void KeysPage::createKey()
{
    VirtualKey draft;
    if (!editKey(draft, true))
        return;
    QPointer<KeysPage> self(this);
    m_keys->create(draft, [self](const KeyStore::Issued &issued) {
        if (!self)
            return;
        if (!issued.error.isEmpty())
            return emit self->failed(tr("The key could not be made: %1").arg(issued.error));
        self->showSecret(issued.key.name, issued.secret, false);
        self->refresh();
    });
}

void KeysPage::editSelected()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0)
        return;
    VirtualKey key = m_model->key(row);
    if (!editKey(key, false))
        return;
    QPointer<KeysPage> self(this);
    m_keys->update(key, [self](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            emit self->failed(tr("The key could not be saved: %1").arg(error));
        self->refresh();
    });
}

void KeysPage::rotateSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !confirm(tr("Give '%1' a new secret? The current one stops working at once.").arg(name)))
        return;
    QPointer<KeysPage> self(this);
    m_keys->rotate(name, [self](const KeyStore::Issued &issued) {
        if (!self)
            return;
        if (!issued.error.isEmpty())
            return emit self->failed(tr("The key could not be rotated: %1").arg(issued.error));
        self->showSecret(issued.key.name, issued.secret, true);
        self->refresh();
    });
}

void KeysPage::revokeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !confirm(tr("Revoke '%1'? Requests with it are refused from now on; this cannot be undone.").arg(name)))
        return;
    QPointer<KeysPage> self(this);
    m_keys->revoke(name, [self](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            emit self->failed(tr("The key could not be revoked: %1").arg(error));
        self->refresh();
    });
}

} // namespace sy
