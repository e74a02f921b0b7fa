#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include "mock/MockProvider.h"
#include "net/TcpStream.h"
#include "upstream/UpstreamPool.h"

using namespace sy;

class TestUpstreamPool : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void endpointFromUrl_data();
    void endpointFromUrl();
    void nonStreamAndReuse();
    void streamArrivesInPieces();
    void errorStatusIsAResponseNotAnError();
    void connectError();
    void firstByteTimeout();
    void slowUploadIsNotASilentUpstream_data();
    void slowUploadIsNotASilentUpstream();
    void droppedStreamIsClosedError();
    void staleKeepAliveIsResentOnlyWhenIdempotent_data();
    void staleKeepAliveIsResentOnlyWhenIdempotent();
    void idleStreamClosedByPeerIsStale();
    void noPerHostConnectionCap();
    void cancelStopsCallbacks();
    void sendFromCompletionCallbackReusesConnection();

private:
    struct Outcome
    {
        int status = 0;
        QByteArray body;
        int bodyPieces = 0;
        bool complete = false;
        bool failed = false;
        UpstreamError error = UpstreamError::Protocol;
        QString message;
        bool done() const { return complete || failed; }
    };
    UpstreamRequest chatRequest(const QByteArray &fault = {}, bool stream = false) const;
    UpstreamCallbacks collect(Outcome &o) const;

    std::unique_ptr<MockServer> m_mock;
    std::unique_ptr<UpstreamPool> m_pool;
};

void TestUpstreamPool::init()
{
    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("m"), 5, 2000, 30), MockModel::steady(QStringLiteral("slow"), 400, 2000, 30)};
    m_mock = std::make_unique<MockServer>(config, 2);
    QVERIFY(m_mock->listen());
    m_pool = std::make_unique<UpstreamPool>();
}

void TestUpstreamPool::cleanup()
{
    m_pool.reset();
    m_mock.reset();
}

UpstreamRequest TestUpstreamPool::chatRequest(const QByteArray &fault, bool stream) const
{
    UpstreamRequest r;
    r.endpoint = *UpstreamEndpoint::fromUrl(m_mock->baseUrl());
    r.path = "/chat/completions";
    r.headers = {{"Content-Type", "application/json"}};
    if (!fault.isEmpty())
        r.headers.push_back({"x-mock-fault", fault});
    r.body = QByteArray(R"({"model": "m", "messages": [{"role": "user", "content": "hello"}])") +
             (stream ? ", \"stream\": true}" : "}");
    return r;
}

UpstreamCallbacks TestUpstreamPool::collect(Outcome &o) const
{
    return {[&o](int status, const HttpHeaders &) { o.status = status; },
            [&o](QByteArrayView data) {
                o.body.append(data);
                ++o.bodyPieces;
            },
            [&o] { o.complete = true; },
            [&o](UpstreamError e, const QString &message) {
                o.failed = true;
                o.error = e;
                o.message = message;
            }};
}

void TestUpstreamPool::endpointFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("openai") << "https://api.openai.com/v1" << QByteArray("api.openai.com") << 443 << true << QByteArray("/v1");
    QTest::newRow("local") << "http://127.0.0.1:8080/v1/" << QByteArray("127.0.0.1") << 8080 << false << QByteArray("/v1");
    QTest::newRow("no path") << "http://localhost" << QByteArray("localhost") << 80 << false << QByteArray();
    QTest::newRow("groq") << "https://api.groq.com/openai/v1" << QByteArray("api.groq.com") << 443 << true << QByteArray("/openai/v1");
}

void TestUpstreamPool::endpointFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    QFETCH(bool, tls);
    QFETCH(QByteArray, prefix);
    const auto e = UpstreamEndpoint::fromUrl(url);
    QVERIFY(e);
    QCOMPARE(e->host, host);
    QCOMPARE(int(e->port), port);
    QCOMPARE(e->tls, tls);
    QCOMPARE(e->pathPrefix, prefix);
    QVERIFY(!UpstreamEndpoint::fromUrl(QStringLiteral("sim://demo")));
}

