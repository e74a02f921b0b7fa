#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include "mock/MockProvider.h"
#include "providers/LocalServerScan.h"
#include "providers/ProviderProbe.h"

using namespace sy;

// "Test connection" against a simulated provider and against servers that answer badly.
class TestProviderProbe : public QObject
{
    Q_OBJECT
private slots:
    void listsTheSimulatorsModels();
    void cannedAnswers_data();
    void cannedAnswers();
    void refusedConnection();
    void silentServerTimesOut();
    void notAnHttpUrl();
    void localScanFindsOnlyModelServers();
    void localScanTargetsAreTheLoopbackPresets();

private:
    static ProviderProbe::Result run(const ProviderSpec &provider, const QByteArray &secret = {}, int timeoutMs = 5000);
};

namespace {

ProviderSpec spec(const QString &baseUrl, ProviderKind kind = ProviderKind::OpenAI)
{
    ProviderSpec p;
    p.id = QStringLiteral("p");
    p.kind = kind;
    p.baseUrl = baseUrl;
    return p;
}

// Answers every connection with the same bytes, remembering the last request it read.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer) : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    lastRequest += s->readAll();
                    if (!m_answer.isEmpty() && lastRequest.contains("\r\n\r\n")) {
                        s->write(m_answer);
                        s->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QByteArray lastRequest;

private:
    QByteArray m_answer;
};

QByteArray answer(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

ProviderProbe::Result TestProviderProbe::run(const ProviderSpec &provider, const QByteArray &secret, int timeoutMs)
{
    ProviderProbe probe;
    QSignalSpy done(&probe, &ProviderProbe::finished);
    probe.probe(provider, secret, timeoutMs);
    if (!done.wait(timeoutMs + 5000))
        return {};
    return done.first().first().value<ProviderProbe::Result>();
}

void TestProviderProbe::listsTheSimulatorsModels()
{
    MockServer mock(MockConfig::demo(), 1);
    QVERIFY(mock.listen());
    const ProviderProbe::Result r = run(spec(mock.baseUrl() + QStringLiteral("/")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.models.contains(QStringLiteral("sim-mini")) && r.models.contains(QStringLiteral("sim-pro")));
}

void TestProviderProbe::cannedAnswers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QByteArray>("sentHeader");
    QTest::newRow("openai list") << int(ProviderKind::OpenAI) << answer(200, R"({"data": [{"id": "gpt-x"}, {"id": "gpt-y"}]})") << true
                                 << QString() << QByteArray("Authorization: Bearer sk-test");
    QTest::newRow("anthropic list") << int(ProviderKind::Anthropic) << answer(200, R"({"data": [{"id": "claude-x", "type": "model"}]})") << true
                                    << QString() << QByteArray("x-api-key: sk-test");
    QTest::newRow("ollama's own list") << int(ProviderKind::OpenAI) << answer(200, R"({"models": [{"name": "llama3:8b"}]})") << true
                                       << QString() << QByteArray();
    QTest::newRow("bad key") << int(ProviderKind::OpenAI) << answer(401, R"({"error": {"message": "Incorrect API key"}})") << false
                             << QStringLiteral("refused the credential (HTTP 401)") << QByteArray();
    QTest::newRow("wrong path") << int(ProviderKind::OpenAI) << answer(404, R"({"error": {"message": "Not found: /models"}})") << false
                                << QStringLiteral("HTTP 404 from /v1/models: Not found: /models") << QByteArray();
    QTest::newRow("not a list") << int(ProviderKind::OpenAI) << answer(200, R"(<html>welcome</html>)") << false
                                << QStringLiteral("not a model list") << QByteArray();
}

void TestProviderProbe::cannedAnswers()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, answer);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    QFETCH(QByteArray, sentHeader);
    CannedServer server(answer);
    const ProviderProbe::Result r = run(spec(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()), ProviderKind(kind)), "sk-test");
    QCOMPARE(r.ok, ok);
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
    if (ok)
        QVERIFY(!r.models.isEmpty());
    QVERIFY(server.lastRequest.startsWith("GET /v1/models HTTP/1.1"));
    if (!sentHeader.isEmpty())
        QVERIFY2(server.lastRequest.contains(sentHeader), server.lastRequest.constData());
}

void TestProviderProbe::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    const ProviderProbe::Result r = run(spec(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("Could not reach http://127.0.0.1:")) && r.error.contains(QStringLiteral("refused")),
             qPrintable(r.error));
}

void TestProviderProbe::silentServerTimesOut()
{
    CannedServer silent({}); // accepts, reads, never answers
    QElapsedTimer clock;
    clock.start();
    const ProviderProbe::Result r = run(spec(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort())), {}, 400);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("No answer within 0.4 s")), qPrintable(r.error));
    QVERIFY(clock.elapsed() < 3000);
}

void TestProviderProbe::notAnHttpUrl()
{
    const ProviderProbe::Result r = run(spec(QStringLiteral("ftp://example.test/v1")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("not an http:// or https:// address")), qPrintable(r.error));
}

// Four "local servers": a model server, a web page, a closed port and a silent one. Only the
// model server is found, and the scan ends within its timeout whatever the others do.
void TestProviderProbe::localScanFindsOnlyModelServers()
{
    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("qwen2.5:7b"), 1, 1000, 5)};
    MockServer mock(config);
    QVERIFY(mock.listen());
    CannedServer html("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<html></html>");
    CannedServer silent({});
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    const auto url = [](quint16 port) { return QStringLiteral("http://127.0.0.1:%1/v1").arg(port); };
    std::vector<LocalServerScan::Target> targets{{QStringLiteral("web"), QStringLiteral("A web page"), url(html.serverPort())},
                                                 {QStringLiteral("ollama"), QStringLiteral("Ollama (local)"), mock.baseUrl()},
                                                 {QStringLiteral("closed"), QStringLiteral("Nothing"), url(closedPort)},
                                                 {QStringLiteral("silent"), QStringLiteral("Silent"), url(silent.serverPort())}};
    LocalServerScan scan;
    QSignalSpy finished(&scan, &LocalServerScan::finished);
    QElapsedTimer clock;
    clock.start();
    scan.scan(targets, 800);
    QVERIFY(scan.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY2(clock.elapsed() < 3000, "the silent server is given up on at the timeout");
    const auto found = finished.at(0).at(0).value<std::vector<LocalServerScan::Found>>();
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found[0].target.presetId, QStringLiteral("ollama"));
    QCOMPARE(found[0].models, QStringList{QStringLiteral("qwen2.5:7b")});
    const ProviderSpec provider = LocalServerScan::providerFor(found[0]);
    QCOMPARE(provider.id, QStringLiteral("ollama"));
    QCOMPARE(provider.baseUrl, mock.baseUrl());
    QVERIFY(provider.findModel(QStringLiteral("qwen2.5:7b")));
    QVERIFY(provider.credential.name.isEmpty()); // a local server needs no key
}

void TestProviderProbe::localScanTargetsAreTheLoopbackPresets()
{
    QStringList ports;
    for (const LocalServerScan::Target &t : LocalServerScan::defaultTargets())
        ports.append(t.presetId + u':' + QString::number(QUrl(t.baseUrl).port()));
    ports.sort();
    QCOMPARE(ports, (QStringList{QStringLiteral("llamacpp:8080"), QStringLiteral("lmstudio:1234"), QStringLiteral("ollama:11434"),
                                 QStringLiteral("vllm:8000")}));
}

QTEST_GUILESS_MAIN(TestProviderProbe)
#include "tst_providerprobe.moc"
