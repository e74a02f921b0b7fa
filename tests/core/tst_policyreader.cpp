#include <QTest>

#include "policy/PolicyReader.h"

using namespace sy;

class TestPolicyReader : public QObject
{
    Q_OBJECT
private slots:
    void validPolicies_data();
    void validPolicies();
    void malformed_data();
    void malformed();
    void syntaxErrorHasLineAndColumn();
    void reportsEveryErrorNotJustTheFirst();
    void demoPoliciesAreValid_data();
    void demoPoliciesAreValid();
    void missingFileIsAnError();
};

namespace {

const char *kProviders = R"([
  {"id": "p", "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
   "models": [{"id": "small", "pricing": {"input_per_mtok": 0.1, "output_per_mtok": 0.4}},
              {"id": "big", "alias": "b", "pricing": {"input_per_mtok": 2, "output_per_mtok": 8}}]}
])";

QByteArray policyText(const char *routes, const char *providers = kProviders)
{
    return QByteArray(R"({"format": "switchyard.policy", "version": 1, "name": "t", "providers": )") + providers +
           R"(, "routes": )" + routes + "}";
}

} // namespace



void TestPolicyReader::validPolicies_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("single target") << policyText(R"([{"alias": "a", "root": {"type": "target", "model": "p/small"}}])");
    QTest::newRow("model by alias") << policyText(R"([{"alias": "a", "root": {"type": "target", "model": "p/b"}}])");
    QTest::newRow("fallback") << policyText(R"([{"alias": "a", "root": {"type": "fallback", "fallback_on": ["429", "5xx"],
        "children": [{"type": "target", "model": "p/small"}, {"type": "target", "model": "p/big"}]}}])");
    QTest::newRow("weighted") << policyText(R"([{"alias": "a", "root": {"type": "weighted", "sticky_key": "header:x-user-id",
        "arms": [{"weight": 33.3, "node": {"type": "target", "model": "p/small"}},
                 {"weight": 66.7, "node": {"type": "target", "model": "p/big"}}]}}])");
    QTest::newRow("conditional with nested conditions") << policyText(R"([{"alias": "a", "root": {"type": "conditional",
        "rules": [{"name": "r", "when": {"all": [{"field": "prompt_tokens", "op": "gt", "value": 10},
                                                 {"not": {"field": "header", "name": "x-t", "op": "exists", "value": true}},
                                                 {"any": [{"field": "last_user_message", "op": "contains", "value": ["a", "b"]},
                                                          {"field": "has_tools", "op": "eq", "value": true}]}]},
                   "then": {"type": "target", "model": "p/big"}}],
        "default": {"type": "target", "model": "p/small"}}}])");
    QTest::newRow("ref to another route") << policyText(R"([{"alias": "a", "root": {"type": "ref", "route": "b"}},
        {"alias": "b", "root": {"type": "target", "model": "p/small"}}])");
    QTest::newRow("credential by env") << policyText(R"([{"alias": "a", "root": {"type": "target", "model": "p/small"}}])",
        R"([{"id": "p", "kind": "anthropic", "base_url": "https://api.example.com/v1", "credential": {"env": "MY_KEY"},
             "headers": {"anthropic-version": "2023-06-01"}, "timeouts": {"connect_ms": 1000},
             "models": [{"id": "small"}]}])");
}

void TestPolicyReader::validPolicies()
{
    QFETCH(QByteArray, text);
    Diagnostics d;
    const auto policy = PolicyReader::fromJsonText(text, d);
    QVERIFY2(policy.has_value(), qPrintable(d.toString()));
    QVERIFY(d.isEmpty());
}

