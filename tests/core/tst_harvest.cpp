// Logged traffic into prompt sets: what the redactor takes out (and what it leaves), and the
// selection from a real workspace's log by route, arm, client and feedback.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "feedback/Feedback.h"
#include "harvest/LogHarvest.h"
#include "redaction/Redactor.h"
#include "store/FeedbackStore.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

class TestHarvest : public QObject
{
    Q_OBJECT

private slots:
    void redacts_data();
    void redacts();
    void customPatterns();
    void selectsFromTheLog();
};

void TestHarvest::redacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("e-mail") << QStringLiteral("Write to jane.doe+work@example.co.uk today") << QStringLiteral("Write to [EMAIL] today");
    QTest::newRow("international phone") << QStringLiteral("Call +49 30 1234567 or") << QStringLiteral("Call [PHONE] or");
    QTest::newRow("US phone") << QStringLiteral("at (555) 123-4567.") << QStringLiteral("at [PHONE].");
    QTest::newRow("grouped phone") << QStringLiteral("mobile 0171 234 5678") << QStringLiteral("mobile [PHONE]");
    QTest::newRow("OpenAI key") << QStringLiteral("key sk-proj-abcdefghijklmnopqrstuv123") << QStringLiteral("key [KEY]");
    QTest::newRow("Anthropic key") << QStringLiteral("sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv") << QStringLiteral("[KEY]");
    QTest::newRow("AWS key id") << QStringLiteral("AKIAIOSFODNN7EXAMPLE is mine") << QStringLiteral("[KEY] is mine");
    QTest::newRow("GitHub token") << QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyzAB") << QStringLiteral("[KEY]");
    QTest::newRow("labelled token") << QStringLiteral("password: hunter2hunter2!") << QStringLiteral("password: [KEY]!");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.def-ghi_jkl012") << QStringLiteral("Authorization: Bearer [KEY]");
    QTest::newRow("hex secret") << QStringLiteral("digest 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                << QStringLiteral("digest [KEY]");
    QTest::newRow("Chinese text with a phone") << QStringLiteral("请拨打 +86 10 8888 6666 联系") << QStringLiteral("请拨打 [PHONE] 联系");
    // What stays: years, prices, versions, short numbers, ordinary long words, URLs without secrets.
    QTest::newRow("year and price") << QStringLiteral("In 2024 it cost $1,299.00") << QStringLiteral("In 2024 it cost $1,299.00");
    QTest::newRow("version") << QStringLiteral("Python 3.11.4 on Debian 12") << QStringLiteral("Python 3.11.4 on Debian 12");
    QTest::newRow("long word") << QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitän") << QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitän");
    QTest::newRow("date") << QStringLiteral("on 2026-12-06 at 12:30") << QStringLiteral("on 2026-12-06 at 12:30");
    QTest::newRow("url") << QStringLiteral("see https://example.com/docs/page") << QStringLiteral("see https://example.com/docs/page");
}

void TestHarvest::redacts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    std::vector<Redactor::Finding> findings;
    QCOMPARE(Redactor().redact(text, &findings), expected);
    QCOMPARE(findings.empty(), text == expected);
}

void TestHarvest::customPatterns()
{
    Redactor redactor(Redactor::Email);
    QString error;
    QVERIFY(redactor.addPattern(QStringLiteral("ticket"), QStringLiteral("\\bACME-\\d{4,}\\b"), &error));
    QVERIFY(!redactor.addPattern(QStringLiteral("bad"), QStringLiteral("(unclosed"), &error));
    QVERIFY(error.contains(QStringLiteral("not a valid pattern")));
    QVERIFY(!redactor.addPattern(QStringLiteral("everything"), QStringLiteral("x*"), &error));
    std::vector<Redactor::Finding> findings;
    QCOMPARE(redactor.redact(QStringLiteral("ACME-12345 from a@b.io, call 030 1234567"), &findings),
             QStringLiteral("[TICKET] from [EMAIL], call 030 1234567")); // phones were not asked for
    QCOMPARE(findings.size(), size_t(2));
    QCOMPARE(findings[0].kind, QStringLiteral("ticket"));
    QCOMPARE(findings[0].original, QStringLiteral("ACME-12345"));
}

