#include <QTest>

#include "prompts/PromptSet.h"

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
};

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