void TestPolicyReader::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const char *t = R"({"type": "target", "model": "p/small"})";
    auto route = [](const QByteArray &root) { return "[{\"alias\": \"a\", \"root\": " + root + "}]"; };

    QTest::newRow("not a policy") << QByteArray(R"({"name": "x"})") << "$.format" << "not a Switchyard policy";
    QTest::newRow("newer version") << QByteArray(R"({"format": "switchyard.policy", "version": 9})") << "$.version"
                                   << "newer than this Switchyard";
    QTest::newRow("missing name") << QByteArray(R"({"format": "switchyard.policy", "version": 1, "providers": [], "routes": []})")
                                  << "$.name" << "required key is missing";
    QTest::newRow("no routes") << policyText("[]") << "$.routes" << "at least one route";
    QTest::newRow("routes wrong type") << policyText("{}") << "$.routes" << "expected an array, found an object";
    QTest::newRow("unknown target provider")
        << policyText(route(R"({"type": "target", "model": "q/small"})").constData()) << "$.routes[0].root.model"
        << "unknown target 'q/small': no provider 'q'";
    QTest::newRow("unknown target model")
        << policyText(route(R"({"type": "target", "model": "p/huge"})").constData()) << "$.routes[0].root.model"
        << "provider 'p' has no model 'huge'";
    QTest::newRow("target without slash")
        << policyText(route(R"({"type": "target", "model": "small"})").constData()) << "$.routes[0].root.model"
        << "not of the form provider/model";
    QTest::newRow("unknown node type")
        << policyText(route(R"({"type": "router"})").constData()) << "$.routes[0].root.type" << "unknown node type 'router'";
    QTest::newRow("unknown key with suggestion")
        << policyText(route(R"({"type": "target", "model": "p/small", "timout_ms": 5})").constData())
        << "$.routes[0].root.timout_ms" << "did you mean 'timeout_ms'";
    QTest::newRow("weights not summing")
        << policyText(route(QByteArray(R"({"type": "weighted", "arms": [{"weight": 50, "node": )") + t +
                            R"(}, {"weight": 40, "node": )" + t + "}]}")
                          .constData())
        << "$.routes[0].root.arms" << "weights sum to 90, not 100";
    QTest::newRow("negative weight")
        << policyText(route(QByteArray(R"({"type": "weighted", "arms": [{"weight": -5, "node": )") + t + "}]}").constData())
        << "$.routes[0].root.arms[0].weight" << "out of range";
    QTest::newRow("bad sticky key")
        << policyText(route(QByteArray(R"({"type": "weighted", "sticky_key": "cookie", "arms": [{"weight": 100, "node": )") + t + "}]}").constData())
        << "$.routes[0].root.sticky_key" << "not a sticky key";
    QTest::newRow("cycle")
        << policyText(R"([{"alias": "a", "root": {"type": "ref", "route": "b"}}, {"alias": "b", "root": {"type": "ref", "route": "a"}}])")
        << "$.routes[0]" << "cycle between routes: a -> b -> a";
    QTest::newRow("self cycle via fallback")
        << policyText(R"([{"alias": "a", "root": {"type": "fallback", "children": [{"type": "target", "model": "p/small"}, {"type": "ref", "route": "a"}]}}])")
        << "$.routes[0]" << "cycle between routes: a -> a";
    QTest::newRow("unknown ref") << policyText(route(R"({"type": "ref", "route": "nope"})").constData())
                                 << "$.routes[0].root.route" << "unknown route 'nope'";
    QTest::newRow("bad regex")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"field": "last_user_message", "op": "matches", "value": "(unclosed"}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.value" << "bad regular expression";
    QTest::newRow("bad regex deep in any")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"any": [{"field": "has_tools", "op": "eq", "value": true}, {"field": "last_user_message", "op": "matches", "value": "[a-"}]}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.any[1].value" << "bad regular expression";
    QTest::newRow("number field with string value")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"field": "prompt_tokens", "op": "gt", "value": "1000"}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.value" << "expected a number, found a string";
    QTest::newRow("operator not for field")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"field": "has_tools", "op": "gt", "value": 1}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.op" << "does not apply to field 'has_tools'";
    QTest::newRow("unknown field")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"field": "tokens", "op": "gt", "value": 1}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.field" << "unknown field 'tokens'";
    QTest::newRow("header without name")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"field": "header", "op": "eq", "value": "x"}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.name" << "required key is missing";
    QTest::newRow("in needs an array")
        << policyText(route(QByteArray(R"({"type": "conditional", "rules": [{"when": {"field": "alias", "op": "in", "value": "x"}, "then": )") + t + "}]}").constData())
        << "$.routes[0].root.rules[0].when.value" << "non-empty array of strings";
    QTest::newRow("empty fallback") << policyText(route(R"({"type": "fallback", "children": []})").constData())
                                    << "$.routes[0].root.children" << "at least one child";
    QTest::newRow("unknown failure class")
        << policyText(route(QByteArray(R"({"type": "fallback", "fallback_on": ["503"], "children": [)") + t + "]}").constData())
        << "$.routes[0].root.fallback_on[0]" << "unknown failure class '503'";
    QTest::newRow("retry backoff order")
        << policyText(route(R"({"type": "target", "model": "p/small", "retry": {"initial_backoff_ms": 500, "max_backoff_ms": 100}})").constData())
        << "$.routes[0].root.retry.max_backoff_ms" << "must not be less than initial_backoff_ms";
    QTest::newRow("timeout not integer")
        << policyText(route(R"({"type": "target", "model": "p/small", "timeout_ms": 1.5})").constData())
        << "$.routes[0].root.timeout_ms" << "expected an integer";
    QTest::newRow("duplicate alias")
        << policyText(QByteArray("[{\"alias\": \"a\", \"root\": ") + t + "}, {\"alias\": \"a\", \"root\": " + t + "}]")
        << "$.routes[1].alias" << "duplicate route alias 'a'";
    QTest::newRow("unavailable selector")
        << policyText(route(QByteArray(R"({"type": "selector", "method": "oracle", "candidates": [{"label": "x", "node": )") + t + "}], \"default\": " + t + "}").constData())
        << "$.routes[0].root.method" << "selector method 'oracle' is not available";
    QTest::newRow("conditional with nothing")
        << policyText(route(R"({"type": "conditional", "rules": []})").constData()) << "$.routes[0].root"
        << "at least one rule or a default";
    QTest::newRow("literal api key")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "http://h/v1", "api_key": "sk-123", "models": [{"id": "small"}]}])")
        << "$.providers[0].api_key" << "secrets are never stored in a policy";
    QTest::newRow("secret header")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "http://h/v1", "headers": {"Authorization": "Bearer sk"}, "models": [{"id": "small"}]}])")
        << "$.providers[0].headers.Authorization" << "carries a secret";
    QTest::newRow("bad env name")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "http://h/v1", "credential": {"env": "MY KEY"}, "models": [{"id": "small"}]}])")
        << "$.providers[0].credential.env" << "not an environment variable name";
    QTest::newRow("bad provider kind")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "gemini", "base_url": "http://h/v1", "models": [{"id": "small"}]}])")
        << "$.providers[0].kind" << "unknown provider kind 'gemini'";
    QTest::newRow("bad base url")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "ftp://h", "models": [{"id": "small"}]}])")
        << "$.providers[0].base_url" << "not an http://";
    QTest::newRow("negative price")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "http://h/v1", "models": [{"id": "small", "pricing": {"input_per_mtok": -1, "output_per_mtok": 1}}]}])")
        << "$.providers[0].models[0].pricing.input_per_mtok" << "out of range";
    QTest::newRow("unknown capability")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "http://h/v1", "models": [{"id": "small", "capabilities": ["telepathy"]}]}])")
        << "$.providers[0].models[0].capabilities[0]" << "unknown capability 'telepathy'";
    QTest::newRow("duplicate provider")
        << policyText(route(t).constData(), R"([{"id": "p", "kind": "openai", "base_url": "http://h/v1", "models": [{"id": "small"}]}, {"id": "p", "kind": "openai", "base_url": "http://h/v1"}])")
        << "$.providers[1].id" << "duplicate provider id 'p'";
    QTest::newRow("node is an array") << policyText(route("[]").constData()) << "$.routes[0].root"
                                      << "expected an object, found an array";
    QTest::newRow("top level array") << QByteArray("[]") << "$" << "expected an object at the top level";
    // Nested past what the router follows: it would validate, then never reach its target.
    QByteArray deep = t;
    for (int i = 0; i < 65; ++i)
        deep = R"({"type": "fallback", "children": [)" + deep + "]}";
    QTest::newRow("nested too deep") << policyText(route(deep).constData()) << "$.routes[0].root" << "nested 65 levels deep";
    QByteArray half = t;
    for (int i = 0; i < 40; ++i)
        half = R"({"type": "fallback", "children": [)" + half + "]}";
    QByteArray chain = R"([{"alias": "r0", "root": )" + half + R"(}, {"alias": "r1", "root": )";
    QByteArray top = R"({"type": "ref", "route": "r0"})";
    for (int i = 0; i < 30; ++i)
        top = R"({"type": "fallback", "children": [)" + top + "]}";
    chain += top + "}]";
    QTest::newRow("too deep through a ref") << policyText(chain.constData()) << "$.routes[1].root" << "nested 71 levels deep";
}

