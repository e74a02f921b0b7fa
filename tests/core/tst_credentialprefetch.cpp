#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "PolicyFixture.h"
#include "policy/PolicyReader.h"
#include "proxy/CredentialPrefetch.h"

using namespace sy;

// Keychain entries read before a policy serves: each once, in parallel, bounded in time.
class TestCredentialPrefetch : public QObject
{
    Q_OBJECT
private slots:
    void readsEachEntryOnceThenResolves();
    void aSilentKeychainTimesOut();
    void nothingToReadAnswersSoon();
};

namespace {

Policy policyWith(const QStringList &credentials)
{
    test::PolicyFixture fixture(QStringLiteral("k"));
    for (int i = 0; i < credentials.size(); ++i)
        fixture.provider(QStringLiteral("p%1").arg(i), QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:9/v1"), test::models({QStringLiteral("m")}),
                         {{QStringLiteral("credential"), QJsonDocument::fromJson(credentials[i].toUtf8()).object()}});
    return fixture.route(QStringLiteral("a"), test::target(QStringLiteral("p0/m"))).policy();
}

} // namespace

void TestCredentialPrefetch::readsEachEntryOnceThenResolves()
{
    const Policy policy = policyWith({QStringLiteral(R"({"keychain": "openai-key"})"), QStringLiteral(R"({"keychain": "openai-key"})"),
                                      QStringLiteral(R"({"keychain": "other"})"), QStringLiteral(R"({"env": "SY_TEST_PREFETCH_ENV"})")});
    QCOMPARE(policy.providers.size(), size_t(4));
    QStringList asked;
    QObject context;
    bool done = false;
    CredentialPrefetch::Results results;
    CredentialPrefetch::run(
        policy,
        [&](const CredentialRef &ref, std::function<void(const CredentialResult &)> answer) {
            asked.append(ref.name);
            // One answers at once, the other later, as a keychain does.
            if (ref.name == u"other")
                QTimer::singleShot(50, [answer] { answer(CredentialResult{{}, QStringLiteral("no such entry")}); });
            else
                answer(CredentialResult{"sk-from-keychain", {}});
        },
        &context, 5000, [&](const CredentialPrefetch::Results &r) {
            results = r;
            done = true;
        });
    QVERIFY(!done); // never from inside run()
    QTRY_VERIFY(done);
    asked.sort();
    QCOMPARE(asked, (QStringList{QStringLiteral("openai-key"), QStringLiteral("other")})); // each entry once
    qputenv("SY_TEST_PREFETCH_ENV", "sk-from-env");
    const auto resolve = CredentialPrefetch::resolver(results);
    QCOMPARE(resolve(policy.providers[0].credential).secret, QByteArray("sk-from-keychain"));
    QCOMPARE(resolve(policy.providers[2].credential).error, QStringLiteral("no such entry"));
    QCOMPARE(resolve(policy.providers[3].credential).secret, QByteArray("sk-from-env"));
    qunsetenv("SY_TEST_PREFETCH_ENV");
}

void TestCredentialPrefetch::aSilentKeychainTimesOut()
{
    const Policy policy = policyWith({QStringLiteral(R"({"keychain": "stuck"})")});
    QObject context;
    bool done = false;
    CredentialPrefetch::Results results;
    QElapsedTimer clock;
    clock.start();
    CredentialPrefetch::run(policy, [](const CredentialRef &, std::function<void(const CredentialResult &)>) {}, &context, 200,
                            [&](const CredentialPrefetch::Results &r) {
                                results = r;
                                done = true;
                            });
    QTRY_VERIFY(done);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY2(results.value(QStringLiteral("stuck")).error.contains(QStringLiteral("did not answer within 0.2 s")),
             qPrintable(results.value(QStringLiteral("stuck")).error));
}

void TestCredentialPrefetch::nothingToReadAnswersSoon()
{
    const Policy policy = policyWith({QStringLiteral(R"({"env": "X"})")});
    QObject context;
    int calls = 0;
    CredentialPrefetch::run(policy, [](const CredentialRef &, std::function<void(const CredentialResult &)>) { QFAIL("nothing to read"); },
                            &context, 5000, [&](const CredentialPrefetch::Results &r) {
                                ++calls;
                                QVERIFY(r.isEmpty());
                            });
    QTRY_COMPARE(calls, 1);
    // A second answer would already be queued on the context: one more turn of its queue shows it.
    bool marker = false;
    QMetaObject::invokeMethod(&context, [&marker] { marker = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(marker);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestCredentialPrefetch)
#include "tst_credentialprefetch.moc"
