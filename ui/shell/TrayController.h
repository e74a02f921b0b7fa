#pragma once

#include <QDate>
#include <QObject>
#include <QString>

#include <deque>
#include <vector>

#include "store/RequestLogStore.h"

class QAction;
class QIcon;
class QTimer;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace sy {

class LiveTrafficPage;
class PolicyListModel;
class ProxyService;

// The one owner of the system tray icon: start and stop the proxy, switch the policy it
// serves, show its status (address, requests in the last minute, errors, spend today) and
// notify when a circuit breaker opens or the day's spend crosses the budget. Works without a
// tray too (menu and notifications are still built, so they can be tested and shown elsewhere).
class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(QWidget *window, ProxyService *proxy, PolicyListModel *policies, LiveTrafficPage *page, QObject *parent = nullptr);
    ~TrayController() override;

    // What the icon shows: the proxy stopped, serving, or serving with errors in the last minute.
    enum class State { Stopped, Serving, Errors };
    State state() const { return m_state; }
    QIcon icon() const; // for the state; shown in the tray when there is one
    static QIcon iconFor(State state);

    static bool trayAvailable();
    // Once per installation, when the window first closes into the tray: the proxy goes on serving.
    void tellKeptRunning();
    bool isShown() const;
    QMenu *menu() const { return m_menu; }
    QRect iconGeometry() const; // on screen; empty without a tray
    QAction *startStopAction() const { return m_startStop; }
    QMenu *policyMenu() const { return m_policyMenu; }
    QString statusText() const;
    void setDailyBudgetUsd(double usd) { m_budgetUsd = usd; }
    double dailyBudgetUsd() const { return m_budgetUsd; }
    double spendTodayUsd() const { return m_spendToday; }

signals:
    void notified(const QString &title, const QString &message);
    void quitRequested(); // the window decides, since quitting stops a serving proxy

private:
    void onRequestsFinished(const std::vector<RequestLogEntry> &entries);
    void notify(const QString &title, const QString &message);
    void rebuildPolicyMenu();
    void updateStatus();
    void showWindow();

    QWidget *m_window;
    ProxyService *m_proxy;
    PolicyListModel *m_policies;
    LiveTrafficPage *m_page;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu;
    QMenu *m_policyMenu;
    QAction *m_status;
    QAction *m_startStop;
    std::deque<qint64> m_lastMinute; // finish times, ms
    std::deque<qint64> m_errorTimes;
    double m_spendToday = 0;
    QDate m_spendDay;
    double m_budgetUsd = 0;
    bool m_budgetNotified = false;
    State m_state = State::Stopped;
    QTimer *m_ageTimer; // errors older than a minute leave the icon
};

} // namespace sy
