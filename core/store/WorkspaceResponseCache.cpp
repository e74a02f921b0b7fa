#include "store/WorkspaceResponseCache.h"

#include <QVariant>

#include "store/StoreUtil.h"
#include "store/Workspace.h"

namespace sy {

std::optional<CachedResponse> WorkspaceResponseCache::lookup(const QByteArray &key)
{
    {
        QMutexLocker lock(&m_unwritten->mutex);
        if (auto it = m_unwritten->responses.constFind(key); it != m_unwritten->responses.constEnd())
            return *it;
    }
    QSqlDatabase db = m_workspace->connectionForThisThread();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, content_type, body, latency_ms, ttft_ms, input_tokens, output_tokens, cost_usd "
                             "FROM response_cache WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    CachedResponse r;
    r.status = q.value(0).toInt();
    r.contentType = q.value(1).toString().toLatin1();
    r.body = q.value(2).toByteArray();
    r.latencyMs = q.value(3).toDouble();
    r.ttftMs = q.value(4).isNull() ? -1 : q.value(4).toDouble();
    r.inputTokens = q.value(5).toLongLong();
    r.outputTokens = q.value(6).toLongLong();
    r.costUsd = q.value(7).toDouble();
    return r;
}

void WorkspaceResponseCache::store(const QByteArray &key, const QString &provider, const QString &model, const CachedResponse &r)
{
    {
        QMutexLocker lock(&m_unwritten->mutex);
        m_unwritten->responses.insert(key, r);
    }
    m_workspace->write(
        [key, provider, model, r](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO response_cache (key, provider, model, status, content_type, body, latency_ms, "
                                     "ttft_ms, input_tokens, output_tokens, cost_usd, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(QString::fromLatin1(key));
            q.addBindValue(provider);
            q.addBindValue(model);
            q.addBindValue(r.status);
            q.addBindValue(QString::fromLatin1(r.contentType));
            q.addBindValue(r.body);
            q.addBindValue(r.latencyMs);
            q.addBindValue(r.ttftMs < 0 ? QVariant() : QVariant(r.ttftMs));
            q.addBindValue(r.inputTokens);
            q.addBindValue(r.outputTokens);
            q.addBindValue(r.costUsd);
            q.addBindValue(nowIso());
            return execOrError(q);
        },
        nullptr, [unwritten = m_unwritten, key](const QString &) {
            QMutexLocker lock(&unwritten->mutex);
            unwritten->responses.remove(key);
        });
}

int WorkspaceResponseCache::count(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM response_cache"));
    return q.next() ? q.value(0).toInt() : 0;
}

QString WorkspaceResponseCache::clear(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM response_cache"));
    return execOrError(q);
}

} // namespace sy
