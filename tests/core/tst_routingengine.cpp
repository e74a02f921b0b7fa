#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "PolicyFixture.h"
#include "policy/PolicyReader.h"
#include "routing/RequestReader.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

using namespace sy;

namespace {

std::shared_ptr<const CompiledPolicy> loadPolicy(const QString &file)
{
    Diagnostics d;
    auto policy = PolicyReader::fromFile(file, d);
    if (!policy)
        qFatal("%s", qPrintable(d.toString(file)));
    return CompiledPolicy::compile(std::move(*policy));
}

RequestFeatures features(const QByteArray &body, const QList<std::pair<QString, QString>> &headers = {})
{
    RequestFeatures f = RequestFeatures::fromRequest(QJsonDocument::fromJson(body).object(), ApiFormat::OpenAIChat);
    for (const auto &h : headers)
        f.headers.emplace_back(h.first.toLower(), h.second);
    return f;
}

QStringList targetsOf(const CompiledPolicy &p, const Decision &d)
{
    QStringList out;
    for (const DecisionStep &s : d.steps)
        out.append(p.upstreams[s.upstream].ref);
    return out;
}

} // namespace

class TestRoutingEngine : public QObject
{
    Q_OBJECT
private slots:
    void cheapFirst_data();
    void cheapFirst();
    void traceNamesRuleAndValues();
    void unknownAliasIsReported();
    void stickyAssignmentIsStableAndBalanced();
    void randomAssignmentFollowsSeed();
    void openBreakerIsSkipped();
    void fullTargetBurstsToNext();
    void everythingOpenMeansNoTarget();
    void anthropicRequestFeatures();
    void caseSensitivity_data();
    void caseSensitivity();
    void costlyFeaturesOnlyWhenARuleAsks_data();
    void costlyFeaturesOnlyWhenARuleAsks();
};

void TestRoutingEngine::cheapFirst_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("targets");

    const QStringList cheap{QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("sim-cloud/sim-standard")};
    const QStringList strong{QStringLiteral("sim-cloud/sim-pro"), QStringLiteral("sim-anthropic/sim-claude")};
    QTest::newRow("short chat goes cheap") << QByteArray(R"({"model": "auto", "messages": [{"role": "user", "content": "hi there"}]})")
                                          << QString() << cheap;
    QTest::newRow("code goes strong") << QByteArray(R"({"model": "auto", "messages": [{"role": "user", "content": "fix this:\n```\nint main(){}\n```"}]})")
                                      << QString() << strong;
    QTest::newRow("keyword regex") << QByteArray(R"({"model": "auto", "messages": [{"role": "user", "content": "what does SELECT do"}]})")
                                   << QString() << strong;
    const QByteArray longText = QByteArray(R"({"model": "auto", "messages": [{"role": "user", "content": ")") +
                                QByteArray("lorem ipsum ").repeated(1200) + "\"}]}";
    QTest::newRow("long prompt goes strong") << longText << QString() << strong;
    QTest::newRow("tools go standard") << QByteArray(R"({"model": "auto", "tools": [{"type": "function", "function": {"name": "f"}}], "messages": [{"role": "user", "content": "hi"}]})")
                                       << QString() << QStringList{QStringLiteral("sim-cloud/sim-standard")};
    QTest::newRow("json response goes standard") << QByteArray(R"({"model": "auto", "response_format": {"type": "json_object"}, "messages": [{"role": "user", "content": "hi"}]})")
                                                 << QString() << QStringList{QStringLiteral("sim-cloud/sim-standard")};
    QTest::newRow("premium header follows ref") << QByteArray(R"({"model": "auto", "messages": [{"role": "user", "content": "hi"}]})")
                                                << QStringLiteral("premium") << strong;
    QTest::newRow("other alias") << QByteArray(R"({"model": "fast", "messages": [{"role": "user", "content": "x"}]})")
                                 << QString() << QStringList{QStringLiteral("sim-cloud/sim-mini")};
}

