// The gateway's response cache: what makes two requests the same, answers and streams made from
// each other, the size bound and TTL, and the cache through the proxy over real HTTP.
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "gateway/AnswerStream.h"
#include "gateway/CacheKey.h"
#include "gateway/KeyRegistry.h"
#include "gateway/ResponseCacheStore.h"

using namespace sy;

namespace {

QJsonObject parse(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

QJsonObject chat(const QString &model, const QString &text, bool stream = false)
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}},
            {QStringLiteral("max_tokens"), 50},
            {QStringLiteral("stream"), stream}};
}

} // namespace

class TestResponseCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void answersAndStreamsRoundTrip_data();
    void answersAndStreamsRoundTrip();
    void cutStreamsMakeNoAnswer();
    void keysReadEscapedStrings_data();
    void keysReadEscapedStrings();
    void keysIgnoreTransportAndWho_data();
    void keysIgnoreTransportAndWho();
    void sizeBoundEvictsLeastRecentlyUsed();
    void entriesExpire();
    void semanticIndexShrinksWithTheCache();

    void secondRequestIsAHit_data();
    void secondRequestIsAHit();
    void streamServedFromAWholeAnswerAndBack();
    void clientCanOptOut();
    void routesWithoutCacheAreNotCached();
    void entriesArePrivateToAKeyUnlessShared();
    void similarRequestsHitASemanticRoute();
    void metricsShowHitsAndSavings();

private:
    std::shared_ptr<test::UsageUpstream> m_upstream = std::make_shared<test::UsageUpstream>();
    std::unique_ptr<HttpServer> m_upstreamServer;
    test::ProxyUnderTest m_proxy;
};

void TestResponseCache::initTestCase()
{
    HttpServer::Options options;
    options.workerThreads = 1;
    m_upstreamServer = std::make_unique<HttpServer>(m_upstream, options);
    QVERIFY(m_upstreamServer->listenOn(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(m_upstreamServer->serverPort());
    test::PolicyFixture fixture(QStringLiteral("cache"));
    fixture.provider(QStringLiteral("p"), QStringLiteral("openai"), url, QJsonArray{test::pricedModel(QStringLiteral("m"), 10, 30)});
    fixture.provider(QStringLiteral("a"), QStringLiteral("anthropic"), url, QJsonArray{test::pricedModel(QStringLiteral("claude"), 10, 30)});
    QJsonObject cached{{QStringLiteral("alias"), QStringLiteral("cached")},
                       {QStringLiteral("cache"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("exact")}, {QStringLiteral("ttl_s"), 60}}},
                       {QStringLiteral("root"), test::target(QStringLiteral("p/m"))}};
    QJsonObject shared = cached;
    shared.insert(QStringLiteral("alias"), QStringLiteral("shared"));
    shared.insert(QStringLiteral("cache"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("exact")}, {QStringLiteral("share_across_keys"), true}});
    QJsonObject semantic = cached;
    semantic.insert(QStringLiteral("alias"), QStringLiteral("semantic"));
    semantic.insert(QStringLiteral("cache"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("semantic")}, {QStringLiteral("threshold"), 0.8}});
    QJsonObject anthropic = cached;
    anthropic.insert(QStringLiteral("alias"), QStringLiteral("cached-claude"));
    anthropic.insert(QStringLiteral("root"), test::target(QStringLiteral("a/claude")));
    QJsonObject routes = fixture.json();
    QJsonArray list{cached, shared, semantic, anthropic,
                    QJsonObject{{QStringLiteral("alias"), QStringLiteral("plain")}, {QStringLiteral("root"), test::target(QStringLiteral("p/m"))}}};
    fixture.set(QStringLiteral("routes"), list);
    Diagnostics d;
    std::optional<Policy> policy = fixture.read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(policy->routes[0].cache && policy->routes[2].cache->semantic);
    QVERIFY(m_proxy.start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
}

void TestResponseCache::init()
{
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 100}, {QStringLiteral("completion_tokens"), 10}, {QStringLiteral("total_tokens"), 110},
                            {QStringLiteral("input_tokens"), 100}, {QStringLiteral("output_tokens"), 10}};
    m_upstream->setUsage("m", usage);
    m_upstream->setUsage("claude", usage);
    m_proxy.handler().responseCache().clear();
    m_proxy.handler().setKeyRegistry(nullptr);
    m_proxy.clearLogged();
}

