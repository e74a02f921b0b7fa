#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSettings>
#include <QDialogButtonBox>
#include <QTest>
#include <QTextBrowser>

#include "charts/ChartWidget.h"
#include "charts/QCustomPlotInclude.h"
#include "dialogs/ImportPromptSetDialog.h"
#include "eval/OutcomeMatrix.h"
#include "models/CandidateSummaryModel.h"
#include "models/CompareMatrixModel.h"
#include "pages/LiveTrafficPage.h"
#include "pages/PromptSetsPage.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyService.h"
#include "replayview/ComparePanel.h"
#include "replayview/NewReplayDialog.h"
#include "replayview/ReplayCharts.h"
#include "replayview/ReplayPage.h"
#include "DemoReplay.h"
#include "replayview/TrainRouterDialog.h"
#include "shell/MainWindow.h"
#include "session/WorkspaceSession.h"
#include "store/RunStore.h"
#include "store/Workspace.h"

using namespace sy;

// The replay workflow in the workbench, against the demo's simulated providers: set up, run,
// compare, chart, rate, re-run from the cache, export and serve the winner; prompt set import.
class TestReplayPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void replaysComparesAndExportsTheWinner();
    void importsCsvWithAColumnMapEditsAndExports();
    void showsAnImportedOutcomeMatrix();
    void trainsARouterFromOutcomes();
    void demoSetsComeWithFittingScorers();
    void demoTriageReplayShowsTheDesignedQualities();
    void dialogRemembersTheLastCandidates();

private:
    void openDemo(WorkspaceSession &session, MainWindow &window, const QString &file);
    // A file in the test's folder with these bytes; its path, or empty when it cannot be written.
    QString fileWith(const QString &name, const QByteArray &content);
    // A file's bytes; empty when it cannot be read.
    static QByteArray contentOf(const QString &path);
    QTemporaryDir m_dir;
};

void TestReplayPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

QString TestReplayPage::fileWith(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? file.fileName() : QString();
}

QByteArray TestReplayPage::contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestReplayPage::openDemo(WorkspaceSession &session, MainWindow &window, const QString &file)
{
    window.resize(1400, 900);
    window.show();
    session.open(m_dir.filePath(file), true);
    ReplayPage *page = window.promptSetsPage()->replayPage();
    QTRY_COMPARE_WITH_TIMEOUT(int(page->policies().size()), 3, 15000);
}

