#include <QTest>

#include "prompts/PromptSet.h"
#include "prompts/PromptSetImport.h"

using namespace sy;

class TestPromptSet : public QObject
{
    Q_OBJECT
private slots:
    void readsBothShapes();
    void badLines_data();
    void badLines();
    void roundTrip();
    void fieldMaps_data();
    void fieldMaps();
    void badFieldMaps();
    void sharedDatasetsImport();
    void openAiChatFormatTakesTheAnswerAsReference();
    void csvWithQuotesAndLineBreaks();
    void badCsv_data();
    void badCsv();
    void guessesColumns_data();
    void guessesColumns();
    void jsonlTableKeepsLineNumbers();
};

void TestPromptSet::openAiChatFormatTakesTheAnswerAsReference()
{
    Diagnostics d;
    const auto items = PromptSetReader::fromJsonl(
        "{\"messages\": [{\"role\": \"system\", \"content\": \"terse\"}, {\"role\": \"user\", \"content\": \"2+2?\"}, "
        "{\"role\": \"assistant\", \"content\": \"4\"}]}\n"
        "{\"messages\": [{\"role\": \"user\"}]}\n",
        d);
    QCOMPARE(items.size(), size_t(1));
    QCOMPARE(items[0].reference, QStringLiteral("4"));
    QCOMPARE(items[0].messages.size(), 2);
    QCOMPARE(lastUserText(items[0].messages), QStringLiteral("2+2?"));
    QCOMPARE(d.toString(), QStringLiteral("2: $.messages[0]: expected {\"role\", \"content\"}"));
}

void TestPromptSet::csvWithQuotesAndLineBreaks()
{
    Diagnostics d;
    const QByteArray csv = "\xef\xbb\xbfquestion,answer,subject\r\n"
                           "\"Say \"\"hi\"\", then, stop\",hi,greet\r\n"
                           "\n"
                           "\"two\nlines\",2,count\n"
                           "last,3,x";
    const auto table = PromptSetImport::read(csv, QStringLiteral("set.CSV"), d);
    QVERIFY2(table && d.isEmpty(), qPrintable(d.toString()));
    QCOMPARE(table->columns, (QStringList{QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("subject")}));
    QCOMPARE(table->rows.size(), size_t(3));
    QCOMPARE(table->rows[0].value(QStringLiteral("question")).toString(), QStringLiteral("Say \"hi\", then, stop"));
    QCOMPARE(table->rows[1].value(QStringLiteral("question")).toString(), QStringLiteral("two\nlines"));
    QCOMPARE(table->lines, (std::vector<int>{2, 4, 6}));
    const auto items = PromptSetImport::items(*table, PromptSetImport::guessMap(*table), d);
    QCOMPARE(items.size(), size_t(3));
    QCOMPARE(items[1].reference, QStringLiteral("2"));
    QCOMPARE(items[1].category, QStringLiteral("count"));
    QCOMPARE(items[2].externalId, QStringLiteral("3"));
}

void TestPromptSet::badCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("no header") << QByteArray("") << QStringLiteral("1: expected a header row naming the columns");
    QTest::newRow("duplicate column") << QByteArray("a,a\n1,2") << QStringLiteral("1: the header names a column twice");
    QTest::newRow("field count") << QByteArray("a,b\n1,2\n1,2,3\n") << QStringLiteral("3: 3 fields, but the header has 2 columns");
    QTest::newRow("open quote") << QByteArray("a,b\n1,\"2\n3\n") << QStringLiteral("2: a quoted field is not closed");
}

void TestPromptSet::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    Diagnostics d;
    PromptSetImport::readCsv(csv, u',', d);
    QCOMPARE(d.toString(), error);
}

