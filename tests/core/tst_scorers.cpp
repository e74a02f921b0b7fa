#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "eval/AnswerExtraction.h"
#include "eval/JsonSchemaCheck.h"
#include "eval/Judge.h"
#include "eval/Scorer.h"
#include "eval/ScorerDefaults.h"
#include "mock/MockContent.h"
#include "eval/TextMetrics.h"
#include "eval/WordDiff.h"

using namespace sy;

class TestScorers : public QObject
{
    Q_OBJECT
private slots:
    void wordDiff_data();
    void wordDiff();
    void judgeGrades_data();
    void judgeGrades();
    void pairwiseVerdicts_data();
    void pairwiseVerdicts();
    void judgePromptsCarryTheRubricAndAnswers();
    void rougeL_data();
    void rougeL();
    void chrF_data();
    void chrF();
    void numbers_data();
    void numbers();
    void choiceLetters_data();
    void choiceLetters();
    void jsonSchema_data();
    void jsonSchema();
    void scorers_data();
    void scorers();
    void badSpecsSayWhy_data();
    void badSpecsSayWhy();
    void weightsCombine();
    void numericAgreesWithGsm8kGrades();
    void simulatedJudgeGradesByCorrectness_data();
    void simulatedJudgeGradesByCorrectness();
    void statedAnswers_data();
    void statedAnswers();
    void defaultScorersFollowTheReferences_data();
    void defaultScorersFollowTheReferences();
};

void TestScorers::wordDiff_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("leftHtml");
    QTest::addColumn<QString>("rightHtml");
    const QString c = QStringLiteral("<span class=\"changed\">");
    const QString e = QStringLiteral("</span>");
    QTest::newRow("same") << QStringLiteral("The answer is 4.") << QStringLiteral("The answer is 4.") << QStringLiteral("The answer is 4.")
                          << QStringLiteral("The answer is 4.");
    QTest::newRow("one word") << QStringLiteral("The answer is 4.") << QStringLiteral("The answer is 5.")
                              << QStringLiteral("The answer is ") + c + QStringLiteral("4.") + e << QStringLiteral("The answer is ") + c + QStringLiteral("5.") + e;
    QTest::newRow("inserted") << QStringLiteral("a c") << QStringLiteral("a b c") << QStringLiteral("a c")
                              << QStringLiteral("a ") + c + QStringLiteral("b ") + e + QStringLiteral("c");
    QTest::newRow("escaped") << QStringLiteral("x <b>") << QStringLiteral("x &") << QStringLiteral("x ") + c + QStringLiteral("&lt;b&gt;") + e
                             << QStringLiteral("x ") + c + QStringLiteral("&amp;") + e;
    QTest::newRow("empty side") << QString() << QStringLiteral("new") << QString() << c + QStringLiteral("new") + e;
}

void TestScorers::wordDiff()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftHtml);
    QFETCH(QString, rightHtml);
    const auto pieces = WordDiff::diff(left, right);
    QCOMPARE(WordDiff::sideHtml(pieces, true), leftHtml);
    QCOMPARE(WordDiff::sideHtml(pieces, false), rightHtml);
}

void TestScorers::judgeGrades_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("grade"); // 0: none
    QTest::addColumn<QString>("reasoning");
    QTest::newRow("plain") << QStringLiteral("Correct and clear. Rating: [[8]]") << 8 << QStringLiteral("Correct and clear.");
    QTest::newRow("last wins") << QStringLiteral("First I thought [[3]].\nRating: [[9]]") << 9 << QStringLiteral("First I thought [[3]].");
    QTest::newRow("spaces and decimal") << QStringLiteral("ok\nRating: [[ 6.6 ]]") << 7 << QStringLiteral("ok");
    QTest::newRow("out of range") << QStringLiteral("Rating: [[11]]") << 0 << QString();
    QTest::newRow("none") << QStringLiteral("I would give it a seven.") << 0 << QString();
}

