// Live Traffic's response-cache line: hidden until a cached route is asked, then hits, savings
// and size as the running proxy counts them (requests through the workbench's proxy to the
// workspace's simulator).
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTextBrowser>

#include "models/PolicyListModel.h"
#include "pages/LiveTrafficPage.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyService.h"
#include "session/WorkspaceSession.h"

using namespace sy;

class TestLiveTrafficCache : public QObject
{
    Q_OBJECT
private slots:
    void cacheLineFollowsTheProxy();
    void feedbackShowsInTheDetails();
};

void TestLiveTrafficCache::cacheLineFollowsTheProxy()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(dir.filePath(QStringLiteral("t.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    ProxyService proxy([](const CredentialRef &) { return CredentialResult{}; }, [&session](const QString &) { return session.simulatorUrl(); });
    PolicyListModel policies;
    LiveTrafficPage page(&session, &proxy, &policies);
    page.resize(1024, 700);
    page.show();
    QVERIFY(!page.cacheLabel()->isVisible());

    Diagnostics d;
    const std::optional<Policy> policy = PolicyReader::fromJsonText(R"({"format": "switchyard.policy", "version": 1, "name": "faq",
        "providers": [{"id": "sim-cloud", "kind": "openai", "base_url": "sim://demo",
                       "models": [{"id": "sim-mini", "pricing": {"input_per_mtok": 0.15, "output_per_mtok": 0.6}}]}],
        "routes": [{"alias": "faq", "cache": {"mode": "exact", "ttl_s": 60}, "root": {"type": "target", "model": "sim-cloud/sim-mini"}}]})",
                                                                    d);
    QVERIFY2(policy, qPrintable(d.toString()));
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY2(proxy.start(*policy, settings, &error), qPrintable(error));

    QNetworkAccessManager client;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(QUrl(proxy.baseUrl() + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = client.post(request, R"({"model": "faq", "messages": [{"role": "user", "content": "What are your opening hours?"}]})");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("x-switchyard-cache"), i == 0 ? QByteArray("miss") : QByteArray("hit"));
        delete reply;
    }
    QTRY_VERIFY_WITH_TIMEOUT(page.cacheLabel()->isVisible(), 5000);
    QVERIFY2(page.cacheLabel()->text().contains(QStringLiteral("2 of 3")), qPrintable(page.cacheLabel()->text()));
    QVERIFY(page.cacheLabel()->text().contains(QStringLiteral("saved $0.0")));
    proxy.stop();
}

// Feedback sent to the workbench's proxy by request id is kept in the workspace and shown with the
// request it is about.
void TestLiveTrafficCache::feedbackShowsInTheDetails()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(dir.filePath(QStringLiteral("f.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    ProxyService proxy([](const CredentialRef &) { return CredentialResult{}; }, [&session](const QString &) { return session.simulatorUrl(); });
    session.setProxy(&proxy);
    PolicyListModel policies;
    LiveTrafficPage page(&session, &proxy, &policies);
    page.resize(1024, 700);
    page.show();
    Diagnostics d;
    const std::optional<Policy> policy = PolicyReader::fromJsonText(R"({"format": "switchyard.policy", "version": 1, "name": "f",
        "providers": [{"id": "sim-cloud", "kind": "openai", "base_url": "sim://demo", "models": [{"id": "sim-mini"}]}],
        "routes": [{"alias": "chat", "root": {"type": "target", "model": "sim-cloud/sim-mini"}}]})",
                                                                    d);
    QVERIFY2(policy, qPrintable(d.toString()));
    ProxyService::Settings settings;
    settings.port = 0;
    QString error;
    QVERIFY2(proxy.start(*policy, settings, &error), qPrintable(error));
    QNetworkAccessManager client;
    const auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(QUrl(proxy.baseUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = client.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("x-request-id"));
    };
    const auto [status, id] = post(QStringLiteral("/chat/completions"), R"({"model": "chat", "messages": [{"role": "user", "content": "Hi"}]})");
    QCOMPARE(status, 200);
    QVERIFY(!id.isEmpty());
    QCOMPARE(post(QStringLiteral("/feedback"), R"({"request_id": ")" + id + R"(", "label": "thumbs_up", "comment": "spot on"})").first, 200);
    QTRY_VERIFY_WITH_TIMEOUT(page.table()->model()->rowCount() >= 1, 5000);
    // Kept within the log writer's batch; the details read it each time a row is chosen.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            page.table()->setCurrentIndex(QModelIndex()); // so choosing row 0 again reads again
            page.table()->selectRow(0);
            QTest::qWait(50);
            return page.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("score 1.00, thumbs_up — “spot on”"));
        }(),
        10000);
    proxy.stop();
}

QTEST_MAIN(TestLiveTrafficCache)
#include "tst_livetrafficcache.moc"