void TestReplayPage::replaysComparesAndExportsTheWinner()
{
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("replay.switchyard"));
    ReplayPage *page = window.promptSetsPage()->replayPage();
    QAbstractItemModelTester matrixTester(page->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester summaryTester(page->summaryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Set up through the dialog: three candidates, a deterministic check and a judge.
    const QStringList sets = testing::promptSets(session);
    QVERIFY(!sets.isEmpty());
    const std::vector<ProviderSpec> providers = testing::demoProviders(page);
    const auto loader = testing::promptLoader(session);
    NewReplayDialog dialog(sets, page->policies(), providers, loader);
    dialog.setChoice()->setCurrentText(QStringLiteral("arithmetic"));
    QVERIFY(!dialog.problemLabel()->text().isEmpty()); // nothing ticked yet
    for (const QString &label : {QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("sim-cloud/sim-pro"), QStringLiteral("cheap-first:auto")}) {
        const auto found = dialog.candidateList()->findItems(label, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.front()->setCheckState(Qt::Checked);
    }
    dialog.scorerEdit()->setPlainText(QStringLiteral("numeric\nbogus:1"));
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("unknown kind \"bogus\"")));
    dialog.scorerEdit()->setPlainText(QStringLiteral("numeric@3\njudge:sim-cloud/sim-pro"));
    QTRY_VERIFY(dialog.estimateLabel()->text().contains(QStringLiteral("36 requests (12 prompts × 3 candidates × 1 repeats); at most $")));
    QVERIFY(dialog.problemLabel()->text().isEmpty());

    QSignalSpy finished(page, &ReplayPage::runFinished);
    page->startReplay(dialog.plan(), dialog.promptSet());
    QTRY_VERIFY(page->isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.front().at(0).value<ReplayRunner::End>(), ReplayRunner::End::Completed);
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("Finished.")));
    QCOMPARE(page->matrixModel()->rowCount(), 12);
    QCOMPARE(page->matrixModel()->cells().size(), size_t(36));
    QTRY_COMPARE(page->summaryModel()->rowCount(), 3);
    const auto &summaries = page->summaryModel()->summaries();
    // The dialog lists routes before models: cheap-first:auto, sim-mini, sim-pro.
    QCOMPARE(page->summaryModel()->labels(), (QStringList{QStringLiteral("cheap-first:auto"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("sim-cloud/sim-pro")}));
    QVERIFY2(summaries[2].meanQuality > summaries[1].meanQuality,
             qPrintable(QStringLiteral("sim-pro %1, sim-mini %2").arg(summaries[2].meanQuality).arg(summaries[1].meanQuality)));
    QVERIFY(summaries[2].costPer1k > summaries[1].costPer1k);
    for (const ReplayCell &c : page->matrixModel()->cells()) // the judge's grade and reasoning, kept per answer
        QCOMPARE(c.judgements.size(), c.error.isEmpty() ? 1 : 0); // the demo's simulated models fail now and then
    QTRY_COMPARE(page->runList()->count(), 1);

    // Compare: filters and the word diff between two answers that differ.
    ComparePanel *compare = page->comparePanel();
    compare->showChoice()->setCurrentIndex(3); // different answers
    QVERIFY(compare->filter()->rowCount() > 0);
    compare->matrix()->setCurrentIndex(compare->filter()->index(0, 0));
    compare->leftCandidate()->setCurrentIndex(1);
    compare->rightCandidate()->setCurrentIndex(2);
    QVERIFY(compare->rightAnswer()->toHtml().contains(QStringLiteral("background-color")));
    QVERIFY(compare->rightAnswer()->toPlainText().contains(QStringLiteral("Judge sim-cloud/sim-pro: grade")));
    // A candidate's cell opens its answer on the right; the left keeps another one.
    compare->matrix()->setCurrentIndex(compare->filter()->index(0, CompareMatrixModel::FirstCandidateColumn));
    QCOMPARE(compare->rightCandidate()->currentIndex(), 0);
    QVERIFY(compare->leftCandidate()->currentIndex() != 0);
    QVERIFY(page->matrixModel()->headerData(CompareMatrixModel::FirstCandidateColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(compare->rightCandidate()->currentText()));
    compare->search()->setText(QStringLiteral("no such text anywhere"));
    QCOMPARE(compare->filter()->rowCount(), 0);
    compare->search()->clear();
    compare->showChoice()->setCurrentIndex(0);
    QCOMPARE(compare->filter()->rowCount(), 12);

    // Charts: one point per candidate, the Pareto front, the hull's AIQ, CDF and category bars.
    ReplayCharts *charts = page->charts();
    QVERIFY(charts->costLatency()->seriesCount() >= 3);
    QVERIFY(!charts->paretoFront().empty());
    QVERIFY(charts->aiq() > 0);
    QCOMPARE(charts->latencyCdf()->seriesCount(), 3);
    QCOMPARE(charts->latencyCdf()->pointCount(0), 12);
    charts->percentileChoice()->setCurrentIndex(1);
    QCOMPARE(charts->costLatency()->plot()->yAxis->label(), QStringLiteral("p95 latency (ms)"));
    QSignalSpy clicked(charts, &ReplayCharts::candidateClicked);
    emit charts->costLatency()->pointClicked(1, 0);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(page->selectedCandidate(), 1);
    QCOMPARE(compare->rightCandidate()->currentIndex(), 1);
    const QString pdf = m_dir.filePath(QStringLiteral("cost-latency.pdf"));
    QVERIFY(charts->costLatency()->exportPdf(pdf, 800, 500));
    QVERIFY(contentOf(pdf).startsWith("%PDF-"));

    // Routing metrics over a designated pair.
    QVERIFY(page->metricsLabel()->text().contains(QStringLiteral("Choose a weak and a strong candidate")));
    page->weakChoice()->setCurrentIndex(2);   // after "(none)": sim-cloud/sim-mini
    page->strongChoice()->setCurrentIndex(3); // sim-cloud/sim-pro
    QVERIFY2(page->metricsLabel()->text().contains(QRegularExpression(QStringLiteral("APGR -?[0-9.]+ · CPT\\(20%\\) "))), qPrintable(page->metricsLabel()->text()));
    QVERIFY2(page->metricsLabel()->text().contains(QStringLiteral("cheap-first:auto: PGR")), qPrintable(page->metricsLabel()->text()));
    // ...as a table, each figure with what it says.
    QStringList metricNames;
    for (int row = 0; row < page->metricsTable()->rowCount(); ++row) {
        metricNames.append(page->metricsTable()->item(row, 0)->text());
        QVERIFY(!page->metricsTable()->item(row, 2)->text().isEmpty());
    }
    QVERIFY2(metricNames.contains(QStringLiteral("APGR")) && metricNames.contains(QStringLiteral("CPT(50%)"))
                 && metricNames.contains(QStringLiteral("PGR of cheap-first:auto")),
             qPrintable(metricNames.join(u',')));

    // The verdict: the cheapest within a point of the best, named, marked in the table and on the
    // charts; a looser rule recommends a cheaper candidate.
    QVERIFY2(page->verdictLabel()->text().contains(QStringLiteral("Recommended:")), qPrintable(page->verdictLabel()->text()));
    const int recommended = page->recommendedCandidate();
    QVERIFY(recommended >= 0);
    QCOMPARE(page->summaryModel()->recommended(), recommended);
    QCOMPARE(charts->recommended(), recommended);
    QVERIFY(page->summaryModel()->index(recommended, CandidateSummaryModel::Candidate).data().toString().contains(QStringLiteral("recommended")));
    page->toleranceChoice()->setValue(50);
    const auto &all = page->summaryModel()->summaries();
    double best = 0;
    for (const auto &c : all)
        best = std::max(best, c.meanQuality);
    int cheapest = -1; // within half the scale of the best
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].meanQuality >= best - 0.5
            && (cheapest < 0 || all[i].costPer1k < all[size_t(cheapest)].costPer1k
                || (all[i].costPer1k == all[size_t(cheapest)].costPer1k && all[i].latencyP50 < all[size_t(cheapest)].latencyP50)))
            cheapest = int(i); // a route and the model it always picks cost the same: the faster wins
    QCOMPARE(page->recommendedCandidate(), cheapest);
    QVERIFY(all[size_t(cheapest)].costPer1k <= all[size_t(recommended)].costPer1k);
    page->toleranceChoice()->setValue(1);
    // Ranked cells are coloured, the name is not.
    QVERIFY(page->summaryModel()->index(0, CandidateSummaryModel::CostPer1k).data(Qt::BackgroundRole).isValid());
    QVERIFY(!page->summaryModel()->index(0, CandidateSummaryModel::Candidate).data(Qt::BackgroundRole).isValid());

    // A person's rating, stored with the cell.
    compare->matrix()->setCurrentIndex(compare->filter()->index(2, 0));
    emit compare->rated(2, 0, 1, 4, QStringLiteral("clear"));
    const qint64 run = page->currentRun();
    int stored = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 session.workspace()->waitForWrites();
                                 QSqlDatabase db = session.workspace()->connectionForThisThread();
                                 for (const ReplayCell &c : RunStore::cells(db, run, page->matrixModel()->candidates()))
                                     if (c.key.item == 2 && c.key.candidate == 1)
                                         stored = c.humanRating;
                                 return stored == 4;
                             }()),
                             5000);

    // The run exported with the rating in it, in each format.
    for (const QString &name : {QStringLiteral("run.html"), QStringLiteral("run.json"), QStringLiteral("run.csv"), QStringLiteral("run.jsonl")}) {
        QSignalSpy wrote(page, &ReplayPage::problem);
        page->exportReport(m_dir.filePath(name));
        QTRY_COMPARE(wrote.size(), 1);
        QVERIFY2(wrote.front().front().toString().startsWith(QStringLiteral("Run written to")), qPrintable(wrote.front().front().toString()));
    }
    bool ratedInExport = false;
    for (const QJsonValue &c : QJsonDocument::fromJson(contentOf(m_dir.filePath(QStringLiteral("run.json")))).object().value(QStringLiteral("cells")).toArray())
        ratedInExport = ratedInExport || (c[QStringLiteral("human_rating")].toInt() == 4 && c[QStringLiteral("human_comment")].toString() == u"clear");
    QVERIFY(ratedInExport);
    QVERIFY(contentOf(m_dir.filePath(QStringLiteral("run.csv"))).contains(",4,clear,"));
    Diagnostics outcomeProblems;
    const auto matrix = OutcomeMatrix::fromJsonl(contentOf(m_dir.filePath(QStringLiteral("run.jsonl"))), outcomeProblems);
    QVERIFY2(matrix, qPrintable(outcomeProblems.toString()));
    QCOMPARE(matrix->rows.size(), size_t(12));
    QCOMPARE(matrix->models().size(), 3);
    QVERIFY(contentOf(m_dir.filePath(QStringLiteral("run.html"))).contains("Routing metrics")); // the weak and strong chosen above

    // A learned router over the run's two models, served by the run's own provider.
    {
        TrainRouterDialog *train = page->openTrainRouter();
        QVERIFY(train);
        for (int i = 0; i < train->modelList()->count(); ++i) // models only: a policy candidate is no model to route to
            if (train->modelList()->item(i)->data(Qt::UserRole).toString() == u"cheap-first:auto")
                train->modelList()->item(i)->setCheckState(Qt::Unchecked);
        QSignalSpy studied(train, &TrainRouterDialog::studied);
        train->train();
        QTRY_COMPARE_WITH_TIMEOUT(studied.size(), 1, 20000);
        QCOMPARE(train->study()->models, (QStringList{QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("sim-cloud/sim-pro")}));
        QSignalSpy written(train, &TrainRouterDialog::exported);
        const QString learned = m_dir.filePath(QStringLiteral("learned-from-run.json"));
        QString why;
        QVERIFY2(train->exportPolicy(learned, &why), qPrintable(why));
        QTRY_COMPARE(written.size(), 1);
        Diagnostics d;
        const auto policy = PolicyReader::fromFile(learned, d);
        QVERIFY2(policy, qPrintable(d.toString()));
        QCOMPARE(policy->routes.front().root.arms.front().node.target.model, QStringLiteral("sim-cloud/sim-mini"));
        QCOMPARE(policy->providers.front().baseUrl, QStringLiteral("sim://demo"));
        delete train;
    }

    // Export the winner with its evidence; then serve it.
    page->selectCandidate(0); // cheap-first:auto
    const QString exported = m_dir.filePath(QStringLiteral("winner.json"));
    QString error;
    QVERIFY2(page->exportWinner(exported, &error), qPrintable(error));
    QTRY_VERIFY(QFile::exists(exported));
    const QJsonObject evidence = QJsonDocument::fromJson(contentOf(exported)).object().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("evidence")).toObject();
    QCOMPARE(evidence.value(QStringLiteral("prompt_set")).toString(), QStringLiteral("arithmetic"));
    QCOMPARE(evidence.value(QStringLiteral("candidate")).toString(), QStringLiteral("cheap-first:auto"));
    QCOMPARE(evidence.value(QStringLiteral("run")).toInt(), int(run));
    QCOMPARE(evidence.value(QStringLiteral("compared_with")).toObject().size(), 2);
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0")); // a free port, whatever else runs
    QSignalSpy activated(page, &ReplayPage::activateRequested);
    page->activateWinner();
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.front().front().toString(), QStringLiteral("cheap-first"));
    QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->isRunning(), 10000);
    QCOMPARE(window.proxy()->policy().name, QStringLiteral("cheap-first"));
    QVERIFY(window.proxy()->policy().metadata.contains(QStringLiteral("evidence")));

    // The same replay again: every answer from the cache (errors are not kept, so those are asked
    // again); compared with the first run.
    int firstErrors = 0;
    for (const ReplayCell &c : page->matrixModel()->cells())
        firstErrors += c.error.isEmpty() ? 0 : 1;
    finished.clear();
    page->startReplay(dialog.plan(), dialog.promptSet());
    QVERIFY(finished.wait(30000));
    const QRegularExpressionMatch hits = QRegularExpression(QStringLiteral("· (\\d+) from the cache")).match(page->statusLabel()->text());
    QVERIFY2(hits.hasMatch() && hits.captured(1).toInt() >= 36 - firstErrors, qPrintable(page->statusLabel()->text()));
    if (firstErrors == 0)
        QVERIFY(page->statusLabel()->text().contains(QStringLiteral("spent $0.0000 (judges $0.0000)")));
    QTRY_COMPARE(page->runList()->count(), 2);
    QTRY_VERIFY(page->baselineChoice()->count() == 2);
    page->baselineChoice()->setCurrentIndex(1);
    QTRY_COMPARE(page->summaryModel()->index(0, CandidateSummaryModel::DeltaQuality).data().toString(), QStringLiteral("0.000"));
    // Re-running the errors redoes just those cells (the simulated providers fail now and then).
    int errors = 0;
    for (const ReplayCell &c : page->matrixModel()->cells())
        errors += c.error.isEmpty() ? 0 : 1;
    finished.clear();
    page->rerun(ReplayPage::Redo::Errors);
    if (errors == 0)
        QCOMPARE(page->statusLabel()->text(), QStringLiteral("Nothing to re-run."));
    else
        QVERIFY(finished.wait(30000));
    // Re-running the failures redoes just those cells.
    int failures = 0;
    for (const ReplayCell &c : page->matrixModel()->cells())
        failures += c.error.isEmpty() && !c.passed ? 1 : 0;
    QVERIFY(failures > 0);
    finished.clear();
    page->rerun(ReplayPage::Redo::Failures);
    QVERIFY(finished.wait(30000));
    QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("%1 of 36 done").arg(36)), qPrintable(page->statusLabel()->text()));
}

