#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "domain/TokenEstimator.h"
#include "routing/RequestFeatures.h"

using namespace sy;

class TestTokenEstimator : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void requestAddsFramingAndTools();
    void growsWithLength();
    void utf8MatchesUtf16_data();
    void utf8MatchesUtf16();
};

// Expected counts are cl100k_base's for these strings; the estimator must land within the tolerance.
void TestTokenEstimator::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("tolerance");
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("one word") << QStringLiteral("hello") << 1 << 0;
    QTest::newRow("sentence") << QStringLiteral("The quick brown fox jumps over the lazy dog.") << 10 << 1;
    QTest::newRow("digits in threes") << QStringLiteral("1234567") << 3 << 0;
    QTest::newRow("long word splits") << QStringLiteral("internationalization") << 4 << 2;
    QTest::newRow("cjk") << QStringLiteral("你好世界") << 4 << 2;
    QTest::newRow("no-break space") << QStringLiteral("a\u00a0b\u2009c\fd") << 7 << 3;
    QTest::newRow("lone punctuation") << QStringLiteral("?!") << 1 << 0;
    QTest::newRow("code") << QStringLiteral("for (int i = 0; i < n; ++i) { sum += a[i]; }") << 22 << 5;
}

void TestTokenEstimator::text()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(int, tolerance);
    const int got = TokenEstimator::estimateText(text);
    QVERIFY2(qAbs(got - expected) <= tolerance, qPrintable(QStringLiteral("got %1, expected %2").arg(got).arg(expected)));
}

void TestTokenEstimator::requestAddsFramingAndTools()
{
    const QJsonObject plain = QJsonDocument::fromJson(R"({"messages": [{"role": "system", "content": "hi"}, {"role": "user", "content": "hi"}]})").object();
    QCOMPARE(RequestFeatures::fromRequest(plain, ApiFormat::OpenAIChat).promptTokens(),
             TokenEstimator::kReplyPrimer + 2 * (TokenEstimator::kPerMessageOverhead + 1));
    QJsonObject withTools = plain;
    withTools.insert(QStringLiteral("tools"), QJsonDocument::fromJson(R"([{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}])").array());
    QVERIFY(RequestFeatures::fromRequest(withTools, ApiFormat::OpenAIChat).promptTokens() > RequestFeatures::fromRequest(plain, ApiFormat::OpenAIChat).promptTokens() + 8);
}

void TestTokenEstimator::growsWithLength()
{
    const QString para = QStringLiteral("Routing sends each request to the model that fits it best. ");
    const int one = TokenEstimator::estimateText(para);
    const int ten = TokenEstimator::estimateText(para.repeated(10));
    QVERIFY(ten >= 9 * one && ten <= 11 * one);
}

void TestTokenEstimator::utf8MatchesUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("english") << QStringLiteral("The quick brown fox's 1234 jumps; over   the dog.\n\nDone!");
    QTest::newRow("german") << QStringLiteral("Größenänderung der Übersetzung");
    QTest::newRow("cjk and emoji") << QStringLiteral("你好世界 😀👍 ok");
    QTest::newRow("code") << QStringLiteral("def f(x):\n    return x ** 2  # square");
    QTest::newRow("odd spaces") << QStringLiteral("a\u00a0b\u2009c\fd\te");
}

void TestTokenEstimator::utf8MatchesUtf16()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(TokenEstimator::estimateUtf8(std::string_view(utf8.constData(), size_t(utf8.size()))), TokenEstimator::estimateText(text));
}

QTEST_GUILESS_MAIN(TestTokenEstimator)
#include "tst_tokenestimator.moc"