void TestScorers::judgeGrades()
{
    QFETCH(QString, verdict);
    QFETCH(int, grade);
    QFETCH(QString, reasoning);
    const auto read = Judge::readGrade(verdict);
    QCOMPARE(read.has_value(), grade > 0);
    if (read) {
        QCOMPARE(read->score, grade);
        QCOMPARE(read->reasoning, reasoning);
    }
}

void TestScorers::pairwiseVerdicts_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("preference"); // 0 A, 1 B, 2 tie, -1 none
    QTest::newRow("A") << QStringLiteral("A is right. [[A]]") << 0;
    QTest::newRow("B") << QStringLiteral("B is right.\n[[B]]") << 1;
    QTest::newRow("tie") << QStringLiteral("Same. [[C]]") << 2;
    QTest::newRow("last wins") << QStringLiteral("Not [[A]] but [[B]]") << 1;
    QTest::newRow("none") << QStringLiteral("A, I think") << -1;
}

void TestScorers::pairwiseVerdicts()
{
    QFETCH(QString, verdict);
    QFETCH(int, preference);
    const auto read = Judge::readPairwise(verdict);
    QCOMPARE(read.has_value(), preference >= 0);
    if (read)
        QCOMPARE(int(read->preference), preference);
}

void TestScorers::judgePromptsCarryTheRubricAndAnswers()
{
    const QJsonArray grade = Judge::gradeMessages(QStringLiteral("Be strict about units."), QStringLiteral("How far?"), QStringLiteral("5 km"),
                                                  QStringLiteral("About 5 km"));
    QCOMPARE(grade.size(), 2);
    const QString system = grade[0][QStringLiteral("content")].toString();
    QVERIFY(system.startsWith(QStringLiteral("Be strict about units.")));
    QVERIFY(system.contains(QStringLiteral("Rating: [[N]]")));
    const QString user = grade[1][QStringLiteral("content")].toString();
    QVERIFY(user.contains(QStringLiteral("<reference>\n5 km\n</reference>")));
    QVERIFY(user.contains(QStringLiteral("<response>\nAbout 5 km\n</response>")));
    // The simulator judges such prompts: right answer, high grade.
    QCOMPARE(Judge::readGrade(*MockContent::judgeVerdict(user))->score, 9);
    const QJsonArray pair = Judge::pairwiseMessages({}, QStringLiteral("2+2?"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("4"));
    QVERIFY(pair[0][QStringLiteral("content")].toString().startsWith(Judge::defaultPairwiseRubric()));
    QCOMPARE(int(Judge::readPairwise(*MockContent::judgeVerdict(pair[1][QStringLiteral("content")].toString()))->preference),
             int(Judge::Preference::B));
    QVERIFY(!MockContent::judgeVerdict(QStringLiteral("What is 2+2?")));
}

void TestScorers::rougeL_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<double>("expected");
    QTest::newRow("same") << QStringLiteral("The cat sat.") << QStringLiteral("the cat sat") << 1.0;
    // LCS "the cat on the mat" = 5: P = 5/5, R = 5/6, F1 = 10/11.
    QTest::newRow("one word missing") << QStringLiteral("the cat on the mat") << QStringLiteral("the cat sat on the mat") << 10.0 / 11.0;
    // Reversed: the longest common subsequence is "the on the" (3 of 6 words each way).
    QTest::newRow("order matters") << QStringLiteral("mat the on sat cat the") << QStringLiteral("the cat sat on the mat") << 0.5;
    QTest::newRow("nothing shared") << QStringLiteral("dog") << QStringLiteral("cat") << 0.0;
    QTest::newRow("empty response") << QString() << QStringLiteral("cat") << 0.0;
}

void TestScorers::rougeL()
{
    QFETCH(QString, candidate);
    QFETCH(QString, reference);
    QFETCH(double, expected);
    QVERIFY2(std::abs(TextMetrics::rougeL(candidate, reference) - expected) < 1e-12,
             qPrintable(QString::number(TextMetrics::rougeL(candidate, reference), 'g', 15)));
}

