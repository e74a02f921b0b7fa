#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

using namespace sy;

class TestPolicyRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void loadSaveIsLossless_data();
    void loadSaveIsLossless();
    void migratesVersion0();
    void writerOmitsUnsetOptionals();
};

void TestPolicyRoundTrip::loadSaveIsLossless_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *name : {"cheap-first", "ab-test", "local-burst"}) {
        QFile f(QStringLiteral(":/demo/policies/%1.json").arg(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow(name) << f.readAll();
    }
    QFile full(QStringLiteral(SWITCHYARD_SOURCE_DIR "/tests/schema/full-policy.json")); // every optional key set
    QVERIFY(full.open(QIODevice::ReadOnly));
    QTest::newRow("every optional set") << full.readAll();
}

void TestPolicyRoundTrip::loadSaveIsLossless()
{
    QFETCH(QByteArray, text);
    Diagnostics d;
    const auto policy = PolicyReader::fromJsonText(text, d);
    QVERIFY2(policy, qPrintable(d.toString()));

    const QJsonObject original = QJsonDocument::fromJson(text).object();
    const QJsonObject written = PolicyWriter::toJson(*policy);
    QCOMPARE(written, original);

    const auto again = PolicyReader::fromJsonText(PolicyWriter::toJsonText(*policy), d);
    QVERIFY2(again, qPrintable(d.toString()));
    QVERIFY(*again == *policy);
    QCOMPARE(PolicyWriter::toJsonText(*again), PolicyWriter::toJsonText(*policy));
}

void TestPolicyRoundTrip::migratesVersion0()
{
    const QByteArray v0 = R"({"switchyard_policy": 0, "name": "old",
      "providers": [{"id": "p", "kind": "openai", "base_url": "http://h/v1", "models": [{"id": "m"}, {"id": "n"}]}],
      "routes": {"main": {"type": "fallback", "children": [{"type": "target", "provider": "p", "model": "m"},
                                                           {"type": "target", "provider": "p", "model": "n"}]}}})";
    Diagnostics d;
    const auto policy = PolicyReader::fromJsonText(v0, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QCOMPARE(policy->routes.size(), size_t(1));
    QCOMPARE(policy->routes[0].alias, QStringLiteral("main"));
    QCOMPARE(policy->routes[0].root.children[1].target.model, QStringLiteral("p/n"));
    const QJsonObject written = PolicyWriter::toJson(*policy);
    QCOMPARE(written.value(QStringLiteral("version")).toInt(), kPolicyFormatVersion);
    QCOMPARE(written.value(QStringLiteral("format")).toString(), QStringLiteral("switchyard.policy"));
}

void TestPolicyRoundTrip::writerOmitsUnsetOptionals()
{
    Diagnostics d;
    const auto policy = PolicyReader::fromJsonText(R"({"format": "switchyard.policy", "version": 1, "name": "n",
        "providers": [{"id": "p", "kind": "openai", "base_url": "http://h/v1", "models": [{"id": "m"}]}],
        "routes": [{"alias": "a", "root": {"type": "target", "model": "p/m"}}]})", d);
    QVERIFY(policy);
    const QJsonObject target = PolicyWriter::toJson(*policy)[QStringLiteral("routes")][0][QStringLiteral("root")].toObject();
    QCOMPARE(target.keys(), (QStringList{QStringLiteral("model"), QStringLiteral("type")}));
}

QTEST_GUILESS_MAIN(TestPolicyRoundTrip)
#include "tst_policyroundtrip.moc"
