#include "store/RequestLogStore.h"

#include "store/StoreUtil.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace sy {

namespace {

// One prepared statement on the workspace's own SQLite handle. The request log is the one table
// written for every request: QSqlQuery's QVariant binding and UTF-16 text cost more than the
// insert itself (bench/README.md), so its rows are bound as UTF-8 straight through the C API.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_statement != nullptr; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void text(const QString &s, bool emptyIsNull = true)
    {
        if (s.isEmpty() && emptyIsNull) {
            sqlite3_bind_null(m_statement, ++m_column);
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_statement, ++m_column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void integer(qint64 n) { sqlite3_bind_int64(m_statement, ++m_column, n); }
    void real(double d) { sqlite3_bind_double(m_statement, ++m_column, d); }
    void null() { sqlite3_bind_null(m_statement, ++m_column); }

    // Runs the bound row and readies the statement for the next; empty when it went in.
    QString run()
    {
        const int rc = sqlite3_step(m_statement);
        const QString problem = rc == SQLITE_DONE ? QString() : error();
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_column = 0;
        return problem;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_column = 0;
};

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

QString RequestLogStore::insert(QSqlDatabase &db, const std::vector<RequestLogEntry> &batch)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return QStringLiteral("the request log needs an SQLite workspace");
    Statement q(handle, "INSERT INTO request_log (ts_ms, client, route, arm, model, provider, status, attempts, "
                        "latency_ms, ttft_ms, input_tokens, output_tokens, cost_usd, error, stream, trace_json, "
                        "request_body, response_body, client_request_id, repeats, notes, key_name, cache_hit, experiment, arm_share, shadow_of) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement a(handle, "INSERT INTO request_attempts (request_id, attempt, provider, model, status, error, "
                        "latency_ms, breaker_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.valid() || !a.valid())
        return q.valid() ? a.error() : q.error();
    for (const RequestLogEntry &e : batch) {
        q.integer(e.timestampMs);
        q.text(e.client);
        q.text(e.route);
        q.text(e.arm);
        q.text(e.model);
        q.text(e.provider);
        q.integer(e.status);
        q.integer(e.attempts);
        q.real(e.latencyMs);
        if (e.ttftMs < 0)
            q.null();
        else
            q.real(e.ttftMs);
        q.integer(e.inputTokens);
        q.integer(e.outputTokens);
        q.real(e.costUsd);
        q.text(e.error);
        q.integer(e.stream ? 1 : 0);
        q.text(e.trace());
        q.text(e.requestBody);
        q.text(e.responseBody);
        q.text(e.requestId);
        q.integer(e.repeats);
        q.text(e.notes);
        q.text(e.keyName);
        q.integer(e.cacheHit ? 1 : 0);
        q.text(e.experiment);
        if (e.armShare < 0)
            q.null();
        else
            q.real(e.armShare);
        q.text(e.shadowOf);
        if (QString err = q.run(); !err.isEmpty())
            return err;
        const qint64 id = sqlite3_last_insert_rowid(handle);
        for (size_t i = 0; i < e.attemptLog.size(); ++i) {
            const AttemptLogEntry &at = e.attemptLog[i];
            a.integer(id);
            a.integer(qint64(i + 1));
            a.text(at.provider, false);
            a.text(at.model, false);
            a.integer(at.status);
            a.text(at.error);
            a.real(at.latencyMs);
            a.text(at.breakerEvent);
            if (QString err = a.run(); !err.isEmpty())
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
                             "ttft_ms, input_tokens, output_tokens, cost_usd, error, stream, trace_json, client_request_id, repeats, notes, key_name, cache_hit, experiment, arm_share, shadow_of FROM request_log "
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
        e.experiment = q.value(22).toString();
        e.armShare = q.value(23).isNull() ? -1 : q.value(23).toDouble();
        e.shadowOf = q.value(24).toString();
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
