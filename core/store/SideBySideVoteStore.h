#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace sy {

// A human's verdict on one side-by-side turn: which answer was better, with every column's
// answer and figures kept beside it. Ratings use the replay's scale (1..5, thumbs as 1 or 5):
// the winner 5, the others 1; a tie rates every column 3.
struct SideBySideVote
{
    struct Column
    {
        QString label; // "sim-cloud/sim-mini", "cheap-first:auto"
        QString provider;
        QString model;
        QString answer;
        double ttftMs = -1;
        double latencyMs = 0;
        qint64 outputTokens = 0;
        double costUsd = 0;
        int rating = 0;
    };
    qint64 timestampMs = 0;
    QString prompt; // the turn's user message
    QString winner; // a column's label; empty for a tie
    std::vector<Column> columns;
};

// How often a candidate won, lost or tied, over every vote kept.
struct VoteTally
{
    QString label;
    int wins = 0;
    int losses = 0;
    int ties = 0;
};

class SideBySideVoteStore
{
public:
    static QString save(QSqlDatabase &db, const SideBySideVote &vote);
    static std::vector<SideBySideVote> all(QSqlDatabase &db);
    static std::vector<VoteTally> tally(QSqlDatabase &db); // most wins first
};

} // namespace sy
