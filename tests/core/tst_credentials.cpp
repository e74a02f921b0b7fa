#include <QSignalSpy>
#include <QTest>

#include "CredentialStore.h"

using namespace sy;

class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void environment_data();
    void environment();
    void keychainWithoutSecretServiceExplainsFallback();
    void describeNeverShowsSecret();
};

void TestCredentials::environment_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("set");
    QTest::addColumn<QString>("error");
    QTest::newRow("set") << QByteArray("sk-test-123") << true << QString();
    QTest::newRow("unset") << QByteArray() << false << "SY_TEST_KEY is not set";
    QTest::newRow("empty") << QByteArray("  ") << true << "SY_TEST_KEY is empty";
}

void TestCredentials::environment()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, set);
    QFETCH(QString, error);
    if (set)
        qputenv("SY_TEST_KEY", value);
    else
        qunsetenv("SY_TEST_KEY");
    CredentialStore store;
    CredentialResult result;
    bool done = false;
    store.read({CredentialRef::Source::Environment, QStringLiteral("SY_TEST_KEY")}, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(!done); // always answered asynchronously, like the keychain
    QTRY_VERIFY(done);
    if (error.isEmpty()) {
        QVERIFY(result.ok());
        QCOMPARE(result.secret, value);
    } else {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.secret.isEmpty());
    }
}

void TestCredentials::keychainWithoutSecretServiceExplainsFallback()
{
    // Tests run with no D-Bus session and no secret service: the read must fail, not hang,
    // and say what to do instead.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    CredentialStore store;
    CredentialResult result;
    bool done = false;
    store.read({CredentialRef::Source::Keychain, QStringLiteral("switchyard-test-entry")}, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("keychain entry 'switchyard-test-entry'")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("{\"env\": \"NAME\"}")), qPrintable(result.error));
}

void TestCredentials::describeNeverShowsSecret()
{
    qputenv("SY_TEST_KEY", "sk-secret");
    QCOMPARE(describeCredential({CredentialRef::Source::Environment, QStringLiteral("SY_TEST_KEY")}), QStringLiteral("env:SY_TEST_KEY"));
    QCOMPARE(describeCredential({CredentialRef::Source::Keychain, QStringLiteral("openai")}), QStringLiteral("keychain:openai"));
    QCOMPARE(describeCredential({}), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
