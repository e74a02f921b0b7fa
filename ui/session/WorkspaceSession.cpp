#include "session/WorkspaceSession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include "demo/DemoWorkspace.h"
#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyService.h"
#include "store/FeedbackStore.h"
#include "store/PromptSetStore.h"
#include "store/ProviderStore.h"
#include "experiments/ShadowReadout.h"
#include "store/RequestLogWriter.h"
#include "store/WorkspaceResponseArchive.h"
#include "store/Workspace.h"

namespace sy {

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::vector<sy::ProviderSpec>>();
    qRegisterMetaType<std::vector<sy::PolicySummary>>();
}

WorkspaceSession::~WorkspaceSession()
{
    if (m_proxy) {
        m_proxy->setRequestLog({});
        m_proxy->setFeedbackLog({});
        m_proxy->setResponseArchive({});
    }
    m_requestLog.reset(); // writes what it holds, before the workspace closes
}

void WorkspaceSession::setProxy(ProxyService *proxy)
{
    if (m_proxy) {
        m_proxy->setRequestLog({});
        m_proxy->setFeedbackLog({});
    }
    m_proxy = proxy;
    connectRequestLog();
    if (m_proxy && m_workspace)
        m_proxy->setResponseArchive(std::make_shared<WorkspaceResponseArchive>(m_workspace));
}

void WorkspaceSession::connectRequestLog()
{
    if (!m_proxy)
        return;
    RequestLogWriter *writer = m_requestLog.get();
    m_proxy->setRequestLog(writer ? ProxyService::RequestLog([writer](const RequestLogEntry &entry) { writer->append(RequestLogEntry(entry)); })
                                  : ProxyService::RequestLog());
    m_proxy->setFeedbackLog(writer ? ProxyService::FeedbackLog([writer](Feedback &&f) { writer->append(std::move(f)); })
                                   : ProxyService::FeedbackLog());
}

QString WorkspaceSession::simulatorUrl() const { return m_simulator ? m_simulator->baseUrl() : QString(); }

void WorkspaceSession::open(const QString &path, bool seedDemo)
{
    m_path = path;
    const quint64 generation = ++m_generation;
    QPointer<WorkspaceSession> self(this);
    QThreadPool::globalInstance()->start([self, path, seedDemo, generation] {
        QString error;
        std::shared_ptr<Workspace> ws(Workspace::open(path, &error).release());
        if (ws && seedDemo)
            error = DemoWorkspace::seed(*ws);
        if (ws)
            ws->moveToThread(nullptr); // let the GUI thread adopt it
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, ws, error, generation] {
            if (!self || generation != self->m_generation)
                return;
            if (!ws || !error.isEmpty()) {
                emit self->failed(error);
                return;
            }
            ws->moveToThread(self->thread());
            // The proxy stops writing to the old log before it goes, then writes to the new one.
            if (self->m_proxy) {
                self->m_proxy->setRequestLog({});
                self->m_proxy->setFeedbackLog({});
            }
            self->m_requestLog.reset();
            self->m_workspace = ws;
            self->m_requestLog = std::make_unique<RequestLogWriter>(ws.get());
            self->connectRequestLog();
            if (self->m_proxy) // responses stored through the proxy's Responses API outlive it here
                self->m_proxy->setResponseArchive(std::make_shared<WorkspaceResponseArchive>(ws));
            self->m_simulator = std::make_unique<MockServer>(DemoWorkspace::simulatorConfig(), 1);
            QString listenError;
            if (!self->m_simulator->listen(QHostAddress::LocalHost, 0, &listenError)) {
                emit self->failed(tr("The simulated providers could not start: %1").arg(listenError));
                return;
            }
            emit self->opened();
            self->reload();
        }, Qt::QueuedConnection);
    });
}

void WorkspaceSession::reload()
{
    if (!m_workspace)
        return;
    auto providers = std::make_shared<std::vector<ProviderSpec>>();
    auto policies = std::make_shared<std::vector<PolicySummary>>();
    m_workspace->read([providers, policies](QSqlDatabase &db) {
        *providers = ProviderStore::loadAll(db);
        *policies = PolicyStore::list(db);
    }, this, [this, providers, policies] {
        emit providersLoaded(*providers);
        emit policiesLoaded(*policies);
    });
}

