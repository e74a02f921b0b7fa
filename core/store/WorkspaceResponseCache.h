#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

#include "proxy/UpstreamHooks.h"

namespace sy {

class Workspace;

// The replay's response cache, kept in the workspace (table response_cache). Lookups read on
// the calling proxy thread with its own connection; stores go through the workspace's writer
// thread, and until written they are answered from memory.
class WorkspaceResponseCache : public ResponseCache
{
public:
    explicit WorkspaceResponseCache(Workspace *workspace) : m_workspace(workspace) {}

    std::optional<CachedResponse> lookup(const QByteArray &key) override;
    void store(const QByteArray &key, const QString &provider, const QString &model, const CachedResponse &response) override;

    static int count(QSqlDatabase &db);
    static QString clear(QSqlDatabase &db);

private:
    struct Unwritten
    {
        QMutex mutex;
        QHash<QByteArray, CachedResponse> responses;
    };
    Workspace *m_workspace;
    std::shared_ptr<Unwritten> m_unwritten = std::make_shared<Unwritten>(); // shared with pending writes
};

} // namespace sy
