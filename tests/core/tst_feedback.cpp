// Feedback on answers: the request id every answer carries, the two ways a verdict comes back
// (POST /v1/feedback and the x-switchyard-feedback header) over real HTTP, and the workspace
// keeping it; which weighted node chose each logged arm, and with what chance.
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "feedback/Feedback.h"
#include "store/FeedbackStore.h"
#include "store/RequestLogWriter.h"
#include "store/Workspace.h"

using namespace sy;

namespace {

QJsonObject chat(const QString &model)
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}}},
            {QStringLiteral("max_tokens"), 20}};
}

QJsonObject arm(const QString &label, double weight, const QString &model)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("weight"), weight}, {QStringLiteral("node"), test::target(model)}};
}

} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readsTheBody_data();
    void readsTheBody();
    void readsTheHeader_data();
    void readsTheHeader();

    void everyAnswerCarriesARequestId();
    void feedbackReachesTheWorkspace();
    void badFeedbackIsRefusedInTheClientsShape_data();
    void badFeedbackIsRefusedInTheClientsShape();
    void withoutAWorkspaceNothingPretendsToKeepIt();
    void feedbackNeedsAKeyLikeAnyRequest();
    void theLogNamesTheExperimentAndTheArmsChance();

private:
    std::shared_ptr<test::UsageUpstream> m_upstream = std::make_shared<test::UsageUpstream>();
    std::unique_ptr<HttpServer> m_upstreamServer;
    test::ProxyUnderTest m_proxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RequestLogWriter> m_writer;
};

void TestFeedback::initTestCase()
{
    HttpServer::Options options;
    options.workerThreads = 1;
    m_upstreamServer = std::make_unique<HttpServer>(m_upstream, options);
    QVERIFY(m_upstreamServer->listenOn(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(m_upstreamServer->serverPort());
    test::PolicyFixture fixture(QStringLiteral("feedback"));
    fixture.provider(QStringLiteral("p"), QStringLiteral("openai"), url, test::models({QStringLiteral("a"), QStringLiteral("b")}));
    fixture.route(QStringLiteral("chat"), test::target(QStringLiteral("p/a")));
    fixture.route(QStringLiteral("ab"), QJsonObject{{QStringLiteral("type"), QStringLiteral("weighted")},
                                                    {QStringLiteral("arms"), QJsonArray{arm(QStringLiteral("A"), 75, QStringLiteral("p/a")),
                                                                                        arm(QStringLiteral("B"), 25, QStringLiteral("p/b"))}}});
    Diagnostics d;
    std::optional<Policy> policy = fixture.read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(m_proxy.start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("w.switchyard")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_writer = std::make_unique<RequestLogWriter>(m_workspace.get());
}

void TestFeedback::init()
{
    RequestLogWriter *writer = m_writer.get();
    m_proxy.handler().setFeedbackSink([writer](Feedback &&f) {
        writer->append(std::move(f));
        return true;
    });
    m_proxy.handler().setClientKeys({});
    m_proxy.clearLogged();
}

void TestFeedback::cleanupTestCase()
{
    m_proxy.stop();
    m_writer.reset();
    m_workspace.reset();
    m_upstreamServer.reset();
}

void TestFeedback::readsTheBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<double>("score"); // -2: refused
    QTest::addColumn<QString>("says");
    QTest::newRow("score") << QByteArray(R"({"request_id":"r1","score":0.75})") << 0.75 << QString();
    QTest::newRow("stars on a scale") << QByteArray(R"({"request_id":"r1","score":4,"scale":5})") << 0.8 << QString();
    QTest::newRow("thumbs up") << QByteArray(R"({"request_id":"r1","label":"thumbs_up"})") << 1.0 << QString();
    QTest::newRow("Thumbs-Down") << QByteArray(R"({"request_id":"r1","label":"Thumbs-Down","comment":"wrong date"})") << 0.0 << QString();
    QTest::newRow("a label of its own") << QByteArray(R"({"request_id":"r1","label":"too_long"})") << -1.0 << QString();
    QTest::newRow("score beats label") << QByteArray(R"({"request_id":"r1","score":0.5,"label":"good"})") << 0.5 << QString();
    QTest::newRow("no id") << QByteArray(R"({"score":1})") << -2.0 << QStringLiteral("request_id is required");
    QTest::newRow("nothing said") << QByteArray(R"({"request_id":"r1"})") << -2.0 << QStringLiteral("give a score, a label or both");
    QTest::newRow("score past 1") << QByteArray(R"({"request_id":"r1","score":4})") << -2.0 << QStringLiteral("give a scale");
    QTest::newRow("negative") << QByteArray(R"({"request_id":"r1","score":-1,"scale":5})") << -2.0 << QStringLiteral("between 0 and scale");
    QTest::newRow("score as text") << QByteArray(R"({"request_id":"r1","score":"1"})") << -2.0 << QStringLiteral("must be numbers");
    QTest::newRow("id as number") << QByteArray(R"({"request_id":7,"score":1})") << -2.0 << QStringLiteral("request_id must be a string");
    QTest::newRow("not JSON") << QByteArray("score=1") << -2.0 << QStringLiteral("invalid JSON");
    QTest::newRow("an array") << QByteArray("[]") << -2.0 << QStringLiteral("must be a JSON object");
    QTest::newRow("comment too long") << (R"({"request_id":"r1","score":1,"comment":")" + QByteArray(4001, 'x') + R"("})") << -2.0
                                      << QStringLiteral("comment is longer");
}

void TestFeedback::readsTheBody()
{
    QFETCH(QByteArray, body);
    QFETCH(double, score);
    QFETCH(QString, says);
    QString error;
    const Feedback f = FeedbackReader::fromJson(body, &error);
    if (score < -1.5) {
        QVERIFY2(error.contains(says), qPrintable(error));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.requestId, QStringLiteral("r1"));
    QCOMPARE(f.score, score);
    QCOMPARE(f.source, QStringLiteral("api"));
}

void TestFeedback::readsTheHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<double>("score"); // -2: refused
    QTest::addColumn<QString>("comment");
    QTest::newRow("id and score") << QByteArray("req_1; score=1") << QStringLiteral("req_1") << 1.0 << QString();
    QTest::newRow("named id, label, comment") << QByteArray("request_id=req_2;label=bad;comment=off%20by%20one")
                                              << QStringLiteral("req_2") << 0.0 << QStringLiteral("off by one");
    QTest::newRow("stars") << QByteArray(" req_3 ; score=3 ; scale=5 ") << QStringLiteral("req_3") << 0.6 << QString();
    QTest::newRow("no verdict") << QByteArray("req_4") << QString() << -2.0 << QString();
    QTest::newRow("unknown field") << QByteArray("req_5; stars=4") << QString() << -2.0 << QString();
    QTest::newRow("score not a number") << QByteArray("req_6; score=high") << QString() << -2.0 << QString();
    QTest::newRow("no id") << QByteArray("score=1") << QString() << -2.0 << QString();
}

void TestFeedback::readsTheHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, requestId);
    QFETCH(double, score);
    QFETCH(QString, comment);
    QString error;
    const Feedback f = FeedbackReader::fromHeader(header, &error);
    if (score < -1.5) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.requestId, requestId);
    QCOMPARE(f.score, score);
    QCOMPARE(f.comment, comment);
    QCOMPARE(f.source, QStringLiteral("header"));
}

