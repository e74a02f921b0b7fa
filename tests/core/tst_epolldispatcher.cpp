#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

#include "eventloop/EpollEventDispatcher.h"
#include "net/TcpStream.h"

using namespace sy;

// The proxy workers' event dispatcher, on a thread of its own as the server runs it: Qt timers,
// posted events, deleteLater, QSocketNotifier-based Qt sockets and the direct watchers, including
// a report for a descriptor that was replaced earlier in the same pass.
class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void timers_data();
    void timers();
    void killedTimerNeverFires();
    void crossThreadCallsAndQuit();
    void deleteLaterFromDirectWatcher();
    void qtSocketsThroughNotifiers();
    void replacedDescriptorGetsNoStaleReport();
    void idleStreamClosedInSamePassIsStale();
    void streamOutlivingTheDispatcher();

private:
    // Runs f on the worker thread and waits for it.
    template <typename F> void onWorker(F f)
    {
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
    }

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on the worker thread
};

namespace {

struct CountingWatcher final : EpollEventDispatcher::Watcher
{
    std::function<void()> onRead;
    std::atomic<int> reads{0};
    void readyRead() override
    {
        ++reads;
        if (onRead)
            onRead();
    }
    void readyWrite() override {}
};

} // namespace

void TestEpollDispatcher::init()
{
    m_thread = new QThread;
    m_thread->setEventDispatcher(new EpollEventDispatcher);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

void TestEpollDispatcher::cleanup()
{
    m_thread->quit();
    QVERIFY(m_thread->wait(5000));
    delete m_thread;
}

void TestEpollDispatcher::timers_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<bool>("singleShot");
    QTest::addColumn<int>("expected"); // events counted before the timer is stopped
    QTest::newRow("single shot 0 ms") << 0 << true << 1;
    QTest::newRow("single shot 15 ms") << 15 << true << 1;
    QTest::newRow("periodic 0 ms") << 0 << false << 5;
    QTest::newRow("periodic 3 ms") << 3 << false << 5;
}

void TestEpollDispatcher::timers()
{
    QFETCH(int, intervalMs);
    QFETCH(bool, singleShot);
    QFETCH(int, expected);
    std::atomic<int> fired{0};
    std::atomic<qint64> elapsedMs{-1};
    QTimer *timer = nullptr;
    onWorker([&] {
        timer = new QTimer(m_context);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(intervalMs);
        timer->setSingleShot(singleShot);
        auto *clock = new QElapsedTimer;
        clock->start();
        connect(timer, &QTimer::timeout, m_context, [&fired, &elapsedMs, timer, expected, clock] {
            if (++fired == expected) {
                timer->stop();
                elapsedMs = clock->elapsed();
                delete clock;
            }
        });
        timer->start();
    });
    QTRY_COMPARE(fired.load(), expected);
    QTRY_VERIFY(elapsedMs.load() >= 0);
    QVERIFY2(elapsedMs.load() >= qint64(intervalMs) * expected - 1,
             qPrintable(QString::number(elapsedMs.load())));
    // Stopped: no more events (checked after more posted work has gone through the loop).
    onWorker([] {});
    onWorker([] {});
    QCOMPARE(fired.load(), expected);
    onWorker([&] { delete timer; });
}

void TestEpollDispatcher::killedTimerNeverFires()
{
    std::atomic<int> fired{0};
    std::atomic<bool> done{false};
    onWorker([&] {
        auto *doomed = new QTimer(m_context);
        connect(doomed, &QTimer::timeout, m_context, [&fired] { ++fired; });
        doomed->start(5);
        QTimer::singleShot(1, m_context, [doomed] { delete doomed; }); // before it is due
        QTimer::singleShot(40, m_context, [&done] { done = true; });
    });
    QTRY_VERIFY(done.load());
    QCOMPARE(fired.load(), 0);
}

void TestEpollDispatcher::crossThreadCallsAndQuit()
{
    // Calls queued from another thread wake the waiting loop; quit() ends it (cleanup checks).
    std::atomic<int> ran{0};
    for (int i = 0; i < 1000; ++i)
        QMetaObject::invokeMethod(
            m_context, [&ran] { ++ran; }, Qt::QueuedConnection);
    QTRY_COMPARE(ran.load(), 1000);
    QVERIFY(EpollEventDispatcher::forThisThread() == nullptr); // the test's own thread runs Qt's
}

void TestEpollDispatcher::deleteLaterFromDirectWatcher()
{
    // A watcher's callback runs outside any Qt event: objects it deleteLater()s must still go.
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    CountingWatcher watcher;
    std::atomic<bool> destroyed{false};
    onWorker([&] {
        auto *doomed = new QObject;
        connect(doomed, &QObject::destroyed, [&destroyed] { destroyed = true; });
        watcher.onRead = [&watcher, doomed, fd = fds[0]] {
            char buffer[16];
            while (::read(fd, buffer, sizeof buffer) > 0) {
            }
            if (watcher.reads == 1)
                doomed->deleteLater();
        };
        EpollEventDispatcher::forThisThread()->watch(fds[0], &watcher, true, false);
    });
    QCOMPARE(::write(fds[1], "x", 1), ssize_t(1));
    QTRY_VERIFY(destroyed.load());
    onWorker([&] { EpollEventDispatcher::forThisThread()->unwatch(fds[0]); });
    ::close(fds[0]);
    ::close(fds[1]);
}