void TestScorers::chrF_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<double>("expected");
    QTest::newRow("same") << QStringLiteral("a b c") << QStringLiteral("abc") << 1.0;
    // Orders 1 and 2 only (the candidate has no 3-grams): P = 1, R = (2/3 + 1/2) / 2 = 7/12;
    // F2 = 5·P·R / (4·P + R) = (35/12) / (55/12) = 7/11.
    QTest::newRow("shorter") << QStringLiteral("ab") << QStringLiteral("abc") << 7.0 / 11.0;
    QTest::newRow("disjoint") << QStringLiteral("xyz") << QStringLiteral("abc") << 0.0;
}

void TestScorers::chrF()
{
    QFETCH(QString, candidate);
    QFETCH(QString, reference);
    QFETCH(double, expected);
    QVERIFY2(std::abs(TextMetrics::chrF(candidate, reference) - expected) < 1e-12,
             qPrintable(QString::number(TextMetrics::chrF(candidate, reference), 'g', 15)));
}

void TestScorers::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("gsm8k reference") << QStringLiteral("She sold 48/2 = <<48/2=24>>24 clips.\n#### 72") << 72.0;
    QTest::newRow("last number") << QStringLiteral("First 3, then 5, so 8 in all.") << 8.0;
    QTest::newRow("currency and thousands") << QStringLiteral("The answer is $1,080.") << 1080.0;
    QTest::newRow("negative decimal") << QStringLiteral("It fell to -3.5 degrees") << -3.5;
    QTest::newRow("A: line") << QStringLiteral("so 9 * 2 = 18\nA: 18") << 18.0;
    QTest::newRow("after #### the first") << QStringLiteral("#### 42 (not 7)") << 42.0;
}

void TestScorers::numbers()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const auto got = AnswerExtraction::number(text);
    QVERIFY(got);
    QCOMPARE(*got, expected);
    QVERIFY(!AnswerExtraction::number(QStringLiteral("no digits here")));
}

void TestScorers::choiceLetters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("letter");
    QTest::newRow("the answer is (C)") << QStringLiteral("Let me think... B looks wrong. The answer is (C).") << QStringLiteral("C");
    QTest::newRow("Answer: d") << QStringLiteral("Answer: d") << QStringLiteral("D");
    QTest::newRow("bold") << QStringLiteral("I pick **B** because") << QStringLiteral("B");
    QTest::newRow("lone letter") << QStringLiteral("A") << QStringLiteral("A");
    QTest::newRow("option J") << QStringLiteral("the answer is J") << QStringLiteral("J");
}

void TestScorers::choiceLetters()
{
    QFETCH(QString, text);
    QFETCH(QString, letter);
    const auto got = AnswerExtraction::choiceLetter(text);
    QVERIFY(got);
    QCOMPARE(QString(*got), letter);
    QVERIFY(!AnswerExtraction::choiceLetter(QStringLiteral("I do not know")));
}

void TestScorers::jsonSchema_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("valid") << QByteArray(R"({"name": "Ada", "age": 36, "tags": ["x"]})") << QStringList();
    QTest::newRow("missing and extra") << QByteArray(R"({"age": 36, "nick": "a"})")
                                       << QStringList{QStringLiteral("$: \"name\" is required"), QStringLiteral("$.nick: not allowed here")};
    QTest::newRow("wrong types") << QByteArray(R"({"name": 1, "age": 3.5, "tags": [1]})")
                                 << QStringList{QStringLiteral("$.age: expected integer, found a number"),
                                                QStringLiteral("$.name: expected string, found a number"),
                                                QStringLiteral("$.tags[0]: expected string, found a number")};
    QTest::newRow("bounds") << QByteArray(R"({"name": "", "age": -1})")
                            << QStringList{QStringLiteral("$.age: -1 is less than 0"), QStringLiteral("$.name: shorter than 1 characters")};
}

