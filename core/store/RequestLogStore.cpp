#include "store/RequestLogStore.h"

#include "store/StoreUtil.h"

namespace sy {

namespace {
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
} // namespace

QString RequestLogStore::insert(QSqlDatabase &db, const std::vector<RequestLogEntry> &batch)
{
    QSqlQuery q(db);
    QSqlQuery a(db);
    q.prepare(QStringLiteral("INSERT INTO request_log (ts_ms, client, route, arm, model, provider, status, attempts, "
                             "latency_ms, ttft_ms, input_tokens, output_tokens, cost_usd, error, stream, trace_json, "
                             "request_body, response_body, client_request_id, repeats, notes, key_name, cache_hit) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    a.prepare(QStringLiteral("INSERT INTO request_attempts (request_id, attempt, provider, model, status, error, "
                             "latency_ms, breaker_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RequestLogEntry &e : batch) {
        q.addBindValue(e.timestampMs);
        q.addBindValue(textOrNull(e.client));
        q.addBindValue(textOrNull(e.route));
        q.addBindValue(textOrNull(e.arm));
        q.addBindValue(textOrNull(e.model));
        q.addBindValue(textOrNull(e.provider));
        q.addBindValue(e.status);
        q.addBindValue(e.attempts);
        q.addBindValue(e.latencyMs);
        q.addBindValue(e.ttftMs < 0 ? QVariant() : QVariant(e.ttftMs));
        q.addBindValue(e.inputTokens);
        q.addBindValue(e.outputTokens);
        q.addBindValue(e.costUsd);
        q.addBindValue(textOrNull(e.error));
        q.addBindValue(e.stream ? 1 : 0);
        q.addBindValue(textOrNull(e.trace()));
        q.addBindValue(textOrNull(e.requestBody));
        q.addBindValue(textOrNull(e.responseBody));
        q.addBindValue(textOrNull(e.requestId));
        q.addBindValue(e.repeats);
        q.addBindValue(textOrNull(e.notes));
        q.addBindValue(textOrNull(e.keyName));
        q.addBindValue(e.cacheHit ? 1 : 0);
        if (QString err = execOrError(q); !err.isEmpty())
            return err;
        const qint64 id = q.lastInsertId().toLongLong();
        for (size_t i = 0; i < e.attemptLog.size(); ++i) {
            const AttemptLogEntry &at = e.attemptLog[i];
            a.addBindValue(id);
            a.addBindValue(qint64(i + 1));
            a.addBindValue(at.provider);
            a.addBindValue(at.model);
            a.addBindValue(at.status);
            a.addBindValue(textOrNull(at.error));
            a.addBindValue(at.latencyMs);
            a.addBindValue(textOrNull(at.breakerEvent));
            if (QString err = execOrError(a); !err.isEmpty())
                return err;
        }
    }
    return {};
}

std::vector<RequestLogEntry> RequestLogStore::recent(QSqlDatabase &db, int limit)
{
    std::vector<RequestLogEntry> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, ts_ms, client, route, arm, model, provider, status, attempts, latency_ms, "
                             "ttft_ms, input_tokens, output_tokens, cost_usd, error, stream, trace_json, client_request_id, repeats, notes, key_name, cache_hit FROM request_log "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT provider, model, status, error, latency_ms, breaker_event FROM request_attempts "
                             "WHERE request_id = ? ORDER BY attempt"));
    while (q.next()) {
        RequestLogEntry e;
        e.timestampMs = q.value(1).toLongLong();
        e.client = q.value(2).toString();
        e.route = q.value(3).toString();
        e.arm = q.value(4).toString();
        e.model = q.value(5).toString();
        e.provider = q.value(6).toString();
        e.status = q.value(7).toInt();
        e.attempts = q.value(8).toInt();
        e.latencyMs = q.value(9).toDouble();
        e.ttftMs = q.value(10).isNull() ? -1 : q.value(10).toDouble();
        e.inputTokens = q.value(11).toLongLong();
        e.outputTokens = q.value(12).toLongLong();
        e.costUsd = q.value(13).toDouble();
        e.error = q.value(14).toString();
        e.stream = q.value(15).toBool();
        e.traceJson = q.value(16).toString();
        e.requestId = q.value(17).toString();
        e.repeats = q.value(18).toInt();
        e.notes = q.value(19).toString();
        e.keyName = q.value(20).toString();
        e.cacheHit = q.value(21).toBool();
        a.addBindValue(q.value(0));
        a.exec();
        while (a.next())
            e.attemptLog.push_back({a.value(0).toString(), a.value(1).toString(), a.value(2).toInt(),
                                    a.value(3).toString(), a.value(4).toDouble(), a.value(5).toString(), {}});
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace sy
