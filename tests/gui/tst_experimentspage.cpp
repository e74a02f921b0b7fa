// The Experiments page on a real workspace: arms with their figures, the verdicts, the arms
// model under the tester, the empty state, and feedback joined by request id.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "feedback/Feedback.h"
#include "models/ExperimentArmsModel.h"
#include "pages/ExperimentsPage.h"
#include "session/WorkspaceSession.h"
#include "store/FeedbackStore.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"
#include <QPushButton>
#include "PolicyFixture.h"
#include "rollout/Rollout.h"

using namespace sy;

class TestExperimentsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void armsAndVerdicts();
    void armsModelPassesTheTester();
    void emptyLogSaysWhatToDo();
    void rolloutStepsFromThePage();

private:
    bool write(const Workspace::WriteJob &job);
    QTemporaryDir m_dir;
    WorkspaceSession m_session;
    WorkspaceSession m_emptySession;
};

bool TestExperimentsPage::write(const Workspace::WriteJob &job)
{
    QSignalSpy written(this, &QObject::objectNameChanged);
    setObjectName(QString());
    m_session.workspace()->write(job, this, [this](const QString &error) { setObjectName(error.isEmpty() ? QStringLiteral("ok") : error); });
    return written.wait(10000) && objectName() == QStringLiteral("ok");
}

void TestExperimentsPage::initTestCase()
{
    QSignalSpy opened(&m_session, &WorkspaceSession::opened);
    QSignalSpy openedEmpty(&m_emptySession, &WorkspaceSession::opened);
    m_session.open(m_dir.filePath(QStringLiteral("e.switchyard")), false);
    m_emptySession.open(m_dir.filePath(QStringLiteral("empty.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(openedEmpty.count(), 1, 10000);
    // An hour of a 90/10 canary: the canary's users like 9 answers in 10, the incumbent's 5 in 10.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<RequestLogEntry> rows;
    std::vector<Feedback> feedback;
    for (int i = 0; i < 400; ++i) {
        RequestLogEntry e;
        const bool canary = i % 10 == 0;
        e.timestampMs = now - 60 * 60 * 1000 + i * 1000;
        e.route = QStringLiteral("chat");
        e.experiment = QStringLiteral("$.routes[0].root");
        e.arm = canary ? QStringLiteral("canary") : QStringLiteral("incumbent");
        e.armShare = canary ? 0.1 : 0.9;
        e.status = 200;
        e.attempts = 1;
        e.latencyMs = canary ? 300 + i % 7 : 400 + i % 11;
        e.costUsd = canary ? 0.002 : 0.001;
        e.requestId = QStringLiteral("req-%1").arg(i);
        rows.push_back(e);
        Feedback f;
        f.timestampMs = e.timestampMs + 10;
        f.requestId = e.requestId;
        f.source = QStringLiteral("api");
        f.score = canary ? (i % 100 == 0 ? 0 : 1) : (i % 2 ? 1 : 0);
        feedback.push_back(f);
    }
    QVERIFY(write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); }));
    QVERIFY(write([feedback](QSqlDatabase &db) { return FeedbackStore::insert(db, feedback); }));
}

void TestExperimentsPage::armsAndVerdicts()
{
    ExperimentsPage page(&m_session);
    page.resize(1000, 640);
    QSignalSpy loaded(&page, &ExperimentsPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(int(page.experiments().size()), 1);
    QCOMPARE(page.currentExperiment(), 0);
    QCOMPARE(page.arms()->rowCount(), 2);
    QCOMPARE(page.arms()->arm(0).label, QStringLiteral("incumbent")); // the control: the larger share
    QCOMPARE(page.arms()->arm(1).requests, qint64(40));
    QCOMPARE(page.arms()->arm(1).feedbackCount, qint64(40));
    QVERIFY(page.arms()->data(page.arms()->index(0, ExperimentArmsModel::Arm)).toString().contains(QStringLiteral("control")));
    QCOMPARE(page.arms()->data(page.arms()->index(1, ExperimentArmsModel::Share)).toString(), QStringLiteral("10%"));
    const QString verdicts = page.verdictsLabel()->text();
    QVERIFY2(verdicts.contains(QStringLiteral("arm <b>canary</b> is better than incumbent with 95% confidence")), qPrintable(verdicts));
    QVERIFY2(verdicts.contains(QStringLiteral("<b>cost</b>: arm <b>incumbent</b> is better")), qPrintable(verdicts));
    QVERIFY2(page.stateLabel()->text().contains(QStringLiteral("400 requests")), qPrintable(page.stateLabel()->text()));
    // Read again (as the minute timer does): the same experiment stays chosen.
    page.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.currentExperiment(), 0);
}

