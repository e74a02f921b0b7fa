// The Keys page on a real workspace: a key made, shown once, edited, rotated and revoked, each
// change in the proxy's registry; spend per key in the table and the chart; the key dialog's checks.
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "charts/ChartWidget.h"
#include "dialogs/KeyDialog.h"
#include "models/KeysModel.h"
#include "pages/KeysPage.h"
#include "session/KeyService.h"
#include "session/WorkspaceSession.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

class TestKeysPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyLifecycle();
    void spendShowsAgainstBudgets();
    void dialogChecksTheName();

private:
    void selectKey(const QString &name);
    QTemporaryDir m_dir;
    WorkspaceSession m_session;
    std::shared_ptr<KeyRegistry> m_registry = std::make_shared<KeyRegistry>();
    std::unique_ptr<KeyService> m_keys;
    std::unique_ptr<KeysPage> m_page;
    QByteArray m_shownSecret;
    VirtualKey m_draft;
};

void TestKeysPage::initTestCase()
{
    QSignalSpy opened(&m_session, &WorkspaceSession::opened);
    m_session.open(m_dir.filePath(QStringLiteral("k.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    m_keys = std::make_unique<KeyService>(&m_session, m_registry);
    m_page = std::make_unique<KeysPage>(m_keys.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->editKey = [this](VirtualKey &key, bool) {
        const QString id = key.id;
        const QByteArray hash = key.hash;
        key = m_draft;
        key.id = id.isEmpty() ? key.id : id;
        key.hash = hash.isEmpty() ? key.hash : hash;
        return true;
    };
    m_page->showSecret = [this](const QString &, const QByteArray &secret, bool) { m_shownSecret = secret; };
    m_page->confirm = [](const QString &) { return true; };
    m_page->resize(1000, 650);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &KeysPage::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->summaryLabel()->text().contains(QStringLiteral("No keys")));
    QVERIFY(!m_page->editButton()->isEnabled());
}

void TestKeysPage::selectKey(const QString &name)
{
    QTableView *table = m_page->table();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, KeysModel::Name).data().toString() == name)
            table->selectRow(row);
}

void TestKeysPage::keyLifecycle()
{
    m_draft = {};
    m_draft.name = QStringLiteral("support-bot");
    m_draft.owner = QStringLiteral("help desk");
    m_draft.limits.dayBudgetUsd = 2;
    m_draft.limits.requestsPerMinute = 30;
    QSignalSpy loaded(m_page.get(), &KeysPage::loaded);
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shownSecret.isEmpty(), 10000);
    const QByteArray first = m_shownSecret;
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
    QCOMPARE(m_page->model()->index(0, KeysModel::Owner).data().toString(), QStringLiteral("help desk"));
    QVERIFY(m_page->model()->index(0, KeysModel::Prefix).data().toString().startsWith(QString::fromLatin1(first.left(10))));
    // The running proxy's registry has it within a poll, by the hash of the secret shown.
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->find(KeyMaterial::hash(first)) != nullptr, 10000);

    // Edit: a tokens-per-minute limit and a route list reach the registry too.
    selectKey(QStringLiteral("support-bot"));
    QVERIFY(m_page->editButton()->isEnabled());
    m_draft.limits.tokensPerMinute = 50000;
    m_draft.limits.allowedRoutes = {QStringLiteral("auto")};
    QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->find(KeyMaterial::hash(first))->key()->limits.tokensPerMinute, qint64(50000), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->index(0, KeysModel::Routes).data().toString() == QStringLiteral("auto"), 10000);

    // Rotate: a new secret, the old one gone from the registry.
    selectKey(QStringLiteral("support-bot"));
    m_shownSecret.clear();
    QTest::mouseClick(m_page->rotateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shownSecret.isEmpty(), 10000);
    QVERIFY(m_shownSecret != first);
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->find(KeyMaterial::hash(m_shownSecret)) != nullptr, 10000);
    QVERIFY(!m_registry->find(KeyMaterial::hash(first)));

    // Revoke: the page says so and the proxy's key is no longer usable.
    selectKey(QStringLiteral("support-bot"));
    QTest::mouseClick(m_page->revokeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->index(0, KeysModel::Status).data().toString(), QStringLiteral("revoked"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registry->find(KeyMaterial::hash(m_shownSecret))->key()->usableAt(QDateTime::currentMSecsSinceEpoch()), 10000);
    selectKey(QStringLiteral("support-bot"));
    QVERIFY(!m_page->rotateButton()->isEnabled());
}

void TestKeysPage::spendShowsAgainstBudgets()
{
    m_draft = {};
    m_draft.name = QStringLiteral("batch");
    m_draft.limits.dayBudgetUsd = 1;
    m_shownSecret.clear();
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shownSecret.isEmpty(), 10000);
    // The log says the key spent $1.25 today and $0.50 three days ago.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<RequestLogEntry> rows(2);
    rows[0].timestampMs = now - 1000;
    rows[0].costUsd = 1.25;
    rows[1].timestampMs = now - 3 * 86400000LL;
    rows[1].costUsd = 0.5;
    for (RequestLogEntry &e : rows) {
        e.keyName = QStringLiteral("batch");
        e.status = 200;
    }
    m_session.workspace()->write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); });
    m_session.workspace()->waitForWrites();
    // A read the new key started may still arrive first, from before the rows: wait for the figures.
    m_page->refresh();
    const auto today = [this] {
        const int row = m_page->model()->rowOf(QStringLiteral("batch"));
        return row < 0 ? QString() : m_page->model()->index(row, KeysModel::Today).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(today(), QStringLiteral("$1.25 of $1.00"), 10000);
    const int row = m_page->model()->rowOf(QStringLiteral("batch"));
    QVERIFY(m_page->model()->index(row, KeysModel::Today).data(Qt::ForegroundRole).isValid()); // over budget stands out
    QVERIFY(m_page->model()->index(row, KeysModel::Month).data(KeysModel::SortRole).toDouble() >= 1.25);
    QVERIFY(!m_page->chart()->isShowingEmptyText());
    QCOMPARE(m_page->chart()->seriesCount(), 1);
    QCOMPARE(m_page->chart()->pointCount(0), KeyService::kChartDays);
}

void TestKeysPage::dialogChecksTheName()
{
    KeyDialog dialog(VirtualKey{}, true, {QStringLiteral("batch")}, {QStringLiteral("auto")});
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("batch"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("exists")));
    dialog.nameEdit()->setText(QStringLiteral("new-one"));
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.dayBudget()->setValue(3);
    dialog.routesEdit()->setText(QStringLiteral("auto, premium"));
    const VirtualKey k = dialog.key();
    QCOMPARE(k.name, QStringLiteral("new-one"));
    QCOMPARE(k.limits.dayBudgetUsd, 3.0);
    QCOMPARE(k.limits.allowedRoutes, QStringList({QStringLiteral("auto"), QStringLiteral("premium")}));
}

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
