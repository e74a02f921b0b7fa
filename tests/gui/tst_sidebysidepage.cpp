// The Side by Side page on the demo workspace: columns stream answers from the simulated models,
// the chat goes on, votes are kept and tallied, prompts join a set, columns are remembered.
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include "playground/SideBySide.h"
#include "session/WorkspaceSession.h"
#include "sidebyside/AnswerColumn.h"
#include "sidebyside/SideBySidePage.h"

using namespace sy;

class TestSideBySidePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sendsToEveryColumnAndShowsFigures();
    void theChatGoesOnAndAVoteIsKept();
    void columnsAreBoundedAndRemembered();
    void promptJoinsAPromptSet();
    void emptyWorkspaceSaysWhatToDo();

private:
    void waitForColumns(SideBySidePage &page);
    void sendAndWait(SideBySidePage &page, const QString &text);
    QTemporaryDir m_dir;
    WorkspaceSession m_session;
};

void TestSideBySidePage::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSignalSpy opened(&m_session, &WorkspaceSession::opened);
    m_session.open(m_dir.filePath(QStringLiteral("demo.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
}

void TestSideBySidePage::waitForColumns(SideBySidePage &page)
{
    m_session.reload(); // the page learns the providers and policies as the workbench does
    QTRY_VERIFY_WITH_TIMEOUT(page.columnCount() >= 2 && page.column(0)->chooser()->count() > 3, 10000);
}

void TestSideBySidePage::sendAndWait(SideBySidePage &page, const QString &text)
{
    QSignalSpy turn(page.chat(), &SideBySide::turnFinished);
    page.input()->setPlainText(text);
    QVERIFY(page.sendButton()->isEnabled());
    QTest::mouseClick(page.sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 20000);
}

void TestSideBySidePage::sendsToEveryColumnAndShowsFigures()
{
    SideBySidePage page(&m_session);
    page.resize(1024, 640);
    page.show();
    waitForColumns(page);
    QCOMPARE(page.columnCount(), 2);
    // On a wide window the number box keeps its own width; the system prompt takes the rest.
    page.resize(1600, 900);
    QApplication::processEvents();
    QSpinBox *maxTokens = nullptr;
    for (QSpinBox *box : page.findChildren<QSpinBox *>())
        if (box->accessibleName() == u"Max tokens")
            maxTokens = box;
    QVERIFY(maxTokens);
    QTRY_VERIFY2(maxTokens->width() <= maxTokens->sizeHint().width() + 2, qPrintable(QString::number(maxTokens->width())));
    page.resize(1024, 640);
    // Two different models to start with.
    QVERIFY(page.column(0)->candidate() != page.column(1)->candidate());
    QVERIFY(!page.sendButton()->isEnabled()); // nothing typed yet
    QSignalSpy updated(page.chat(), &SideBySide::answerUpdated);
    sendAndWait(page, QStringLiteral("What is 12 + 30?"));
    QVERIFY(updated.count() >= 1); // text arrived before the end
    for (int i = 0; i < page.columnCount(); ++i) {
        AnswerColumn *c = page.column(i);
        QVERIFY2(c->lastAnswer().ok(), qPrintable(c->lastAnswer().error));
        QVERIFY(c->transcript()->toPlainText().contains(QStringLiteral("What is 12 + 30?")));
        QVERIFY(c->transcript()->toPlainText().contains(c->lastAnswer().text.left(20).trimmed()));
        const QString figures = c->figures()->text();
        QVERIFY2(figures.contains(QStringLiteral("TTFT")) && figures.contains(QStringLiteral("tok/s")) && figures.contains(QStringLiteral("$")),
                 qPrintable(figures));
        QVERIFY(figures.contains(QStringLiteral("Served by")));
        QVERIFY(c->voteButton()->isEnabled());
    }
    QVERIFY(page.input()->toPlainText().isEmpty());
}

void TestSideBySidePage::theChatGoesOnAndAVoteIsKept()
{
    SideBySidePage page(&m_session);
    page.show();
    waitForColumns(page);
    // A route column too: its decision names the model the policy chose.
    const int route = page.column(1)->chooser()->findText(QStringLiteral("cheap-first:auto"));
    QVERIFY(route >= 0);
    page.column(1)->chooser()->setCurrentIndex(route);
    sendAndWait(page, QStringLiteral("Name a colour."));
    QVERIFY(!page.column(1)->lastAnswer().model.isEmpty());
    sendAndWait(page, QStringLiteral("And another one?"));
    QCOMPARE(page.chat()->turnCount(), 2);
    QCOMPARE(page.chat()->conversation(0).size(), 4);
    QVERIFY(page.column(0)->transcript()->toPlainText().contains(QStringLiteral("Name a colour.")));
    QVERIFY(page.column(0)->transcript()->toPlainText().contains(QStringLiteral("And another one?")));

    QSignalSpy kept(&page, &SideBySidePage::voteKept);
    QTest::mouseClick(page.column(1)->voteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 10000);
    QVERIFY(!page.column(0)->voteButton()->isEnabled());
    QVERIFY(!page.tieButton()->isEnabled()); // one vote a turn
    QTRY_VERIFY_WITH_TIMEOUT(page.tallyLabel()->text().contains(QStringLiteral("cheap-first:auto: 1 won")), 10000);
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("cheap-first:auto")));
}

