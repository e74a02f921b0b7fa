#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <mutex>

#include "PolicyFixture.h"
#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyService.h"

using namespace sy;

// The in-process proxy the workbench and the tray control: start, stop, switch policies, and
// the coalesced feed of finished requests the live views draw from.
class TestProxyService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startServeStopRestart();
    void occupiedPortIsAClearError();
    void publicAddressNeedsClientKeys();
    void policySwitchesLive();
    void feedIsCoalesced();
    void missingCredentialIsAWarning();
    void requestLogGetsEveryRequestUntilUnset();

private:
    Policy policy(const QString &alias, const QString &credential = {}) const;
    int post(const QString &model);

    std::unique_ptr<MockServer> m_mock;
    std::unique_ptr<ProxyService> m_service;
    QNetworkAccessManager m_nam;
};

Policy TestProxyService::policy(const QString &alias, const QString &credential) const
{
    const QJsonObject credentialRef =
        credential.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("credential"), QJsonObject{{QStringLiteral("env"), credential}}}};
    return test::PolicyFixture(QStringLiteral("p-") + alias)
        .provider(QStringLiteral("sim"), QStringLiteral("openai"), m_mock->baseUrl(), {test::pricedModel(QStringLiteral("fast"), 1, 2)}, credentialRef)
        .route(alias, test::target(QStringLiteral("sim/fast")))
        .policy();
}

int TestProxyService::post(const QString &model)
{
    QNetworkRequest req(QUrl(m_service->baseUrl() + QStringLiteral("/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(req, QStringLiteral(R"({"model": "%1", "messages": [{"role": "user", "content": "hi"}]})").arg(model).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

void TestProxyService::initTestCase()
{
    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("fast"), 2, 5000, 8)};
    m_mock = std::make_unique<MockServer>(config, 1);
    QVERIFY(m_mock->listen());
}

void TestProxyService::init()
{
    m_service = std::make_unique<ProxyService>([](const CredentialRef &ref) { return resolveFromEnvironment(ref); },
                                               [](const QString &) { return QString(); });
}

void TestProxyService::cleanup() { m_service.reset(); }

void TestProxyService::startServeStopRestart()
{
    QSignalSpy started(m_service.get(), &ProxyService::started);
    QSignalSpy stopped(m_service.get(), &ProxyService::stopped);
    QSignalSpy feed(m_service.get(), &ProxyService::requestsFinished);
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY2(m_service->start(policy(QStringLiteral("auto")), settings, &error), qPrintable(error));
    QVERIFY(m_service->isRunning());
    QCOMPARE(started.count(), 1);
    QVERIFY(m_service->baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(post(QStringLiteral("auto")), 200);
    QTRY_COMPARE(feed.count(), 1);
    const auto entries = feed.first().first().value<std::vector<RequestLogEntry>>();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].route, QStringLiteral("auto"));
    QCOMPARE(entries[0].model, QStringLiteral("fast"));
    QCOMPARE(entries[0].status, 200);
    QVERIFY(entries[0].costUsd > 0);

    const quint16 port = m_service->port();
    m_service->stop();
    QVERIFY(!m_service->isRunning());
    QCOMPARE(stopped.count(), 1);
    QTcpServer probe; // the port is free again
    QVERIFY(probe.listen(QHostAddress::LocalHost, port));
    probe.close();
    settings.port = port;
    QVERIFY2(m_service->start(policy(QStringLiteral("auto")), settings, &error), qPrintable(error));
    QCOMPARE(m_service->port(), port);
    QCOMPARE(post(QStringLiteral("auto")), 200);
}

void TestProxyService::occupiedPortIsAClearError()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    ProxyService::Settings settings;
    settings.port = holder.serverPort();
    QString error;
    QVERIFY(!m_service->start(policy(QStringLiteral("auto")), settings, &error));
    QVERIFY2(error.contains(QString::number(holder.serverPort())) && error.contains(QStringLiteral("in use"), Qt::CaseInsensitive),
             qPrintable(error));
    QVERIFY(!m_service->isRunning());
}

