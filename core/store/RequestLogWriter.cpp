#include "store/RequestLogWriter.h"

#include "store/FeedbackStore.h"
#include "store/StoreLog.h"
#include "store/Workspace.h"

namespace sy {

RequestLogWriter::RequestLogWriter(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &RequestLogWriter::flush);
    m_timer.start();
}

RequestLogWriter::~RequestLogWriter()
{
    flush();
    m_workspace->waitForWrites();
}

void RequestLogWriter::append(RequestLogEntry &&entry)
{
    bool full = false;
    {
        std::lock_guard lock(m_mutex);
        // A failure the proxy answered without trying an upstream (breakers open, rate limits
        // waited out) repeats by the thousand in an outage: within a batch, one row counts them.
        const bool foldable = entry.attempts == 0 && entry.status >= 400;
        QString key;
        if (foldable) {
            key = entry.route + QLatin1Char('\n') + QString::number(entry.status) + QLatin1Char('\n') + entry.error +
                  QLatin1Char('\n') + entry.client;
            if (const auto it = m_folded.constFind(key); it != m_folded.constEnd()) {
                m_pending[*it].repeats += entry.repeats;
                ++m_foldedCount;
                return;
            }
        }
        if (m_pending.size() >= kBacklogLimit) {
            ++m_dropped;
            return;
        }
        if (foldable)
            m_folded.insert(key, m_pending.size());
        m_pending.push_back(std::move(entry));
        full = m_pending.size() >= kBatch;
    }
    if (full)
        QMetaObject::invokeMethod(this, &RequestLogWriter::flush, Qt::QueuedConnection);
}

void RequestLogWriter::append(Feedback &&feedback)
{
    bool full = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_pendingFeedback.size() >= kBacklogLimit) {
            ++m_dropped;
            return;
        }
        m_pendingFeedback.push_back(std::move(feedback));
        full = m_pendingFeedback.size() >= kBatch;
    }
    if (full)
        QMetaObject::invokeMethod(this, &RequestLogWriter::flush, Qt::QueuedConnection);
}

qint64 RequestLogWriter::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

qint64 RequestLogWriter::folded() const
{
    std::lock_guard lock(m_mutex);
    return m_foldedCount;
}

void RequestLogWriter::flush()
{
    std::vector<RequestLogEntry> batch;
    std::vector<Feedback> feedback;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        feedback.swap(m_pendingFeedback);
        m_folded.clear();
    }
    if (!batch.empty()) {
        m_written += qint64(batch.size());
        const qsizetype count = qsizetype(batch.size());
        m_workspace->write([batch = std::move(batch)](QSqlDatabase &db) { return RequestLogStore::insert(db, batch); }, this,
                           [count](const QString &error) {
                               if (!error.isEmpty())
                                   qCWarning(lcStore, "request log: %lld entries not written: %s", qlonglong(count), qPrintable(error));
                           });
    }
    if (!feedback.empty()) {
        const qsizetype count = qsizetype(feedback.size());
        m_workspace->write([feedback = std::move(feedback)](QSqlDatabase &db) { return FeedbackStore::insert(db, feedback); }, this,
                           [count](const QString &error) {
                               if (!error.isEmpty())
                                   qCWarning(lcStore, "feedback: %lld entries not written: %s", qlonglong(count), qPrintable(error));
                           });
    }
}

} // namespace sy