void TestSideBySidePage::columnsAreBoundedAndRemembered()
{
    QStringList chosen;
    {
        SideBySidePage page(&m_session);
        waitForColumns(page);
        QVERIFY(!page.column(0)->removeButton()->isEnabled()); // never fewer than two
        while (page.columnCount() < SideBySide::kMaxColumns)
            page.addColumn();
        page.addColumn();
        QCOMPARE(page.columnCount(), SideBySide::kMaxColumns);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("addColumn"))->isEnabled());
        QTest::mouseClick(page.column(2)->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(page.columnCount(), SideBySide::kMaxColumns - 1);
        chosen = page.candidateLabels();
    }
    SideBySidePage again(&m_session);
    waitForColumns(again);
    QCOMPARE(again.candidateLabels(), chosen);
    while (again.columnCount() > 2)
        again.removeColumn(again.columnCount() - 1);
}

void TestSideBySidePage::promptJoinsAPromptSet()
{
    SideBySidePage page(&m_session);
    waitForColumns(page);
    QVERIFY(!page.addToSetButton()->isEnabled()); // no prompt yet
    sendAndWait(page, QStringLiteral("Summarise the plot of Hamlet in one line."));
    QVERIFY(page.addToSetButton()->isEnabled());
    QSignalSpy added(this, &QObject::objectNameChanged);
    page.addPromptToSet(QStringLiteral("from side by side"), [this](const QString &error) { setObjectName(error.isEmpty() ? QStringLiteral("added") : error); });
    QTRY_COMPARE_WITH_TIMEOUT(objectName(), QStringLiteral("added"), 10000);
    PromptSet set;
    m_session.loadPromptSet(QStringLiteral("from side by side"), [&set](const PromptSet &s) { set = s; });
    QTRY_COMPARE_WITH_TIMEOUT(int(set.items.size()), 1, 10000);
    QCOMPARE(set.items[0].messages.last()[QStringLiteral("content")].toString(), QStringLiteral("Summarise the plot of Hamlet in one line."));
}

void TestSideBySidePage::emptyWorkspaceSaysWhatToDo()
{
    WorkspaceSession empty;
    QSignalSpy opened(&empty, &WorkspaceSession::opened);
    empty.open(m_dir.filePath(QStringLiteral("empty.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    SideBySidePage page(&empty);
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("add a provider")));
    QVERIFY(!page.sendButton()->isEnabled());
}

QTEST_MAIN(TestSideBySidePage)
#include "tst_sidebysidepage.moc"