void WorkspaceSession::readPolicies(const std::vector<PolicySummary> &summaries, std::function<void(std::vector<Policy>)> done)
{
    if (summaries.empty())
        return done({});
    auto loaded = std::make_shared<std::vector<Policy>>();
    auto remaining = std::make_shared<int>(int(summaries.size()));
    auto finish = std::make_shared<std::function<void(std::vector<Policy>)>>(std::move(done));
    for (const PolicySummary &s : summaries)
        readPolicy(s.name, [loaded, remaining, finish](const QByteArray &document) {
            Diagnostics diagnostics;
            if (auto policy = PolicyReader::fromJsonText(document, diagnostics))
                loaded->push_back(*policy);
            if (--*remaining == 0)
                (*finish)(std::move(*loaded));
        });
}

void WorkspaceSession::promptSetNames(std::function<void(const QStringList &)> done)
{
    if (!m_workspace)
        return done({});
    auto names = std::make_shared<QStringList>();
    m_workspace->read([names](QSqlDatabase &db) { *names = PromptSetStore::names(db); }, this,
                      [names, done = std::move(done)] { done(*names); });
}

void WorkspaceSession::recentRequests(int limit, std::function<void(std::vector<RequestLogEntry>)> done)
{
    if (!m_workspace)
        return done({});
    auto entries = std::make_shared<std::vector<RequestLogEntry>>();
    m_workspace->read([limit, entries](QSqlDatabase &db) {
        *entries = RequestLogStore::recent(db, limit);
        std::reverse(entries->begin(), entries->end()); // the store answers newest first
    }, this, [entries, done = std::move(done)] { done(std::move(*entries)); });
}

void WorkspaceSession::trafficHistory(qint64 fromMs, qint64 toMs, int buckets, std::function<void(const TrafficHistoryReport &)> done)
{
    if (!m_workspace)
        return done(TrafficHistoryReport{});
    auto report = std::make_shared<TrafficHistoryReport>();
    m_workspace->read([=](QSqlDatabase &db) { *report = TrafficHistory::query(db, fromMs, toMs, buckets); }, this,
                      [report, done = std::move(done)] { done(*report); });
}

void WorkspaceSession::experiments(qint64 fromMs, qint64 toMs, QHash<QString, QStringList> shadowScorers,
                                   std::function<void(const std::vector<ExperimentReadout> &)> done)
{
    if (!m_workspace)
        return done({});
    auto readouts = std::make_shared<std::vector<ExperimentReadout>>();
    m_workspace->read(
        [=](QSqlDatabase &db) {
            *readouts = ExperimentReadouts::build(ExperimentReadouts::rowsFromLog(db, fromMs, toMs));
            for (ExperimentReadout &shadow : ShadowReadouts::build(ShadowReadouts::pairsFromLog(db, fromMs, toMs), shadowScorers))
                readouts->push_back(std::move(shadow));
        },
        this, [readouts, done = std::move(done)] { done(*readouts); });
}

void WorkspaceSession::feedbackFor(const QString &requestId, std::function<void(const std::vector<Feedback> &)> done)
{
    if (!m_workspace || requestId.isEmpty())
        return done({});
    auto feedback = std::make_shared<std::vector<Feedback>>();
    m_workspace->read([requestId, feedback](QSqlDatabase &db) { *feedback = FeedbackStore::forRequest(db, requestId); }, this,
                      [feedback, done = std::move(done)] { done(*feedback); });
}

void WorkspaceSession::harvest(const LogHarvest::Filter &filter, std::shared_ptr<const Redactor> redactor, const QString &name,
                               std::function<void(const LogHarvest::Selection &, const LogHarvest::Redacted &)> done)
{
    if (!m_workspace)
        return done({}, {});
    auto selection = std::make_shared<LogHarvest::Selection>();
    auto redacted = std::make_shared<LogHarvest::Redacted>();
    m_workspace->read(
        [=](QSqlDatabase &db) {
            *selection = LogHarvest::select(db, filter);
            *redacted = LogHarvest::toPromptSet(name, selection->requests, *redactor);
        },
        this, [selection, redacted, done = std::move(done)] { done(*selection, *redacted); });
}

