#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "routing/RequestReader.h"

using namespace sy;

class TestRequestReader : public QObject
{
    Q_OBJECT
private slots:
    void openAiFeatures();
    void anthropicFeatures();
    void modelRewriteKeepsEverythingElse_data();
    void modelRewriteKeepsEverythingElse();
    void badBodies_data();
    void badBodies();
};

void TestRequestReader::openAiFeatures()
{
    QByteArray body = R"({"model": "auto", "stream": true, "stream_options": {"include_usage": true},
        "user": "u-7", "max_completion_tokens": 512, "response_format": {"type": "json_schema", "json_schema": {}},
        "metadata": {"team": "search", "n": 3},
        "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        "messages": [{"role": "system", "content": "Be brief."},
                     {"role": "user", "content": [{"type": "text", "text": "What is"}, {"type": "image_url", "image_url": {"url": "data:x"}}, {"type": "text", "text": "this?"}]},
                     {"role": "assistant", "content": null, "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
                     {"role": "user", "content": "And THIS?"}]})";
    const ParsedRequest p = RequestReader::read(body, ApiFormat::OpenAIChat);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const RequestFeatures &f = p.features;
    QCOMPARE(f.userTurns, 2);
    QVERIFY2(f.firstUserMessage().contains(QStringLiteral("What is")), qPrintable(f.firstUserMessage())); // the topic of the follow-up
    // User turns without content count as turns but give no first message (found by fuzzing).
    QByteArray contentless = R"({"model": "auto", "messages": [{"role": "user", "contnt": "a"}, {"role": "user", "conte": "b"}]})";
    const ParsedRequest q = RequestReader::read(contentless, ApiFormat::OpenAIChat);
    QCOMPARE(q.features.userTurns, 2);
    QVERIFY(q.features.firstUserMessage().isEmpty() && q.features.lastUserMessage().isEmpty());
    QCOMPARE(f.alias, QStringLiteral("auto"));
    QVERIFY(f.stream);
    QVERIFY(p.includeUsage);
    QCOMPARE(f.user, QStringLiteral("u-7"));
    QCOMPARE(f.maxTokens, 512);
    QVERIFY(f.jsonResponse);
    QVERIFY(f.hasTools);
    QVERIFY(f.hasImages);
    QCOMPARE(f.messageCount, 4);
    QCOMPARE(f.systemPrompt(), QStringLiteral("Be brief."));
    QCOMPARE(f.lastUserMessage(), QStringLiteral("And THIS?"));
    QCOMPARE(f.lastUserMessageLower(), QStringLiteral("and this?"));
    QCOMPARE(*f.metadataValue(QStringLiteral("team")), QStringLiteral("search"));
    QVERIFY(!f.metadataValue(QStringLiteral("n"))); // only string tags
    QVERIFY(f.promptTokens() > 765 + 4 * 4);
}

void TestRequestReader::anthropicFeatures()
{
    QByteArray body = R"({"model": "claude", "max_tokens": 300, "system": [{"type": "text", "text": "You are terse."}],
        "metadata": {"user_id": "acct-1"},
        "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "base64", "data": "AAA"}}, {"type": "text", "text": "describe"}]}]})";
    const ParsedRequest p = RequestReader::read(body, ApiFormat::AnthropicMessages);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.features.systemPrompt(), QStringLiteral("You are terse."));
    QCOMPARE(p.features.user, QStringLiteral("acct-1"));
    QCOMPARE(p.features.maxTokens, 300);
    QCOMPARE(p.features.messageCount, 2);
    QVERIFY(p.features.hasImages);
    QCOMPARE(p.features.lastUserMessage(), QStringLiteral("describe"));
}

void TestRequestReader::modelRewriteKeepsEverythingElse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("first key") << QByteArray(R"({"model":"auto","messages":[{"role":"user","content":"x"}]})");
    QTest::newRow("spaces around") << QByteArray("{ \"messages\": [{\"role\": \"user\", \"content\": \"x\"}],\n  \"model\" :  \"auto\"  ,\n \"n\": 1 }");
    QTest::newRow("escaped alias") << QByteArray(R"({"model": "a\"b\u00e9", "messages": [{"role": "user", "content": "x"}]})");
    QTest::newRow("last key") << QByteArray(R"({"messages": [{"role": "user", "content": "model"}], "model": "auto"})");
}

void TestRequestReader::modelRewriteKeepsEverythingElse()
{
    QFETCH(QByteArray, body);
    const QByteArray original = body;
    const ParsedRequest p = RequestReader::read(body, ApiFormat::OpenAIChat);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const QByteArray rewritten = RequestReader::withModel(body, p, QStringLiteral("gpt-4o \"mini\""));
    QJsonObject before = QJsonDocument::fromJson(original).object();
    const QJsonObject after = QJsonDocument::fromJson(rewritten).object();
    QVERIFY2(!after.isEmpty(), rewritten.constData());
    QCOMPARE(after.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o \"mini\""));
    before.insert(QStringLiteral("model"), QStringLiteral("gpt-4o \"mini\""));
    QCOMPARE(after, before);
    QCOMPARE(rewritten.left(p.modelBegin), original.left(p.modelBegin)); // bytes before are untouched
}

void TestRequestReader::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << "body is empty";
    QTest::newRow("not json") << QByteArray("hello") << "malformed JSON";
    QTest::newRow("truncated") << QByteArray(R"({"model": "a", "messages": [)") << "malformed JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "wrong type";
    QTest::newRow("no messages") << QByteArray(R"({"model": "a"})") << "'messages' is required";
    QTest::newRow("no model") << QByteArray(R"({"messages": []})") << "'model' is required";
    QTest::newRow("model a number") << QByteArray(R"({"model": 5, "messages": []})") << "wrong type";
    QTest::newRow("messages an object") << QByteArray(R"({"model": "a", "messages": {}})") << "wrong type";
    QTest::newRow("stream a string") << QByteArray(R"({"model": "a", "stream": "yes", "messages": []})") << "wrong type";
}

void TestRequestReader::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const ParsedRequest p = RequestReader::read(body, ApiFormat::OpenAIChat);
    QVERIFY2(p.error.contains(error), qPrintable(p.error));
}

QTEST_GUILESS_MAIN(TestRequestReader)
#include "tst_requestreader.moc"
