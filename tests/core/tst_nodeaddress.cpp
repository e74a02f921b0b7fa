#include <QtTest>

#include "json/JsonPath.h"
#include "policy/NodeAddress.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

using namespace sy;

class TestNodeAddress : public QObject
{
    Q_OBJECT
private slots:
    void jsonPathsMatchTheReader();
    void weightsKeepTheirTotal_data();
    void weightsKeepTheirTotal();
    void appendRemoveAndMove();
    void wrapKeepsTheNodeInside();
    void badAddressesChangeNothing();
    void jsonValuesByPath();
};

namespace {

Node target(const QString &model)
{
    Node n;
    n.kind = NodeKind::Target;
    n.target.model = model;
    return n;
}

Node sampleRoot()
{
    Node root = PolicyEdits::makeNode(NodeKind::Conditional, QStringLiteral("p/cheap"));
    Node fallback;
    fallback.kind = NodeKind::Fallback;
    fallback.children = {target(QStringLiteral("p/strong")), target(QStringLiteral("p/cheap"))};
    PolicyEdits::appendChild(root, {}, fallback);
    return root;
}

} // namespace

void TestNodeAddress::jsonPathsMatchTheReader()
{
    // A policy with a broken model deep in the tree: the reader's path is the address's path.
    Policy policy;
    policy.name = QStringLiteral("p");
    ProviderSpec provider;
    provider.id = QStringLiteral("p");
    provider.baseUrl = QStringLiteral("http://127.0.0.1:1");
    ModelSpec cheap;
    cheap.id = QStringLiteral("cheap");
    provider.models = {cheap};
    policy.providers = {provider};
    Route other;
    other.alias = QStringLiteral("x");
    other.root = target(QStringLiteral("p/cheap"));
    Route route;
    route.alias = QStringLiteral("auto");
    route.root = sampleRoot();
    policy.routes = {other, route};
    const NodeAddress address{{NodeStep::Kind::Rule, 0}, {NodeStep::Kind::Child, 0}};
    QCOMPARE(nodeAt(policy.routes[1].root, address)->target.model, QStringLiteral("p/strong"));
    Diagnostics diagnostics;
    QVERIFY(!PolicyReader::fromJson(PolicyWriter::toJson(policy), diagnostics));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.items().front().path, nodeJsonPath(policy.routes[1].root, 1, address) + QStringLiteral(".model"));
    int routeIndex = -1;
    const auto back = addressFromJsonPath(diagnostics.items().front().path, &routeIndex);
    QVERIFY(back);
    QCOMPARE(routeIndex, 1);
    QVERIFY(*back == address);
    QVERIFY(addressFromJsonPath(QStringLiteral("$.routes[0].root.arms[1].node.default.model"), &routeIndex)
            == (NodeAddress{{NodeStep::Kind::Arm, 1}, {NodeStep::Kind::Default, 0}}));
    QVERIFY(!addressFromJsonPath(QStringLiteral("$.providers[0].id"), &routeIndex));
    const Node conditional = sampleRoot();
    QCOMPARE(nodeJsonPath(conditional, 0, {{NodeStep::Kind::Default, 0}}), QStringLiteral("$.routes[0].root.default"));
    Node weighted = PolicyEdits::makeNode(NodeKind::Weighted, QStringLiteral("p/m"));
    QCOMPARE(nodeJsonPath(weighted, 2, {{NodeStep::Kind::Arm, 1}}), QStringLiteral("$.routes[2].root.arms[1].node"));
    Node selector = PolicyEdits::makeNode(NodeKind::Selector, QStringLiteral("p/m"));
    PolicyEdits::appendChild(selector, {}, target(QStringLiteral("p/x")));
    const QString selectorPath = nodeJsonPath(selector, 0, {{NodeStep::Kind::Arm, 0}});
    QCOMPARE(selectorPath, QStringLiteral("$.routes[0].root.candidates[0].node"));
    QVERIFY(addressFromJsonPath(selectorPath + QStringLiteral(".model"), &routeIndex) == (NodeAddress{{NodeStep::Kind::Arm, 0}}));
}

void TestNodeAddress::weightsKeepTheirTotal_data()
{
    QTest::addColumn<QList<double>>("before");
    QTest::addColumn<int>("arm");
    QTest::addColumn<int>("weight");
    QTest::addColumn<QList<double>>("after");
    QTest::newRow("two arms") << QList<double>{50, 50} << 0 << 70 << QList<double>{70, 30};
    QTest::newRow("proportional") << QList<double>{50, 30, 20} << 0 << 80 << QList<double>{80, 12, 8};
    QTest::newRow("rounding sums to 100") << QList<double>{34, 33, 33} << 0 << 0 << QList<double>{0, 50, 50};
    QTest::newRow("thirds") << QList<double>{0, 50, 50} << 1 << 33 << QList<double>{0, 33, 67};
    QTest::newRow("others zero share equally") << QList<double>{100, 0, 0} << 0 << 40 << QList<double>{40, 30, 30};
    QTest::newRow("clamped") << QList<double>{50, 50} << 1 << 140 << QList<double>{0, 100};
    QTest::newRow("single arm is 100") << QList<double>{30} << 0 << 10 << QList<double>{100};
}

