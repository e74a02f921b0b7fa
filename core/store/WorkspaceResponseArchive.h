#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <memory>

#include "responses/ResponseArchive.h"

namespace sy {

class Workspace;

// Stored Responses API responses in the workspace (table stored_responses), so a conversation
// continues by previous_response_id after the proxy restarts. Lookups read on the calling proxy
// thread with its own connection; saves and deletions go through the workspace's single writer,
// and until written they are answered from memory. Bounded like the in-memory store but larger:
// rows past the count, the bytes or the time to live are pruned every kPruneEvery saves.
class WorkspaceResponseArchive : public ResponseArchive
{
public:
    struct Limits
    {
        int maxEntries = 200000;
        qint64 maxBytes = 1024ll * 1024 * 1024;
        qint64 ttlMs = 30ll * 24 * 3600 * 1000;
    };
    static constexpr int kPruneEvery = 256;

    // Holds the workspace open while a proxy worker may still read through it; the last
    // reference is given back to the workspace's own thread.
    explicit WorkspaceResponseArchive(std::shared_ptr<Workspace> workspace) : WorkspaceResponseArchive(std::move(workspace), Limits{}) {}
    WorkspaceResponseArchive(std::shared_ptr<Workspace> workspace, Limits limits);
    ~WorkspaceResponseArchive() override;

    std::optional<StoredResponse> load(const QString &id) override;
    void save(const QString &id, const StoredResponse &entry) override;
    void remove(const QString &id) override;

    void prune(); // queued on the writer; also runs on construction

private:
    struct Unwritten
    {
        QMutex mutex;
        QHash<QString, StoredResponse> saved;
        QSet<QString> removed;
    };
    std::shared_ptr<Workspace> m_workspace;
    Limits m_limits;
    std::shared_ptr<Unwritten> m_unwritten = std::make_shared<Unwritten>(); // shared with pending writes
    std::atomic<int> m_savesSincePrune{0};
};

} // namespace sy