void TestRoutingEngine::cheapFirst()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, header);
    QFETCH(QStringList, targets);
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/cheap-first.json"));
    QList<std::pair<QString, QString>> headers;
    if (!header.isEmpty())
        headers.append({QStringLiteral("x-tier"), header});
    const Decision d = RoutingEngine::decide(*policy, features(body, headers));
    QCOMPARE(d.status, Decision::Status::Ok);
    QCOMPARE(targetsOf(*policy, d), targets);
}

void TestRoutingEngine::traceNamesRuleAndValues()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/cheap-first.json"));
    const RequestFeatures f = features(R"({"model": "auto", "messages": [{"role": "user", "content": "hello"}]})");
    const Decision d = RoutingEngine::decide(*policy, f);
    const QString trace = TraceFormatter::lines(*policy, f, d).join(QLatin1Char('\n'));
    QVERIFY2(trace.contains(QStringLiteral("rule 'long-or-code' did not match")), qPrintable(trace));
    QVERIFY2(trace.contains(QStringLiteral("prompt_tokens %1 > 1500 (false)").arg(f.promptTokens())), qPrintable(trace));
    QVERIFY2(trace.contains(QStringLiteral("header[x-tier] (absent) == \"premium\" (false)")), qPrintable(trace));
    QVERIFY2(trace.contains(QStringLiteral("default taken")), qPrintable(trace));
    QVERIFY2(trace.contains(QStringLiteral("target sim-cloud/sim-mini (attempt order 1)")), qPrintable(trace));
    const QJsonObject json = TraceFormatter::toJson(*policy, f, d);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    // The log's text is written directly: byte for byte what Qt writes for the same object.
    QCOMPARE(TraceFormatter::toJsonText(*policy, f, d), QJsonDocument(json).toJson(QJsonDocument::Compact));
    QCOMPARE(json.value(QStringLiteral("targets")).toArray().size(), 2);
    // The path taken: the rules node (no rule matched, its default taken), the default's fallback
    // chain and its two targets; no node of the rules that did not match.
    const QStringList path = TraceFormatter::visitedPaths(*policy, d);
    QVERIFY2(path.size() >= 3, qPrintable(path.join(u' ')));
    QCOMPARE(path.front(), QStringLiteral("$.routes[0].root"));
    for (const QString &node : path)
        QVERIFY2(node == u"$.routes[0].root" || node.startsWith(QStringLiteral("$.routes[0].root.default")), qPrintable(node));
    QCOMPARE(json.value(QStringLiteral("path")).toVariant().toStringList(), path);
    for (const QJsonValue &target : json.value(QStringLiteral("targets")).toArray())
        QVERIFY(path.contains(target[QStringLiteral("node")].toString()));
}

void TestRoutingEngine::unknownAliasIsReported()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/cheap-first.json"));
    const RequestFeatures f = features(R"({"model": "gpt-5", "messages": []})");
    const Decision d = RoutingEngine::decide(*policy, f);
    QCOMPARE(d.status, Decision::Status::UnknownRoute);
    QVERIFY(d.steps.empty());
    QVERIFY(TraceFormatter::lines(*policy, f, d).last().contains(QStringLiteral("'gpt-5'")));
}

void TestRoutingEngine::stickyAssignmentIsStableAndBalanced()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/ab-test.json"));
    int armA = 0;
    const int users = 10000;
    for (int i = 0; i < users; ++i) {
        RequestFeatures f = features(R"({"model": "chat", "messages": [{"role": "user", "content": "x"}]})",
                                     {{QStringLiteral("x-user-id"), QStringLiteral("user-%1").arg(i)}});
        f.randomSeed = quint64(i) * 7919;
        const Decision first = RoutingEngine::decide(*policy, f);
        f.randomSeed = quint64(i) * 104729 + 1; // a different seed must not move a sticky user
        const Decision second = RoutingEngine::decide(*policy, f);
        QCOMPARE(targetsOf(*policy, first), targetsOf(*policy, second));
        if (targetsOf(*policy, first).first() == u"sim-cloud/sim-standard")
            ++armA;
    }
    // 50/50 split: 3 standard deviations of a binomial(10000, 0.5) is 150.
    QVERIFY2(qAbs(armA - users / 2) < 150, qPrintable(QString::number(armA)));
}

