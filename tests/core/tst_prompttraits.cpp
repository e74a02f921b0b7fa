#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "PolicyFixture.h"
#include "policy/PolicyReader.h"
#include "routing/CompiledPolicy.h"
#include "routing/PromptTraits.h"
#include "routing/RoutingEngine.h"
#include "routing/TraceFormatter.h"

using namespace sy;

// The interpretable traits of a prompt that rules test and the learned router reads.
class TestPromptTraits : public QObject
{
    Q_OBJECT
private slots:
    void traits_data();
    void traits();
    void complexityRisesWithDifficulty();
    void rulesTestTraits_data();
    void rulesTestTraits();
};

namespace {

RequestFeatures request(const QStringList &userTurns, const QString &system = {})
{
    QJsonArray messages;
    if (!system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}});
    for (const QString &t : userTurns) {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), t}});
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QStringLiteral("ok")}});
    }
    messages.removeLast();
    return RequestFeatures::fromRequest(QJsonObject{{QStringLiteral("model"), QStringLiteral("auto")}, {QStringLiteral("messages"), messages}},
                                        ApiFormat::OpenAIChat);
}

} // namespace

void TestPromptTraits::traits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("code");
    QTest::addColumn<bool>("math");
    QTest::addColumn<bool>("structured");
    QTest::addColumn<QString>("questionType");
    QTest::addColumn<int>("numbers");

    QTest::newRow("english fact") << "What is the capital of France?" << "en" << false << false << false << "factual" << 0;
    QTest::newRow("german") << "Wie ist das Wetter heute und was soll ich anziehen?" << "de" << false << false << false << "factual" << 0;
    QTest::newRow("french") << "Pourquoi le ciel est bleu? Je ne sais pas et vous?" << "fr" << false << false << false << "factual" << 0;
    QTest::newRow("chinese") << "请解释一下量子纠缠是什么" << "zh" << false << false << false << "instruction" << 0;
    QTest::newRow("japanese") << "東京で一番おいしいラーメンはどこですか" << "ja" << false << false << false << "instruction" << 0;
    QTest::newRow("russian") << "Как работает квантовый компьютер?" << "ru" << false << false << false << "factual" << 0;
    QTest::newRow("python fence") << "Why does this fail?\n```python\nprint(x)\n```" << "en" << true << false << false << "explanation" << 0;
    QTest::newRow("code request") << "Write a function in Rust that reverses a list" << "en" << true << false << false << "instruction" << 0;
    QTest::newRow("c line") << "int main() {\n  return 0;\n}" << "und" << true << false << false << "instruction" << 1;
    QTest::newRow("arithmetic") << "A farmer has 17 sheep and buys 5 more. How many sheep?" << "en" << false << true << false << "factual" << 2;
    QTest::newRow("formula") << "Simplify 3x + 4 = 19" << "und" << false << true << false << "instruction" << 3;
    QTest::newRow("latex") << "Evaluate $\\int_0^1 x^2 dx$" << "und" << false << true << false << "explanation" << 2;
    QTest::newRow("json") << "Fix this: {\"name\": \"a\", \"age\": 3}" << "en" << false << false << true << "instruction" << 1;
    QTest::newRow("csv") << "id,name,score\n1,ann,3\n2,bob,4\n3,cy,5\nSum the scores" << "en" << false << false << true << "instruction" << 6;
    QTest::newRow("markdown table") << "| a | b |\n|---|---|\n| 1 | 2 |" << "und" << false << false << true << "instruction" << 2;
    QTest::newRow("html") << "Clean up this <div>hello</div> for me" << "en" << false << false << true << "instruction" << 0;
    QTest::newRow("yes no") << "Is it safe to eat raw eggs?" << "en" << false << false << false << "yes_no" << 0;
    QTest::newRow("creative") << "Write a poem about the sea" << "en" << false << false << false << "creative" << 0;
    QTest::newRow("explain") << "Explain how vaccines work" << "en" << false << false << false << "explanation" << 0;
    QTest::newRow("empty") << "" << "und" << false << false << false << "none" << 0;
}

void TestPromptTraits::traits()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(bool, code);
    QFETCH(bool, math);
    QFETCH(bool, structured);
    QFETCH(QString, questionType);
    QFETCH(int, numbers);
    const PromptTraits t = PromptTraits::of(request({text}));
    QCOMPARE(t.language, language);
    QCOMPARE(t.hasCode, code);
    QCOMPARE(t.hasMath, math);
    QCOMPARE(t.hasStructuredData, structured);
    QCOMPARE(PromptTraits::questionTypeName(t.questionType), questionType);
    QCOMPARE(t.numbers, numbers);
    QCOMPARE(t.depth, text.isEmpty() ? 1 : 1);
    double sum = 0;
    for (double part : t.complexityParts)
        sum += part;
    QVERIFY(qAbs(sum - t.complexity) < 1e-12); // the parts explain the whole score
    QVERIFY(t.complexity >= 0 && t.complexity <= 1);
}

