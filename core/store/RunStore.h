#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

#include "replay/ReplayPlan.h"

namespace sy {

struct RunInfo
{
    qint64 id = 0;
    QString name;
    QString promptSet;
    QString status; // running, completed, cancelled, budget, failed
    QString startedAt;
    QString finishedAt;
    QJsonObject config; // candidates (labels), scorers, repeats, ...
    int cells = 0;      // results stored
};

// Replay runs and their cells in the workspace. Cells are written as they finish, so a run that
// stops half way can be resumed: the cells stored are the ones it skips.
class RunStore
{
public:
    // promptSet may be empty (a file, not a stored set). Returns the run id, or 0 with error set.
    static qint64 create(QSqlDatabase &db, const QString &name, const QString &promptSet, const QJsonObject &config, QString *error);
    // Candidates are stored by label; `labels` maps a cell's candidate index to it.
    static QString saveCells(QSqlDatabase &db, qint64 runId, const QStringList &labels, const std::vector<ReplayCell> &cells);
    // A person's rating of one cell (1..5, 0 to clear) and comment.
    static QString rate(QSqlDatabase &db, qint64 runId, const QString &candidate, const ReplayCellKey &key, int rating, const QString &comment);
    static QString remove(QSqlDatabase &db, qint64 runId);
    static QString finish(QSqlDatabase &db, qint64 runId, const QString &status);
    static std::vector<ReplayCell> cells(QSqlDatabase &db, qint64 runId, const QStringList &labels);
    static std::vector<RunInfo> list(QSqlDatabase &db);
};

} // namespace sy