void TestReplayPage::importsCsvWithAColumnMapEditsAndExports()
{
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("import.switchyard"));
    PromptSetsPage *page = window.promptSetsPage();
    const QString csv = fileWith(QStringLiteral("capitals.csv"), "question,expected,topic,difficulty\n"
                                                                 "\"What is the capital of France?\",Paris,geo,easy\n"
                                                                 "\"Name the capital of Japan, please\",Tokyo,geo,easy\n"
                                                                 "\"2+2?\",4,math\n");
    QVERIFY(!csv.isEmpty());
    page->importFile(csv);
    ImportPromptSetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ImportPromptSetDialog *>(QStringLiteral("importDialog"))) != nullptr);
    QCOMPARE(dialog->columnChoice(QStringLiteral("prompt"))->currentText(), QStringLiteral("question"));
    QCOMPARE(dialog->columnChoice(QStringLiteral("reference"))->currentText(), QStringLiteral("expected"));
    QCOMPARE(dialog->columnChoice(QStringLiteral("category"))->currentText(), QStringLiteral("topic"));
    QCOMPARE(dialog->preview()->rowCount(), 2);
    QVERIFY2(dialog->problems()->text().contains(QStringLiteral("capitals.csv:4: 3 fields, but the header has 4 columns")), qPrintable(dialog->problems()->text()));
    dialog->columnChoice(QStringLiteral("category"))->setCurrentIndex(0); // (none)
    QCOMPARE(dialog->preview()->item(0, 3)->text(), QString());
    dialog->columnChoice(QStringLiteral("category"))->setCurrentText(QStringLiteral("topic"));
    dialog->nameEdit()->setText(QStringLiteral("capitals"));
    QSignalSpy imported(page, &PromptSetsPage::imported);
    dialog->accept();
    QTRY_COMPARE(imported.size(), 1);
    QTRY_VERIFY(!page->setList()->findItems(QStringLiteral("capitals"), Qt::MatchExactly).isEmpty());
    page->setList()->setCurrentItem(page->setList()->findItems(QStringLiteral("capitals"), Qt::MatchExactly).front());
    QTRY_COMPARE(page->currentSet().name, QStringLiteral("capitals"));
    QCOMPARE(page->itemTable()->rowCount(), 2);
    QCOMPARE(page->currentSet().items[1].metadata.value(QStringLiteral("difficulty")).toString(), QStringLiteral("easy"));

    // Search hides what does not match; an edit is saved back.
    page->searchField()->setText(QStringLiteral("japan"));
    QVERIFY(page->itemTable()->isRowHidden(0));
    QVERIFY(!page->itemTable()->isRowHidden(1));
    page->searchField()->clear();
    page->itemTable()->item(1, 2)->setText(QStringLiteral("Tōkyō"));
    page->saveEdits();
    // The save goes to the writer and a read to the readers: read again until the edit is there.
    PromptSet reread;
    bool reading = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 if (!reading && reread.items.size() == 2 && reread.items[1].reference == QStringLiteral("Tōkyō"))
                                     return true;
                                 if (!reading) {
                                     reading = true;
                                     session.loadPromptSet(QStringLiteral("capitals"), [&](const PromptSet &s) {
                                         reread = s;
                                         reading = false;
                                     });
                                 }
                                 return false;
                             }()),
                             5000);

    // Export back to JSONL.
    const QString out = m_dir.filePath(QStringLiteral("capitals.jsonl"));
    page->exportSet(out);
    QTRY_VERIFY(QFile::exists(out));
    const QList<QByteArray> lines = contentOf(out).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("reference")).toString(), QStringLiteral("Tōkyō"));

    // A file that is not a table names its line.
    const QString bad = fileWith(QStringLiteral("bad.jsonl"), "not json\n");
    QVERIFY(!bad.isEmpty());
    QSignalSpy problem(page, &PromptSetsPage::problem);
    page->importFile(bad);
    QTRY_COMPARE(problem.size(), 1);
    QVERIFY2(problem.front().front().toString().contains(QStringLiteral("bad.jsonl:1: invalid JSON")), qPrintable(problem.front().front().toString()));
}