void TestResponseCache::cleanupTestCase()
{
    m_proxy.stop();
    m_upstreamServer.reset();
}

void TestResponseCache::answersAndStreamsRoundTrip_data()
{
    QTest::addColumn<bool>("anthropic");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("OpenAI text") << false
                                 << QByteArray(R"({"id":"c1","object":"chat.completion","created":7,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},"finish_reason":"stop","logprobs":null}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})");
    QTest::newRow("OpenAI tool calls") << false
                                       << QByteArray(R"({"id":"c2","object":"chat.completion","created":7,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"call_2","type":"function","function":{"name":"time","arguments":"{}"}}]},"finish_reason":"tool_calls","logprobs":null}],"usage":{"prompt_tokens":5,"completion_tokens":9,"total_tokens":14}})");
    QTest::newRow("Anthropic text, thinking and a tool") << true
                                                         << QByteArray(R"({"id":"msg_1","type":"message","role":"assistant","model":"claude","content":[{"type":"thinking","thinking":"Let me check.","signature":"sig"},{"type":"text","text":"Checking."},{"type":"tool_use","id":"tu_1","name":"weather","input":{"city":"Paris"}}],"stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":30}})");
}

void TestResponseCache::answersAndStreamsRoundTrip()
{
    QFETCH(bool, anthropic);
    QFETCH(QByteArray, answer);
    const ApiFormat format = anthropic ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat;
    const QByteArray events = AnswerStream::toEvents(format, answer, true);
    QVERIFY(events.startsWith(anthropic ? "event: message_start" : "data: "));
    QVERIFY(anthropic ? events.contains("message_stop") : events.endsWith("data: [DONE]\n\n"));
    const std::optional<QByteArray> back = AnswerStream::fromEvents(format, events);
    QVERIFY(back);
    QCOMPARE(parse(*back), parse(answer));
}

void TestResponseCache::cutStreamsMakeNoAnswer()
{
    const QByteArray answer = R"({"id":"c1","object":"chat.completion","created":7,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},"finish_reason":"stop","logprobs":null}]})";
    const QByteArray events = AnswerStream::toEvents(ApiFormat::OpenAIChat, answer, false);
    QVERIFY(!AnswerStream::fromEvents(ApiFormat::OpenAIChat, events.left(events.indexOf("[DONE]"))));
    QVERIFY(!AnswerStream::fromEvents(ApiFormat::OpenAIChat, "data: {\"error\":{\"message\":\"boom\"}}\n\ndata: [DONE]\n\n"));
    const QByteArray anthropic = AnswerStream::toEvents(ApiFormat::AnthropicMessages,
                                                        R"({"id":"m","type":"message","role":"assistant","content":[{"type":"text","text":"x"}],"stop_reason":"end_turn","usage":{"input_tokens":1,"output_tokens":1}})",
                                                        false);
    QVERIFY(!AnswerStream::fromEvents(ApiFormat::AnthropicMessages, anthropic.left(anthropic.indexOf("event: message_stop"))));
}

void TestResponseCache::keysIgnoreTransportAndWho_data()
{
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<bool>("same");
    const QByteArray base = R"({"model":"a","messages":[{"role":"user","content":"hi"}],"temperature":0})";
    Q_UNUSED(base);
    QTest::newRow("fields reordered") << QByteArray(R"({"temperature":0,"messages":[{"role":"user","content":"hi"}],"model":"a"})") << true;
    QTest::newRow("streamed") << QByteArray(R"({"model":"a","messages":[{"role":"user","content":"hi"}],"temperature":0,"stream":true,"stream_options":{"include_usage":true}})") << true;
    QTest::newRow("another user") << QByteArray(R"({"model":"a","messages":[{"role":"user","content":"hi"}],"temperature":0,"user":"bob","metadata":{"x":"1"}})") << true;
    QTest::newRow("another model name") << QByteArray(R"({"model":"b","messages":[{"role":"user","content":"hi"}],"temperature":0})") << true;
    QTest::newRow("another temperature") << QByteArray(R"({"model":"a","messages":[{"role":"user","content":"hi"}],"temperature":1})") << false;
    QTest::newRow("another message") << QByteArray(R"({"model":"a","messages":[{"role":"user","content":"hello"}],"temperature":0})") << false;
    QTest::newRow("tools") << QByteArray(R"({"model":"a","messages":[{"role":"user","content":"hi"}],"temperature":0,"tools":[{"type":"function","function":{"name":"f"}}]})") << false;
}

