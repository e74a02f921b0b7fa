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
    QTest::newRow("every optional set") << QByteArray(R"({
      "format": "switchyard.policy", "version": 1, "name": "full", "description": "d",
      "metadata": {"evidence": {"apgr": 0.71, "prompt_set": "gsm8k"}}, "log_bodies": true,
      "passthrough_models": ["p/m"],
      "providers": [{"id": "p", "kind": "anthropic", "base_url": "https://h.example/v1", "credential": {"keychain": "switchyard/p"},
                     "headers": {"anthropic-version": "2023-06-01"},
                     "timeouts": {"connect_ms": 1, "first_byte_ms": 2, "total_ms": 3},
                     "models": [{"id": "m", "alias": "mm", "context_window": 1000, "capabilities": ["tools", "vision", "json_output", "streaming", "embeddings"],
                                 "pricing": {"input_per_mtok": 1.5, "output_per_mtok": 2.5, "cached_input_per_mtok": 0.25}}]}],
      "routes": [
        {"alias": "a", "description": "da", "metadata": {"owner": "x"}, "root": {
          "type": "conditional", "id": "c", "metadata": {"note": 1},
          "rules": [{"name": "r1", "when": {"not": {"any": [{"field": "header", "name": "X-Tier", "op": "in", "value": ["a", "b"]},
                                                           {"field": "last_user_message", "op": "matches", "value": "^hi", "case_sensitive": true}]}},
                     "then": {"type": "weighted", "sticky_key": "metadata:team", "salt": "s",
                              "arms": [{"label": "A", "weight": 25, "node": {"type": "target", "model": "p/m"}},
                                       {"weight": 75, "node": {"type": "ref", "route": "b"}}]}}],
          "default": {"type": "fallback", "fallback_on": ["connect", "4xx"], "children": [
            {"type": "target", "model": "p/mm", "timeout_ms": 9, "max_concurrency": 2, "max_queue_wait_ms": 0,
             "params": {"temperature": 0.2}, "retry": {"max_attempts": 3, "initial_backoff_ms": 10, "max_backoff_ms": 20, "on": ["429"]},
             "breaker": {"consecutive_failures": 4, "error_rate": 0.5, "window_s": 30, "min_requests": 10, "cooldown_ms": 1000}}]}}},
        {"alias": "b", "root": {"type": "target", "model": "p/m"}}]
    })");
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