void TestReplayPage::showsAnImportedOutcomeMatrix()
{
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("outcomes.switchyard"));
    ReplayPage *page = window.promptSetsPage()->replayPage();
    const QString file = fileWith(QStringLiteral("outcomes.jsonl"), "{\"id\": \"1\", \"prompt\": \"a\", \"category\": \"x\", \"outcomes\": {\"small\": {\"quality\": 0, \"cost_usd\": 0.001, \"latency_ms\": 100}, "
            "\"big\": {\"quality\": 1, \"cost_usd\": 0.01, \"latency_ms\": 900}}}\n"
            "{\"id\": \"2\", \"prompt\": \"b\", \"category\": \"y\", \"outcomes\": {\"small\": {\"quality\": 1, \"cost_usd\": 0.001, \"latency_ms\": 120}, "
            "\"big\": {\"quality\": 1, \"cost_usd\": 0.01, \"latency_ms\": 800}}}\n");
    QVERIFY(!file.isEmpty());
    QString error;
    QVERIFY(page->importOutcomes(file, &error));
    QTRY_COMPARE(page->summaryModel()->rowCount(), 2);
    QCOMPARE(page->matrixModel()->rowCount(), 2);
    // JSON objects keep their keys sorted: "big" comes first.
    QCOMPARE(page->summaryModel()->labels(), (QStringList{QStringLiteral("big"), QStringLiteral("small")}));
    QCOMPARE(page->summaryModel()->index(1, CandidateSummaryModel::MeanQuality).data().toString(), QStringLiteral("0.500"));
    QCOMPARE(page->summaryModel()->index(0, CandidateSummaryModel::CostPer1k).data().toString(), QStringLiteral("10.0000"));
    QCOMPARE(page->charts()->categories()->plot()->plottableCount(), 2);
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("2 prompts × 2 models")));
    // A broken matrix is refused with its line named.
    const QString broken = fileWith(QStringLiteral("broken.jsonl"), "{\"id\": \"1\", \"prompt\": \"a\", \"outcomes\": {\"m\": {\"quality\": 2, \"cost_usd\": 0}}}\n");
    QVERIFY(!broken.isEmpty());
    QSignalSpy problem(page, &ReplayPage::problem);
    QVERIFY(page->importOutcomes(broken, &error));
    QTRY_COMPARE(problem.size(), 1);
    QVERIFY2(problem.front().front().toString().contains(QStringLiteral("broken.jsonl:1")), qPrintable(problem.front().front().toString()));
}

