#include "store/RunArchive.h"

#include <memory>

#include "store/PromptSetStore.h"
#include "store/Workspace.h"

namespace sy {

void RunArchive::list(QObject *context, std::function<void(std::vector<RunInfo>)> done) const
{
    auto runs = std::make_shared<std::vector<RunInfo>>();
    m_workspace->read([runs](QSqlDatabase &db) { *runs = RunStore::list(db); }, context,
                      [runs, done = std::move(done)] { done(std::move(*runs)); });
}

void RunArchive::create(const QString &name, const QString &promptSet, const QJsonObject &config, QObject *context,
                        std::function<void(qint64, const QString &)> done) const
{
    auto id = std::make_shared<qint64>(0);
    m_workspace->write(
        [id, name, promptSet, config](QSqlDatabase &db) {
            QString error;
            *id = RunStore::create(db, name, promptSet, config, &error);
            return error;
        },
        context, [id, done = std::move(done)](const QString &error) { done(error.isEmpty() ? *id : 0, error); });
}

void RunArchive::saveCells(qint64 run, const QStringList &labels, std::vector<ReplayCell> cells, QObject *context, Done done) const
{
    m_workspace->write([run, labels, cells = std::move(cells)](QSqlDatabase &db) { return RunStore::saveCells(db, run, labels, cells); },
                       context, std::move(done));
}

void RunArchive::finish(qint64 run, const QString &status, QObject *context, Done done) const
{
    m_workspace->write([run, status](QSqlDatabase &db) { return RunStore::finish(db, run, status); }, context, std::move(done));
}

void RunArchive::rate(qint64 run, const QString &candidate, const ReplayCellKey &key, int rating, const QString &comment,
                      QObject *context, Done done) const
{
    m_workspace->write([=](QSqlDatabase &db) { return RunStore::rate(db, run, candidate, key, rating, comment); }, context,
                       std::move(done));
}

void RunArchive::remove(qint64 run, QObject *context, Done done) const
{
    m_workspace->write([run](QSqlDatabase &db) { return RunStore::remove(db, run); }, context, std::move(done));
}

void RunArchive::cells(qint64 run, const QStringList &labels, QObject *context, std::function<void(std::vector<ReplayCell>)> done) const
{
    auto cells = std::make_shared<std::vector<ReplayCell>>();
    m_workspace->read([cells, run, labels](QSqlDatabase &db) { *cells = RunStore::cells(db, run, labels); }, context,
                      [cells, done = std::move(done)] { done(std::move(*cells)); });
}

void RunArchive::open(qint64 run, const QStringList &labels, const QString &promptSet, QObject *context,
                      std::function<void(std::vector<ReplayCell>, std::optional<PromptSet>)> done) const
{
    auto cells = std::make_shared<std::vector<ReplayCell>>();
    auto set = std::make_shared<std::optional<PromptSet>>();
    m_workspace->read(
        [cells, set, run, labels, promptSet](QSqlDatabase &db) {
            *cells = RunStore::cells(db, run, labels);
            *set = PromptSetStore::load(db, promptSet);
        },
        context, [cells, set, done = std::move(done)] { done(std::move(*cells), std::move(*set)); });
}

} // namespace sy