void TestFeedback::everyAnswerCarriesARequestId()
{
    const QRegularExpression shape(QStringLiteral("^req_[0-9a-f]{24}$"));
    const test::ProxyUnderTest::Reply first = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    const test::ProxyUnderTest::Reply second = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    QCOMPARE(first.status, 200);
    const QString id = QString::fromUtf8(first.headers.value("x-request-id"));
    QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
    QVERIFY(second.headers.value("x-request-id") != first.headers.value("x-request-id"));
    // A failed answer carries one too, and a client's own id is kept.
    const test::ProxyUnderTest::Reply unknown = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("no-such-route")));
    QCOMPARE(unknown.status, 404);
    QVERIFY(shape.match(QString::fromUtf8(unknown.headers.value("x-request-id"))).hasMatch());
    const test::ProxyUnderTest::Reply own =
        m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")), {{"x-request-id", "client-42"}});
    QCOMPARE(own.headers.value("x-request-id"), QByteArray("client-42"));
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy.loggedCount(), size_t(4), 5000);
    const std::vector<RequestLogEntry> logged = m_proxy.logged();
    QStringList loggedIds;
    for (const RequestLogEntry &e : logged)
        loggedIds << e.requestId;
    QVERIFY(loggedIds.contains(id));
    QVERIFY(loggedIds.contains(QStringLiteral("client-42")));
}

