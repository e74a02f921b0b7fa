#include <QRegularExpression>
#include <QTest>

#include "routing/LiteralIndex.h"

using namespace sy;

class TestLiteralIndex : public QObject
{
    Q_OBJECT
private slots:
    void requiredLiteral_data();
    void requiredLiteral();
    void filterIsSound();
    void scanFindsEveryNeedle();
};

void TestLiteralIndex::requiredLiteral_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << "refund" << "refund";
    QTest::newRow("word boundaries") << "\\bticket-1\\d{3}\\b" << "ticket-1";
    QTest::newRow("escaped dot") << "config\\.yaml" << "config.yaml";
    QTest::newRow("optional char dropped") << "colou?r" << "colo";
    QTest::newRow("star drops char") << "abcd*ef" << "abc";
    QTest::newRow("plus keeps char") << "hello+world" << "hello"; // both runs are required; the first longest wins
    QTest::newRow("brace drops char") << "abcde{0,2}xyz" << "abcd";
    QTest::newRow("class breaks run") << "foo[abc]barbaz" << "barbaz";
    QTest::newRow("class with bracket") << "x[]]longword" << "longword";
    QTest::newRow("group skipped") << "(maybe)?sentence" << "sentence";
    QTest::newRow("group alternation inside") << "(a|b)required" << "required";
    QTest::newRow("top-level alternation") << "cat|dog" << "";
    QTest::newRow("inline options") << "(?i)Hello" << "";
    QTest::newRow("quoting") << "\\Qa.b\\E" << "";
    QTest::newRow("too short") << "ab.cd" << "";
    QTest::newRow("anchors") << "^select\\b" << "select";
    QTest::newRow("non-ascii") << "größe" << "";
    QTest::newRow("code fences") << "```|\\b(def|class)\\b" << "";
}

void TestLiteralIndex::requiredLiteral()
{
    QFETCH(QString, pattern);
    QFETCH(QString, literal);
    QCOMPARE(LiteralIndex::requiredLiteral(pattern), literal);
}

// Whenever the literal is absent from a text, the regex must not match it.
void TestLiteralIndex::filterIsSound()
{
    const QStringList patterns = {
        QStringLiteral("refund"), QStringLiteral("\\bticket-1\\d{3}\\b"), QStringLiteral("colou?r"),
        QStringLiteral("hello+world"), QStringLiteral("abcde{0,2}xyz"), QStringLiteral("foo[abc]barbaz"),
        QStringLiteral("(maybe)?sentence"), QStringLiteral("(a|b)required"), QStringLiteral("^select\\b"),
        QStringLiteral("x[]]longword"), QStringLiteral("config\\.yaml"), QStringLiteral("abcd*ef"),
    };
    const QStringList texts = {
        QStringLiteral("I want a REFUND now"), QStringLiteral("see ticket-1234 please"), QStringLiteral("ticket-12"),
        QStringLiteral("color and colour"), QStringLiteral("hellllloworld hellooooworld"), QStringLiteral("abcxyz abcdexyz abcdeexyz"),
        QStringLiteral("foobbarbaz"), QStringLiteral("sentence"), QStringLiteral("arequired"), QStringLiteral("SELECT * from t"),
        QStringLiteral("x]longword"), QStringLiteral("config.yaml"), QStringLiteral("abcef abcddef"), QString(),
        QStringLiteral("Straße ÄÖÜ ticket-1999"), QStringLiteral("selection"),
    };
    int skipped = 0;
    for (const QString &pattern : patterns) {
        for (bool caseInsensitive : {false, true}) {
            const QString literal = LiteralIndex::requiredLiteral(pattern);
            QVERIFY2(!literal.isEmpty(), qPrintable(pattern));
            QRegularExpression re(pattern, caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
            for (const QString &text : texts) {
                const bool literalPresent = caseInsensitive ? text.toLower().contains(literal.toLower()) : text.contains(literal);
                if (!literalPresent) {
                    ++skipped;
                    QVERIFY2(!re.match(text).hasMatch(), qPrintable(QStringLiteral("%1 on '%2'").arg(pattern, text)));
                }
            }
        }
    }
    QVERIFY(skipped > 100); // the filter actually skips most pairs
}

void TestLiteralIndex::scanFindsEveryNeedle()
{
    LiteralIndex index;
    const QStringList needles = {QStringLiteral("te"), QStringLiteral("ter"), QStringLiteral("terraform1"), QStringLiteral("terraform2"),
                                 QStringLiteral("kube"), QStringLiteral("xy"), QStringLiteral("team"), QStringLiteral("absent-needle")};
    std::vector<int> ids;
    for (const QString &n : needles)
        ids.push_back(index.add(n));
    QCOMPARE(index.add(QStringLiteral("kube")), ids[4]); // deduplicated
    std::vector<bool> found;
    const QString text = QStringLiteral("the team uses terraform2 on kube clusters; xy");
    index.scan(text, found);
    for (qsizetype i = 0; i < needles.size(); ++i)
        QVERIFY2(found[ids[i]] == text.contains(needles[i]), qPrintable(needles[i]));
    index.scan(QStringLiteral("t"), found);
    QVERIFY(std::none_of(found.begin(), found.end(), [](bool b) { return b; }));
}

QTEST_GUILESS_MAIN(TestLiteralIndex)
#include "tst_literalindex.moc"
