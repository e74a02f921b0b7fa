#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <mutex>
#include <vector>

#include "feedback/Feedback.h"
#include "store/RequestLogStore.h"

namespace sy {

class Workspace;

// Collects request-log entries from the proxy's workers and writes them to the workspace in
// batches (every 250 ms or 500 entries), through its single writer: nothing on the request path
// waits for the disk. Entries past a backlog limit are counted and dropped, never blocking.
// Feedback sent to the proxy travels the same way, so the workspace keeps one writer.
class RequestLogWriter : public QObject
{
    Q_OBJECT
public:
    explicit RequestLogWriter(Workspace *workspace, QObject *parent = nullptr);
    ~RequestLogWriter() override;

    void append(RequestLogEntry &&entry); // any thread
    void append(Feedback &&feedback);     // any thread
    void flush();                          // this object's thread
    qint64 written() const { return m_written; }
    qint64 dropped() const;
    qint64 folded() const; // entries counted in an earlier identical row instead of a row of their own

    static constexpr size_t kBatch = 500;
    static constexpr size_t kBacklogLimit = 100000;

private:
    Workspace *m_workspace;
    QTimer m_timer;
    mutable std::mutex m_mutex;
    std::vector<RequestLogEntry> m_pending;
    std::vector<Feedback> m_pendingFeedback;
    QHash<QString, size_t> m_folded; // foldable failure -> its row in m_pending
    qint64 m_foldedCount = 0;
    qint64 m_dropped = 0;
    qint64 m_written = 0;
};

} // namespace sy
