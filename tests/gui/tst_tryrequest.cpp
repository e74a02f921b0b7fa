#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTextBrowser>

#include "widgets/TryRequestPanel.h"

using namespace sy;

// Try a request against the demo's cheap-first policy: the decision and its trace, no model call.
class TestTryRequest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void samplesRouteByTheRules_data();
    void samplesRouteByTheRules();
    void headersFeedConditions();
    void badInputSaysWhere_data();
    void badInputSaysWhere();

private:
    QByteArray m_cheapFirst;
    QByteArray m_abTest;
};

void TestTryRequest::initTestCase()
{
    QFile a(QStringLiteral(":/demo/policies/cheap-first.json"));
    QVERIFY(a.open(QIODevice::ReadOnly));
    m_cheapFirst = a.readAll();
    QFile b(QStringLiteral(":/demo/policies/ab-test.json"));
    QVERIFY(b.open(QIODevice::ReadOnly));
    m_abTest = b.readAll();
}

void TestTryRequest::samplesRouteByTheRules_data()
{
    QTest::addColumn<int>("sample");
    QTest::addColumn<QString>("targets");
    QTest::newRow("short question: the cheap model first") << 1 << "sim-cloud/sim-mini";
    QTest::newRow("code: the strong model first") << 2 << "sim-cloud/sim-pro";
}

void TestTryRequest::samplesRouteByTheRules()
{
    QFETCH(int, sample);
    QFETCH(QString, targets);
    TryRequestPanel panel;
    panel.setPolicyDocument(m_cheapFirst);
    panel.sampleChooser()->setCurrentIndex(sample); // routes at once
    const QString text = panel.result()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Targets: ") + targets), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Features: prompt_tokens=")));
    QVERIFY(text.contains(QStringLiteral("route 'auto'")));
}

void TestTryRequest::headersFeedConditions()
{
    TryRequestPanel panel;
    panel.setPolicyDocument(m_abTest);
    panel.requestEdit()->setPlainText(QStringLiteral(R"({"model": "chat", "messages": [{"role": "user", "content": "hi"}]})"));
    // Without the sticky key each click draws anew (as each live request does): both arms show.
    const auto targetsAfterClicks = [&panel](int clicks) {
        QSet<QString> seen;
        for (int i = 0; i < clicks; ++i) {
            QTest::mouseClick(panel.routeButton(), Qt::LeftButton);
            seen.insert(panel.result()->toPlainText().section(u'\n', 0, 0));
        }
        return seen;
    };
    QCOMPARE(targetsAfterClicks(40).size(), 2); // a 50/50 split: one arm 40 times in a row is 1 in 5e11
    QTest::keyClicks(panel.headersEdit(), QStringLiteral("x-user-id: 42"));
    QTest::mouseClick(panel.routeButton(), Qt::LeftButton);
    const QString first = panel.result()->toPlainText();
    QVERIFY2(first.startsWith(QStringLiteral("Targets: ")), qPrintable(first));
    // The same user: the same arm on every click, whatever the draw.
    QCOMPARE(targetsAfterClicks(40), QSet<QString>{first.section(u'\n', 0, 0)});
    QVERIFY2(first.contains(QStringLiteral("x-user-id")), qPrintable(first)); // the trace names the sticky key
}

void TestTryRequest::badInputSaysWhere_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("says");
    QTest::newRow("request not JSON") << QByteArray() << QStringLiteral("{\n  \"model\": \"auto\",\n  oops\n}") << "not valid JSON" ;
    QTest::newRow("request not an object") << QByteArray() << QStringLiteral("[1, 2]") << "must be a JSON object";
    QTest::newRow("unknown route") << QByteArray() << QStringLiteral(R"({"model": "nope", "messages": []})") << "No route is called nope";
    QTest::newRow("invalid policy") << QByteArray(R"({"format": "switchyard.policy", "version": 1})")
                                    << QStringLiteral(R"({"model": "auto", "messages": []})") << "The policy is not valid";
}

void TestTryRequest::badInputSaysWhere()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, request);
    QFETCH(QString, says);
    TryRequestPanel panel;
    panel.setPolicyDocument(policy.isEmpty() ? m_cheapFirst : policy);
    panel.requestEdit()->setPlainText(request);
    panel.route();
    const QString text = panel.result()->toPlainText();
    QVERIFY2(text.contains(says), qPrintable(text));
    if (says == u"not valid JSON")
        QVERIFY2(text.contains(QStringLiteral("line 3")), qPrintable(text));
}

QTEST_MAIN(TestTryRequest)
#include "tst_tryrequest.moc"