void TestPolicyReader::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Diagnostics d;
    const auto policy = PolicyReader::fromJsonText(text, d);
    QVERIFY(!policy.has_value());
    bool found = false;
    for (const Diagnostic &diag : d.items())
        found = found || (diag.path == path && diag.message.contains(message));
    QVERIFY2(found, qPrintable(QStringLiteral("wanted %1: %2\ngot:\n%3").arg(path, message, d.toString())));
}

void TestPolicyReader::syntaxErrorHasLineAndColumn()
{
    Diagnostics d;
    QVERIFY(!PolicyReader::fromJsonText("{\n  \"format\": \"switchyard.policy\",\n  \"version\": 1,,\n}", d));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.items().first().line, 3);
    QVERIFY(d.items().first().column > 1);
    QVERIFY(d.toString(QStringLiteral("p.json")).startsWith(QStringLiteral("p.json:3:")));
}

void TestPolicyReader::reportsEveryErrorNotJustTheFirst()
{
    Diagnostics d;
    PolicyReader::fromJsonText(policyText(R"([{"alias": "a", "root": {"type": "fallback", "children": [
        {"type": "target", "model": "p/none"}, {"type": "target", "model": "x/y"}, {"type": "ref", "route": "zz"}]}}])"),
                               d);
    QCOMPARE(d.size(), 3);
}

void TestPolicyReader::demoPoliciesAreValid_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"cheap-first", "ab-test", "local-burst"})
        QTest::newRow(name) << QStringLiteral(":/demo/policies/%1.json").arg(QLatin1String(name));
}

void TestPolicyReader::demoPoliciesAreValid()
{
    QFETCH(QString, file);
    Diagnostics d;
    QVERIFY2(PolicyReader::fromFile(file, d).has_value(), qPrintable(d.toString(file)));
}

void TestPolicyReader::missingFileIsAnError()
{
    Diagnostics d;
    QVERIFY(!PolicyReader::fromFile(QStringLiteral("/nonexistent/policy.json"), d));
    QVERIFY(d.toString().contains(QStringLiteral("cannot read")));
}

QTEST_GUILESS_MAIN(TestPolicyReader)
#include "tst_policyreader.moc"