void TestNodeAddress::weightsKeepTheirTotal()
{
    QFETCH(QList<double>, before);
    QFETCH(int, arm);
    QFETCH(int, weight);
    QFETCH(QList<double>, after);
    Node weighted;
    weighted.kind = NodeKind::Weighted;
    for (double w : before)
        weighted.arms.push_back({QString(), w, target(QStringLiteral("p/m"))});
    QVERIFY(PolicyEdits::setArmWeight(weighted, arm, weight));
    QList<double> got;
    double sum = 0;
    for (const Arm &a : weighted.arms) {
        got.append(a.weight);
        sum += a.weight;
    }
    QCOMPARE(got, after);
    QCOMPARE(sum, 100.0);
}

void TestNodeAddress::appendRemoveAndMove()
{
    Node root = sampleRoot();
    QCOMPARE(childSteps(root).size(), size_t(2)); // one rule, the default
    const auto added = PolicyEdits::appendChild(root, {{NodeStep::Kind::Rule, 0}}, target(QStringLiteral("p/third")));
    QVERIFY(added);
    QCOMPARE(added->back().index, 2);
    QVERIFY(PolicyEdits::moveTo(root, *added, 0));
    const Node &fallback = root.rules.front().then;
    QCOMPARE(fallback.children.front().target.model, QStringLiteral("p/third"));
    QCOMPARE(fallback.children.back().target.model, QStringLiteral("p/cheap"));
    QVERIFY(PolicyEdits::remove(root, {{NodeStep::Kind::Rule, 0}, {NodeStep::Kind::Child, 1}}));
    QCOMPARE(root.rules.front().then.children.size(), size_t(2));
    QVERIFY(PolicyEdits::remove(root, {{NodeStep::Kind::Default, 0}}));
    QVERIFY(!root.defaultNode);
    QVERIFY(PolicyEdits::setDefault(root, {}, target(QStringLiteral("p/back"))));
    QCOMPARE(root.defaultNode->target.model, QStringLiteral("p/back"));

    Node weighted = PolicyEdits::makeNode(NodeKind::Weighted, QStringLiteral("p/m"));
    const auto third = PolicyEdits::appendChild(weighted, {}, target(QStringLiteral("p/c")));
    QVERIFY(third);
    double sum = 0;
    for (const Arm &a : weighted.arms)
        sum += a.weight;
    QCOMPARE(sum, 100.0);
    QCOMPARE(weighted.arms.back().weight, 33.0);
    QVERIFY(PolicyEdits::remove(weighted, *third));
    QCOMPARE(weighted.arms.front().weight + weighted.arms.back().weight, 100.0);
}

void TestNodeAddress::wrapKeepsTheNodeInside()
{
    Node root = target(QStringLiteral("p/m"));
    QVERIFY(PolicyEdits::wrap(root, {}, NodeKind::Fallback));
    QCOMPARE(root.kind, NodeKind::Fallback);
    QCOMPARE(root.children.front().target.model, QStringLiteral("p/m"));
    QVERIFY(PolicyEdits::wrap(root, {{NodeStep::Kind::Child, 0}}, NodeKind::Conditional));
    QCOMPARE(root.children.front().defaultNode->target.model, QStringLiteral("p/m"));
    QVERIFY(!PolicyEdits::wrap(root, {}, NodeKind::Target));
    QCOMPARE(root.kind, NodeKind::Fallback);
}

void TestNodeAddress::badAddressesChangeNothing()
{
    Node root = sampleRoot();
    const Node before = root;
    QVERIFY(!nodeAt(root, {{NodeStep::Kind::Child, 0}}));          // a conditional has no children
    QVERIFY(!nodeAt(root, {{NodeStep::Kind::Rule, 5}}));
    QVERIFY(!PolicyEdits::remove(root, {}));
    QVERIFY(!PolicyEdits::remove(root, {{NodeStep::Kind::Rule, 3}}));
    QVERIFY(!PolicyEdits::moveTo(root, {{NodeStep::Kind::Rule, 0}}, 4));
    QVERIFY(!PolicyEdits::appendChild(root, {{NodeStep::Kind::Default, 0}}, target(QStringLiteral("p/x"))));
    QVERIFY(!PolicyEdits::setArmWeight(root, 0, 10));
    QVERIFY(root == before);
}

void TestNodeAddress::jsonValuesByPath()
{
    QJsonValue doc = QJsonDocument::fromJson(R"({"routes":[{"root":{"rules":[{"when":{"field":"stream"}}]}}]})").object();
    const QString path = QStringLiteral("$.routes[0].root.rules[0].when");
    QCOMPARE(jsonValueAt(doc, path)->toObject().value(QStringLiteral("field")).toString(), QStringLiteral("stream"));
    QVERIFY(replaceJsonValueAt(doc, path, QJsonObject{{QStringLiteral("field"), QStringLiteral("user")}}));
    QCOMPARE(jsonValueAt(doc, path + QStringLiteral(".field"))->toString(), QStringLiteral("user"));
    const QJsonValue before = doc;
    QVERIFY(!replaceJsonValueAt(doc, QStringLiteral("$.routes[3].root"), 1));
    QVERIFY(!replaceJsonValueAt(doc, QStringLiteral("$.routes[0].nope"), 1));
    QVERIFY(!replaceJsonValueAt(doc, QStringLiteral("routes"), 1));
    QVERIFY(!jsonValueAt(doc, QStringLiteral("$.routes[x]")));
    QCOMPARE(doc, before);
}

QTEST_GUILESS_MAIN(TestNodeAddress)
#include "tst_nodeaddress.moc"
