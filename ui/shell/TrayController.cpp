#include "shell/TrayController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QTimer>
#include <QSystemTrayIcon>
#include <QWidget>

#include "models/PolicyListModel.h"
#include "pages/LiveTrafficPage.h"
#include "proxy/ProxyService.h"
#include "widgets/Icons.h"

namespace sy {

TrayController::TrayController(QWidget *window, ProxyService *proxy, PolicyListModel *policies, LiveTrafficPage *page, QObject *parent)
    : QObject(parent), m_window(window), m_proxy(proxy), m_policies(policies), m_page(page), m_menu(new QMenu(window)),
      m_policyMenu(new QMenu(tr("Serve policy"), m_menu)), m_status(new QAction(m_menu)), m_startStop(new QAction(m_menu)),
      m_ageTimer(new QTimer(this))
{
    m_status->setEnabled(false);
    m_status->setProperty("notACommand", true); // a line of state, not something to run
    m_menu->addAction(m_status);
    m_menu->addSeparator();
    m_menu->addAction(m_startStop);
    m_menu->addMenu(m_policyMenu);
    m_menu->addSeparator();
    m_menu->addAction(tr("Show Switchyard"), this, &TrayController::showWindow);
    QAction *quit = m_menu->addAction(tr("Quit"), this, &TrayController::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    m_ageTimer->setInterval(5000);
    connect(m_ageTimer, &QTimer::timeout, this, &TrayController::updateStatus);
    connect(m_startStop, &QAction::triggered, this, [this] { m_proxy->isRunning() ? m_page->stopProxy() : m_page->startProxy(); });
    connect(m_proxy, &ProxyService::started, this, &TrayController::updateStatus);
    connect(m_proxy, &ProxyService::stopped, this, &TrayController::updateStatus);
    connect(m_proxy, &ProxyService::requestsFinished, this, &TrayController::onRequestsFinished);
    connect(m_proxy, &ProxyService::policyChanged, this, &TrayController::rebuildPolicyMenu);
    connect(m_proxy, &ProxyService::stopped, this, &TrayController::rebuildPolicyMenu);
    connect(m_policies, &QAbstractItemModel::modelReset, this, &TrayController::rebuildPolicyMenu);
    connect(m_policies, &QAbstractItemModel::rowsInserted, this, &TrayController::rebuildPolicyMenu);
    connect(m_policies, &QAbstractItemModel::rowsRemoved, this, &TrayController::rebuildPolicyMenu);

    if (trayAvailable()) {
        m_icon = new QSystemTrayIcon(iconFor(State::Stopped), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        m_icon->show();
    }
    rebuildPolicyMenu();
    updateStatus();
}

TrayController::~TrayController() = default;

QIcon TrayController::iconFor(State state)
{
    // The application's icon with a dot in the corner: grey stopped, green serving, red errors.
    const QColor dot = state == State::Stopped ? QColor(0x8a, 0x8a, 0x8a) : state == State::Serving ? QColor(0x2f, 0xb3, 0x44) : QColor(0xd6, 0x39, 0x39);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = icons::application().pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal r = size * 0.22;
        const QPointF centre(size - r - 0.5, size - r - 0.5);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
        painter.setBrush(dot);
        painter.drawEllipse(centre, r, r);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon TrayController::icon() const { return iconFor(m_state); }

void TrayController::tellKeptRunning()
{
    QSettings settings;
    if (settings.value(QStringLiteral("tray/keptRunningTold"), false).toBool())
        return;
    settings.setValue(QStringLiteral("tray/keptRunningTold"), true);
    notify(tr("Switchyard keeps serving"),
           tr("The proxy goes on serving at %1. Open Switchyard or quit it from this icon.").arg(m_proxy->baseUrl()));
}

bool TrayController::trayAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }

QRect TrayController::iconGeometry() const { return m_icon ? m_icon->geometry() : QRect(); }

bool TrayController::isShown() const { return m_icon && m_icon->isVisible(); }

QString TrayController::statusText() const
{
    if (!m_proxy->isRunning())
        return tr("Proxy stopped");
    return tr("Serving %1 at %2\n%3 requests in the last minute, %4 errors\nSpend today: $%5")
        .arg(m_proxy->policy().name, m_proxy->baseUrl())
        .arg(m_lastMinute.size())
        .arg(m_errorTimes.size())
        .arg(m_spendToday, 0, 'f', 4);
}

void TrayController::updateStatus()
{
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 60000;
    while (!m_lastMinute.empty() && m_lastMinute.front() < cutoff)
        m_lastMinute.pop_front();
    while (!m_errorTimes.empty() && m_errorTimes.front() < cutoff)
        m_errorTimes.pop_front();
    const bool running = m_proxy->isRunning();
    m_startStop->setText(running ? tr("Stop proxy") : tr("Start proxy"));
    m_status->setText(running ? tr("Serving %1").arg(m_proxy->baseUrl()) : tr("Proxy stopped"));
    const State state = !running ? State::Stopped : m_errorTimes.empty() ? State::Serving : State::Errors;
    running ? m_ageTimer->start() : m_ageTimer->stop();
    const bool changed = state != m_state;
    m_state = state;
    if (m_icon) {
        m_icon->setToolTip(statusText());
        if (changed)
            m_icon->setIcon(icon());
    }
}

void TrayController::onRequestsFinished(const std::vector<RequestLogEntry> &entries)
{
    const QDate today = QDate::currentDate();
    if (m_spendDay != today) {
        m_spendDay = today;
        m_spendToday = 0;
        m_budgetNotified = false;
    }
    for (const RequestLogEntry &e : entries) {
        const qint64 finished = e.timestampMs + qint64(e.latencyMs);
        m_lastMinute.push_back(finished);
        if (e.status < 200 || e.status >= 400)
            m_errorTimes.push_back(finished);
        m_spendToday += e.costUsd;
        for (const AttemptLogEntry &a : e.attemptLog)
            if (a.breakerEvent == u"opened")
                notify(tr("Circuit breaker opened"),
                       tr("%1/%2 failed repeatedly; requests skip it until it recovers.").arg(a.provider, a.model));
    }
    if (m_budgetUsd > 0 && !m_budgetNotified && m_spendToday >= m_budgetUsd) {
        m_budgetNotified = true;
        notify(tr("Daily budget reached"), tr("Spend today is $%1, over the budget of $%2.").arg(m_spendToday, 0, 'f', 2).arg(m_budgetUsd, 0, 'f', 2));
    }
    updateStatus();
}

void TrayController::notify(const QString &title, const QString &message)
{
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, QSystemTrayIcon::Warning);
    emit notified(title, message);
}

void TrayController::rebuildPolicyMenu()
{
    m_policyMenu->clear();
    auto *group = new QActionGroup(m_policyMenu);
    for (int row = 0; row < m_policies->rowCount(); ++row) {
        const QString name = m_policies->index(row).data(PolicyListModel::NameRole).toString();
        QAction *action = m_policyMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_proxy->isRunning() && m_proxy->policy().name == name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { m_page->servePolicy(name); });
    }
    m_policyMenu->setEnabled(!m_policyMenu->isEmpty());
}

void TrayController::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace sy
