#include "store/FeedbackStore.h"

#include "store/StoreUtil.h"

namespace sy {

namespace {
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
} // namespace

QString FeedbackStore::insert(QSqlDatabase &db, const std::vector<Feedback> &batch)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO feedback (ts_ms, request_id, score, label, comment, source, key_name, client) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Feedback &f : batch) {
        q.addBindValue(f.timestampMs);
        q.addBindValue(f.requestId);
        q.addBindValue(f.score < 0 ? QVariant() : QVariant(f.score));
        q.addBindValue(textOrNull(f.label));
        q.addBindValue(textOrNull(f.comment));
        q.addBindValue(f.source);
        q.addBindValue(textOrNull(f.keyName));
        q.addBindValue(textOrNull(f.client));
        if (QString err = execOrError(q); !err.isEmpty())
            return err;
    }
    return {};
}

std::vector<Feedback> FeedbackStore::forRequest(QSqlDatabase &db, const QString &requestId)
{
    std::vector<Feedback> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ts_ms, score, label, comment, source, key_name, client FROM feedback "
                             "WHERE request_id = ? ORDER BY ts_ms, id"));
    q.addBindValue(requestId);
    q.exec();
    while (q.next()) {
        Feedback f;
        f.requestId = requestId;
        f.timestampMs = q.value(0).toLongLong();
        f.score = q.value(1).isNull() ? -1 : q.value(1).toDouble();
        f.label = q.value(2).toString();
        f.comment = q.value(3).toString();
        f.source = q.value(4).toString();
        f.keyName = q.value(5).toString();
        f.client = q.value(6).toString();
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace sy
