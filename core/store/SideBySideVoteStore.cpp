#include "store/SideBySideVoteStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "store/StoreUtil.h"

namespace sy {

QString SideBySideVoteStore::save(QSqlDatabase &db, const SideBySideVote &vote)
{
    QJsonArray columns;
    for (const SideBySideVote::Column &c : vote.columns)
        columns.append(QJsonObject{{QStringLiteral("label"), c.label},
                                   {QStringLiteral("provider"), c.provider},
                                   {QStringLiteral("model"), c.model},
                                   {QStringLiteral("answer"), c.answer},
                                   {QStringLiteral("ttft_ms"), c.ttftMs},
                                   {QStringLiteral("latency_ms"), c.latencyMs},
                                   {QStringLiteral("output_tokens"), c.outputTokens},
                                   {QStringLiteral("cost_usd"), c.costUsd},
                                   {QStringLiteral("rating"), c.rating}});
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO side_by_side_votes (ts_ms, prompt, winner, columns_json) VALUES (?, ?, ?, ?)"));
    q.addBindValue(vote.timestampMs);
    q.addBindValue(vote.prompt);
    q.addBindValue(vote.winner.isEmpty() ? QVariant() : QVariant(vote.winner));
    q.addBindValue(QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact)));
    return execOrError(q);
}

std::vector<SideBySideVote> SideBySideVoteStore::all(QSqlDatabase &db)
{
    std::vector<SideBySideVote> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ts_ms, prompt, winner, columns_json FROM side_by_side_votes ORDER BY id")))
        return out;
    while (q.next()) {
        SideBySideVote v;
        v.timestampMs = q.value(0).toLongLong();
        v.prompt = q.value(1).toString();
        v.winner = q.value(2).toString();
        for (const QJsonValue &c : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            v.columns.push_back({c[QStringLiteral("label")].toString(), c[QStringLiteral("provider")].toString(),
                                 c[QStringLiteral("model")].toString(), c[QStringLiteral("answer")].toString(),
                                 c[QStringLiteral("ttft_ms")].toDouble(-1), c[QStringLiteral("latency_ms")].toDouble(),
                                 c[QStringLiteral("output_tokens")].toInteger(), c[QStringLiteral("cost_usd")].toDouble(),
                                 c[QStringLiteral("rating")].toInt()});
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<VoteTally> SideBySideVoteStore::tally(QSqlDatabase &db)
{
    QHash<QString, VoteTally> byLabel;
    for (const SideBySideVote &v : all(db))
        for (const SideBySideVote::Column &c : v.columns) {
            VoteTally &t = byLabel[c.label];
            t.label = c.label;
            if (v.winner.isEmpty())
                ++t.ties;
            else if (v.winner == c.label)
                ++t.wins;
            else
                ++t.losses;
        }
    std::vector<VoteTally> out(byLabel.cbegin(), byLabel.cend());
    std::sort(out.begin(), out.end(), [](const VoteTally &a, const VoteTally &b) {
        return a.wins != b.wins ? a.wins > b.wins : a.losses != b.losses ? a.losses < b.losses : a.label < b.label;
    });
    return out;
}

} // namespace sy
