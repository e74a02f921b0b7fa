#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "models/TrafficSeries.h"
#include "policy/Policy.h"
#include "proxy/CredentialPrefetch.h"
#include "store/RequestLogStore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sy {

class ChartWidget;
class DemoTraffic;
class LiveTrafficFilter;
class LiveTrafficModel;
class PolicyListModel;
class ProxyService;
class WorkspaceSession;

// Runs the proxy with a chosen policy and shows what it serves: recent requests (filterable,
// with a details pane) and charts of requests per second, latency and spend, updated once a
// second from ProxyService's coalesced feed.
class LiveTrafficPage : public QWidget
{
    Q_OBJECT
public:
    QLabel *cacheLabel() const { return m_cacheLine; }
    LiveTrafficPage(WorkspaceSession *session, ProxyService *proxy, PolicyListModel *policies, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    LiveTrafficModel *model() const { return m_model; }
    QPushButton *startStopButton() const { return m_startStop; }
    QPushButton *demoTrafficButton() const { return m_demoButton; }
    void setDemoTrafficRate(double requestsPerSecond) { m_demoRate = requestsPerSecond; }
    QLineEdit *listenEdit() const { return m_listen; }
    QComboBox *policyChooser() const { return m_policy; }

    void startProxy();
    void stopProxy();
    void showServedPolicy(); // the policy box shows what the running proxy serves
    QPushButton *pauseButton() const { return m_pause; }
    static constexpr int kLoggedRows = 1000; // shown from the request log when a workspace opens
    // Serves this policy: switched live when the proxy runs, started with it otherwise.
    void servePolicy(const QString &name);
    // The policy being served as its saved version has it (before this page's settings, such as
    // logging bodies, were applied); none while the proxy is stopped.
    std::optional<Policy> servedPolicy() const;
    // Reads keychain credentials before serving (without it, environment references only).
    void setSecretReader(CredentialPrefetch::Reader reader) { m_readSecret = std::move(reader); }

signals:
    void proxyError(const QString &message);
    // From a request's details: show its path (JSON paths of nodes) in that policy's route.
    void showPathRequested(const QString &policy, const QString &routeAlias, const QStringList &path);

private:
    static Policy withSettings(Policy policy); // the Settings page's body logging
    // Reads the policy's keychain entries, then runs use(policy) with them in place.
    void withCredentials(const Policy &policy, std::function<void(const Policy &)> use);
    void onRequestsFinished(const std::vector<RequestLogEntry> &entries);
    void updateCharts();
    void updateCacheLine();
    void showDetails();
    void updateControls();

    WorkspaceSession *m_session;
    ProxyService *m_proxy;
    LiveTrafficModel *m_model;
    LiveTrafficFilter *m_filter;
    TrafficSeries m_series;
    QComboBox *m_policy;
    QLineEdit *m_listen;
    QPushButton *m_startStop;
    QPushButton *m_demoButton;
    QPushButton *m_pause;
    DemoTraffic *m_demoTraffic;
    QLabel *m_emptyHint;
    QLabel *m_state;
    QLabel *m_cacheLine = nullptr; // the response cache's hit rate, savings and size
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_bottomTabs;
    std::vector<RequestLogEntry> m_held; // arrived while paused
    void updatePauseText();
    void showLoggedRequests();
    QTextBrowser *m_details;
    QStringList m_shownPath; // of the request in the details
    QString m_shownRoute;
    QString m_shownPolicy;
    ChartWidget *m_rateChart;
    ChartWidget *m_latencyChart;
    ChartWidget *m_spendChart;
    int m_rateSeries = -1;
    int m_p50Series = -1;
    int m_p95Series = -1;
    QHash<QString, int> m_spendSeries; // by model
    QTimer *m_chartTimer;
    bool m_starting = false;
    double m_demoRate = 4;
    CredentialPrefetch::Reader m_readSecret;
    Policy m_servedAsSaved;
    quint64 m_detailsGeneration = 0; // feedback read for an earlier selection is dropped
};

} // namespace sy