void TestScorers::jsonSchema()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, problems);
    const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object", "required": ["name"], "additionalProperties": false,
        "properties": {"name": {"type": "string", "minLength": 1},
                       "age": {"type": "integer", "minimum": 0},
                       "tags": {"type": "array", "items": {"type": "string"}}}})").object();
    QCOMPARE(JsonSchemaCheck::problems(QJsonDocument::fromJson(value).object(), schema), problems);
    QCOMPARE(JsonSchemaCheck::problems(1, QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/x")}}),
             QStringList{QStringLiteral("$: the schema keyword \"$ref\" is not supported")});
}

void TestScorers::scorers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("detail");
    QTest::newRow("equals ignores case and spacing") << QStringLiteral("equals") << QStringLiteral(" Paris ") << QStringLiteral("paris") << 1.0 << QString();
    QTest::newRow("equals") << QStringLiteral("equals") << QStringLiteral("Lyon") << QStringLiteral("Paris") << 0.0 << QStringLiteral("differs from the reference");
    QTest::newRow("contains the reference") << QStringLiteral("contains-any") << QStringLiteral("It is Paris.") << QStringLiteral("paris") << 1.0 << QString();
    QTest::newRow("contains any of terms") << QStringLiteral("contains-any:refund|return") << QStringLiteral("I want to return it") << QString() << 1.0 << QString();
    QTest::newRow("contains all of terms") << QStringLiteral("contains-all:refund|order") << QStringLiteral("a refund") << QString() << 0.0 << QStringLiteral("missing: order");
    QTest::newRow("regex") << QStringLiteral("regex:^(yes|no)\\b") << QStringLiteral("Yes, it is") << QString() << 1.0 << QString();
    QTest::newRow("numeric") << QStringLiteral("numeric") << QStringLiteral("So 70 in all") << QStringLiteral("#### 72") << 0.0 << QStringLiteral("expected 72, found 70");
    QTest::newRow("numeric tolerance") << QStringLiteral("numeric:0.01") << QStringLiteral("about 3.141") << QStringLiteral("3.14") << 1.0 << QString();
    QTest::newRow("choice") << QStringLiteral("choice") << QStringLiteral("The answer is (B)") << QStringLiteral("B") << 1.0 << QString();
    QTest::newRow("json fenced") << QStringLiteral("json") << QStringLiteral("```json\n{\"a\": 1}\n```") << QString() << 1.0 << QString();
    QTest::newRow("json broken") << QStringLiteral("json") << QStringLiteral("{\"a\": }") << QString() << 0.0 << QStringLiteral("not JSON: object is missing after a comma at offset 7"); // Qt's words
    QTest::newRow("rouge-l") << QStringLiteral("rouge-l") << QStringLiteral("the cat on the mat") << QStringLiteral("the cat sat on the mat") << 10.0 / 11.0 << QString();
    QTest::newRow("chrf") << QStringLiteral("chrf") << QStringLiteral("ab") << QStringLiteral("abc") << 7.0 / 11.0 << QString();
    QTest::newRow("latency over") << QStringLiteral("latency:1000") << QString() << QString() << 0.0 << QStringLiteral("1500 ms, over 1000 ms");
    QTest::newRow("cost under") << QStringLiteral("cost:0.01") << QString() << QString() << 1.0 << QString();
}

void TestScorers::scorers()
{
    QFETCH(QString, spec);
    QFETCH(QString, response);
    QFETCH(QString, reference);
    QFETCH(double, value);
    QFETCH(QString, detail);
    QString error;
    const auto parsed = Scorer::parse(spec, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->name(), spec);
    const ScoreOutcome outcome = Scorer::score(*parsed, {response, reference, 1500, 0.002});
    QVERIFY2(std::abs(outcome.value - value) < 1e-12, qPrintable(QString::number(outcome.value)));
    QCOMPARE(outcome.detail, detail);
}