void TestPromptSet::guessesColumns_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("category");
    QTest::newRow("gsm8k") << QStringList{QStringLiteral("question"), QStringLiteral("answer")} << QStringLiteral("question") << QStringLiteral("answer") << QStringLiteral("category");
    QTest::newRow("mt-bench") << QStringList{QStringLiteral("question_id"), QStringLiteral("category"), QStringLiteral("turns"), QStringLiteral("reference")}
                              << QStringLiteral("turns") << QStringLiteral("reference") << QStringLiteral("category");
    QTest::newRow("alpaca") << QStringList{QStringLiteral("instruction"), QStringLiteral("output")} << QStringLiteral("instruction") << QStringLiteral("output") << QStringLiteral("category");
    QTest::newRow("mmlu-ish") << QStringList{QStringLiteral("Input"), QStringLiteral("Target"), QStringLiteral("Subject")} << QStringLiteral("Input") << QStringLiteral("Target") << QStringLiteral("Subject");
}

void TestPromptSet::guessesColumns()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, prompt);
    QFETCH(QString, reference);
    QFETCH(QString, category);
    ImportTable table;
    table.columns = columns;
    const PromptFieldMap map = PromptSetImport::guessMap(table);
    QCOMPARE(map.prompt, prompt);
    QCOMPARE(map.reference, reference);
    QCOMPARE(map.category, category);
}

void TestPromptSet::jsonlTableKeepsLineNumbers()
{
    Diagnostics d;
    const auto table = PromptSetImport::readJsonl("{\"q\": \"a\"}\n\n{\"q\": \"\", \"extra\": 1}\nnot json\n", d);
    QVERIFY(table);
    QCOMPARE(table->columns, (QStringList{QStringLiteral("q"), QStringLiteral("extra")}));
    QCOMPARE(d.toString(), QStringLiteral("4: invalid JSON: illegal value"));
    PromptFieldMap map;
    map.prompt = QStringLiteral("q");
    Diagnostics itemErrors;
    const auto items = PromptSetImport::items(*table, map, itemErrors);
    QCOMPARE(items.size(), size_t(1));
    QCOMPARE(itemErrors.toString(), QStringLiteral("3: $.q: expected a non-empty string (or \"messages\")"));
}

void TestPromptSet::readsBothShapes()
{
    Diagnostics d;
    const auto items = PromptSetReader::fromJsonl(
        "{\"id\": 7, \"prompt\": \"2+2?\", \"system\": \"math\", \"reference\": \"4\", \"category\": \"a\", \"level\": 1}\n"
        "\n"
        "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}\n",
        d);
    QVERIFY2(d.isEmpty(), qPrintable(d.toString()));
    QCOMPARE(items.size(), size_t(2));
    QCOMPARE(items[0].externalId, QStringLiteral("7"));
    QCOMPARE(items[0].messages.size(), 2);
    QCOMPARE(items[0].metadata.value(QStringLiteral("level")).toInt(), 1);
    QCOMPARE(items[1].messages.size(), 1);
}

void TestPromptSet::badLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("broken json") << QByteArray("{\"prompt\": \"a\"}\n{\"prompt\": \n") << 2 << "invalid JSON";
    QTest::newRow("array line") << QByteArray("[1]\n") << 1 << "expected a JSON object";
    QTest::newRow("no prompt") << QByteArray("{\"prompt\": \"a\"}\n{\"p\": 1}\n{\"prompt\": \"b\"}") << 2 << "$.prompt";
    QTest::newRow("empty messages") << QByteArray("{\"messages\": []}") << 1 << "$.messages";
}

void TestPromptSet::badLines()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    Diagnostics d;
    PromptSetReader::fromJsonl(text, d);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.items().first().line, line);
    QVERIFY2(d.items().first().message.contains(message), qPrintable(d.toString()));
}

void TestPromptSet::roundTrip()
{
    Diagnostics d;
    const auto items = PromptSetReader::fromJsonl("{\"id\": \"x\", \"prompt\": \"p\", \"reference\": \"r\", \"k\": [1]}\n", d);
    const auto again = PromptSetReader::fromJsonl(PromptSetReader::toJsonl(items), d);
    QVERIFY(d.isEmpty());
    QVERIFY(again == items);
}