void TestEpollDispatcher::qtSocketsThroughNotifiers()
{
    // QTcpSocket on the worker (QSocketNotifier path) talks to a server on the test's thread.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll().toUpper()); });
    });
    QByteArray answer;
    QMutex lock;
    QTcpSocket *socket = nullptr;
    onWorker([&, port = server.serverPort()] {
        socket = new QTcpSocket(m_context);
        connect(socket, &QTcpSocket::connected, socket, [socket] { socket->write("ping"); });
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            QMutexLocker locked(&lock);
            answer += socket->readAll();
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
    });
    QTRY_VERIFY([&] {
        QMutexLocker locked(&lock);
        return answer == "PING";
    }());
    onWorker([&] { delete socket; });
}

void TestEpollDispatcher::replacedDescriptorGetsNoStaleReport()
{
    // Two readable pairs in one pass; whichever is handled first closes the other's descriptor
    // and a new one takes its number. The old report in the same pass must not reach the new watcher.
    int a[2], b[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, a), 0);
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, b), 0);
    CountingWatcher first, second, replacement;
    int newPair[2] = {-1, -1};
    std::atomic<bool> checked{false};
    std::atomic<int> replacementReadsInPass{-1};
    QSemaphore hold;
    onWorker([&] {
        EpollEventDispatcher *dispatcher = EpollEventDispatcher::forThisThread();
        auto replace = [&, dispatcher](int victimFd, int otherPeer) {
            if (newPair[0] >= 0)
                return; // only the first handled does it
            dispatcher->unwatch(victimFd);
            ::close(victimFd);
            ::close(otherPeer);
            ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, newPair); // takes the lowest free number
            dispatcher->watch(newPair[0], &replacement, true, false);
            dispatcher->deferToEndOfPass([&] {
                replacementReadsInPass = replacement.reads.load();
                checked = true;
            });
        };
        first.onRead = [&, replace] { replace(b[0], b[1]); };
        second.onRead = [&, replace] { replace(a[0], a[1]); };
        dispatcher->watch(a[0], &first, true, false);
        dispatcher->watch(b[0], &second, true, false);
        // Holds the loop so both become readable before its next wait.
        QMetaObject::invokeMethod(
            m_context, [&hold] { hold.acquire(); }, Qt::QueuedConnection);
    });
    QCOMPARE(::write(a[1], "x", 1), ssize_t(1));
    QCOMPARE(::write(b[1], "x", 1), ssize_t(1));
    hold.release();
    QTRY_VERIFY(checked.load());
    QVERIFY2(newPair[0] == a[0] || newPair[0] == b[0],
             "the new pair did not reuse the closed number; the test proves nothing");
    QCOMPARE(replacementReadsInPass.load(), 0);
    onWorker([&] {
        EpollEventDispatcher *dispatcher = EpollEventDispatcher::forThisThread();
        for (int fd : {a[0], b[0]})
            dispatcher->unwatch(fd);
    });
    for (int fd : {newPair[0], newPair[1], first.reads ? a[0] : b[0], first.reads ? a[1] : b[1]})
        ::close(fd);
}

void TestEpollDispatcher::idleStreamClosedInSamePassIsStale()
{
    // An idle keep-alive stream whose peer closed is stale as soon as the pass holds the report,
    // even when another socket's callback asks before the stream's own report is handled.
    int trigger[2], idle[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, trigger), 0);
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, idle), 0);
    CountingWatcher watcher;
    TcpStream *stream = nullptr;
    std::atomic<int> staleSeen{-1};
    bool adopted = false;
    bool staleAtFirst = true;
    QSemaphore hold;
    onWorker([&] {
        stream = new TcpStream(m_context);
        adopted = stream->adopt(idle[0]);
        staleAtFirst = stream->isStale();
        watcher.onRead = [&] {
            if (staleSeen < 0)
                staleSeen = stream->isStale() ? 1 : 0;
        };
        EpollEventDispatcher::forThisThread()->watch(trigger[0], &watcher, true, false);
        QMetaObject::invokeMethod(
            m_context, [&hold] { hold.acquire(); }, Qt::QueuedConnection);
    });
    QVERIFY(adopted);
    QVERIFY(!staleAtFirst);
    QCOMPARE(::write(trigger[1], "x", 1), ssize_t(1)); // first in the ready list
    ::close(idle[1]);
    hold.release();
    QTRY_VERIFY(staleSeen.load() >= 0);
    QCOMPARE(staleSeen.load(), 1);
    onWorker([&] {
        EpollEventDispatcher::forThisThread()->unwatch(trigger[0]);
        delete stream;
    });
    ::close(trigger[0]);
    ::close(trigger[1]);
}

void TestEpollDispatcher::streamOutlivingTheDispatcher()
{
    // A thread-local object (the proxy's upstream pool) is destroyed after its thread's
    // dispatcher: its sockets must not reach for the dispatcher then (a use after free, which
    // the ASan build reports).
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    std::atomic<bool> adopted{false};
    onWorker([&] {
        thread_local std::unique_ptr<TcpStream> outliving;
        outliving = std::make_unique<TcpStream>();
        adopted = outliving->adopt(fds[0]);
    });
    QVERIFY(adopted.load());
    m_thread->quit();
    QVERIFY(m_thread->wait(5000)); // the thread-local stream goes at the thread's very end
    ::close(fds[1]);
}

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
