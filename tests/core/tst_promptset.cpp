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

QTEST_GUILESS_MAIN(TestPromptSet)
#include "tst_promptset.moc"
