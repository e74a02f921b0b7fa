#pragma once

#include <QObject>

#include "store/RequestLogStore.h"
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include "domain/Provider.h"
#include "experiments/ExperimentReadout.h"
#include "feedback/Feedback.h"
#include "harvest/LogHarvest.h"
#include "history/TrafficHistory.h"
#include "prompts/PromptSet.h"
#include "policy/Policy.h"
#include "store/PolicyStore.h"
#include "store/SideBySideVoteStore.h"

namespace sy {

class MockServer;
class ProxyService;
class RequestLogWriter;
class Workspace;

// The open workspace of the GUI, plus the in-process simulator that serves sim:// providers.
// Opening, migrating and seeding run on a pool thread; results arrive by queued signals.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    void open(const QString &path, bool seedDemo);
    void reload();
    // The newest saved version of a policy, read off the GUI thread; done runs on this thread.
    void readPolicy(const QString &name, std::function<void(const QByteArray &document)> done);
    void readPolicyVersion(const QString &name, int version, std::function<void(const QByteArray &document)> done);
    // Every listed policy read and parsed (those that do not parse are left out); done gets them all at once.
    void readPolicies(const std::vector<sy::PolicySummary> &summaries, std::function<void(std::vector<sy::Policy>)> done);
    void policyVersions(const QString &name, std::function<void(const std::vector<sy::PolicyVersionInfo> &)> done);
    // Adds a version; done gets the new version number, or -1 and the reason. Reloads the list.
    void savePolicy(const QString &name, const QByteArray &document, const QString &comment,
                    std::function<void(int version, const QString &error)> done);
    void promptSetNames(std::function<void(const QStringList &)> done);
    // The workspace's last `limit` logged requests, oldest first, read in the background.
    void recentRequests(int limit, std::function<void(std::vector<sy::RequestLogEntry>)> done);
    // The request log between two times summed up (history/TrafficHistory), in the background.
    void trafficHistory(qint64 fromMs, qint64 toMs, int buckets, std::function<void(const sy::TrafficHistoryReport &)> done);
    // The experiments in the request log over [fromMs, toMs), read and built in the background:
    // weighted nodes' arms, then routes' shadow tests (agreement by each route's scorers).
    void experiments(qint64 fromMs, qint64 toMs, QHash<QString, QStringList> shadowScorers,
                     std::function<void(const std::vector<sy::ExperimentReadout> &)> done);
    // Keeps a side-by-side vote; done gets the error, empty on success.
    void saveVote(const sy::SideBySideVote &vote, std::function<void(const QString &error)> done);
    void voteTally(std::function<void(const std::vector<sy::VoteTally> &)> done);
    void loadPromptSet(const QString &name, std::function<void(const sy::PromptSet &)> done);
    // Stores a prompt set, replacing one of the same name; done gets the error, empty on success.
    void savePromptSet(const sy::PromptSet &set, std::function<void(const QString &error)> done);
    // The feedback on one answer (by its request id), oldest first.
    void feedbackFor(const QString &requestId, std::function<void(const std::vector<sy::Feedback> &)> done);
    // Logged requests chosen by `filter` as a prompt set named `name`, redacted by `redactor`,
    // read and built in the background; nothing is saved.
    void harvest(const sy::LogHarvest::Filter &filter, std::shared_ptr<const sy::Redactor> redactor, const QString &name,
                 std::function<void(const sy::LogHarvest::Selection &, const sy::LogHarvest::Redacted &)> done);
    // Saves a provider (renamed from replacingId when given) or removes one, then reloads.
    void saveProvider(const sy::ProviderSpec &provider, const QString &replacingId = {});
    void removeProvider(const QString &id);

    // The workbench's proxy writes every request to the open workspace's request log, as the
    // CLI proxy does; switching workspaces moves the log along.
    void setProxy(ProxyService *proxy);

    Workspace *workspace() const { return m_workspace.get(); }
    const std::shared_ptr<Workspace> &sharedWorkspace() const { return m_workspace; }
    QString simulatorUrl() const; // empty until the simulator listens
    const QString &path() const { return m_path; }

signals:
    void opened();
    void failed(const QString &error);
    void providersLoaded(const std::vector<sy::ProviderSpec> &providers);
    void policiesLoaded(const std::vector<sy::PolicySummary> &policies);
    void writeFailed(const QString &error);

private:
    QString m_path;
    void connectRequestLog();

    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<RequestLogWriter> m_requestLog; // writes to m_workspace: goes before it
    QPointer<ProxyService> m_proxy;
    std::unique_ptr<MockServer> m_simulator;
    quint64 m_generation = 0; // a newer open() makes older results stale
};

} // namespace sy
