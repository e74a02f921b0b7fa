#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace sy {

class WorkspaceWriterWorker;

// One SQLite workspace file in WAL mode. Every write goes through the single writer thread;
// reads run on a pool thread with a connection of their own. Neither ever blocks the caller.
class Workspace : public QObject
{
    Q_OBJECT
public:
    ~Workspace() override;

    // Opens (creating if needed) and migrates the file. Blocking: call it before the GUI shows,
    // or from a background job.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);

    const QString &path() const { return m_path; }

    using Job = std::function<void(QSqlDatabase &)>;
    // A write returns its error text, empty on success; on error its transaction is rolled back.
    using WriteJob = std::function<QString(QSqlDatabase &)>;

    // Queues a write; jobs run in submission order, each in its own transaction.
    // done (optional) runs afterwards in context's thread with the error text (empty on success);
    // without a context it runs on the writer thread.
    void write(WriteJob job, QObject *context = nullptr, std::function<void(const QString &error)> done = {});

    // Runs a read on a pool thread; done runs in context's thread.
    void read(Job job, QObject *context, std::function<void()> done);

    // Blocks until every queued write has run. For shutdown, tests and command-line tools only.
    void waitForWrites();

    // A connection for the calling thread (created on first use), for synchronous tools and tests.
    QSqlDatabase connectionForThisThread();

    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, QString *error);

private:
    explicit Workspace(QString path);

    QString m_path;
    QThreadPool m_readers;
    QThread m_writerThread;
    WorkspaceWriterWorker *m_writer = nullptr;
};

} // namespace sy