// The train-router flow on an imported matrix: the pool and bar, the held-out curve, a point
// picked by clicking it, and the exported policy with that point's threshold.
void TestReplayPage::trainsARouterFromOutcomes()
{
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("train.switchyard"));
    ReplayPage *page = window.promptSetsPage()->replayPage();
    QByteArray text;
    const char *hard[] = {"prove the lemma about groups", "derive the closed form of the recurrence", "prove the bound for every prime"};
    const char *easy[] = {"say hello", "what is the capital of Peru", "give me a synonym for big", "name three colours"};
    for (int i = 0; i < 150; ++i) {
        const bool isHard = i % 3 == 0;
        const QString prompt = QString::fromUtf8(isHard ? hard[(i / 3) % 3] : easy[(i / 3) % 4]);
        text += QStringLiteral("{\"id\": \"%1\", \"prompt\": \"%2\", \"outcomes\": {\"mini\": {\"quality\": %3, \"cost_usd\": 0.001}, "
                               "\"max\": {\"quality\": 1, \"cost_usd\": 0.01}}}\n")
                    .arg(i)
                    .arg(prompt)
                    .arg(isHard ? 0 : 1)
                    .toUtf8();
    }
    const QString file = fileWith(QStringLiteral("train-outcomes.jsonl"), text);
    QString error;
    QVERIFY(page->importOutcomes(file, &error));
    QTRY_COMPARE(page->summaryModel()->rowCount(), 2);
    TrainRouterDialog *dialog = page->openTrainRouter();
    QVERIFY(dialog);
    QCOMPARE(dialog->modelList()->count(), 2);
    QCOMPARE(dialog->modelList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("mini")); // cheapest first
    dialog->show();
    QSignalSpy studied(dialog, &TrainRouterDialog::studied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("train")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(studied.size(), 1, 20000);
    QVERIFY2(dialog->metrics()->text().contains(QStringLiteral("APGR")), qPrintable(dialog->metrics()->text()));
    QVERIFY(dialog->study()->thresholdRule.apgr > 0.8);
    QVERIFY(dialog->chart()->pointCount(0) >= 3);
    // Click the sweep point that reaches full quality most cheaply.
    const auto &sweep = dialog->study()->thresholdSweep;
    QVERIFY(!sweep.points.empty());
    emit dialog->chart()->pointClicked(0, dialog->chart()->pointCount(0) - 1);
    QVERIFY2(dialog->choice()->text().contains(QStringLiteral("threshold")), qPrintable(dialog->choice()->text()));
    QSignalSpy written(dialog, &TrainRouterDialog::exported);
    const QString out = m_dir.filePath(QStringLiteral("trained.json"));
    QVERIFY2(dialog->exportPolicy(out, &error), qPrintable(error));
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(written.front().at(1).toString(), QString());
    Diagnostics d;
    const auto policy = PolicyReader::fromFile(out, d);
    QVERIFY2(policy, qPrintable(d.toString()));
    const Node &root = policy->routes.front().root;
    QCOMPARE(root.method, QStringLiteral("learned"));
    QCOMPARE(root.params.value(QStringLiteral("rule")).toString(), QStringLiteral("threshold"));
    QVERIFY(root.params.value(QStringLiteral("threshold")).isDouble());
    // The willingness-to-pay rule exports its λ instead.
    dialog->rule()->setCurrentIndex(1);
    QVERIFY(dialog->choice()->text().contains(QStringLiteral("λ")));
    // Fewer than two models cannot train.
    dialog->modelList()->item(1)->setCheckState(Qt::Unchecked);
    dialog->train();
    QVERIFY(dialog->metrics()->text().contains(QStringLiteral("at least two")));
    delete dialog;
}