void TestPromptTraits::complexityRisesWithDifficulty()
{
    const PromptTraits easy = PromptTraits::of(request({QStringLiteral("hi")}));
    const PromptTraits medium = PromptTraits::of(request({QStringLiteral("Explain why the sky is blue, in two paragraphs.")}));
    QString hardText = QStringLiteral("Implement a function that parses this JSON and must compute exactly the sum of every 'price' field:\n"
                                      "```\n{\"items\": [{\"price\": 12.5}, {\"price\": 7}]}\n```\nEnsure it handles at least 3 edge cases. ");
    hardText += hardText;
    const PromptTraits hard = PromptTraits::of(request({QStringLiteral("Some background first."), hardText}));
    QVERIFY2(easy.complexity < medium.complexity, qPrintable(QStringLiteral("%1 %2").arg(easy.complexity).arg(medium.complexity)));
    QVERIFY2(medium.complexity < hard.complexity, qPrintable(QStringLiteral("%1 %2").arg(medium.complexity).arg(hard.complexity)));
    QCOMPARE(hard.depth, 2);
    QVERIFY(hard.complexityParts[PromptTraits::DepthPart] > 0);
    QVERIFY(hard.complexityParts[PromptTraits::CodePart] > 0);
    QVERIFY(hard.complexityParts[PromptTraits::ConstraintPart] > 0);
}

void TestPromptTraits::rulesTestTraits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("observed"); // in the trace

    QTest::newRow("has_code") << "has_code" << "eq" << QJsonValue(true) << "```js\nlet a = 1;\n```" << true << "has_code true";
    QTest::newRow("no code") << "has_code" << "eq" << QJsonValue(true) << "hello there" << false << "has_code false";
    QTest::newRow("has_math") << "has_math" << "eq" << QJsonValue(true) << "what is 12 * 7" << true << "has_math true";
    QTest::newRow("structured") << "has_structured_data" << "eq" << QJsonValue(true) << "[{\"a\": 1}]" << true << "has_structured_data true";
    QTest::newRow("language in") << "language" << "in" << QJsonValue(QJsonArray{QStringLiteral("de"), QStringLiteral("fr")})
                                 << "Das ist nicht was ich will und das weiß ich" << true << "language \"de\"";
    QTest::newRow("question type") << "question_type" << "eq" << QJsonValue(QStringLiteral("creative")) << "Compose a haiku about rain" << true
                                   << "question_type \"creative\"";
    QTest::newRow("complexity") << "complexity" << "gt" << QJsonValue(0.3)
                                << "Implement exactly this function in Python and ensure it runs: ```def f(x): return 2 * x + 1```, then compute f(3) + f(4)" << true
                                << "complexity 0.";
    QTest::newRow("depth") << "conversation_depth" << "ge" << QJsonValue(2) << "one turn only" << false << "conversation_depth 1";
}

void TestPromptTraits::rulesTestTraits()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QJsonValue, value);
    QFETCH(QString, prompt);
    QFETCH(bool, matches);
    QFETCH(QString, observed);
    const QJsonObject policyJson = test::PolicyFixture(QStringLiteral("traits"))
                                       .offlineProvider(QStringLiteral("p"), {QStringLiteral("small"), QStringLiteral("big")})
                                       .route(QStringLiteral("auto"), test::conditional({test::rule(test::condition(field, op, value), test::target(QStringLiteral("p/big")))},
                                                                                        test::target(QStringLiteral("p/small"))))
                                       .json();
    Diagnostics d;
    auto policy = PolicyReader::fromJson(policyJson, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    const auto compiled = CompiledPolicy::compile(std::move(*policy));
    const RequestFeatures f = request({prompt});
    const Decision decision = RoutingEngine::decide(*compiled, f);
    QCOMPARE(decision.steps.size(), size_t(1));
    QCOMPARE(compiled->upstreams[size_t(decision.steps.front().upstream)].ref, matches ? QStringLiteral("p/big") : QStringLiteral("p/small"));
    const QString trace = TraceFormatter::lines(*compiled, f, decision).join(u'\n');
    QVERIFY2(trace.contains(observed), qPrintable(trace));
    // The features the trace carries name the traits too.
    const QJsonObject features = TraceFormatter::featuresToJson(f);
    QVERIFY(features.contains(QStringLiteral("complexity_parts")));
    QVERIFY(features.contains(field) || field == u"conversation_depth" || field == u"has_structured_data" || features.contains(QStringLiteral("language")));
}

QTEST_MAIN(TestPromptTraits)
#include "tst_prompttraits.moc"