void TestRoutingEngine::randomAssignmentFollowsSeed()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/ab-test.json"));
    int armA = 0;
    for (int i = 0; i < 4000; ++i) {
        RequestFeatures f = features(R"({"model": "chat", "messages": []})");
        f.randomSeed = quint64(i);
        const Decision d = RoutingEngine::decide(*policy, f);
        armA += targetsOf(*policy, d).first() == u"sim-cloud/sim-standard";
        QCOMPARE(targetsOf(*policy, RoutingEngine::decide(*policy, f)), targetsOf(*policy, d));
    }
    QVERIFY2(qAbs(armA - 2000) < 100, qPrintable(QString::number(armA)));
}

void TestRoutingEngine::openBreakerIsSkipped()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/cheap-first.json"));
    std::vector<UpstreamLive> live(policy->upstreams.size());
    live[policy->upstreamByRef.value(QStringLiteral("sim-cloud/sim-mini"))].breakerOpen = true;
    const RequestFeatures f = features(R"({"model": "auto", "messages": [{"role": "user", "content": "hi"}]})");
    const Decision d = RoutingEngine::decide(*policy, f, live);
    QCOMPARE(targetsOf(*policy, d), QStringList{QStringLiteral("sim-cloud/sim-standard")});
    QVERIFY(TraceFormatter::lines(*policy, f, d).join(u'\n').contains(QStringLiteral("circuit breaker open")));
}

void TestRoutingEngine::fullTargetBurstsToNext()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/local-burst.json"));
    std::vector<UpstreamLive> live(policy->upstreams.size());
    const int local = policy->upstreamByRef.value(QStringLiteral("sim-local/sim-local"));
    const RequestFeatures f = features(R"({"model": "local", "messages": []})");

    live[local].inFlight = 3;
    QCOMPARE(targetsOf(*policy, RoutingEngine::decide(*policy, f, live)).first(), QStringLiteral("sim-local/sim-local"));

    live[local].inFlight = 4; // the cap
    const Decision d = RoutingEngine::decide(*policy, f, live);
    QCOMPARE(targetsOf(*policy, d), QStringList{QStringLiteral("sim-cloud/sim-mini")});
    QCOMPARE(d.deferred.size(), size_t(1));
    QVERIFY(TraceFormatter::lines(*policy, f, d).join(u'\n').contains(QStringLiteral("at concurrency cap (4 in flight)")));
}

void TestRoutingEngine::everythingOpenMeansNoTarget()
{
    const auto policy = loadPolicy(QStringLiteral(":/demo/policies/local-burst.json"));
    std::vector<UpstreamLive> live(policy->upstreams.size(), UpstreamLive{true, 0});
    const Decision d = RoutingEngine::decide(*policy, features(R"({"model": "local", "messages": []})"), live);
    QCOMPARE(d.status, Decision::Status::NoTarget);
}

void TestRoutingEngine::anthropicRequestFeatures()
{
    const QJsonObject body = QJsonDocument::fromJson(R"({"model": "auto", "max_tokens": 300, "system": "be brief",
        "metadata": {"user_id": "u-1"},
        "messages": [{"role": "user", "content": [{"type": "text", "text": "look"}, {"type": "image", "source": {}}]}],
        "tools": [{"name": "t", "input_schema": {}}]})").object();
    const RequestFeatures f = RequestFeatures::fromRequest(body, ApiFormat::AnthropicMessages);
    QCOMPARE(f.maxTokens, 300);
    QCOMPARE(f.systemPrompt(), QStringLiteral("be brief"));
    QCOMPARE(f.messageCount, 2);
    QCOMPARE(f.user, QStringLiteral("u-1"));
    QVERIFY(f.hasImages);
    QVERIFY(f.hasTools);
    QCOMPARE(f.lastUserMessage(), QStringLiteral("look"));
}

