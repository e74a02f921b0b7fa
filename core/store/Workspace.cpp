#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QThreadStorage>
#include <QUuid>

#include "store/StoreLog.h"
#include "store/WorkspaceSchema.h"

namespace sy {

class WorkspaceWriterWorker : public QObject
{
public:
    explicit WorkspaceWriterWorker(QString path) : m_path(std::move(path)) {}
    ~WorkspaceWriterWorker() override
    {
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    QString run(const Workspace::WriteJob &job)
    {
        if (m_connection.isEmpty()) {
            m_connection = QStringLiteral("sy-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            QString error;
            QSqlDatabase db = Workspace::openConnection(m_path, m_connection, &error);
            if (!db.isOpen())
                return error;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.transaction())
            return db.lastError().text();
        const QString jobError = job(db);
        if (!jobError.isEmpty()) {
            db.rollback();
            return jobError;
        }
        if (!db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return error;
        }
        return {};
    }

private:
    QString m_path;
    QString m_connection;
};

Workspace::Workspace(QString path) : m_path(std::move(path))
{
    m_readers.setMaxThreadCount(2);
    m_writerThread.setObjectName(QStringLiteral("workspace-writer"));
    m_writer = new WorkspaceWriterWorker(m_path);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
}

Workspace::~Workspace()
{
    m_readers.waitForDone();
    waitForWrites();
    m_writerThread.quit();
    m_writerThread.wait();
}

QSqlDatabase Workspace::openConnection(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot open workspace: %2").arg(path, db.lastError().text());
        return db;
    }
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = QStringLiteral("%1: %2").arg(path, q.lastError().text());
            db.close();
            return db;
        }
    }
    return db;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(path);
        return nullptr;
    }
    // Migrate on a connection of its own, closed (and every handle to it gone) before removal.
    const QString name = QStringLiteral("sy-open-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString failure = [&]() -> QString {
        QString openError;
        QSqlDatabase db = openConnection(path, name, &openError);
        if (!db.isOpen())
            return openError;
        QString migrateError;
        {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                migrateError = QStringLiteral("%1: not a workspace (%2)").arg(path, check.lastError().text());
        }
        if (migrateError.isEmpty() && !WorkspaceSchema::migrate(db, &migrateError))
            migrateError = QStringLiteral("%1: %2").arg(path, migrateError);
        db.close();
        return migrateError;
    }();
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty()) {
        qCWarning(lcStore, "cannot open the workspace: %s", qPrintable(failure));
        *error = failure;
        return nullptr;
    }
    qCInfo(lcStore, "workspace %s open", qPrintable(info.absoluteFilePath()));
    return std::unique_ptr<Workspace>(new Workspace(info.absoluteFilePath()));
}

void Workspace::write(WriteJob job, QObject *context, std::function<void(const QString &)> done)
{
    QPointer<QObject> guard(context);
    const bool wantsDone = bool(done);
    QMetaObject::invokeMethod(m_writer, [worker = m_writer, job = std::move(job), guard, wantsDone, context,
                                         done = std::move(done)]() mutable {
        const QString error = worker->run(job);
        if (!error.isEmpty() && !wantsDone) // a caller that asks for the outcome reports it with its own context
            qCWarning(lcStore, "a write to the workspace failed: %s", qPrintable(error));
        if (!wantsDone)
            return;
        if (!context) {
            done(error);
            return;
        }
        if (guard)
            QMetaObject::invokeMethod(guard.data(), [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Workspace::waitForWrites()
{
    if (QThread::currentThread() == &m_writerThread)
        return;
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
}

namespace {
struct ThreadConnection
{
    QString name;
    ~ThreadConnection()
    {
        if (!name.isEmpty()) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
QThreadStorage<ThreadConnection *> g_threadConnections;
} // namespace

QSqlDatabase Workspace::connectionForThisThread()
{
    if (!g_threadConnections.hasLocalData())
        g_threadConnections.setLocalData(new ThreadConnection);
    ThreadConnection *tc = g_threadConnections.localData();
    // Connection names are process-wide in Qt SQL: each thread needs its own, and the path keeps
    // a new workspace at a freed one's address from inheriting a stale connection.
    const QString name = QStringLiteral("sy-reader-%1-%2-").arg(quintptr(this)).arg(quintptr(QThread::currentThreadId())) + m_path;
    if (tc->name != name) {
        if (!tc->name.isEmpty()) {
            QSqlDatabase::database(tc->name, false).close();
            QSqlDatabase::removeDatabase(tc->name);
        }
        tc->name = name;
        QString error;
        return openConnection(m_path, name, &error);
    }
    return QSqlDatabase::database(name, false);
}

void Workspace::read(Job job, QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    m_readers.start([this, job = std::move(job), guard, done = std::move(done)]() mutable {
        QSqlDatabase db = connectionForThisThread();
        job(db);
        if (guard)
            QMetaObject::invokeMethod(guard.data(), std::move(done), Qt::QueuedConnection);
    });
}

} // namespace sy