void TestResponseCache::keysIgnoreTransportAndWho()
{
    QFETCH(QByteArray, other);
    QFETCH(bool, same);
    const QByteArray base = R"({"model":"a","messages":[{"role":"user","content":"hi"}],"temperature":0})";
    const CacheKey a = CacheKey::of(ApiFormat::OpenAIChat, base, QStringLiteral("r"), QString());
    const CacheKey b = CacheKey::of(ApiFormat::OpenAIChat, other, QStringLiteral("r"), QString());
    QVERIFY(a.valid && b.valid);
    QCOMPARE(a.exact == b.exact, same);
    // The route, the API and the key scope always tell entries apart.
    QVERIFY(CacheKey::of(ApiFormat::OpenAIChat, base, QStringLiteral("other"), QString()).exact != a.exact);
    QVERIFY(CacheKey::of(ApiFormat::AnthropicMessages, base, QStringLiteral("r"), QString()).exact != a.exact);
    QVERIFY(CacheKey::of(ApiFormat::OpenAIChat, base, QStringLiteral("r"), QStringLiteral("key-1")).exact != a.exact);
}

// The key's scanner skips strings without parsing them: an escaped quote, a backslash before a
// real quote, and braces or commas inside a string must not end a member early.
void TestResponseCache::keysReadEscapedStrings_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("escaped quote before a brace, reordered")
        << QByteArray(R"({"messages":[{"role":"user","content":"say \"}\",\"model\":\"x\" now"}],"model":"a","temperature":0})")
        << QByteArray(R"({"temperature":0,"model":"b","messages":[{"role":"user","content":"say \"}\",\"model\":\"x\" now"}]})") << true;
    QTest::newRow("backslash then a real quote")
        << QByteArray(R"({"messages":[{"role":"user","content":"path C:\\"}],"temperature":0})")
        << QByteArray(R"({"messages":[{"role":"user","content":"path C:\\"}],"temperature":1})") << false;
    QTest::newRow("escaped backslash against escaped quote")
        << QByteArray(R"({"messages":[{"role":"user","content":"a\\\"b"}]})")
        << QByteArray(R"({"messages":[{"role":"user","content":"a\\\\b"}]})") << false;
}

void TestResponseCache::keysReadEscapedStrings()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(bool, same);
    const CacheKey a = CacheKey::of(ApiFormat::OpenAIChat, first, QStringLiteral("r"), QString());
    const CacheKey b = CacheKey::of(ApiFormat::OpenAIChat, second, QStringLiteral("r"), QString());
    QVERIFY(a.valid && b.valid);
    QCOMPARE(a.exact == b.exact, same);
    // A string that never ends is no key at all.
    QVERIFY(!CacheKey::of(ApiFormat::OpenAIChat, QByteArray(R"({"messages":"open \"})"), QStringLiteral("r"), QString()).valid);
}

void TestResponseCache::sizeBoundEvictsLeastRecentlyUsed()
{
    ResponseCacheStore store(3 * (1000 + 256) + 100); // room for three answers of 1000 bytes
    const auto entry = [](char fill) {
        CachedAnswer a;
        a.answer = QByteArray(1000, fill);
        return a;
    };
    store.store("a", {}, {}, entry('a'));
    store.store("b", {}, {}, entry('b'));
    store.store("c", {}, {}, entry('c'));
    QVERIFY(store.lookup("a", 0)); // a is now the most recent
    store.store("d", {}, {}, entry('d'));
    QVERIFY(store.lookup("a", 0));
    QVERIFY(!store.lookup("b", 0)); // the least recently used went
    QVERIFY(store.lookup("c", 0) && store.lookup("d", 0));
    const ResponseCacheStore::Stats stats = store.stats();
    QCOMPARE(stats.entries, 3);
    QCOMPARE(stats.evictions, quint64(1));
    QVERIFY(stats.bytes <= store.maxBytes());
    store.store("huge", {}, {}, [] { CachedAnswer a; a.answer = QByteArray(10000, 'h'); return a; }());
    QVERIFY(!store.lookup("huge", 0)); // bigger than the whole cache: not kept, nothing evicted for it
    QCOMPARE(store.stats().entries, 3);
}

