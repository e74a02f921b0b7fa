#include <QTest>

#include "policy/ModelCatalog.h"

using namespace sy;

class TestModelCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInLoads();
    void overridesReplaceEntries();
    void badCatalog_data();
    void badCatalog();
};

void TestModelCatalog::builtInLoads()
{
    const ModelCatalog &c = ModelCatalog::builtIn();
    QCOMPARE(c.pricesCheckedOn(), QStringLiteral("2025-06-01"));
    for (const char *id : {"openai", "anthropic", "groq", "together", "mistral", "deepseek", "openrouter", "llamacpp", "vllm", "ollama", "lmstudio"})
        QVERIFY2(c.provider(QLatin1String(id)), id);
    const auto mini = c.find(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"));
    QVERIFY(mini);
    QCOMPARE(mini->spec.pricing.inputPerMTok, 0.15);
    QCOMPARE(mini->spec.pricing.cachedInputPerMTok.value(), 0.075);
    QVERIFY(mini->spec.capabilities.has(Capability::Tools));
    QVERIFY(c.find(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4"))); // by alias
    QCOMPARE(c.provider(QStringLiteral("anthropic"))->kind, ProviderKind::Anthropic);
    for (const CatalogModel &m : c.merged({}))
        QVERIFY2(m.spec.pricing.inputPerMTok >= 0 && !m.spec.id.isEmpty(), qPrintable(m.spec.id));
}

void TestModelCatalog::overridesReplaceEntries()
{
    const ModelCatalog &c = ModelCatalog::builtIn();
    ModelSpec cheaper = c.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"))->spec;
    cheaper.pricing.inputPerMTok = 1.0;
    ModelSpec custom;
    custom.id = QStringLiteral("my-finetune");
    const std::vector<ModelCatalog::Override> overrides = {{QStringLiteral("openai"), cheaper, QStringLiteral("2026-11-20")},
                                                           {QStringLiteral("openai"), custom, QStringLiteral("2026-11-21")}};
    const auto gpt4o = c.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"), overrides);
    QCOMPARE(gpt4o->spec.pricing.inputPerMTok, 1.0);
    QVERIFY(gpt4o->overridden);
    QCOMPARE(gpt4o->pricesCheckedOn, QStringLiteral("2026-11-20"));
    QVERIFY(c.find(QStringLiteral("openai"), QStringLiteral("my-finetune"), overrides));
    QCOMPARE(c.merged(overrides).size(), c.merged({}).size() + 1);
    QVERIFY(!c.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"))->overridden);
}

void TestModelCatalog::badCatalog_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad date") << QByteArray(R"({"format": "switchyard.catalog", "version": 1, "prices_checked": "June", "providers": []})") << "$.prices_checked";
    QTest::newRow("bad model") << QByteArray(R"({"format": "switchyard.catalog", "version": 1, "prices_checked": "2025-01-01", "providers": [{"id": "p", "name": "P", "kind": "openai", "base_url": "http://h", "models": [{"id": "m", "pricing": {"input_per_mtok": "cheap", "output_per_mtok": 1}}]}]})") << "$.providers[0].models[0].pricing.input_per_mtok";
    QTest::newRow("bad kind") << QByteArray(R"({"format": "switchyard.catalog", "version": 1, "prices_checked": "2025-01-01", "providers": [{"id": "p", "name": "P", "kind": "x", "base_url": "http://h", "models": []}]})") << "$.providers[0].kind";
}

void TestModelCatalog::badCatalog()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    Diagnostics d;
    QVERIFY(!ModelCatalog::fromJsonText(text, d));
    QVERIFY2(d.toString().contains(expected), qPrintable(d.toString()));
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