void TestReplayPage::demoSetsComeWithFittingScorers()
{
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("scorers.switchyard"));
    ReplayPage *page = window.promptSetsPage()->replayPage();
    const auto loader = testing::promptLoader(session);
    NewReplayDialog dialog({QStringLiteral("arithmetic"), QStringLiteral("support-triage")}, page->policies(), {}, loader);
    dialog.setChoice()->setCurrentText(QStringLiteral("support-triage"));
    QTRY_COMPARE(dialog.scorerEdit()->toPlainText(), QStringLiteral("contains-any"));
    dialog.setChoice()->setCurrentText(QStringLiteral("arithmetic"));
    QTRY_COMPARE(dialog.scorerEdit()->toPlainText(), QStringLiteral("numeric"));
    // The user's own scorers stay when the set changes.
    dialog.scorerEdit()->setPlainText(QStringLiteral("numeric\nlatency:2000"));
    dialog.setChoice()->setCurrentText(QStringLiteral("support-triage"));
    QTRY_VERIFY(dialog.estimateLabel()->text().contains(QStringLiteral("requests")) || !dialog.problemLabel()->text().isEmpty());
    QCOMPARE(dialog.scorerEdit()->toPlainText(), QStringLiteral("numeric\nlatency:2000"));
    // No scorer at all is named as the problem.
    dialog.scorerEdit()->clear();
    dialog.candidateList()->item(0)->setCheckState(Qt::Checked);
    QTRY_VERIFY(dialog.problemLabel()->text().contains(QStringLiteral("add a judge")));
}