void TestUpstreamPool::nonStreamAndReuse()
{
    for (int i = 0; i < 3; ++i) {
        Outcome o;
        m_pool->send(chatRequest(), collect(o));
        QVERIFY(!o.done()); // never answered from inside send()
        QTRY_VERIFY(o.done());
        QVERIFY2(o.complete, qPrintable(o.message));
        QCOMPARE(o.status, 200);
        QCOMPARE(QJsonDocument::fromJson(o.body)[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt(), 30);
        QCOMPARE(m_pool->openConnections(), 1); // one keep-alive connection serves all three
        QCOMPARE(m_pool->idleConnections(), 1);
    }
    QCOMPARE(m_mock->server().openConnections(), 1);
}

void TestUpstreamPool::streamArrivesInPieces()
{
    Outcome o;
    m_pool->send(chatRequest({}, true), collect(o));
    QTRY_VERIFY(o.done());
    QVERIFY(o.complete);
    QVERIFY(o.bodyPieces > 1);
    QVERIFY(o.body.startsWith("data: "));
    QVERIFY(o.body.trimmed().endsWith("data: [DONE]"));
    QVERIFY(!o.body.contains("\r\n")); // de-chunked
}

void TestUpstreamPool::errorStatusIsAResponseNotAnError()
{
    Outcome o;
    m_pool->send(chatRequest("503"), collect(o));
    QTRY_VERIFY(o.done());
    QVERIFY(o.complete);
    QCOMPARE(o.status, 503);
    QVERIFY(o.body.contains("simulated outage"));
}

void TestUpstreamPool::connectError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    UpstreamRequest r = chatRequest();
    r.endpoint.port = port;
    Outcome o;
    m_pool->send(r, collect(o));
    QTRY_VERIFY(o.done());
    QVERIFY(o.failed);
    QCOMPARE(o.error, UpstreamError::Connect);
}

void TestUpstreamPool::firstByteTimeout()
{
    UpstreamRequest r = chatRequest("hang");
    r.firstByteTimeoutMs = 150;
    Outcome o;
    m_pool->send(r, collect(o));
    QTRY_VERIFY_WITH_TIMEOUT(o.done(), 5000);
    QVERIFY(o.failed);
    QCOMPARE(o.error, UpstreamError::Timeout);
    QVERIFY2(o.message.contains(QStringLiteral("waiting for the response")), qPrintable(o.message));
    QCOMPARE(m_pool->openConnections(), 0);
}

void TestUpstreamPool::droppedStreamIsClosedError()
{
    Outcome o;
    m_pool->send(chatRequest("drop", true), collect(o));
    QTRY_VERIFY(o.done());
    QVERIFY(o.failed);
    QCOMPARE(o.error, UpstreamError::Closed);
    QVERIFY(o.body.startsWith("data: ")); // some tokens came first
}

void TestUpstreamPool::staleKeepAliveIsResentOnlyWhenIdempotent_data()
{
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("POST without idempotency key: reported, not re-sent") << false;
    QTest::newRow("idempotent: re-sent once on a fresh connection") << true;
}

void TestUpstreamPool::staleKeepAliveIsResentOnlyWhenIdempotent()
{
    QFETCH(bool, idempotent);
    // A server that answers a connection's first request with keep-alive and closes the connection
    // when a second request arrives on it: the race of an upstream dropping an idle connection
    // just as the proxy reuses it. The second request may have been processed: only an
    // idempotent one may go out again.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int accepted = 0;
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            ++accepted;
            auto served = std::make_shared<int>(0);
            connect(s, &QTcpSocket::readyRead, s, [s, served, &requests] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                if ((*served)++ == 0)
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                else
                    s->abort();
            });
        }
    });
    UpstreamRequest r = chatRequest();
    r.endpoint.port = server.serverPort();
    r.idempotent = idempotent;
    Outcome first;
    m_pool->send(r, collect(first));
    QTRY_VERIFY(first.complete);
    QCOMPARE(m_pool->idleConnections(), 1);
    const quint64 resentBefore = UpstreamPool::staleCounts().resent.load();
    const quint64 failedBefore = UpstreamPool::staleCounts().failed.load();
    Outcome second;
    UpstreamCall call = m_pool->send(r, collect(second)); // goes out on the kept-alive connection, which the server drops
    QTRY_VERIFY(second.done());
    if (idempotent) {
        QVERIFY2(second.complete, qPrintable(second.message));
        QCOMPARE(second.body, QByteArray("ok"));
        QCOMPARE(accepted, 2);
        QCOMPARE(requests, 3);
        QCOMPARE(UpstreamPool::staleCounts().resent.load(), resentBefore + 1);
    } else {
        QVERIFY(second.failed);
        QCOMPARE(second.error, UpstreamError::Closed);
        QVERIFY2(second.message.contains(QStringLiteral("not re-sent")), qPrintable(second.message));
        QCOMPARE(accepted, 1);
        QCOMPARE(requests, 2);
        QCOMPARE(UpstreamPool::staleCounts().failed.load(), failedBefore + 1);
    }
    call.cancel(); // harmless after the end, whichever connection carried it
}

void TestUpstreamPool::idleStreamClosedByPeerIsStale()
{
    // The check the pool makes before reusing an idle connection sees a close (or stray bytes)
    // that the event loop has not reported yet.
    for (const bool strayBytes : {false, true}) {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        TcpStream stream;
        QVERIFY(stream.adopt(fds[0]));
        QVERIFY(!stream.isStale());
        if (strayBytes)
            QCOMPARE(::write(fds[1], "x", 1), ssize_t(1));
        else
            ::close(fds[1]);
        QVERIFY(stream.isStale());
        if (strayBytes)
            ::close(fds[1]);
    }
}

