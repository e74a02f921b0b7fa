#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>

#include "mock/MockProvider.h"
#include "net/TlsStream.h"
#include "upstream/UpstreamPool.h"

using namespace sy;

// HTTPS upstreams through the pool: TLS verified against a CA the test makes, HTTP/2 where the
// server offers it (one connection carrying many requests) and HTTP/1.1 where it does not.
// nginx terminates TLS in front of the simulated provider.
class TestHttpsUpstream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void untrustedCertificateIsAConnectError(); // first: the CA is trusted after it
    void http2CarriesConcurrentRequestsOnOneConnection();
    void http2Stream();
    void http2ErrorStatusAndCancel();
    void https1WhenTheServerOffersNoHttp2();

private:
    struct Outcome
    {
        int status = 0;
        HttpHeaders headers;
        QByteArray body;
        int pieces = 0;
        bool complete = false;
        bool failed = false;
        UpstreamError error = UpstreamError::Protocol;
        QString message;
        bool done() const { return complete || failed; }
    };
    UpstreamRequest request(quint16 port, bool stream = false, const QByteArray &fault = {}) const;
    static UpstreamCallbacks collect(Outcome &o);
    static quint16 freePort();

    QTemporaryDir m_dir;
    std::unique_ptr<MockServer> m_mock;
    QProcess m_nginx;
    quint16 m_h2Port = 0;
    quint16 m_h1Port = 0;
    std::unique_ptr<UpstreamPool> m_pool;
};

quint16 TestHttpsUpstream::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestHttpsUpstream::initTestCase()
{
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (nginx.isEmpty() || openssl.isEmpty())
        QSKIP("nginx or openssl is not installed (scripts/setup.sh installs both)");
    QVERIFY(m_dir.isValid());
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess gen;
    gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY(gen.waitForFinished(20000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("m"), 5, 2000, 20), MockModel::steady(QStringLiteral("slow"), 300, 20, 20)};
    m_mock = std::make_unique<MockServer>(config, 1);
    QVERIFY(m_mock->listen());

    m_h2Port = freePort();
    // Two probes in a row may be given the same port; nginx would then serve h2 on both.
    do
        m_h1Port = freePort();
    while (m_h1Port == m_h2Port);
    const QString d = m_dir.path();
    const QString location = QStringLiteral("location / { proxy_pass http://127.0.0.1:%1; proxy_http_version 1.1; proxy_buffering off; "
                                            "proxy_set_header Connection \"\"; }")
                                 .arg(m_mock->server().serverPort());
    const QString conf = QStringLiteral(
        "worker_processes 1; daemon off; pid %1/nginx.pid; error_log %1/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        "http { access_log off; client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fcgi;\n"
        "  uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
        "  ssl_certificate %2; ssl_certificate_key %3;\n"
        "  server { listen 127.0.0.1:%4 ssl http2; %6 }\n"
        "  server { listen 127.0.0.1:%5 ssl; %6 }\n"
        "}\n")
                             .arg(d, cert, key)
                             .arg(m_h2Port)
                             .arg(m_h1Port)
                             .arg(location);
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(conf.toUtf8());
    file.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx, {QStringLiteral("-c"), file.fileName(), QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log"))});
    QVERIFY(m_nginx.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT([this] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_h1Port);
        return s.waitForConnected(100);
    }(), 10000);
}

void TestHttpsUpstream::cleanupTestCase()
{
    m_nginx.terminate();
    m_nginx.waitForFinished(5000);
    m_mock.reset();
}

void TestHttpsUpstream::init() { m_pool = std::make_unique<UpstreamPool>(); }

void TestHttpsUpstream::cleanup() { m_pool.reset(); }

UpstreamRequest TestHttpsUpstream::request(quint16 port, bool stream, const QByteArray &fault) const
{
    UpstreamRequest r;
    r.endpoint = *UpstreamEndpoint::fromUrl(QStringLiteral("https://localhost:%1/v1").arg(port));
    r.path = "/chat/completions";
    r.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer sk-test"}};
    if (!fault.isEmpty())
        r.headers.push_back({"x-mock-fault", fault});
    r.body = QByteArray(R"({"model": ")") + (stream ? "slow" : "m") + R"(", "messages": [{"role": "user", "content": "hello"}])" +
             (stream ? ", \"stream\": true}" : "}");
    return r;
}

UpstreamCallbacks TestHttpsUpstream::collect(Outcome &o)
{
    return {[&o](int status, const HttpHeaders &headers) {
                o.status = status;
                o.headers = headers;
            },
            [&o](QByteArrayView data) {
                o.body.append(data);
                ++o.pieces;
            },
            [&o] { o.complete = true; },
            [&o](UpstreamError e, const QString &message) {
                o.failed = true;
                o.error = e;
                o.message = message;
            }};
}

void TestHttpsUpstream::untrustedCertificateIsAConnectError()
{
    Outcome o;
    m_pool->send(request(m_h2Port), collect(o));
    QTRY_VERIFY_WITH_TIMEOUT(o.done(), 10000);
    QVERIFY(o.failed);
    QCOMPARE(o.error, UpstreamError::Connect);
    QVERIFY2(o.message.startsWith(QStringLiteral("TLS: ")), qPrintable(o.message));
    QString error;
    QVERIFY2(TlsStream::addTrustedCertificates(m_dir.filePath(QStringLiteral("cert.pem")), &error), qPrintable(error));
}

void TestHttpsUpstream::http2CarriesConcurrentRequestsOnOneConnection()
{
    Outcome first;
    m_pool->send(request(m_h2Port), collect(first));
    QTRY_VERIFY_WITH_TIMEOUT(first.done(), 10000);
    QVERIFY2(first.complete, qPrintable(first.message));
    QCOMPARE(first.status, 200);
    QCOMPARE(m_pool->http2Sessions(), 1);

    std::vector<Outcome> outcomes(50);
    for (Outcome &o : outcomes)
        m_pool->send(request(m_h2Port), collect(o));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.done(); }), 20000);
    for (const Outcome &o : outcomes) {
        QVERIFY2(o.complete, qPrintable(o.message));
        QCOMPARE(o.status, 200);
        QCOMPARE(QJsonDocument::fromJson(o.body)[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt(), 20);
    }
    QCOMPARE(m_pool->http2Sessions(), 1); // all 50 shared the one connection
    QCOMPARE(m_pool->openConnections(), 0); // and no HTTP/1.1 connection stayed open
    // HTTP/2 header names arrive in lower case, like the HTTP/1.1 parser gives them.
    const auto &h = outcomes.front().headers;
    QVERIFY(std::any_of(h.begin(), h.end(), [](const auto &p) { return p.first == "content-type"; }));
}