void TestScorers::badSpecsSayWhy_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown") << QStringLiteral("exact") << QStringLiteral("scorer \"exact\": unknown kind \"exact\"; use one of equals, contains-any, contains-all, regex, numeric, choice, json, json-schema, rouge-l, chrf, latency, cost, judge, pairwise");
    QTest::newRow("bad regex") << QStringLiteral("regex:(") << QStringLiteral("scorer \"regex:(\": bad regular expression: missing closing parenthesis");
    QTest::newRow("latency without limit") << QStringLiteral("latency") << QStringLiteral("scorer \"latency\": needs the most milliseconds, as in latency:2000");
    QTest::newRow("missing schema file") << QStringLiteral("json-schema:/nonexistent.json") << QStringLiteral("scorer \"json-schema:/nonexistent.json\": cannot read /nonexistent.json: No such file or directory");
    QTest::newRow("argument not taken") << QStringLiteral("equals:x") << QStringLiteral("scorer \"equals:x\": takes no argument");
    QTest::newRow("judge without model") << QStringLiteral("judge") << QStringLiteral("scorer \"judge\": needs the judge model as PROVIDER/MODEL, as in judge:sim-cloud/sim-pro");
}

void TestScorers::badSpecsSayWhy()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!Scorer::parse(spec, &got));
    QCOMPARE(got, error);
}

void TestScorers::weightsCombine()
{
    QString error;
    const std::vector<ScorerSpec> specs{*Scorer::parse(QStringLiteral("numeric@3"), &error), *Scorer::parse(QStringLiteral("latency:1000"), &error)};
    QCOMPARE(specs[0].weight, 3.0);
    QCOMPARE(Scorer::combine(specs, {{1, {}}, {0, {}}}), 0.75);
    QCOMPARE(Scorer::combine({}, {}), 0.0);
    // A schema from a file.
    QTemporaryDir dir;
    QFile schema(dir.filePath(QStringLiteral("s.json")));
    QVERIFY(schema.open(QIODevice::WriteOnly));
    schema.write(R"({"type": "object", "required": ["intent"]})");
    schema.close();
    const auto spec = Scorer::parse(QStringLiteral("json-schema:") + schema.fileName(), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(Scorer::score(*spec, {QStringLiteral("{\"intent\": \"refund\"}"), {}, 0, 0}).value, 1.0);
    QCOMPARE(Scorer::score(*spec, {QStringLiteral("{}"), {}, 0, 0}).detail, QStringLiteral("$: \"intent\" is required"));
}

// The numeric scorer grades the four GPT-3 systems' published GSM8K solutions as OpenAI did.
void TestScorers::numericAgreesWithGsm8kGrades()
{
    QFile file(QStringLiteral(SWITCHYARD_SOURCE_DIR "/../shared/datasets/gsm8k/example_model_solutions.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/datasets/gsm8k is not here");
    QString error;
    const ScorerSpec numeric = *Scorer::parse(QStringLiteral("numeric"), &error);
    int rows = 0, agree = 0, total = 0;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        if (row.isEmpty())
            continue;
        ++rows;
        for (const char *system : {"6b_finetuning", "6b_verification", "175b_finetuning", "175b_verification"}) {
            const QJsonObject outcome = row.value(QLatin1String(system)).toObject();
            const bool correct = Scorer::score(numeric, {outcome.value(QStringLiteral("solution")).toString(),
                                                         row.value(QStringLiteral("ground_truth")).toString(), 0, 0})
                                     .value == 1.0;
            agree += correct == outcome.value(QStringLiteral("is_correct")).toBool() ? 1 : 0;
            ++total;
        }
    }
    QCOMPARE(rows, 1319);
    qInfo("numeric scorer agrees with the published grades on %d of %d solutions", agree, total);
    QVERIFY(agree >= total * 99 / 100);
}


void TestScorers::simulatedJudgeGradesByCorrectness_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("good");
    // The demo's answers: the stated answer first, then filler that says nothing.
    QTest::newRow("right label") << QStringLiteral("billing") << QStringLiteral("Answer: billing. The route model works well here.") << true;
    QTest::newRow("right label, other case") << QStringLiteral("Technical") << QStringLiteral("Answer: technical.") << true;
    QTest::newRow("wrong label") << QStringLiteral("billing") << QStringLiteral("Answer: unsure. The route model works well here.") << false;
    QTest::newRow("label named only in the filler") << QStringLiteral("account") << QStringLiteral("Answer: billing. Not the account team.") << false;
    QTest::newRow("right number") << QStringLiteral("42") << QStringLiteral("Answer: 42. Cost stays low.") << true;
    QTest::newRow("wrong number") << QStringLiteral("42") << QStringLiteral("Answer: 43. Cost stays low.") << false;
    QTest::newRow("empty") << QStringLiteral("billing") << QString() << false;
}

