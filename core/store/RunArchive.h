#pragma once

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

#include "prompts/PromptSet.h"
#include "store/RunStore.h"

class QObject;

namespace sy {

class Workspace;

// A workspace's replay runs for a program's main thread: each call runs on the workspace's
// readers or its one writer and answers on `context`'s thread (never once context is gone).
// The caller sees runs and cells, not the database.
class RunArchive
{
public:
    using Done = std::function<void(const QString &error)>; // empty: it worked

    explicit RunArchive(Workspace *workspace) : m_workspace(workspace) {}

    void list(QObject *context, std::function<void(std::vector<RunInfo>)> done) const;
    // promptSet may be empty (a file, not a stored set); the id is 0 when error is set.
    void create(const QString &name, const QString &promptSet, const QJsonObject &config, QObject *context,
                std::function<void(qint64 id, const QString &error)> done) const;
    // Candidates are stored by label; `labels` maps a cell's candidate index to it.
    void saveCells(qint64 run, const QStringList &labels, std::vector<ReplayCell> cells, QObject *context, Done done) const;
    void finish(qint64 run, const QString &status, QObject *context, Done done) const;
    // A person's rating of one cell (1..5, 0 to clear) and comment.
    void rate(qint64 run, const QString &candidate, const ReplayCellKey &key, int rating, const QString &comment, QObject *context,
              Done done) const;
    void remove(qint64 run, QObject *context, Done done) const;
    void cells(qint64 run, const QStringList &labels, QObject *context, std::function<void(std::vector<ReplayCell>)> done) const;
    // A run's cells with the items of its prompt set (nullopt when that set is no longer stored), read together.
    void open(qint64 run, const QStringList &labels, const QString &promptSet, QObject *context,
              std::function<void(std::vector<ReplayCell>, std::optional<PromptSet>)> done) const;

private:
    Workspace *m_workspace;
};

} // namespace sy