void TestRoutingEngine::caseSensitivity_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("matches");
    QTest::newRow("contains folds case") << R"({"field": "last_user_message", "op": "contains", "value": "URGENT"})" << "this is urgent" << true;
    QTest::newRow("contains case sensitive") << R"({"field": "last_user_message", "op": "contains", "value": "URGENT", "case_sensitive": true})" << "this is urgent" << false;
    QTest::newRow("contains_all") << R"({"field": "last_user_message", "op": "contains_all", "value": ["a", "refund"]})" << "A Refund please" << true;
    QTest::newRow("contains_all misses one") << R"({"field": "last_user_message", "op": "contains_all", "value": ["zebra", "refund"]})" << "A Refund please" << false;
    QTest::newRow("regex insensitive") << R"({"field": "last_user_message", "op": "matches", "value": "^hello\\b"})" << "Hello world" << true;
    QTest::newRow("regex sensitive") << R"({"field": "last_user_message", "op": "matches", "value": "^hello", "case_sensitive": true})" << "Hello world" << false;
    QTest::newRow("starts_with") << R"({"field": "last_user_message", "op": "starts_with", "value": "translate"})" << "Translate this" << true;
    QTest::newRow("regex on non-ascii text") << R"({"field": "last_user_message", "op": "matches", "value": "hello w.rld"})" << "HELLO WÖRLD" << true;
    QTest::newRow("regex literal absent") << R"({"field": "last_user_message", "op": "matches", "value": "\\bticket-\\d+"})" << "no tickets here" << false;
    QTest::newRow("regex literal present") << R"({"field": "last_user_message", "op": "matches", "value": "\\bticket-\\d+"})" << "see TICKET-42" << true;
    QTest::newRow("short keyword unindexed") << R"({"field": "last_user_message", "op": "contains", "value": ["x", "zebra"]})" << "box" << true;
    QTest::newRow("eq") << R"({"field": "last_user_message", "op": "eq", "value": "ping"})" << "PING" << true;
    QTest::newRow("ne") << R"({"field": "last_user_message", "op": "ne", "value": "ping"})" << "pong" << true;
}

void TestRoutingEngine::caseSensitivity()
{
    QFETCH(QString, condition);
    QFETCH(QString, message);
    QFETCH(bool, matches);
    const QJsonObject when = QJsonDocument::fromJson(condition.toUtf8()).object();
    Diagnostics d;
    auto policy = test::PolicyFixture(QStringLiteral("c"))
                      .offlineProvider(QStringLiteral("p"), {QStringLiteral("yes"), QStringLiteral("no")})
                      .route(QStringLiteral("a"), test::conditional({test::rule(when, test::target(QStringLiteral("p/yes")))},
                                                                    test::target(QStringLiteral("p/no"))))
                      .read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    const auto compiled = CompiledPolicy::compile(std::move(*policy));
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("a")},
                     {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                         {QStringLiteral("content"), message}}}}};
    const Decision dec = RoutingEngine::decide(*compiled, RequestFeatures::fromRequest(body, ApiFormat::OpenAIChat));
    QCOMPARE(targetsOf(*compiled, dec).first(), matches ? QStringLiteral("p/yes") : QStringLiteral("p/no"));
}

