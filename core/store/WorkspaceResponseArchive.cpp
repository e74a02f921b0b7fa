#include "store/WorkspaceResponseArchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QJsonDocument>
#include <QVariant>

#include "store/StoreUtil.h"
#include "store/Workspace.h"

namespace sy {

WorkspaceResponseArchive::WorkspaceResponseArchive(std::shared_ptr<Workspace> workspace, Limits limits)
    : m_workspace(std::move(workspace)), m_limits(limits)
{
    prune(); // what expired while the proxy was down
}

WorkspaceResponseArchive::~WorkspaceResponseArchive()
{
    // A proxy worker may drop the last reference: the workspace closes on its own thread.
    if (m_workspace && QThread::currentThread() != m_workspace->thread())
        QMetaObject::invokeMethod(QCoreApplication::instance(), [last = std::move(m_workspace)] {}, Qt::QueuedConnection);
}

std::optional<StoredResponse> WorkspaceResponseArchive::load(const QString &id)
{
    {
        QMutexLocker lock(&m_unwritten->mutex);
        if (m_unwritten->removed.contains(id))
            return std::nullopt;
        if (auto it = m_unwritten->saved.constFind(id); it != m_unwritten->saved.constEnd())
            return *it;
    }
    QSqlDatabase db = m_workspace->connectionForThisThread();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT previous_id, response_json, items_json, stored_at_ms, bytes FROM stored_responses WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredResponse r;
    r.previousId = q.value(0).toString();
    r.response = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    r.items = QJsonDocument::fromJson(q.value(2).toByteArray()).array();
    r.storedAtMs = q.value(3).toLongLong();
    r.bytes = q.value(4).toLongLong();
    return r;
}

void WorkspaceResponseArchive::save(const QString &id, const StoredResponse &entry)
{
    {
        QMutexLocker lock(&m_unwritten->mutex);
        m_unwritten->saved.insert(id, entry);
        m_unwritten->removed.remove(id);
    }
    const QByteArray response = QJsonDocument(entry.response).toJson(QJsonDocument::Compact);
    const QByteArray items = QJsonDocument(entry.items).toJson(QJsonDocument::Compact);
    m_workspace->write(
        [id, previous = entry.previousId, response, items, at = entry.storedAtMs, bytes = entry.bytes](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO stored_responses (id, previous_id, response_json, items_json, stored_at_ms, "
                                     "bytes) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(previous.isEmpty() ? QVariant() : QVariant(previous));
            q.addBindValue(response);
            q.addBindValue(items);
            q.addBindValue(at);
            q.addBindValue(bytes);
            return execOrError(q);
        },
        nullptr, [unwritten = m_unwritten, id](const QString &) {
            QMutexLocker lock(&unwritten->mutex);
            unwritten->saved.remove(id);
        });
    if (++m_savesSincePrune >= kPruneEvery) {
        m_savesSincePrune = 0;
        prune();
    }
}

void WorkspaceResponseArchive::remove(const QString &id)
{
    {
        QMutexLocker lock(&m_unwritten->mutex);
        m_unwritten->saved.remove(id);
        m_unwritten->removed.insert(id);
    }
    m_workspace->write(
        [id](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM stored_responses WHERE id = ?"));
            q.addBindValue(id);
            return execOrError(q);
        },
        nullptr, [unwritten = m_unwritten, id](const QString &) {
            QMutexLocker lock(&unwritten->mutex);
            unwritten->removed.remove(id);
        });
}

void WorkspaceResponseArchive::prune()
{
    m_workspace->write([limits = m_limits](QSqlDatabase &db) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM stored_responses WHERE stored_at_ms <= ?"));
        q.addBindValue(now - limits.ttlMs);
        if (QString error = execOrError(q); !error.isEmpty())
            return error;
        // Past the count, then past the bytes: the newest stay.
        q.prepare(QStringLiteral("DELETE FROM stored_responses WHERE id IN (SELECT id FROM stored_responses "
                                 "ORDER BY stored_at_ms DESC, id DESC LIMIT -1 OFFSET ?)"));
        q.addBindValue(limits.maxEntries);
        if (QString error = execOrError(q); !error.isEmpty())
            return error;
        q.prepare(QStringLiteral("DELETE FROM stored_responses WHERE id IN (SELECT id FROM (SELECT id, SUM(bytes) OVER "
                                 "(ORDER BY stored_at_ms DESC, id DESC ROWS UNBOUNDED PRECEDING) AS running FROM stored_responses) "
                                 "WHERE running > ?)"));
        q.addBindValue(limits.maxBytes);
        return execOrError(q);
    });
}

} // namespace sy