void TestPromptSet::fieldMaps_data()
{
    QTest::addColumn<QString>("map");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("reference");
    QTest::newRow("gsm8k") << QStringLiteral("prompt=question,reference=answer")
                           << QByteArray(R"({"question": "2+2?", "answer": "2+2=4\n#### 4"})") << QStringLiteral("1")
                           << QStringLiteral("2+2?") << QStringLiteral("2+2=4\n#### 4");
    QTest::newRow("mt-bench first turn") << QStringLiteral("prompt=turns,id=question_id,reference=reference")
                                         << QByteArray(R"({"question_id": 81, "turns": ["Write a haiku.", "Now rhyme it."], "reference": ["five-seven-five"]})")
                                         << QStringLiteral("81") << QStringLiteral("Write a haiku.") << QStringLiteral("five-seven-five");
}

void TestPromptSet::fieldMaps()
{
    QFETCH(QString, map);
    QFETCH(QByteArray, line);
    QFETCH(QString, id);
    QFETCH(QString, prompt);
    QFETCH(QString, reference);
    QString error;
    const auto fields = PromptFieldMap::parse(map, &error);
    QVERIFY2(fields, qPrintable(error));
    Diagnostics d;
    const auto items = PromptSetReader::fromJsonl(line, d, *fields);
    QVERIFY2(d.isEmpty(), qPrintable(d.toString()));
    QCOMPARE(items.size(), size_t(1));
    QCOMPARE(items[0].externalId, id);
    QCOMPARE(items[0].messages.last().toObject().value(QStringLiteral("content")).toString(), prompt);
    QCOMPARE(items[0].reference, reference);
}

void TestPromptSet::badFieldMaps()
{
    QString error;
    QVERIFY(!PromptFieldMap::parse(QStringLiteral("question=prompt"), &error));
    QCOMPARE(error, QStringLiteral("'question=prompt' is not KEY=FIELD with KEY one of id, prompt, messages, system, reference, category"));
    QVERIFY(!PromptFieldMap::parse(QStringLiteral("prompt"), &error));
    Diagnostics d;
    PromptSetReader::fromJsonl(R"({"question": ""})", d, *PromptFieldMap::parse(QStringLiteral("prompt=question"), &error));
    QCOMPARE(d.toString(), QStringLiteral("1: $.question: expected a non-empty string (or \"messages\")"));
}

// The public sets beside the checkout read with a map: every line becomes an item.
void TestPromptSet::sharedDatasetsImport()
{
    const QString root = QStringLiteral(SWITCHYARD_SOURCE_DIR "/../shared/datasets/");
    QFile gsm8k(root + QStringLiteral("gsm8k/test.jsonl"));
    QFile mtBench(root + QStringLiteral("mt-bench/question.jsonl"));
    if (!gsm8k.open(QIODevice::ReadOnly) || !mtBench.open(QIODevice::ReadOnly))
        QSKIP("../shared/datasets is not here");
    QString error;
    Diagnostics d;
    const auto math = PromptSetReader::fromJsonl(gsm8k.readAll(), d, *PromptFieldMap::parse(QStringLiteral("prompt=question,reference=answer"), &error));
    QVERIFY2(d.isEmpty(), qPrintable(d.toString()));
    QCOMPARE(math.size(), size_t(1319));
    QVERIFY(math.front().reference.contains(QStringLiteral("#### 18")));
    const auto chat = PromptSetReader::fromJsonl(mtBench.readAll(), d, *PromptFieldMap::parse(QStringLiteral("prompt=turns,id=question_id"), &error));
    QVERIFY2(d.isEmpty(), qPrintable(d.toString()));
    QCOMPARE(chat.size(), size_t(80));
    QCOMPARE(chat.front().externalId, QStringLiteral("81"));
    QCOMPARE(chat.front().category, QStringLiteral("writing"));
}

QTEST_GUILESS_MAIN(TestPromptSet)
#include "tst_promptset.moc"
