#include "store/WorkspaceSchema.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/StoreLog.h"

namespace sy {

const std::vector<Migration> &WorkspaceSchema::migrations()
{
    static const std::vector<Migration> steps = {
        {1, QStringLiteral("providers and models"),
         {QStringLiteral("CREATE TABLE providers (id TEXT PRIMARY KEY, kind TEXT NOT NULL, base_url TEXT NOT NULL, "
                         "credential_source TEXT NOT NULL DEFAULT 'none', credential_name TEXT, "
                         "headers_json TEXT NOT NULL DEFAULT '{}', timeouts_json TEXT NOT NULL DEFAULT '{}', "
                         "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE models (provider_id TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE, "
                         "model_id TEXT NOT NULL, alias TEXT, input_per_mtok REAL NOT NULL DEFAULT 0, "
                         "output_per_mtok REAL NOT NULL DEFAULT 0, context_window INTEGER, "
                         "capabilities TEXT NOT NULL DEFAULT '', PRIMARY KEY (provider_id, model_id))")}},
        {2, QStringLiteral("policies with version history"),
         {QStringLiteral("CREATE TABLE policies (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                         "created_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE TABLE policy_versions (policy_id INTEGER NOT NULL REFERENCES policies(id) ON DELETE "
                         "CASCADE, version INTEGER NOT NULL, document TEXT NOT NULL, comment TEXT, "
                         "created_at TEXT NOT NULL, PRIMARY KEY (policy_id, version))")}},
        {3, QStringLiteral("cached-input prices and price check dates"),
         {QStringLiteral("ALTER TABLE models ADD COLUMN cached_input_per_mtok REAL"),
          QStringLiteral("ALTER TABLE models ADD COLUMN price_checked_on TEXT")}},
        {4, QStringLiteral("prompt sets, replay runs and results"),
         {QStringLiteral("CREATE TABLE prompt_sets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, source TEXT, "
                         "created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE prompt_items (set_id INTEGER NOT NULL REFERENCES prompt_sets(id) ON DELETE "
                         "CASCADE, item_index INTEGER NOT NULL, external_id TEXT, messages_json TEXT NOT NULL, "
                         "reference TEXT, category TEXT, metadata_json TEXT NOT NULL DEFAULT '{}', "
                         "PRIMARY KEY (set_id, item_index))"),
          QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, set_id INTEGER REFERENCES prompt_sets(id), "
                         "name TEXT, config_json TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT, finished_at TEXT)"),
          QStringLiteral("CREATE TABLE results (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
                         "item_index INTEGER NOT NULL, candidate TEXT NOT NULL, repeat_index INTEGER NOT NULL DEFAULT 0, "
                         "response TEXT, model TEXT, trace_json TEXT, ttft_ms REAL, latency_ms REAL, "
                         "input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL, error TEXT, quality REAL, "
                         "scores_json TEXT, PRIMARY KEY (run_id, item_index, candidate, repeat_index))")}},
        {5, QStringLiteral("request log with attempts"),
         {QStringLiteral("CREATE TABLE request_log (id INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, client TEXT, "
                         "route TEXT, arm TEXT, model TEXT, provider TEXT, status INTEGER, attempts INTEGER, "
                         "latency_ms REAL, ttft_ms REAL, input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL, "
                         "error TEXT, stream INTEGER NOT NULL DEFAULT 0, trace_json TEXT, request_body TEXT, "
                         "response_body TEXT)"),
          QStringLiteral("CREATE INDEX request_log_ts ON request_log(ts_ms)"),
          QStringLiteral("CREATE TABLE request_attempts (request_id INTEGER NOT NULL REFERENCES request_log(id) ON "
                         "DELETE CASCADE, attempt INTEGER NOT NULL, provider TEXT, model TEXT, status INTEGER, "
                         "error TEXT, latency_ms REAL, breaker_event TEXT, PRIMARY KEY (request_id, attempt))")}},
        {6, QStringLiteral("client request ids in the request log"),
         {QStringLiteral("ALTER TABLE request_log ADD COLUMN client_request_id TEXT"),
          QStringLiteral("CREATE INDEX request_log_client_request_id ON request_log(client_request_id)")}},
        {7, QStringLiteral("replay results with provider, status, attempts and pass"),
         {QStringLiteral("ALTER TABLE results ADD COLUMN provider TEXT"),
          QStringLiteral("ALTER TABLE results ADD COLUMN status INTEGER"),
          QStringLiteral("ALTER TABLE results ADD COLUMN attempts INTEGER"),
          QStringLiteral("ALTER TABLE results ADD COLUMN passed INTEGER")}},
        {8, QStringLiteral("response cache, cache hits, judge verdicts and human ratings"),
         {QStringLiteral("CREATE TABLE response_cache (key TEXT PRIMARY KEY, provider TEXT NOT NULL, model TEXT NOT NULL, "
                         "status INTEGER NOT NULL, content_type TEXT, body BLOB NOT NULL, latency_ms REAL NOT NULL, "
                         "ttft_ms REAL, input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL, created_at TEXT NOT NULL)"),
          QStringLiteral("ALTER TABLE results ADD COLUMN cached INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE results ADD COLUMN judge_json TEXT"),
          QStringLiteral("ALTER TABLE results ADD COLUMN human_rating INTEGER"),
          QStringLiteral("ALTER TABLE results ADD COLUMN human_comment TEXT")}},
        {9, QStringLiteral("request log rows that stand for a run of identical failures"),
         {QStringLiteral("ALTER TABLE request_log ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1")}},
        // The history view reads a time range's figures from this index alone, never the rows
        // with their traces and bodies; it replaces the plain timestamp index it starts with.
        {10, QStringLiteral("a covering index for the request history"),
         {QStringLiteral("CREATE INDEX request_log_history ON request_log(ts_ms, route, model, client, arm, status, "
                         "latency_ms, ttft_ms, input_tokens, output_tokens, cost_usd, stream, repeats)"),
          QStringLiteral("DROP INDEX request_log_ts")}},
        {11, QStringLiteral("votes from side-by-side chats"),
         {QStringLiteral("CREATE TABLE side_by_side_votes (id INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, prompt TEXT NOT NULL, "
                         "winner TEXT, columns_json TEXT NOT NULL)")}},
        {12, QStringLiteral("what the proxy changed in a request on its way (parameters a translation dropped)"),
         {QStringLiteral("ALTER TABLE request_log ADD COLUMN notes TEXT")}},
        {13, QStringLiteral("stored Responses API responses (store: true), one row per turn chained by previous id"),
         {QStringLiteral("CREATE TABLE stored_responses (id TEXT PRIMARY KEY, previous_id TEXT, response_json BLOB NOT NULL, "
                         "items_json BLOB NOT NULL, stored_at_ms INTEGER NOT NULL, bytes INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX stored_responses_by_age ON stored_responses (stored_at_ms)")}},
        {14, QStringLiteral("model prices beyond input, output and cache reads (cache writes, reasoning, long-prompt tiers)"),
         {QStringLiteral("ALTER TABLE models ADD COLUMN pricing_json TEXT")}},
        // Keys are kept as hashes; the request log names the key that paid for each request.
        {15, QStringLiteral("virtual keys with limits and budgets; the key and the cache behind each logged request"),
         {QStringLiteral("CREATE TABLE virtual_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, owner TEXT, tags_json TEXT, "
                         "key_hash TEXT NOT NULL UNIQUE, prefix TEXT NOT NULL, created_ms INTEGER NOT NULL, "
                         "expires_ms INTEGER NOT NULL DEFAULT 0, revoked_ms INTEGER NOT NULL DEFAULT 0, "
                         "rotated_ms INTEGER NOT NULL DEFAULT 0, limits_json TEXT, updated_ms INTEGER NOT NULL)"),
          QStringLiteral("ALTER TABLE request_log ADD COLUMN key_name TEXT"),
          QStringLiteral("ALTER TABLE request_log ADD COLUMN cache_hit INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE INDEX request_log_key_spend ON request_log(key_name, ts_ms, cost_usd)")}},
        // Feedback may arrive before its request's row is written (the log is batched), so it
        // is kept by request id and joined when read, never attached to a row.
        {16, QStringLiteral("feedback on answers; which weighted node chose each logged arm, and with what chance"),
         {QStringLiteral("CREATE TABLE feedback (id INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, request_id TEXT NOT NULL, "
                         "score REAL, label TEXT, comment TEXT, source TEXT NOT NULL, key_name TEXT, client TEXT)"),
          QStringLiteral("CREATE INDEX feedback_by_request ON feedback(request_id)"),
          QStringLiteral("CREATE INDEX request_log_by_request_id ON request_log(client_request_id)"),
          QStringLiteral("ALTER TABLE request_log ADD COLUMN experiment TEXT"),
          QStringLiteral("ALTER TABLE request_log ADD COLUMN arm_share REAL")}},
        {17, QStringLiteral("shadow tests: each mirrored answer names the served request it shadows; judges' verdicts on the pairs"),
         {QStringLiteral("ALTER TABLE request_log ADD COLUMN shadow_of TEXT"),
          QStringLiteral("CREATE INDEX request_log_shadows ON request_log(shadow_of) WHERE shadow_of IS NOT NULL"),
          // A pairwise judge's verdict on a mirror against the answer it shadows: 1 the mirror is
          // better, 0.5 a tie, 0 worse.
          QStringLiteral("CREATE TABLE shadow_grades (id INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, mirror_id TEXT NOT NULL, "
                         "judge TEXT NOT NULL, preference REAL NOT NULL, reasoning TEXT)"),
          QStringLiteral("CREATE INDEX shadow_grades_by_mirror ON shadow_grades(mirror_id)")}},
    };
    return steps;
}

int WorkspaceSchema::latestVersion() { return migrations().back().version; }

int WorkspaceSchema::versionOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool WorkspaceSchema::migrate(QSqlDatabase &db, QString *error, int target)
{
    return migrate(db, migrations(), error, target < 0 ? latestVersion() : target);
}

bool WorkspaceSchema::migrate(QSqlDatabase &db, const std::vector<Migration> &steps, QString *error, int target)
{
    const int current = versionOf(db);
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (current > newest) {
        *error = QStringLiteral("the workspace has schema version %1, newer than this Switchyard knows (%2)")
                     .arg(current)
                     .arg(newest);
        return false;
    }
    for (const Migration &m : steps) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        bool ok = true;
        QString failed;
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                ok = false;
                failed = QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.description, q.lastError().text());
                break;
            }
        }
        if (ok && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            ok = false;
            failed = q.lastError().text();
        }
        if (!ok) {
            db.rollback();
            *error = failed;
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        qCInfo(lcStore, "%s: schema migrated to version %d (%s)", qPrintable(db.databaseName()), m.version, qPrintable(m.description));
    }
    return true;
}

} // namespace sy