void TestUpstreamPool::noPerHostConnectionCap()
{
    // 200 requests to one host, each held 400 ms upstream: all are in flight at once.
    const int n = 200;
    std::vector<Outcome> outcomes(n);
    for (int i = 0; i < n; ++i) {
        UpstreamRequest r = chatRequest();
        r.body = r.body.toByteArray().replace("\"m\"", "\"slow\"");
        m_pool->send(r, collect(outcomes[size_t(i)]));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_mock->server().openConnections(), n, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.done(); }), 20000);
    QVERIFY(std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.complete && o.status == 200; }));
    QCOMPARE(m_pool->idleConnections(), n);
}

void TestUpstreamPool::cancelStopsCallbacks()
{
    Outcome o;
    UpstreamCall call = m_pool->send(chatRequest({}, true), collect(o));
    call.cancel();
    // The same request again, not cancelled: once it is answered, the first would have been too.
    Outcome witness;
    m_pool->send(chatRequest({}, true), collect(witness));
    QTRY_VERIFY_WITH_TIMEOUT(witness.done(), 10000);
    QVERIFY(witness.complete);
    QVERIFY(!o.done());
    QCOMPARE(o.bodyPieces, 0);
    call.cancel(); // harmless twice
}

void TestUpstreamPool::sendFromCompletionCallbackReusesConnection()
{
    // A fallback sends its next request from inside the previous one's completion callback.
    Outcome first;
    Outcome second;
    UpstreamCallbacks callbacks = collect(first);
    callbacks.onComplete = [&] {
        first.complete = true;
        m_pool->send(chatRequest(), collect(second));
    };
    m_pool->send(chatRequest("500"), std::move(callbacks));
    QTRY_VERIFY(second.done());
    QVERIFY2(second.complete, qPrintable(second.message));
    QCOMPARE(first.status, 500);
    QCOMPARE(second.status, 200);
    QCOMPARE(m_pool->openConnections(), 1); // the same keep-alive connection served both
}

void TestUpstreamPool::slowUploadIsNotASilentUpstream_data()
{
    QTest::addColumn<int>("readBytesPerTick"); // every 10 ms; 0: the upstream never reads
    QTest::addColumn<bool>("answered");
    QTest::newRow("reads slowly") << 48 * 1024 << true;
    QTest::newRow("never reads") << 0 << false;
}

void TestUpstreamPool::slowUploadIsNotASilentUpstream()
{
    QFETCH(int, readBytesPerTick);
    QFETCH(bool, answered);
    // An upstream that takes a 6 MiB request in small bites, over about 1.3 s: far longer than
    // the 250 ms first-byte limit, which counts its silence, not the upload. One that never
    // reads is silent: timed out, not waited for until the total limit.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const qsizetype bodyBytes = 6 * 1024 * 1024;
    qsizetype received = 0;
    QTimer reader;
    QTcpSocket *socket = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        socket = server.nextPendingConnection();
        socket->setReadBufferSize(readBytesPerTick > 0 ? readBytesPerTick : 1); // the kernel's window fills behind it
        socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 32 * 1024);
        if (readBytesPerTick > 0)
            reader.start(10);
    });
    connect(&reader, &QTimer::timeout, this, [&] {
        received += socket->read(readBytesPerTick).size();
        if (received >= bodyBytes) { // the head's bytes are counted too: the whole body is in by now
            reader.stop();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }
    });
    UpstreamRequest r = chatRequest();
    r.endpoint.port = server.serverPort();
    r.body = QByteArray("{\"model\":\"m\",\"pad\":\"") + QByteArray(bodyBytes, 'x') + QByteArray("\"}");
    r.firstByteTimeoutMs = 250;
    r.totalTimeoutMs = 20000;
    QElapsedTimer clock;
    clock.start();
    Outcome o;
    m_pool->send(r, collect(o));
    QTRY_VERIFY_WITH_TIMEOUT(o.done(), 15000);
    if (answered) {
        QVERIFY2(o.complete, qPrintable(o.message));
        QCOMPARE(o.body, QByteArray("ok"));
        QVERIFY2(clock.elapsed() > 500, "the upload should have outlasted the first-byte limit");
    } else {
        QVERIFY(o.failed);
        QCOMPARE(o.error, UpstreamError::Timeout);
        QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData()); // its silence, not the total limit
    }
}

QTEST_GUILESS_MAIN(TestUpstreamPool)
#include "tst_upstreampool.moc"