void TestProxyService::publicAddressNeedsClientKeys()
{
    ProxyService::Settings settings;
    settings.address = QHostAddress::Any;
    settings.port = 0;
    QString error;
    QVERIFY(!m_service->start(policy(QStringLiteral("auto")), settings, &error));
    QVERIFY2(error.contains(QStringLiteral("client keys")), qPrintable(error));
}

void TestProxyService::policySwitchesLive()
{
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY(m_service->start(policy(QStringLiteral("first")), settings, &error));
    QCOMPARE(post(QStringLiteral("first")), 200);
    m_service->setPolicy(policy(QStringLiteral("second")));
    QCOMPARE(post(QStringLiteral("second")), 200);
    QCOMPARE(post(QStringLiteral("first")), 404);
    QCOMPARE(m_service->policy().name, QStringLiteral("p-second"));
}

void TestProxyService::feedIsCoalesced()
{
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY(m_service->start(policy(QStringLiteral("auto")), settings, &error));
    QSignalSpy feed(m_service.get(), &ProxyService::requestsFinished);
    // 40 requests at once: the GUI thread hears about them in a few batches, not 40 signals.
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < 40; ++i) {
        QNetworkRequest req(QUrl(m_service->baseUrl() + QStringLiteral("/chat/completions")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        replies.push_back(m_nam.post(req, R"({"model": "auto", "messages": [{"role": "user", "content": "hi"}]})"));
    }
    size_t seen = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 seen = 0;
                                 for (const QList<QVariant> &args : std::as_const(feed))
                                     seen += args.first().value<std::vector<RequestLogEntry>>().size();
                                 return seen == 40;
                             }()),
                             15000);
    QVERIFY2(feed.count() < 20, qPrintable(QString::number(feed.count())));
    qDeleteAll(replies);
}

void TestProxyService::missingCredentialIsAWarning()
{
    QSignalSpy warnings(m_service.get(), &ProxyService::warnings);
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY(m_service->start(policy(QStringLiteral("auto"), QStringLiteral("SY_TEST_NO_SUCH_KEY_VARIABLE")), settings, &error));
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(warnings.first().first().toStringList().join(u' ').contains(QStringLiteral("SY_TEST_NO_SUCH_KEY_VARIABLE")),
             qPrintable(warnings.first().first().toStringList().join(u' ')));
    QCOMPARE(post(QStringLiteral("auto")), 503); // that provider is skipped: nothing else to try
}

// The workbench hands its proxy the workspace's request log: every finished request reaches it
// (on a worker thread), and none after it is taken away.
void TestProxyService::requestLogGetsEveryRequestUntilUnset()
{
    std::mutex mutex;
    std::vector<RequestLogEntry> logged;
    m_service->setRequestLog([&](const RequestLogEntry &e) {
        std::lock_guard lock(mutex);
        logged.push_back(e);
    });
    const auto loggedCount = [&] {
        std::lock_guard lock(mutex);
        return logged.size();
    };
    QSignalSpy feed(m_service.get(), &ProxyService::requestsFinished);
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY2(m_service->start(policy(QStringLiteral("auto")), settings, &error), qPrintable(error));
    QCOMPARE(post(QStringLiteral("auto")), 200);
    QCOMPARE(post(QStringLiteral("nope")), 404);
    QTRY_COMPARE(loggedCount(), size_t(2));
    {
        std::lock_guard lock(mutex);
        QCOMPARE(logged[0].status, 200);
        QCOMPARE(logged[0].model, QStringLiteral("fast"));
        QCOMPARE(logged[1].status, 404);
    }
    m_service->setRequestLog({});
    QCOMPARE(post(QStringLiteral("auto")), 200);
    int fed = 0;
    QTRY_VERIFY(([&] {
        fed = 0;
        for (const QList<QVariant> &signal : feed)
            fed += int(signal.first().value<std::vector<RequestLogEntry>>().size());
        return fed == 3;
    }()));
    QCOMPARE(loggedCount(), size_t(2)); // the live feed saw the third; the log, taken away, did not
}

QTEST_GUILESS_MAIN(TestProxyService)
#include "tst_proxyservice.moc"