void TestReplayPage::dialogRemembersTheLastCandidates()
{
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("remember.switchyard"));
    ReplayPage *page = window.promptSetsPage()->replayPage();
    const std::vector<ProviderSpec> providers = testing::demoProviders(page);
    const auto loader = testing::promptLoader(session);
    const QStringList chosen{QStringLiteral("cheap-first:best"), QStringLiteral("sim-cloud/sim-standard")};
    const auto ticked = [](NewReplayDialog &d) {
        QStringList out;
        for (int i = 0; i < d.candidateList()->count(); ++i)
            if (d.candidateList()->item(i)->checkState() == Qt::Checked)
                out.append(d.candidateList()->item(i)->text());
        return out;
    };
    {
        NewReplayDialog dialog({QStringLiteral("arithmetic")}, page->policies(), providers, loader);
        for (const QString &label : chosen)
            dialog.candidateList()->findItems(label, Qt::MatchExactly).front()->setCheckState(Qt::Checked);
        QTRY_VERIFY(dialog.problemLabel()->text().isEmpty());
        auto *start = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(start->isEnabled()); // once the set's prompts are read
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        NewReplayDialog again({QStringLiteral("arithmetic")}, page->policies(), providers, loader);
        QCOMPARE(ticked(again), chosen);
        again.reject(); // a cancelled dialog changes nothing
    }
    NewReplayDialog third({QStringLiteral("arithmetic")}, page->policies(), providers, loader);
    QCOMPARE(ticked(third), chosen);
}

