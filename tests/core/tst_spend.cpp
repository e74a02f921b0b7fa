// Spend that matches the bill: provider-reported usage (cache reads and writes, reasoning tokens,
// long-prompt tiers) through the proxy, priced from the shipped catalog, against bills worked out
// by hand in tests/data/bills.json.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "PolicyFixture.h"
#include "ProxyUnderTest.h"
#include "UsageUpstream.h"
#include "policy/ModelCatalog.h"
#include "policy/PolicyWriter.h"

using namespace sy;

class TestSpend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void billMatches_data();
    void billMatches();
    void pricesFallBack();

private:
    static QJsonArray cases();

    std::shared_ptr<test::UsageUpstream> m_upstream = std::make_shared<test::UsageUpstream>();
    std::unique_ptr<HttpServer> m_upstreamServer;
    test::ProxyUnderTest m_proxy;
};

QJsonArray TestSpend::cases()
{
    QFile file(QStringLiteral(SWITCHYARD_SOURCE_DIR "/tests/data/bills.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())[QStringLiteral("cases")].toArray();
}

void TestSpend::initTestCase()
{
    const QJsonArray all = cases();
    QVERIFY(all.size() >= 10);
    HttpServer::Options options;
    options.workerThreads = 1;
    m_upstreamServer = std::make_unique<HttpServer>(m_upstream, options);
    QVERIFY(m_upstreamServer->listenOn(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(m_upstreamServer->serverPort());

    // Each catalog provider a case names, pointed at the upstream, with the catalog's models and prices.
    test::PolicyFixture fixture(QStringLiteral("spend"));
    QHash<QString, QJsonArray> modelsByProvider;
    for (const QJsonValue &c : all) {
        const QString ref = c[QStringLiteral("model")].toString();
        const QString provider = ref.section(u'/', 0, 0), model = ref.section(u'/', 1);
        const std::optional<CatalogModel> entry = ModelCatalog::builtIn().find(provider, model);
        QVERIFY2(entry, qPrintable(ref));
        QJsonArray &models = modelsByProvider[provider];
        if (!std::ranges::any_of(models, [&](const QJsonValue &m) { return m[QStringLiteral("id")] == model; }))
            models.append(PolicyWriter::modelToJson(entry->spec));
    }
    for (auto it = modelsByProvider.cbegin(); it != modelsByProvider.cend(); ++it) {
        const CatalogProvider *provider = ModelCatalog::builtIn().provider(it.key());
        fixture.provider(it.key(), provider->kind == ProviderKind::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai"), url,
                         it.value());
        for (const QJsonValue &m : it.value())
            fixture.route(it.key() + u'/' + m[QStringLiteral("id")].toString(),
                          test::target(it.key() + u'/' + m[QStringLiteral("id")].toString()));
    }
    Diagnostics d;
    std::optional<Policy> policy = fixture.read(d);
    QVERIFY2(policy, qPrintable(d.toString()));
    QVERIFY(m_proxy.start(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr)));
}

void TestSpend::cleanupTestCase()
{
    m_proxy.stop();
    m_upstreamServer.reset();
}

void TestSpend::billMatches_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("anthropicClient");
    QTest::addColumn<QJsonObject>("usage"); // as the provider reports it
    QTest::addColumn<double>("bill");
    for (const QJsonValue &c : cases())
        for (const bool stream : {false, true})
            for (const bool anthropicClient : {false, true})
                QTest::addRow("%s, %s, %s client", qPrintable(c[QStringLiteral("name")].toString()), stream ? "streamed" : "whole",
                              anthropicClient ? "Anthropic" : "OpenAI")
                    << c[QStringLiteral("model")].toString() << stream << anthropicClient << c[QStringLiteral("usage")].toObject()
                    << c[QStringLiteral("bill_usd")].toDouble();
}

void TestSpend::billMatches()
{
    QFETCH(QString, model);
    QFETCH(bool, stream);
    QFETCH(bool, anthropicClient);
    QFETCH(QJsonObject, usage);
    QFETCH(double, bill);
    m_upstream->setUsage(model.section(u'/', 1).toUtf8(), usage);
    m_proxy.clearLogged();
    const QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}};
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), messages}, {QStringLiteral("stream"), stream}};
    if (anthropicClient)
        body.insert(QStringLiteral("max_tokens"), 1024);
    const test::ProxyUnderTest::Reply r =
        m_proxy.post(anthropicClient ? QStringLiteral("/v1/messages") : QStringLiteral("/v1/chat/completions"), body);
    QVERIFY2(r.status == 200, r.body.constData());
    QTRY_COMPARE(m_proxy.loggedCount(), size_t(1));
    const double logged = m_proxy.logged()[0].costUsd;
    QVERIFY2(qAbs(logged - bill) <= 0.005 * bill, qPrintable(QStringLiteral("logged $%1, the bill is $%2").arg(logged, 0, 'f', 7).arg(bill, 0, 'f', 7)));
    if (!stream) // the header says the same
        QVERIFY(qAbs(r.headers.value("x-switchyard-cost-usd").toDouble() - bill) <= 0.005 * bill);
}

// Prices a model does not list fall back: cache writes and 1-hour writes to the input price
// (1-hour to the 5-minute write price first), reasoning to the output price; tiers pick the
// highest bound the input is above.
void TestSpend::pricesFallBack()
{
    Pricing p = Pricing::perMTok(2, 8);
    TokenUsage u;
    u.inputTokens = 1000;
    u.cacheWriteTokens = 100;
    u.cacheWrite1hTokens = 100;
    u.outputTokens = 500;
    u.reasoningTokens = 300;
    QCOMPARE(p.costUsd(u), (1000 * 2.0 + 500 * 8.0) / 1e6);
    p.cacheWritePerMTok = 3;
    QCOMPARE(p.costUsd(u), (800 * 2.0 + 200 * 3.0 + 500 * 8.0) / 1e6);
    p.reasoningPerMTok = 10;
    QCOMPARE(p.costUsd(u), (800 * 2.0 + 200 * 3.0 + 200 * 8.0 + 300 * 10.0) / 1e6);
    p.tiers = {{500, PriceRates{4, 16, {}, {}, {}, {}}}, {900, PriceRates{5, 20, {}, {}, {}, {}}}};
    QCOMPARE(&p.ratesFor(500), static_cast<const PriceRates *>(&p));
    QCOMPARE(p.ratesFor(501).inputPerMTok, 4.0);
    QCOMPARE(p.costUsd(u), (1000 * 5.0 + 500 * 20.0) / 1e6);
}

QTEST_GUILESS_MAIN(TestSpend)
#include "tst_spend.moc"
