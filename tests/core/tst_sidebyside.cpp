// Side by side: one chat streamed to several candidates at once, through their real proxy path,
// with each column's own conversation, figures and decision; failures, cuts and stops per column.
#include <QSignalSpy>
#include <QtTest>

#include "mock/MockProvider.h"
#include "playground/SideBySide.h"

using namespace sy;

class TestSideBySide : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void streamsEveryColumnWithItsFigures();
    void theChatContinuesInEveryColumn();
    void aFailingColumnSaysSoAndTheOthersAnswer_data();
    void aFailingColumnSaysSoAndTheOthersAnswer();
    void stopEndsHangingAnswers();
    void columnCountIsBounded();

private:
    SideBySide::Setup setup(const QStringList &models) const;
    std::vector<ProviderSpec> m_providers;
    std::unique_ptr<MockServer> m_mock;
};

void TestSideBySide::initTestCase()
{
    MockConfig config;
    config.models = {MockModel::steady(QStringLiteral("small"), 20, 400, 40), MockModel::steady(QStringLiteral("large"), 60, 200, 30)};
    MockModel broken = MockModel::steady(QStringLiteral("broken"), 1, 4000, 5);
    broken.faults.errorRate = 1;
    MockModel cut = MockModel::steady(QStringLiteral("cut"), 5, 400, 40);
    cut.faults.dropRate = 1;
    MockModel garbled = MockModel::steady(QStringLiteral("garbled"), 5, 400, 40);
    garbled.faults.malformedRate = 1;
    MockModel hanging = MockModel::steady(QStringLiteral("hanging"), 5, 400, 40);
    hanging.faults.hangRate = 1;
    config.models.insert(config.models.end(), {broken, cut, garbled, hanging});
    m_mock = std::make_unique<MockServer>(config, 2);
    QVERIFY(m_mock->listen());
    ProviderSpec sim;
    sim.id = QStringLiteral("sim");
    sim.baseUrl = m_mock->baseUrl();
    for (const char *id : {"small", "large", "broken", "cut", "garbled", "hanging"}) {
        ModelSpec m;
        m.id = QString::fromLatin1(id);
        m.pricing = Pricing::perMTok(1, 2);
        sim.models.push_back(m);
    }
    m_providers = {sim};
}

void TestSideBySide::init()
{
    // The network side lives on its own thread: a timer touched from another is a bug.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Timers cannot be (started|stopped) from another thread")));
}

SideBySide::Setup TestSideBySide::setup(const QStringList &models) const
{
    SideBySide::Setup s;
    for (const QString &m : models)
        s.candidates.push_back(*ReplayCandidate::forModel(m_providers, QStringLiteral("sim/") + m));
    s.credentials = [](const CredentialRef &) { return CredentialResult{}; };
    return s;
}

void TestSideBySide::streamsEveryColumnWithItsFigures()
{
    SideBySide chat;
    QCOMPARE(chat.start(setup({QStringLiteral("small"), QStringLiteral("large")})), QString());
    QSignalSpy updated(&chat, &SideBySide::answerUpdated);
    QSignalSpy finished(&chat, &SideBySide::answerFinished);
    QSignalSpy turn(&chat, &SideBySide::turnFinished);
    QVERIFY(chat.ask(QStringLiteral("Say hello.")));
    QVERIFY(chat.isBusy());
    QVERIFY(!chat.ask(QStringLiteral("Not while answering.")));
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 15000);
    QCOMPARE(finished.count(), 2);
    QVERIFY2(updated.count() >= 2, "the text arrives while it streams, before the end");
    for (const QList<QVariant> &args : finished) {
        const auto a = args.at(0).value<SideBySideAnswer>();
        QVERIFY2(a.ok(), qPrintable(a.error));
        QVERIFY(!a.text.isEmpty());
        QVERIFY(a.ttftMs > 0 && a.ttftMs < a.latencyMs);
        QVERIFY(a.inputTokens > 0);
        QCOMPARE(a.outputTokens, a.column == 0 ? 40 : 30);
        QVERIFY(a.costUsd > 0);
        QVERIFY(a.tokensPerSecond() > 0);
        QCOMPARE(a.provider, QStringLiteral("sim"));
        QCOMPARE(a.model, a.column == 0 ? QStringLiteral("small") : QStringLiteral("large"));
        QCOMPARE(a.targets, QStringList{QStringLiteral("sim/") + a.model});
    }
    QVERIFY(!chat.isBusy());
}