void WorkspaceSession::saveVote(const SideBySideVote &vote, std::function<void(const QString &error)> done)
{
    if (!m_workspace)
        return done(tr("no workspace is open"));
    m_workspace->write([vote](QSqlDatabase &db) { return SideBySideVoteStore::save(db, vote); }, this, std::move(done));
}

void WorkspaceSession::voteTally(std::function<void(const std::vector<VoteTally> &)> done)
{
    if (!m_workspace)
        return done({});
    auto tally = std::make_shared<std::vector<VoteTally>>();
    m_workspace->read([tally](QSqlDatabase &db) { *tally = SideBySideVoteStore::tally(db); }, this,
                      [tally, done = std::move(done)] { done(*tally); });
}

void WorkspaceSession::loadPromptSet(const QString &name, std::function<void(const PromptSet &)> done)
{
    if (!m_workspace)
        return done({});
    auto set = std::make_shared<PromptSet>();
    m_workspace->read([name, set](QSqlDatabase &db) { *set = PromptSetStore::load(db, name).value_or(PromptSet{}); }, this,
                      [set, done = std::move(done)] { done(*set); });
}

void WorkspaceSession::savePromptSet(const PromptSet &set, std::function<void(const QString &error)> done)
{
    if (!m_workspace)
        return done(tr("no workspace is open"));
    m_workspace->write([set](QSqlDatabase &db) { return PromptSetStore::save(db, set); }, this, std::move(done));
}

void WorkspaceSession::saveProvider(const ProviderSpec &provider, const QString &replacingId)
{
    if (!m_workspace)
        return;
    m_workspace->write([provider, replacingId](QSqlDatabase &db) {
        if (!replacingId.isEmpty() && replacingId != provider.id)
            if (QString error = ProviderStore::remove(db, replacingId); !error.isEmpty())
                return error;
        return ProviderStore::save(db, provider);
    }, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit writeFailed(tr("The provider could not be saved: %1").arg(error));
        reload();
    });
}

void WorkspaceSession::removeProvider(const QString &id)
{
    if (!m_workspace)
        return;
    m_workspace->write([id](QSqlDatabase &db) { return ProviderStore::remove(db, id); }, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit writeFailed(tr("The provider could not be removed: %1").arg(error));
        reload();
    });
}

void WorkspaceSession::readPolicy(const QString &name, std::function<void(const QByteArray &)> done)
{
    readPolicyVersion(name, -1, std::move(done));
}

void WorkspaceSession::readPolicyVersion(const QString &name, int version, std::function<void(const QByteArray &)> done)
{
    if (!m_workspace)
        return done({});
    auto document = std::make_shared<QByteArray>();
    m_workspace->read([name, version, document](QSqlDatabase &db) {
        *document = PolicyStore::load(db, name, version).value_or(QByteArray());
    }, this, [document, done = std::move(done)] { done(*document); });
}

void WorkspaceSession::policyVersions(const QString &name, std::function<void(const std::vector<PolicyVersionInfo> &)> done)
{
    if (!m_workspace)
        return done({});
    auto versions = std::make_shared<std::vector<PolicyVersionInfo>>();
    m_workspace->read([name, versions](QSqlDatabase &db) { *versions = PolicyStore::versions(db, name); }, this,
                      [versions, done = std::move(done)] { done(*versions); });
}

void WorkspaceSession::savePolicy(const QString &name, const QByteArray &document, const QString &comment,
                                  std::function<void(int, const QString &)> done)
{
    if (!m_workspace)
        return done(-1, tr("No workspace is open."));
    auto version = std::make_shared<int>(-1);
    m_workspace->write([name, document, comment, version](QSqlDatabase &db) {
        QString error;
        *version = PolicyStore::saveVersion(db, name, document, comment, &error);
        return error;
    }, this, [this, version, done = std::move(done)](const QString &error) {
        done(*version, error);
        reload();
    });
}

} // namespace sy
