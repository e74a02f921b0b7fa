#include "store/RunStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "store/StoreUtil.h"

namespace sy {

qint64 RunStore::create(QSqlDatabase &db, const QString &name, const QString &promptSet, const QJsonObject &config, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO runs (set_id, name, config_json, status, started_at) VALUES "
                             "((SELECT id FROM prompt_sets WHERE name = ?), ?, ?, 'running', ?)"));
    q.addBindValue(promptSet);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowIso());
    if (QString e = execOrError(q); !e.isEmpty()) {
        if (error)
            *error = e;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QString RunStore::saveCells(QSqlDatabase &db, qint64 runId, const QStringList &labels, const std::vector<ReplayCell> &cells)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO results (run_id, item_index, candidate, repeat_index, response, model, trace_json, "
                             "ttft_ms, latency_ms, input_tokens, output_tokens, cost_usd, error, quality, scores_json, provider, "
                             "status, attempts, passed, cached, judge_json, human_rating, human_comment) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ReplayCell &c : cells) {
        if (c.key.candidate < 0 || c.key.candidate >= labels.size())
            return QStringLiteral("a cell names candidate %1 of %2").arg(c.key.candidate).arg(labels.size());
        QJsonArray scores;
        for (const ScoreOutcome &s : c.scores)
            scores.append(QJsonObject{{QStringLiteral("value"), s.value}, {QStringLiteral("detail"), s.detail}});
        q.addBindValue(runId);
        q.addBindValue(c.key.item);
        q.addBindValue(labels.at(c.key.candidate));
        q.addBindValue(c.key.repeat);
        q.addBindValue(c.response);
        q.addBindValue(c.model);
        q.addBindValue(c.trace);
        q.addBindValue(c.ttftMs < 0 ? QVariant() : QVariant(c.ttftMs));
        q.addBindValue(c.latencyMs);
        q.addBindValue(c.inputTokens);
        q.addBindValue(c.outputTokens);
        q.addBindValue(c.costUsd);
        q.addBindValue(c.error.isEmpty() ? QVariant() : QVariant(c.error));
        q.addBindValue(c.quality);
        q.addBindValue(QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact)));
        q.addBindValue(c.provider);
        q.addBindValue(c.status);
        q.addBindValue(c.attempts);
        q.addBindValue(c.passed ? 1 : 0);
        q.addBindValue(c.cached ? 1 : 0);
        q.addBindValue(c.judgements.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(c.judgements).toJson(QJsonDocument::Compact))));
        q.addBindValue(c.humanRating > 0 ? QVariant(c.humanRating) : QVariant());
        q.addBindValue(c.humanComment.isEmpty() ? QVariant() : QVariant(c.humanComment));
        if (QString e = execOrError(q); !e.isEmpty())
            return e;
    }
    return {};
}

QString RunStore::rate(QSqlDatabase &db, qint64 runId, const QString &candidate, const ReplayCellKey &key, int rating, const QString &comment)
{
    if (rating < 0 || rating > 5)
        return QStringLiteral("a rating is 1 to 5 (or 0 for none), not %1").arg(rating);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE results SET human_rating = ?, human_comment = ? WHERE run_id = ? AND candidate = ? AND "
                             "item_index = ? AND repeat_index = ?"));
    q.addBindValue(rating > 0 ? QVariant(rating) : QVariant());
    q.addBindValue(comment.isEmpty() ? QVariant() : QVariant(comment));
    q.addBindValue(runId);
    q.addBindValue(candidate);
    q.addBindValue(key.item);
    q.addBindValue(key.repeat);
    if (QString e = execOrError(q); !e.isEmpty())
        return e;
    return q.numRowsAffected() == 1 ? QString() : QStringLiteral("run %1 has no cell %2 × %3").arg(runId).arg(key.item).arg(candidate);
}

QString RunStore::remove(QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM results WHERE run_id = ?"));
    q.addBindValue(runId);
    if (QString e = execOrError(q); !e.isEmpty())
        return e;
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    return execOrError(q);
}

QString RunStore::finish(QSqlDatabase &db, qint64 runId, const QString &status)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(nowIso());
    q.addBindValue(runId);
    return execOrError(q);
}

std::vector<ReplayCell> RunStore::cells(QSqlDatabase &db, qint64 runId, const QStringList &labels)
{
    std::vector<ReplayCell> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT item_index, candidate, repeat_index, response, model, trace_json, ttft_ms, latency_ms, input_tokens, "
                             "output_tokens, cost_usd, error, quality, scores_json, provider, status, attempts, passed, cached, judge_json, "
                             "human_rating, human_comment FROM results "
                             "WHERE run_id = ? ORDER BY item_index, candidate, repeat_index"));
    q.addBindValue(runId);
    q.exec();
    while (q.next()) {
        const int candidate = int(labels.indexOf(q.value(1).toString()));
        if (candidate < 0)
            continue; // a candidate the caller no longer has
        ReplayCell c;
        c.key = {q.value(0).toInt(), candidate, q.value(2).toInt()};
        c.response = q.value(3).toString();
        c.model = q.value(4).toString();
        c.trace = q.value(5).toString();
        c.ttftMs = q.value(6).isNull() ? -1 : q.value(6).toDouble();
        c.latencyMs = q.value(7).toDouble();
        c.inputTokens = q.value(8).toLongLong();
        c.outputTokens = q.value(9).toLongLong();
        c.costUsd = q.value(10).toDouble();
        c.error = q.value(11).toString();
        c.quality = q.value(12).toDouble();
        for (const QJsonValue &s : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
            c.scores.push_back({s[QStringLiteral("value")].toDouble(), s[QStringLiteral("detail")].toString()});
        c.provider = q.value(14).toString();
        c.status = q.value(15).toInt();
        c.attempts = q.value(16).toInt();
        c.passed = q.value(17).toInt() != 0;
        c.cached = q.value(18).toInt() != 0;
        c.judgements = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).array();
        c.humanRating = q.value(20).toInt();
        c.humanComment = q.value(21).toString();
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<RunInfo> RunStore::list(QSqlDatabase &db)
{
    std::vector<RunInfo> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT r.id, r.name, s.name, r.status, r.started_at, r.finished_at, r.config_json, "
                          "(SELECT COUNT(*) FROM results WHERE run_id = r.id) FROM runs r LEFT JOIN prompt_sets s ON s.id = r.set_id "
                          "ORDER BY r.id DESC"));
    while (q.next()) {
        RunInfo r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.promptSet = q.value(2).toString();
        r.status = q.value(3).toString();
        r.startedAt = q.value(4).toString();
        r.finishedAt = q.value(5).toString();
        r.config = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        r.cells = q.value(7).toInt();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace sy
