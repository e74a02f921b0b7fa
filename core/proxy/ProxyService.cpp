#include "proxy/ProxyService.h"

#include <QDateTime>

#include "http/HttpServer.h"
#include "proxy/ProxyHandler.h"

namespace sy {

namespace {

// A live view keeps up with the last few thousand requests; beyond that, older ones are
// dropped from the feed (never from the request log).
constexpr size_t kFeedLimit = 20000;

} // namespace

bool ProxyService::Settings::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint p = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    *address = QHostAddress(host);
    *port = quint16(p);
    return ok && p <= 65535 && !address->isNull();
}

ProxyService::ProxyService(ProxyRuntime::CredentialResolver credentials,
                           ProxyRuntime::SimulatorResolver simulators, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_simulators(std::move(simulators))
{
    qRegisterMetaType<std::vector<sy::RequestLogEntry>>();
    m_feedTimer.setInterval(kFeedIntervalMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &ProxyService::drainFeed);
}

ProxyService::~ProxyService()
{
    // Quietly: whoever listens to the signals may already be half destroyed.
    blockSignals(true);
    stop();
}

ResponseCacheStore::Stats ProxyService::cacheStats() const
{
    return m_handler ? m_handler->responseCache().stats() : ResponseCacheStore::Stats{};
}

std::vector<ProxyService::UpstreamFigures> ProxyService::upstreamFigures() const
{
    std::vector<UpstreamFigures> out;
    if (!m_handler)
        return out;
    const std::shared_ptr<ProxyRuntime> runtime = m_handler->runtime();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (size_t i = 0; i < runtime->upstreamCount; ++i)
        out.push_back({runtime->policy->upstreams[i].ref, runtime->upstreams[i].stats.figures(now),
                       runtime->upstreams[i].inFlight.load(std::memory_order_relaxed), runtime->upstreams[i].breaker.blocks(now)});
    return out;
}

bool ProxyService::start(const Policy &policy, const Settings &settings, QString *error)
{
    stop();
    if (!settings.address.isLoopback() && settings.clientKeys.isEmpty() && m_keys->isEmpty()) {
        *error = tr("Listening on %1 needs client keys: anyone who can reach it could spend your provider "
                    "credits.")
                     .arg(settings.address.toString());
        return false;
    }
    QStringList problems;
    auto runtime = ProxyRuntime::create(policy, m_credentials, m_simulators, &problems);
    m_handler = std::make_shared<ProxyHandler>(runtime, [this](RequestLogEntry &&entry) {
        // On a worker thread: to the request log, and into the live feed, drained on this object's thread.
        std::lock_guard lock(m_feedMutex);
        if (m_requestLog)
            m_requestLog(entry);
        if (m_feed.size() >= kFeedLimit)
            m_feed.erase(m_feed.begin(), m_feed.begin() + qsizetype(kFeedLimit / 10));
        m_feed.push_back(std::move(entry));
    });
    m_handler->setFeedbackSink([this](Feedback &&feedback) {
        std::lock_guard lock(m_feedMutex);
        if (!m_feedbackLog)
            return false;
        m_feedbackLog(std::move(feedback));
        return true;
    });
    m_handler->setClientKeys(settings.clientKeys);
    m_handler->setKeyRegistry(m_keys);
    m_handler->responseStore().setArchive(m_responseArchive);
    HttpServer::Options options;
    options.workerThreads = qMax(1, settings.workerThreads);
    m_server = std::make_unique<HttpServer>(m_handler, options);
    if (!m_server->listenOn(settings.address, settings.port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(settings.address.toString())
                     .arg(settings.port)
                     .arg(m_server->errorString());
        m_server.reset();
        m_handler.reset();
        return false;
    }
    m_policy = policy;
    m_feedTimer.start();
    if (!problems.isEmpty())
        emit warnings(problems);
    emit started(baseUrl());
    emit policyChanged(m_policy.name);
    return true;
}

void ProxyService::setResponseArchive(std::shared_ptr<ResponseArchive> archive)
{
    m_responseArchive = std::move(archive);
    if (m_handler)
        m_handler->responseStore().setArchive(m_responseArchive);
}

void ProxyService::setRequestLog(RequestLog requestLog)
{
    std::lock_guard lock(m_feedMutex);
    m_requestLog = std::move(requestLog);
}

void ProxyService::setFeedbackLog(FeedbackLog feedbackLog)
{
    std::lock_guard lock(m_feedMutex);
    m_feedbackLog = std::move(feedbackLog);
}

void ProxyService::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset(); // joins the worker threads: no sink call can come after this
    m_handler.reset();
    m_feedTimer.stop();
    drainFeed();
    emit stopped();
}

void ProxyService::setPolicy(const Policy &policy)
{
    m_policy = policy;
    if (!m_handler)
        return;
    QStringList problems;
    m_handler->setRuntime(ProxyRuntime::create(policy, m_credentials, m_simulators, &problems));
    if (!problems.isEmpty())
        emit warnings(problems);
    emit policyChanged(policy.name);
}

QString ProxyService::baseUrl() const
{
    if (!m_server)
        return {};
    const QHostAddress address = m_server->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("http://%1:%2/v1").arg(host).arg(m_server->serverPort());
}

quint16 ProxyService::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

int ProxyService::activeRequests() const
{
    return m_handler ? m_handler->activeRequests() : 0;
}

void ProxyService::drainFeed()
{
    std::vector<RequestLogEntry> batch;
    {
        std::lock_guard lock(m_feedMutex);
        batch.swap(m_feed);
    }
    if (!batch.empty())
        emit requestsFinished(batch);
}

} // namespace sy