void TestSideBySide::theChatContinuesInEveryColumn()
{
    SideBySide chat;
    QCOMPARE(chat.start(setup({QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("small")})), QString());
    QSignalSpy finished(&chat, &SideBySide::answerFinished);
    QSignalSpy turn(&chat, &SideBySide::turnFinished);
    QVERIFY(chat.ask(QStringLiteral("What is 2 + 2?")));
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 15000);
    QVERIFY(chat.ask(QStringLiteral("And times 3?")));
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 2, 15000);
    QCOMPARE(chat.turnCount(), 2);
    for (int column = 0; column < 3; ++column) {
        const QJsonArray c = chat.conversation(column);
        QCOMPARE(c.size(), 4); // user, assistant, user, assistant
        QCOMPARE(c[1][QStringLiteral("role")].toString(), QStringLiteral("assistant"));
        QCOMPARE(c[2][QStringLiteral("content")].toString(), QStringLiteral("And times 3?"));
    }
    // The second turn sent the first answer along: more input tokens than the first.
    QHash<int, qint64> firstInput;
    for (const QList<QVariant> &args : finished) {
        const auto a = args.at(0).value<SideBySideAnswer>();
        if (!firstInput.contains(a.column))
            firstInput[a.column] = a.inputTokens;
        else
            QVERIFY2(a.inputTokens > firstInput[a.column] + 10, qPrintable(QString::number(a.inputTokens)));
    }
}

void TestSideBySide::aFailingColumnSaysSoAndTheOthersAnswer_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("error"); // a part of the message
    QTest::newRow("500") << QStringLiteral("broken") << QStringLiteral("500");
    QTest::newRow("cut mid-stream") << QStringLiteral("cut") << QString();
    QTest::newRow("garbled") << QStringLiteral("garbled") << QString();
}

void TestSideBySide::aFailingColumnSaysSoAndTheOthersAnswer()
{
    QFETCH(QString, model);
    QFETCH(QString, error);
    SideBySide chat;
    QCOMPARE(chat.start(setup({QStringLiteral("small"), model})), QString());
    QSignalSpy finished(&chat, &SideBySide::answerFinished);
    QSignalSpy turn(&chat, &SideBySide::turnFinished);
    QVERIFY(chat.ask(QStringLiteral("Say hello.")));
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 20000);
    for (const QList<QVariant> &args : finished) {
        const auto a = args.at(0).value<SideBySideAnswer>();
        if (a.column == 0) {
            QVERIFY2(a.ok(), qPrintable(a.error));
        } else {
            QVERIFY2(!a.ok(), "a broken answer is never a success");
            QVERIFY(!a.error.isEmpty());
            QVERIFY2(a.error.contains(error), qPrintable(a.error));
            qInfo("column %d: status %d, %s", a.column, a.status, qPrintable(a.error));
        }
    }
    // The failed column's conversation has no answer in it; the next turn asks again from there.
    QCOMPARE(chat.conversation(0).size(), 2);
    QCOMPARE(chat.conversation(1).size(), 1);
}

void TestSideBySide::stopEndsHangingAnswers()
{
    SideBySide chat;
    QCOMPARE(chat.start(setup({QStringLiteral("small"), QStringLiteral("hanging")})), QString());
    QSignalSpy finished(&chat, &SideBySide::answerFinished);
    QSignalSpy turn(&chat, &SideBySide::turnFinished);
    QVERIFY(chat.ask(QStringLiteral("Say hello.")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); // the healthy column
    QVERIFY(chat.isBusy());
    chat.stop();
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 5000);
    const auto stopped = finished.last().at(0).value<SideBySideAnswer>();
    QCOMPARE(stopped.column, 1);
    QCOMPARE(stopped.error, QStringLiteral("stopped"));
    QVERIFY(!chat.isBusy());
    QVERIFY(chat.ask(QStringLiteral("Again.")));
    chat.stop();
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 2, 15000);
}

void TestSideBySide::columnCountIsBounded()
{
    SideBySide chat;
    QVERIFY(!chat.start(setup({QStringLiteral("small")})).isEmpty());
    QStringList nine;
    for (int i = 0; i < 9; ++i)
        nine.append(QStringLiteral("small"));
    QVERIFY(!chat.start(setup(nine)).isEmpty());
    nine.removeLast();
    QCOMPARE(chat.start(setup(nine)), QString());
    QCOMPARE(chat.columnCount(), 8);
}

QTEST_GUILESS_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