void TestExperimentsPage::armsModelPassesTheTester()
{
    ExperimentArmsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArmReadout a;
    a.label = QStringLiteral("A");
    a.requests = 10;
    ArmReadout b = a;
    b.label = QStringLiteral("B");
    model.setArms({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, ExperimentArmsModel::Quality)).toString(), QStringLiteral("—"));
    model.setArms({});
    QCOMPARE(model.rowCount(), 0);
}

void TestExperimentsPage::emptyLogSaysWhatToDo()
{
    ExperimentsPage page(&m_emptySession);
    QSignalSpy loaded(&page, &ExperimentsPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.currentExperiment(), -1);
    QCOMPARE(page.arms()->rowCount(), 0);
    QVERIFY2(page.stateLabel()->text().contains(QStringLiteral("/v1/feedback")), qPrintable(page.stateLabel()->text()));
}

void TestExperimentsPage::rolloutStepsFromThePage()
{
    test::PolicyFixture fixture(QStringLiteral("served"));
    fixture.offlineProvider(QStringLiteral("p"), {QStringLiteral("old"), QStringLiteral("new")});
    fixture.route(QStringLiteral("chat"), test::target(QStringLiteral("p/old")));
    const Policy original = fixture.policy();
    std::optional<Policy> served; // none: the proxy is stopped
    QStringList comments;
    ExperimentsPage page(&m_session);
    page.setRolloutTarget({[&served] { return served; },
                           [&](const Policy &p, const QString &comment) {
                               served = p;
                               comments << comment;
                           }});
    QSignalSpy loaded(&page, &ExperimentsPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!page.tryButton()->isEnabled());
    QVERIFY(page.rolloutLabel()->text().contains(QStringLiteral("Start the proxy")));
    served = original;
    page.refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.tryButton()->isEnabled() && !page.canaryButton()->isEnabled() && !page.rollBackButton()->isEnabled());

    QCOMPARE(page.tryModel(QStringLiteral("chat"), QStringLiteral("p/new"), 0.1, 2), QString());
    QCOMPARE(Rollout::stateOf(*served, QStringLiteral("chat")).stage, Rollout::Stage::Shadow);
    QCOMPARE(comments.last(), QStringLiteral("chat: shadow test of p/new (10% of requests, $2 a day)"));
    QVERIFY(page.canaryButton()->isEnabled() && page.rollBackButton()->isEnabled() && !page.promoteButton()->isEnabled());
    QCOMPARE(page.startCanary(5), QString());
    QCOMPARE(served->routes[0].root.kind, NodeKind::Weighted);
    QCOMPARE(comments.last(), QStringLiteral("chat: canary p/new at 5%"));
    QVERIFY(page.promoteButton()->isEnabled() && !page.canaryButton()->isEnabled());
    QVERIFY(page.rolloutLabel()->text().contains(QStringLiteral("canary p/new at 5%")));
    QCOMPARE(page.promote(), QString());
    QCOMPARE(served->routes[0].root.target.model, QStringLiteral("p/new"));
    QCOMPARE(page.rollBack(), QString());
    QCOMPARE(*served, original);
    QCOMPARE(comments.size(), 4);
    QVERIFY(!page.rollBackButton()->isEnabled());
    QVERIFY(!page.promote().isEmpty()); // nothing to promote: refused, nothing applied
    QCOMPARE(comments.size(), 4);
}

QTEST_MAIN(TestExperimentsPage)
#include "tst_experimentspage.moc"