void TestResponseCache::entriesExpire()
{
    ResponseCacheStore store;
    CachedAnswer a;
    a.answer = "x";
    a.expiresMs = 1000;
    store.store("k", {}, {}, a);
    QVERIFY(store.lookup("k", 999));
    QVERIFY(!store.lookup("k", 1000));
    QCOMPARE(store.stats().expirations, quint64(1));
}

// Every distinct set of figures is a partition of its own: evicting or expiring an answer takes
// its text (and an emptied partition) out of the semantic index, which otherwise would only grow.
void TestResponseCache::semanticIndexShrinksWithTheCache()
{
    ResponseCacheStore store(10 * (100 + 256));
    for (int i = 0; i < 200; ++i) {
        CachedAnswer a;
        a.answer = QByteArray(100, 'a');
        a.expiresMs = i < 100 ? 0 : 5000;
        const QByteArray key = "k" + QByteArray::number(i), partition = "p" + QByteArray::number(i);
        store.store(key, partition, SemanticVector::lexical(QStringLiteral("what is %1 plus one").arg(i)), a);
    }
    QCOMPARE(store.stats().entries, 10);
    QCOMPARE(store.semanticPartitions(), 10);
    // Expired ones go when a lookup meets them, and take their partition along.
    QVERIFY(!store.lookupSimilar("p199", SemanticVector::lexical(QStringLiteral("what is 199 plus one")), 0.5, 6000));
    QCOMPARE(store.semanticPartitions(), 9);
    QVERIFY(store.lookupSimilar("p198", SemanticVector::lexical(QStringLiteral("what is 198 plus one")), 0.5, 1000));
}

void TestResponseCache::secondRequestIsAHit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route");
    QTest::newRow("OpenAI") << QStringLiteral("/v1/chat/completions") << QStringLiteral("cached");
    QTest::newRow("Anthropic") << QStringLiteral("/v1/messages") << QStringLiteral("cached-claude");
}

void TestResponseCache::secondRequestIsAHit()
{
    QFETCH(QString, path);
    QFETCH(QString, route);
    const int before = m_upstream->served();
    const test::ProxyUnderTest::Reply first = m_proxy.post(path, chat(route, QStringLiteral("What is the capital of France?")));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("x-switchyard-cache"), QByteArray("miss"));
    QVERIFY(first.headers.value("x-switchyard-cost-usd").toDouble() > 0);
    const test::ProxyUnderTest::Reply second = m_proxy.post(path, chat(route, QStringLiteral("What is the capital of France?")));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.headers.value("x-switchyard-cache"), QByteArray("hit"));
    QCOMPARE(second.headers.value("x-switchyard-cost-usd").toDouble(), 0.0);
    QCOMPARE(m_upstream->served(), before + 1); // the provider was asked once
    QCOMPARE(parse(second.body), parse(first.body));
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(2));
    const RequestLogEntry hit = m_proxy.logged()[1];
    QVERIFY(hit.cacheHit);
    QCOMPARE(hit.costUsd, 0.0);
    QVERIFY2(hit.notes.contains(QStringLiteral("saved $0.001300")), qPrintable(hit.notes)); // 100 x $10/M + 10 x $30/M
}

void TestResponseCache::streamServedFromAWholeAnswerAndBack()
{
    // Whole first, then streamed: the stream is made from the cached answer.
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("cached"), QStringLiteral("one"))).status, 200);
    const test::ProxyUnderTest::Reply streamed = m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("cached"), QStringLiteral("one"), true));
    QCOMPARE(streamed.status, 200);
    QCOMPARE(streamed.headers.value("x-switchyard-cache"), QByteArray("hit"));
    QVERIFY(streamed.headers.value("content-type").startsWith("text/event-stream"));
    QVERIFY(streamed.body.contains("\"content\":\"ok\""));
    QVERIFY(streamed.body.endsWith("data: [DONE]\n\n"));
    // Streamed first (Anthropic), then whole: the answer is put together from the events.
    const test::ProxyUnderTest::Reply first = m_proxy.post(QStringLiteral("/v1/messages"), chat(QStringLiteral("cached-claude"), QStringLiteral("two"), true));
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("message_stop"));
    const test::ProxyUnderTest::Reply whole = m_proxy.post(QStringLiteral("/v1/messages"), chat(QStringLiteral("cached-claude"), QStringLiteral("two")));
    QCOMPARE(whole.headers.value("x-switchyard-cache"), QByteArray("hit"));
    QCOMPARE(whole.json()[QStringLiteral("content")][0][QStringLiteral("text")].toString(), QStringLiteral("ok"));
    QCOMPARE(whole.json()[QStringLiteral("usage")][QStringLiteral("output_tokens")].toInt(), 10);
}