void TestFeedback::feedbackReachesTheWorkspace()
{
    const test::ProxyUnderTest::Reply answer = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")));
    QCOMPARE(answer.status, 200);
    const QString id = QString::fromUtf8(answer.headers.value("x-request-id"));
    const test::ProxyUnderTest::Reply sent =
        m_proxy.post(QStringLiteral("/v1/feedback"),
                     {{QStringLiteral("request_id"), id}, {QStringLiteral("score"), 4}, {QStringLiteral("scale"), 5},
                      {QStringLiteral("comment"), QStringLiteral("close, but verbose")}},
                     {{"x-switchyard-client", "review-tool"}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json().value(QStringLiteral("request_id")).toString(), id);
    QCOMPARE(sent.json().value(QStringLiteral("score")).toDouble(), 0.8);
    // The header form rides on the next request, which is answered as usual.
    const test::ProxyUnderTest::Reply next = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("chat")),
                                                          {{"x-switchyard-feedback", id.toUtf8() + "; label=thumbs_down"}});
    QCOMPARE(next.status, 200);

    m_writer->flush();
    m_workspace->waitForWrites();
    QSqlDatabase db = m_workspace->connectionForThisThread();
    const std::vector<Feedback> kept = FeedbackStore::forRequest(db, id);
    QCOMPARE(kept.size(), size_t(2));
    QCOMPARE(kept[0].score, 0.8);
    QCOMPARE(kept[0].comment, QStringLiteral("close, but verbose"));
    QCOMPARE(kept[0].client, QStringLiteral("review-tool"));
    QCOMPARE(kept[0].source, QStringLiteral("api"));
    QCOMPARE(kept[1].score, 0.0);
    QCOMPARE(kept[1].label, QStringLiteral("thumbs_down"));
    QCOMPARE(kept[1].source, QStringLiteral("header"));
}

void TestFeedback::badFeedbackIsRefusedInTheClientsShape_data()
{
    QTest::addColumn<bool>("anthropic");
    QTest::newRow("OpenAI client") << false;
    QTest::newRow("Anthropic client") << true;
}

void TestFeedback::badFeedbackIsRefusedInTheClientsShape()
{
    QFETCH(bool, anthropic);
    test::ProxyUnderTest::Headers headers;
    if (anthropic)
        headers.append(qMakePair(QByteArray("anthropic-version"), QByteArray("2023-06-01")));
    const test::ProxyUnderTest::Reply refused =
        m_proxy.post(QStringLiteral("/v1/feedback"), {{QStringLiteral("request_id"), QStringLiteral("r")}, {QStringLiteral("score"), 7}}, headers);
    QCOMPARE(refused.status, 400);
    const QJsonObject body = refused.json();
    if (anthropic) {
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QVERIFY(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("give a scale")));
    } else {
        QVERIFY(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("give a scale")));
        QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
    }
    QCOMPARE(m_proxy.request("GET", QStringLiteral("/v1/feedback")).status, 405);
}

void TestFeedback::withoutAWorkspaceNothingPretendsToKeepIt()
{
    m_proxy.handler().setFeedbackSink([](Feedback &&) { return false; }); // the workbench with no workspace open
    const test::ProxyUnderTest::Reply refused =
        m_proxy.post(QStringLiteral("/v1/feedback"), {{QStringLiteral("request_id"), QStringLiteral("r")}, {QStringLiteral("score"), 1}});
    QCOMPARE(refused.status, 503);
    QVERIFY(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("no workspace")));
}

void TestFeedback::feedbackNeedsAKeyLikeAnyRequest()
{
    m_proxy.handler().setClientKeys({"sy-feedback-test-key-0123456789"});
    const QJsonObject verdict{{QStringLiteral("request_id"), QStringLiteral("r")}, {QStringLiteral("score"), 1}};
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/feedback"), verdict).status, 401);
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/feedback"), verdict, {{"Authorization", "Bearer sy-feedback-test-key-0123456789"}}).status, 200);
}

void TestFeedback::theLogNamesTheExperimentAndTheArmsChance()
{
    for (int i = 0; i < 8; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("ab"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy.loggedCount(), size_t(8), 5000);
    for (const RequestLogEntry &e : m_proxy.logged()) {
        QVERIFY2(e.arm == QStringLiteral("A") || e.arm == QStringLiteral("B"), qPrintable(e.arm));
        QVERIFY2(!e.experiment.isEmpty(), "the weighted node's path");
        QCOMPARE(e.armShare, e.arm == QStringLiteral("A") ? 0.75 : 0.25);
    }
    // The store keeps both.
    std::vector<RequestLogEntry> batch = m_proxy.logged();
    const QString experiment = batch.front().experiment;
    m_workspace->write([batch](QSqlDatabase &db) { return RequestLogStore::insert(db, batch); });
    m_workspace->waitForWrites();
    QSqlDatabase db = m_workspace->connectionForThisThread();
    const std::vector<RequestLogEntry> back = RequestLogStore::recent(db, 1);
    QCOMPARE(back.size(), size_t(1));
    QCOMPARE(back[0].experiment, experiment);
    QVERIFY(back[0].armShare == 0.75 || back[0].armShare == 0.25);
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