void TestHttpsUpstream::http2Stream()
{
    Outcome o;
    m_pool->send(request(m_h2Port, true), collect(o));
    QTRY_VERIFY_WITH_TIMEOUT(o.done(), 15000);
    QVERIFY2(o.complete, qPrintable(o.message));
    QVERIFY(o.pieces > 3); // events arrive as they are made, not at the end
    QVERIFY(o.body.startsWith("data: "));
    QVERIFY(o.body.trimmed().endsWith("data: [DONE]"));
    QCOMPARE(m_pool->http2Sessions(), 1);
}

void TestHttpsUpstream::http2ErrorStatusAndCancel()
{
    Outcome error;
    m_pool->send(request(m_h2Port, false, "429"), collect(error));
    QTRY_VERIFY_WITH_TIMEOUT(error.done(), 10000);
    QVERIFY(error.complete); // an error status is a response
    QCOMPARE(error.status, 429);

    Outcome cancelled;
    UpstreamCall call = m_pool->send(request(m_h2Port, true), collect(cancelled));
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.pieces > 0, 10000);
    call.cancel();
    const int piecesAtCancel = cancelled.pieces;

    // The session survives a cancelled stream; and by the time a later request on the same
    // connection is answered, anything still sent to the cancelled one would have arrived.
    Outcome after;
    m_pool->send(request(m_h2Port), collect(after));
    QTRY_VERIFY_WITH_TIMEOUT(after.done(), 10000);
    QVERIFY2(after.complete, qPrintable(after.message));
    QCOMPARE(cancelled.pieces, piecesAtCancel);
    QVERIFY(!cancelled.done());
    QCOMPARE(m_pool->http2Sessions(), 1);
}

void TestHttpsUpstream::https1WhenTheServerOffersNoHttp2()
{
    for (int i = 0; i < 3; ++i) {
        Outcome o;
        m_pool->send(request(m_h1Port, i == 1), collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done(), 15000);
        QVERIFY2(o.complete, qPrintable(o.message));
        QCOMPARE(o.status, 200);
    }
    QCOMPARE(m_pool->http2Sessions(), 0);
    QCOMPARE(m_pool->openConnections(), 1); // one kept-alive TLS connection
}

QTEST_GUILESS_MAIN(TestHttpsUpstream)
#include "tst_httpsupstream.moc"