void TestResponseCache::clientCanOptOut()
{
    const QJsonObject body = chat(QStringLiteral("cached"), QStringLiteral("three"));
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body, {{"x-switchyard-cache", "no-store"}}).headers.value("x-switchyard-cache"),
             QByteArray());
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body).headers.value("x-switchyard-cache"), QByteArray("miss")); // nothing was kept
    const int before = m_upstream->served();
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body, {{"x-switchyard-cache", "no-cache"}}).headers.value("x-switchyard-cache"),
             QByteArray("miss")); // asked afresh, and the fresh answer kept
    QCOMPARE(m_upstream->served(), before + 1);
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body).headers.value("x-switchyard-cache"), QByteArray("hit"));
}

void TestResponseCache::routesWithoutCacheAreNotCached()
{
    const int before = m_upstream->served();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("plain"), QStringLiteral("four"))).headers.value("x-switchyard-cache"),
                 QByteArray());
    QCOMPARE(m_upstream->served(), before + 2);
}

void TestResponseCache::entriesArePrivateToAKeyUnlessShared()
{
    auto keys = std::make_shared<KeyRegistry>();
    VirtualKey a, b;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("a");
    a.hash = KeyMaterial::hash("sy-key-a-0123456789abcdef");
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("b");
    b.hash = KeyMaterial::hash("sy-key-b-0123456789abcdef");
    keys->setKeys({a, b});
    m_proxy.handler().setKeyRegistry(keys);
    const test::ProxyUnderTest::Headers keyA{{"Authorization", "Bearer sy-key-a-0123456789abcdef"}};
    const test::ProxyUnderTest::Headers keyB{{"Authorization", "Bearer sy-key-b-0123456789abcdef"}};
    for (const QString &route : {QStringLiteral("cached"), QStringLiteral("shared")}) {
        const QJsonObject body = chat(route, QStringLiteral("five"));
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body, keyA).headers.value("x-switchyard-cache"), QByteArray("miss"));
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body, keyA).headers.value("x-switchyard-cache"), QByteArray("hit"));
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body, keyB).headers.value("x-switchyard-cache"),
                 route == u"shared" ? QByteArray("hit") : QByteArray("miss"));
    }
}

void TestResponseCache::similarRequestsHitASemanticRoute()
{
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("semantic"), QStringLiteral("What is the capital city of France?")))
                 .headers.value("x-switchyard-cache"),
             QByteArray("miss"));
    const test::ProxyUnderTest::Reply similar =
        m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("semantic"), QStringLiteral("what is the capital city of france")));
    QCOMPARE(similar.headers.value("x-switchyard-cache"), QByteArray("hit"));
    // Unrelated words, or other figures in the same words, are not the same question.
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("semantic"), QStringLiteral("How do I bake sourdough bread?")))
                 .headers.value("x-switchyard-cache"),
             QByteArray("miss"));
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("semantic"), QStringLiteral("What is 17 plus 25?"))).headers.value("x-switchyard-cache"),
             QByteArray("miss"));
    QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), chat(QStringLiteral("semantic"), QStringLiteral("What is 18 plus 25?"))).headers.value("x-switchyard-cache"),
             QByteArray("miss"));
    QTRY_VERIFY(m_proxy.loggedCount() >= 2);
    QVERIFY(m_proxy.logged()[1].notes.contains(QStringLiteral("semantic cache hit")));
}

void TestResponseCache::metricsShowHitsAndSavings()
{
    const QJsonObject body = chat(QStringLiteral("cached"), QStringLiteral("six"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_proxy.post(QStringLiteral("/v1/chat/completions"), body).status, 200);
    const QByteArray metrics = m_proxy.request("GET", QStringLiteral("/metrics")).body;
    QVERIFY2(metrics.contains("switchyard_cache_hits_total{route=\"cached\",match=\"exact\"}"), metrics.constData());
    QVERIFY(metrics.contains("switchyard_cache_saved_usd_total{route=\"cached\"}"));
    QVERIFY(metrics.contains("switchyard_cache_entries 1"));
    QVERIFY(metrics.contains("switchyard_cache_served_bytes_total{route=\"cached\"}"));
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