void TestHarvest::selectsFromTheLog()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(dir.filePath(QStringLiteral("h.switchyard")), &error);
    QVERIFY2(ws, qPrintable(error));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto row = [&](const QString &id, const QString &route, const QString &arm, int status, const QByteArray &body, const QByteArray &answer) {
        RequestLogEntry e;
        e.timestampMs = now - 1000;
        e.requestId = id;
        e.route = route;
        e.arm = arm;
        e.status = status;
        e.provider = QStringLiteral("p");
        e.model = QStringLiteral("m");
        e.client = QStringLiteral("app");
        e.requestBody = QString::fromUtf8(body);
        e.responseBody = QString::fromUtf8(answer);
        return e;
    };
    const QByteArray openai = R"({"model":"chat","messages":[{"role":"user","content":"Mail bob@example.com about it"}]})";
    const QByteArray anthropic = R"({"model":"chat","max_tokens":50,"system":"Be brief.","messages":[{"role":"user","content":[{"type":"text","text":"My key is sk-ant-api03-AbCdEfGhIjKlMnOpQrSt"}]}]})";
    const QByteArray answer = R"({"choices":[{"message":{"role":"assistant","content":"Done: wrote to bob@example.com"}}]})";
    std::vector<RequestLogEntry> rows{row(QStringLiteral("r1"), QStringLiteral("chat"), QStringLiteral("A"), 200, openai, answer),
                                      row(QStringLiteral("r2"), QStringLiteral("chat"), QStringLiteral("B"), 200, anthropic, {}),
                                      row(QStringLiteral("r3"), QStringLiteral("chat"), QStringLiteral("A"), 200, {}, {}),  // no body logged
                                      row(QStringLiteral("r4"), QStringLiteral("chat"), QStringLiteral("A"), 502, openai, {}), // failed
                                      row(QStringLiteral("r5"), QStringLiteral("code"), QString(), 200, openai, answer)};
    Feedback liked;
    liked.requestId = QStringLiteral("r1");
    liked.score = 1;
    liked.source = QStringLiteral("api");
    Feedback disliked = liked;
    disliked.requestId = QStringLiteral("r2");
    disliked.score = 0;
    ws->write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); });
    ws->write([liked, disliked](QSqlDatabase &db) { return FeedbackStore::insert(db, {liked, disliked}); });
    ws->waitForWrites();
    QSqlDatabase db = ws->connectionForThisThread();

    LogHarvest::Filter filter;
    filter.toMs = now + 1;
    filter.route = QStringLiteral("chat");
    LogHarvest::Selection all = LogHarvest::select(db, filter);
    QCOMPARE(all.matched, 3); // r1, r2, r3: the failed one is left out
    QCOMPARE(all.withoutBody, 1);
    QCOMPARE(int(all.requests.size()), 2);
    filter.feedback = LogHarvest::FeedbackFilter::Liked;
    QCOMPARE(int(LogHarvest::select(db, filter).requests.size()), 1);
    filter.feedback = LogHarvest::FeedbackFilter::Any;
    filter.arm = QStringLiteral("B");
    const LogHarvest::Selection b = LogHarvest::select(db, filter);
    QCOMPARE(int(b.requests.size()), 1);
    QCOMPARE(b.requests[0].feedback, 0.0);
    // Anthropic's request reads as chat messages, its system prompt first.
    QCOMPARE(b.requests[0].messages.first()[QStringLiteral("role")].toString(), QStringLiteral("system"));

    const LogHarvest::Redacted set = LogHarvest::toPromptSet(QStringLiteral("from traffic"), all.requests, Redactor());
    QCOMPARE(int(set.set.items.size()), 2);
    const QByteArray jsonl = PromptSetReader::toJsonl(set.set.items);
    QVERIFY2(!jsonl.contains("bob@example.com") && !jsonl.contains("sk-ant-"), jsonl.constData());
    QVERIFY(jsonl.contains("[EMAIL]") && jsonl.contains("[KEY]"));
    QCOMPARE(set.findings.size(), size_t(3)); // the address twice (prompt and answer), the key once
    for (const PromptItem &item : set.set.items)
        if (item.externalId == QStringLiteral("r1")) {
            QCOMPARE(item.reference, QStringLiteral("Done: wrote to [EMAIL]"));
            QCOMPARE(item.metadata[QStringLiteral("feedback")].toDouble(), 1.0);
        }
}

QTEST_GUILESS_MAIN(TestHarvest)
#include "tst_harvest.moc"
