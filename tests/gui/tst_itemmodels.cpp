#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/PolicyListModel.h"
#include "models/ProviderModelTableModel.h"
#include "policy/PolicyReader.h"

using namespace sy;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void providerTable();
    void policyList();
};

void TestItemModels::providerTable()
{
    ProviderModelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Diagnostics d;
    const auto policy = PolicyReader::fromFile(QStringLiteral(":/demo/policies/cheap-first.json"), d);
    QVERIFY(policy);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProviders(policy->providers);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ProviderModelTableModel::ColumnCount));
    QCOMPARE(model.index(0, ProviderModelTableModel::Model).data().toString(), QStringLiteral("sim-mini"));
    QCOMPARE(model.index(0, ProviderModelTableModel::InputPrice).data(Qt::EditRole).toDouble(), 0.15);
    QVERIFY(model.index(0, ProviderModelTableModel::Capabilities).data().toString().contains(QStringLiteral("tools")));
    QVERIFY(!model.index(1, ProviderModelTableModel::CachedPrice).data().isValid()); // sim-standard has no cached price
    model.setProviders({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::policyList()
{
    PolicyListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPolicies({{QStringLiteral("a"), 3, false}, {QStringLiteral("b"), 1, true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(PolicyListModel::NameRole).toString(), QStringLiteral("b"));
    QVERIFY(model.index(1).data().toString().contains(QStringLiteral("active")));
    QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(0).data(PolicyListModel::VersionRole).toInt(), 3);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
