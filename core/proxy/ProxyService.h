#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>
#include <vector>

#include "gateway/KeyRegistry.h"
#include "gateway/LatencyStats.h"
#include "gateway/ResponseCacheStore.h"
#include "feedback/Feedback.h"
#include "policy/Policy.h"
#include "proxy/ProxyRuntime.h"
#include "proxy/RequestLogEntry.h"

namespace sy {

class HttpServer;
class ProxyHandler;
class ResponseArchive;

// The proxy as an application runs it in-process (the workbench, the tray): start and stop on
// an address, switch policies live, and a coalesced feed of finished requests for live views.
// The server works on its own threads; this object lives on the caller's thread and only
// drains a buffer there every kFeedIntervalMs, so a busy proxy costs the GUI a few signals a
// second, never a wait.
class ProxyService : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 4000; // 0 picks a free one
        int workerThreads = 2;
        QList<QByteArray> clientKeys; // required for a non-loopback address

        // "ADDRESS:PORT" such as 127.0.0.1:4000 or [::1]:4000; false when it is not one.
        static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
    };
    static constexpr int kFeedIntervalMs = 200;

    ProxyService(ProxyRuntime::CredentialResolver credentials, ProxyRuntime::SimulatorResolver simulators,
                 QObject *parent = nullptr);
    ~ProxyService() override;

    // For the next start or policy switch (say, with keychain entries read beforehand).
    void setCredentialResolver(ProxyRuntime::CredentialResolver credentials)
    {
        m_credentials = std::move(credentials);
    }

    // Where every finished request goes besides the live feed: the workspace's request log.
    // Called on the proxy's worker threads; once this returns, the previous one is never called
    // again, so its target may go. Empty: none.
    using RequestLog = std::function<void(const RequestLogEntry &entry)>;
    void setRequestLog(RequestLog requestLog);
    // Where feedback sent to the proxy goes (the workspace), on the same terms. Empty: the
    // feedback endpoint answers that nothing keeps it.
    using FeedbackLog = std::function<void(Feedback &&feedback)>;
    void setFeedbackLog(FeedbackLog feedbackLog);

    // Where stored Responses API responses are kept besides memory (the workspace); any time,
    // the running proxy switches to it. Empty: memory only.
    void setResponseArchive(std::shared_ptr<ResponseArchive> archive);

    // The virtual keys the proxy accepts (the workspace's, kept current by a KeySync); shared with
    // every handler this service starts. Once it holds any, requests need a key.
    const std::shared_ptr<KeyRegistry> &keyRegistry() const { return m_keys; }
    // Live figures for views, read without waiting on the proxy's threads: the response cache,
    // and each upstream of the running policy (ref "provider/model" -> figures).
    ResponseCacheStore::Stats cacheStats() const;
    struct UpstreamFigures
    {
        QString ref;
        LatencyStats::Figures figures;
        int inFlight = 0;
        bool breakerOpen = false;
    };
    std::vector<UpstreamFigures> upstreamFigures() const;

    bool start(const Policy &policy, const Settings &settings, QString *error);
    void stop(); // stops accepting and ends open connections; the feed delivers what finished
    void setPolicy(const Policy &policy); // new requests use it; warnings come as warnings()
    bool isRunning() const { return m_server != nullptr; }
    QString baseUrl() const; // http://ADDRESS:PORT/v1, empty when stopped
    quint16 port() const;
    int activeRequests() const;
    const Policy &policy() const { return m_policy; }

signals:
    void started(const QString &baseUrl);
    void stopped();
    void requestsFinished(const std::vector<sy::RequestLogEntry> &entries); // oldest first
    void warnings(const QStringList &messages); // providers that cannot be reached (a missing key...)
    void policyChanged(const QString &name);    // on start and on every switch

private:
    void drainFeed();

    ProxyRuntime::CredentialResolver m_credentials;
    ProxyRuntime::SimulatorResolver m_simulators;
    Policy m_policy;
    std::shared_ptr<ProxyHandler> m_handler;
    std::shared_ptr<KeyRegistry> m_keys = std::make_shared<KeyRegistry>();
    std::shared_ptr<ResponseArchive> m_responseArchive;
    std::unique_ptr<HttpServer> m_server;
    QTimer m_feedTimer;
    std::mutex m_feedMutex; // also guards m_requestLog
    std::vector<RequestLogEntry> m_feed;
    RequestLog m_requestLog;
    FeedbackLog m_feedbackLog; // guarded by m_feedMutex
};

} // namespace sy

Q_DECLARE_METATYPE(std::vector<sy::RequestLogEntry>)
