// A prompt set from logged traffic in the workbench: preview every finding, then save; a preview
// that no longer matches the fields cannot be saved; a wrong pattern is said, not applied.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/HarvestDialog.h"
#include "session/WorkspaceSession.h"
#include "store/PromptSetStore.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

class TestHarvestDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewThenSave();
    void wrongPatternIsSaid();

private:
    QTemporaryDir m_dir;
    WorkspaceSession m_session;
};

void TestHarvestDialog::initTestCase()
{
    QSignalSpy opened(&m_session, &WorkspaceSession::opened);
    m_session.open(m_dir.filePath(QStringLiteral("h.switchyard")), false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<RequestLogEntry> rows;
    for (int i = 0; i < 4; ++i) {
        RequestLogEntry e;
        e.timestampMs = now - 60000 + i;
        e.requestId = QStringLiteral("req-%1").arg(i);
        e.route = i < 3 ? QStringLiteral("support") : QStringLiteral("code");
        e.status = 200;
        e.requestBody = QStringLiteral(R"({"model":"support","messages":[{"role":"user","content":"I am ann%1@example.org, ticket ACME-100%1"}]})").arg(i);
        e.responseBody = QStringLiteral(R"({"choices":[{"message":{"role":"assistant","content":"Thanks, we will write back."}}]})");
        rows.push_back(e);
    }
    QSignalSpy written(this, &QObject::objectNameChanged);
    m_session.workspace()->write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); }, this,
                                 [this](const QString &error) { setObjectName(error.isEmpty() ? QStringLiteral("ok") : error); });
    QVERIFY(written.wait(10000));
    QCOMPARE(objectName(), QStringLiteral("ok"));
}

void TestHarvestDialog::previewThenSave()
{
    HarvestDialog dialog(&m_session);
    QSignalSpy previewed(&dialog, &HarvestDialog::previewed);
    QSignalSpy saved(&dialog, &HarvestDialog::saved);
    dialog.nameEdit()->setText(QStringLiteral("support from traffic"));
    dialog.routeEdit()->setText(QStringLiteral("support"));
    dialog.patternsEdit()->setPlainText(QStringLiteral("ticket=ACME-\\d+"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.preview();
    QVERIFY(previewed.wait(10000));
    QCOMPARE(int(dialog.result().set.items.size()), 3);
    QCOMPARE(dialog.findingsTable()->rowCount(), 6); // an address and a ticket in each of three
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.routeEdit()->setText(QStringLiteral("code")); // the preview is stale now
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.routeEdit()->setText(QStringLiteral("support"));
    dialog.preview();
    QVERIFY(previewed.wait(10000));
    dialog.save();
    QVERIFY(saved.wait(10000));
    QSqlDatabase db = m_session.workspace()->connectionForThisThread();
    const std::optional<PromptSet> set = PromptSetStore::load(db, QStringLiteral("support from traffic"));
    QVERIFY(set);
    QCOMPARE(int(set->items.size()), 3);
    const QByteArray jsonl = PromptSetReader::toJsonl(set->items);
    QVERIFY2(!jsonl.contains("example.org") && !jsonl.contains("ACME-100") && jsonl.contains("[TICKET]"), jsonl.constData());
}

void TestHarvestDialog::wrongPatternIsSaid()
{
    HarvestDialog dialog(&m_session);
    QSignalSpy previewed(&dialog, &HarvestDialog::previewed);
    dialog.patternsEdit()->setPlainText(QStringLiteral("broken=(unclosed"));
    dialog.preview();
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("not a valid pattern")));
    QCOMPARE(previewed.count(), 0);
    QVERIFY(!dialog.saveButton()->isEnabled());
}

QTEST_MAIN(TestHarvestDialog)
#include "tst_harvestdialog.moc"