void TestRoutingEngine::costlyFeaturesOnlyWhenARuleAsks_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<int>("promptBytes"); // of the user message
    QTest::addColumn<QString>("expectedTarget");
    QTest::addColumn<int>("expectedParts"); // RequestFeatures::Part flags computed by the decision
    const int tokens = RequestFeatures::Tokens, texts = RequestFeatures::Texts | RequestFeatures::FoldedTexts;
    QTest::newRow("plain target") << "plain" << 100 << "p/yes" << 0;
    QTest::newRow("header rule decides first") << "header-first" << 100 << "p/yes" << 0;
    QTest::newRow("token threshold above a short request's bound") << "tokens" << 100 << "p/no" << 0;
    QTest::newRow("token threshold a long request may cross") << "tokens" << 300000 << "p/yes" << tokens;
    QTest::newRow("keyword rule") << "keyword" << 100 << "p/no" << texts;
}

void TestRoutingEngine::costlyFeaturesOnlyWhenARuleAsks()
{
    // The token estimate and the texts are computed when a rule reads them, not with the request.
    QFETCH(QString, alias);
    QFETCH(int, promptBytes);
    QFETCH(QString, expectedTarget);
    QFETCH(int, expectedParts);
    const QJsonObject yes = test::target(QStringLiteral("p/yes")), no = test::target(QStringLiteral("p/no"));
    auto when = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    Diagnostics d;
    auto policy = test::PolicyFixture(QStringLiteral("lazy"))
                      .offlineProvider(QStringLiteral("p"), {QStringLiteral("yes"), QStringLiteral("no")})
                      .route(QStringLiteral("plain"), yes)
                      .route(QStringLiteral("header-first"),
                             test::conditional({test::rule(when(R"({"field": "header", "name": "x-tier", "op": "eq", "value": "gold"})"), yes),
                                                test::rule(when(R"({"field": "prompt_tokens", "op": "gt", "value": 10})"), no)},
                                               no))
                      .route(QStringLiteral("tokens"),
                             test::conditional({test::rule(when(R"({"field": "prompt_tokens", "op": "gt", "value": 50000})"), yes)}, no))
                      .route(QStringLiteral("keyword"),
                             test::conditional({test::rule(when(R"({"field": "last_user_message", "op": "contains", "value": ["zebra"]})"), yes)}, no))
                      .read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    const auto compiled = CompiledPolicy::compile(std::move(*policy));
    const QString prompt = QStringLiteral("word ").repeated(promptBytes / 5);
    QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("model"), alias},
                                                 {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                                     {QStringLiteral("content"), prompt}}}}})
                          .toJson(QJsonDocument::Compact);
    ParsedRequest parsed = RequestReader::read(body, ApiFormat::OpenAIChat);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    parsed.features.headers.emplace_back(QStringLiteral("x-tier"), QStringLiteral("gold"));
    QCOMPARE(int(parsed.features.hasPart(RequestFeatures::Tokens) || parsed.features.hasPart(RequestFeatures::Texts)), 0);
    const Decision dec = RoutingEngine::decide(*compiled, parsed.features);
    QCOMPARE(targetsOf(*compiled, dec).first(), expectedTarget);
    int computed = 0;
    for (const RequestFeatures::Part part : {RequestFeatures::Tokens, RequestFeatures::Texts, RequestFeatures::FoldedTexts})
        computed |= parsed.features.hasPart(part) ? int(part) : 0;
    QCOMPARE(computed, expectedParts);
    // Computed later, the parts are the ones an eager read gives.
    const RequestFeatures eager = RequestFeatures::fromRequest(QJsonDocument::fromJson(body).object(), ApiFormat::OpenAIChat);
    QCOMPARE(parsed.features.promptTokens(), eager.promptTokens());
    QVERIFY(parsed.features.promptTokensAtMost() >= eager.promptTokens());
    QCOMPARE(parsed.features.lastUserMessage(), eager.lastUserMessage());
    // Once let go of its body, what was not computed stays unknown.
    RequestFeatures detached = RequestReader::read(body, ApiFormat::OpenAIChat).features;
    detached.detachSource();
    QVERIFY(detached.lastUserMessage().isEmpty() && !detached.hasPart(RequestFeatures::Texts));
}

QTEST_GUILESS_MAIN(TestRoutingEngine)
#include "tst_routingengine.moc"
