// Rollout steps on a policy: shadow test, canary, all traffic, and back to the route as it was.
#include <QtTest>

#include "PolicyFixture.h"
#include "rollout/Rollout.h"

using namespace sy;

class TestRollout : public QObject
{
    Q_OBJECT

private slots:
    void stepsAndBack();
    void refusedSteps_data();
    void refusedSteps();

private:
    static Policy start();
};

Policy TestRollout::start()
{
    test::PolicyFixture fixture(QStringLiteral("rollout"));
    fixture.offlineProvider(QStringLiteral("p"), {QStringLiteral("old"), QStringLiteral("new")});
    fixture.route(QStringLiteral("chat"), test::fallback(QJsonArray{test::target(QStringLiteral("p/old")), test::target(QStringLiteral("p/new"))}));
    fixture.route(QStringLiteral("other"), test::target(QStringLiteral("p/old")));
    return fixture.policy();
}

void TestRollout::stepsAndBack()
{
    const Policy original = start();
    Policy p = original;
    QCOMPARE(Rollout::startShadow(p, QStringLiteral("chat"), QStringLiteral("p/new"), 0.2, 3), QString());
    QCOMPARE(Rollout::stateOf(p, QStringLiteral("chat")).stage, Rollout::Stage::Shadow);
    QCOMPARE(p.routes[0].shadow->targets, QStringList{QStringLiteral("p/new")});
    QCOMPARE(p.routes[0].root, original.routes[0].root); // nothing served changes yet
    const QJsonObject evidence{{QStringLiteral("route"), QStringLiteral("chat")}};
    QCOMPARE(Rollout::startCanary(p, QStringLiteral("chat"), QStringLiteral("p/new"), 10, evidence), QString());
    QVERIFY(!p.routes[0].shadow);
    QCOMPARE(p.routes[0].root.kind, NodeKind::Weighted);
    QCOMPARE(p.routes[0].root.arms[0].node, original.routes[0].root); // the incumbent is the old root, whole
    QCOMPARE(p.routes[0].root.arms[0].weight, 90.0);
    QCOMPARE(p.routes[0].root.arms[1].node.target.model, QStringLiteral("p/new"));
    QCOMPARE(Rollout::describe(p, QStringLiteral("chat")), QStringLiteral("chat: canary p/new at 10%"));
    QCOMPARE(Rollout::promote(p, QStringLiteral("chat"), evidence), QString());
    QCOMPARE(p.routes[0].root.kind, NodeKind::Target);
    QCOMPARE(p.routes[0].root.target.model, QStringLiteral("p/new"));
    QCOMPARE(p.routes[1], original.routes[1]); // other routes untouched throughout
    const QJsonArray steps = p.metadata[QStringLiteral("rollout")][QStringLiteral("chat")][QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[1][QStringLiteral("evidence")].toObject(), evidence);
    QCOMPARE(Rollout::rollBack(p, QStringLiteral("chat")), QString());
    QCOMPARE(p, original); // exactly as it was, metadata included
    QCOMPARE(Rollout::stateOf(p, QStringLiteral("chat")).stage, Rollout::Stage::None);
}

void TestRollout::refusedSteps_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown route") << QStringLiteral("shadow:nope") << QStringLiteral("no route 'nope'");
    QTest::newRow("unknown model") << QStringLiteral("shadow-model:p/zz") << QStringLiteral("is not a model");
    QTest::newRow("no budget") << QStringLiteral("shadow-budget:0") << QStringLiteral("daily budget");
    QTest::newRow("canary at 100%") << QStringLiteral("canary:100") << QStringLiteral("below 100%");
    QTest::newRow("promote without canary") << QStringLiteral("promote") << QStringLiteral("no canary to promote");
    QTest::newRow("roll back nothing") << QStringLiteral("rollback") << QStringLiteral("no rollout to roll back");
    QTest::newRow("second canary") << QStringLiteral("canary-twice") << QStringLiteral("already has a canary");
}

void TestRollout::refusedSteps()
{
    QFETCH(QString, step);
    QFETCH(QString, says);
    Policy p = start();
    const Policy before = p;
    QString problem;
    if (step == u"shadow:nope")
        problem = Rollout::startShadow(p, QStringLiteral("nope"), QStringLiteral("p/new"), 0.1, 1);
    else if (step == u"shadow-model:p/zz")
        problem = Rollout::startShadow(p, QStringLiteral("chat"), QStringLiteral("p/zz"), 0.1, 1);
    else if (step == u"shadow-budget:0")
        problem = Rollout::startShadow(p, QStringLiteral("chat"), QStringLiteral("p/new"), 0.1, 0);
    else if (step == u"canary:100")
        problem = Rollout::startCanary(p, QStringLiteral("chat"), QStringLiteral("p/new"), 100);
    else if (step == u"promote")
        problem = Rollout::promote(p, QStringLiteral("chat"));
    else if (step == u"rollback")
        problem = Rollout::rollBack(p, QStringLiteral("chat"));
    else {
        QCOMPARE(Rollout::startCanary(p, QStringLiteral("chat"), QStringLiteral("p/new"), 5), QString());
        const Policy once = p;
        problem = Rollout::startCanary(p, QStringLiteral("chat"), QStringLiteral("p/new"), 5);
        QCOMPARE(p, once);
    }
    QVERIFY2(problem.contains(says), qPrintable(problem));
    if (step != u"canary-twice")
        QCOMPARE(p, before); // a refused step changes nothing
}

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