void TestScorers::simulatedJudgeGradesByCorrectness()
{
    QFETCH(QString, reference);
    QFETCH(QString, response);
    QFETCH(bool, good);
    const QJsonArray grade = Judge::gradeMessages({}, QStringLiteral("Which team?"), reference, response);
    const auto verdict = Judge::readGrade(*MockContent::judgeVerdict(grade[1][QStringLiteral("content")].toString()));
    QVERIFY(verdict);
    if (good)
        QVERIFY2(verdict->score >= 7, qPrintable(QString::number(verdict->score)));
    else
        QVERIFY2(verdict->score <= 3, qPrintable(QString::number(verdict->score)));
}

void TestScorers::statedAnswers_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("answer");
    QTest::newRow("marked") << QStringLiteral("Answer: billing. Then more words.") << QStringLiteral("billing");
    QTest::newRow("answer is") << QStringLiteral("I think the answer is **Paris**.") << QStringLiteral("Paris");
    QTest::newRow("colon outranks prose") << QStringLiteral("Answer: technical. The answer is simple enough.") << QStringLiteral("technical");
    QTest::newRow("last marked") << QStringLiteral("Answer: maybe\nAnswer: account") << QStringLiteral("account");
    QTest::newRow("first sentence") << QStringLiteral("Canberra. It has been the capital since 1913.") << QStringLiteral("Canberra");
    QTest::newRow("empty") << QString() << QString();
}

void TestScorers::statedAnswers()
{
    QFETCH(QString, response);
    QFETCH(QString, answer);
    QCOMPARE(AnswerExtraction::statedAnswer(response), answer);
}

void TestScorers::defaultScorersFollowTheReferences_data()
{
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<QStringList>("scorers");
    QTest::newRow("numbers") << QStringList{QStringLiteral("42"), QStringLiteral("-3.5"), QStringLiteral("7")} << QStringList{QStringLiteral("numeric")};
    QTest::newRow("gsm8k answers") << QStringList{QStringLiteral("She has 3 left.\n#### 3"), QStringLiteral("#### 18")}
                                   << QStringList{QStringLiteral("numeric")};
    QTest::newRow("labels") << QStringList{QStringLiteral("billing"), QStringLiteral("technical"), QStringLiteral("account")}
                            << QStringList{QStringLiteral("contains-any")};
    QTest::newRow("mostly labels") << QStringList{QStringLiteral("billing"), QStringLiteral("technical"), QStringLiteral("12")}
                                   << QStringList{QStringLiteral("contains-any")};
    QTest::newRow("prose") << QStringList{QStringLiteral("The capital of Australia is Canberra, chosen as a compromise.")}
                           << QStringList{QStringLiteral("rouge-l")};
    QTest::newRow("no references") << QStringList{QString(), QString()} << QStringList{};
}

void TestScorers::defaultScorersFollowTheReferences()
{
    QFETCH(QStringList, references);
    QFETCH(QStringList, scorers);
    std::vector<PromptItem> items;
    for (const QString &r : references) {
        PromptItem item;
        item.reference = r;
        items.push_back(item);
    }
    QCOMPARE(ScorerDefaults::forItems(items), scorers);
    for (const QString &line : scorers) // what it suggests parses
        QVERIFY(Scorer::parse(line, nullptr));
}

QTEST_GUILESS_MAIN(TestScorers)
#include "tst_scorers.moc"