void TestReplayPage::demoTriageReplayShowsTheDesignedQualities()
{
    // The first replay a new user runs: the demo's triage set with its default scorer and the
    // simulated judge. The simulated models were made right 55 %, 75 % and 92 % of the time.
    WorkspaceSession session;
    MainWindow window(&session);
    openDemo(session, window, QStringLiteral("triage.switchyard"));
    ReplayPage *page = window.promptSetsPage()->replayPage();
    const std::vector<ProviderSpec> providers = testing::demoProviders(page);
    const auto loader = testing::promptLoader(session);
    NewReplayDialog dialog({QStringLiteral("support-triage")}, page->policies(), providers, loader);
    QTRY_COMPARE(dialog.scorerEdit()->toPlainText(), QStringLiteral("contains-any"));
    for (const QString &label : {QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("sim-cloud/sim-pro")})
        for (QListWidgetItem *item : dialog.candidateList()->findItems(label, Qt::MatchExactly))
            item->setCheckState(Qt::Checked);
    // The judge alone: it must see what the label check sees.
    dialog.scorerEdit()->setPlainText(QStringLiteral("judge:sim-cloud/sim-pro"));
    QTRY_VERIFY(dialog.problemLabel()->text().isEmpty() && dialog.estimateLabel()->text().contains(QStringLiteral("requests")));
    QSignalSpy finished(page, &ReplayPage::runFinished);
    page->startReplay(dialog.plan(), dialog.promptSet());
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE(page->summaryModel()->rowCount(), 2);
    const auto &summaries = page->summaryModel()->summaries();
    for (const CandidateSummary &s : summaries)
        QVERIFY2(s.passRate > 0.4, qPrintable(QString::number(s.passRate)));
    QVERIFY2(summaries[1].meanQuality > 0.7, qPrintable(QString::number(summaries[1].meanQuality)));
    QVERIFY2(summaries[1].meanQuality > summaries[0].meanQuality,
             qPrintable(QStringLiteral("sim-pro %1, sim-mini %2").arg(summaries[1].meanQuality).arg(summaries[0].meanQuality)));
}

QTEST_MAIN(TestReplayPage)
#include "tst_replaypage.moc"
