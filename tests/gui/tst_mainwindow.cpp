#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMessageBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTextBrowser>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QTreeView>
#include <QSplitter>
#include <QAccessible>
#include <QScrollBar>
#include <QLabel>
#include <QUndoStack>
#include "editor/NodeForm.h"
#include "session/PolicyEditSession.h"
#include "editor/PolicyEditor.h"
#include "editor/RouteDiagram.h"
#include "dialogs/PolicyHistoryDialog.h"
#include "models/RouteTreeModel.h"
#include "pages/PoliciesPage.h"
#include "models/LiveTrafficModel.h"
#include "models/PolicyListModel.h"
#include "dialogs/ProviderDialog.h"
#include "pages/LiveTrafficPage.h"
#include "pages/ProvidersPage.h"
#include "pages/WelcomePage.h"
#include "pages/SettingsPage.h"
#include "proxy/ProxyService.h"
#include "shell/TrayController.h"
#include "models/ProviderModelTableModel.h"
#include "shell/CommandPalette.h"
#include "shell/MainWindow.h"
#include "session/WorkspaceSession.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"

using namespace sy;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensDemoWorkspaceWithoutBlocking();
    void requestDetailsExplainSelectors();
    void navigatesWithKeyboardAndRestoresPage();
    void badWorkspaceReportsError();
    void liveTrafficShowsProxiedRequests();
    void trayMenuAndNotifications();
    void closingWithoutTrayAsksBeforeStoppingTheProxy();
    void addsEditsAndRemovesAProvider();
    void settingsAreKeptAndApplied();
    void buildsSavesAndServesARoute();
    void everyControlHasAnAccessibleName();
    void commandPaletteFindsAndRunsActions();
    void policyTakesTheWorkspaceProviders();
    void trafficIsBackAfterARestart();
    void pausingHoldsTheTable();
    void unsavedChangesAskBeforeAnythingMoves_data();
    void unsavedChangesAskBeforeAnythingMoves();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestMainWindow::opensDemoWorkspaceWithoutBlocking()
{
    WorkspaceSession session;
    MainWindow window(&session);
    QAbstractItemModelTester providerTester(window.providerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester policyTester(window.policyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(m_dir.filePath(QStringLiteral("demo.switchyard")), true);
    QCOMPARE(opened.count(), 0); // opening runs in the background
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 6, 10000);
    QTRY_COMPARE(window.policyModel()->rowCount(), 3);
    QVERIFY(session.simulatorUrl().startsWith(QStringLiteral("http://127.0.0.1:")));

    // The policies page opens the first policy in the editor, loaded in the background.
    window.showPage(window.policiesPage());
    PolicyEditor *editor = window.policiesPage()->editor();
    QTRY_VERIFY(editor->session()->isLoaded());
    QVERIFY(editor->routeList()->count() > 0);
    QVERIFY(editor->tree()->model()->rowCount() == 1);
    QTRY_VERIFY(editor->findChild<QPlainTextEdit *>(QStringLiteral("routeJson"))->toPlainText().contains(QStringLiteral("\"alias\"")));
    QVERIFY(editor->diagram()->nodeCount() > 0);
}

void TestMainWindow::navigatesWithKeyboardAndRestoresPage()
{
    QList<int> editorSizes;
    {
        WorkspaceSession session;
        MainWindow window(&session);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), window.policiesPage());
        QSplitter *editorSplitter = window.policiesPage()->editor()->splitter();
        editorSplitter->setSizes({300, 500});
        editorSizes = editorSplitter->sizes();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), window.providersPage());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        window.close();
    }
    {
        // By default the welcome page comes first.
        WorkspaceSession session;
        MainWindow window(&session);
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    }
    QSettings().setValue(QStringLiteral("welcome/showAtStart"), false); // then the page last shown
    const auto restoreDefault = qScopeGuard([] { QSettings().remove(QStringLiteral("welcome/showAtStart")); });
    WorkspaceSession session;
    MainWindow window(&session);
    QCOMPARE(window.pages()->currentWidget(), window.policiesPage()); // restored from QSettings
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.policiesPage()->editor()->splitter()->sizes(), editorSizes); // and the editor's layout
}

void TestMainWindow::badWorkspaceReportsError()
{
    WorkspaceSession session;
    QSignalSpy failed(&session, &WorkspaceSession::failed);
    const QString path = m_dir.filePath(QStringLiteral("junk.switchyard"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database at all, ").repeated(200));
    f.close();
    session.open(path, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(failed.first().first().toString().contains(path));
}

// A learned decision in the request log reads as a table of the candidates' probabilities, the
// threshold and the prompt's traits, above the decision's JSON.
void TestMainWindow::requestDetailsExplainSelectors()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("details.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    LiveTrafficPage *page = window.liveTrafficPage();
    RequestLogEntry entry;
    entry.route = QStringLiteral("learned");
    entry.model = QStringLiteral("large");
    entry.status = 200;
    entry.traceJson = QStringLiteral(R"({"status": "ok", "route": "learned", "trace": ["route 'learned'"],
        "features": {"prompt_tokens": 41, "conversation_depth": 1, "language": "en", "question_type": "explanation", "complexity": 0.46, "has_math": true},
        "selectors": [{"node": "$.routes[0].root", "method": "learned", "scores": {"small": 0.31, "large": 0.93}, "chosen": "large", "threshold": 0.5}]})");
    page->model()->append({entry});
    QTRY_COMPARE(page->model()->rowCount(), 1);
    page->table()->selectRow(0);
    auto *details = page->findChild<QTextBrowser *>();
    QVERIFY(details);
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Selector (learned) at $.routes[0].root")));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Probability")) && text.contains(QStringLiteral("large (chosen)")) && text.contains(QStringLiteral("0.310")) &&
                 text.contains(QStringLiteral("Threshold 0.5.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("language en, question explanation, complexity 0.46, math")), qPrintable(text));
}

void TestMainWindow::liveTrafficShowsProxiedRequests()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("live.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    LiveTrafficPage *page = window.liveTrafficPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentWidget(), page);

    // Choose the cheap-first policy, a free port, and start with the mouse.
    page->policyChooser()->setCurrentIndex(page->policyChooser()->findText(QStringLiteral("cheap-first"), Qt::MatchStartsWith));
    QVERIFY(page->policyChooser()->currentIndex() >= 0);
    page->listenEdit()->clear();
    QTest::keyClicks(page->listenEdit(), QStringLiteral("127.0.0.1:0"));
    QSignalSpy started(window.proxy(), &ProxyService::started);
    QTest::mouseClick(page->startStopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QCOMPARE(page->startStopButton()->text(), QStringLiteral("Stop proxy"));
    QVERIFY(!page->listenEdit()->isEnabled());

    // A real HTTP client through the proxy to the simulated providers.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(window.proxy()->baseUrl() + QStringLiteral("/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("x-switchyard-client", "gui-test");
    QNetworkReply *reply = nam.post(req, R"({"model": "fast", "messages": [{"role": "user", "content": "Say hello."}]})");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
    QCOMPARE(page->model()->entry(0).status, status);
    QCOMPARE(page->model()->entry(0).client, QStringLiteral("gui-test"));
    QCOMPARE(page->model()->entry(0).route, QStringLiteral("fast"));

    // Selecting the row shows its details.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Down);
    page->table()->selectRow(0);
    auto *details = page->findChild<QTextBrowser *>();
    QVERIFY(details);
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Decision trace")));
    // The decision read as Try a request shows it: the targets and the steps in plain words.
    QVERIFY(details->toPlainText().contains(QStringLiteral("How it was decided")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("route 'fast'")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Targets:")));
    // ...and the path it took, shown in the policy editor on request.
    QVERIFY(details->toHtml().contains(QStringLiteral("switchyard:show-path")));
    emit details->anchorClicked(QUrl(QStringLiteral("switchyard:show-path")));
    QCOMPARE(window.pages()->currentWidget(), window.policiesPage());
    QTRY_VERIFY(!window.policiesPage()->editor()->diagram()->highlightedPath().empty());
    QVERIFY(window.policiesPage()->editor()->diagram()->isHighlighted({}));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);

    // Demo traffic spreads sample requests over the routes the proxy serves, until switched off.
    QVERIFY(page->demoTrafficButton()->isEnabled());
    page->setDemoTrafficRate(20);
    QTest::mouseClick(page->demoTrafficButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 12, 15000);
    QSet<QString> routes;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        routes.insert(page->model()->entry(row).route);
    QVERIFY2(routes.size() >= 2, qPrintable(QStringList(routes.begin(), routes.end()).join(u',')));
    QTest::mouseClick(page->demoTrafficButton(), Qt::LeftButton);
    QVERIFY(!page->demoTrafficButton()->isChecked());

    QSignalSpy stopped(window.proxy(), &ProxyService::stopped);
    QTest::mouseClick(page->startStopButton(), Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(page->startStopButton()->text(), QStringLiteral("Start proxy"));

    // Every request the workbench's proxy served is in the workspace's request log, as with the
    // CLI proxy (folded failures count as their repeats), so it outlives the window.
    const int served = page->model()->rowCount();
    int logged = -1;
    bool byGuiTest = false;
    bool reading = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 if (!reading && logged >= served)
                                     return true;
                                 if (!reading) {
                                     reading = true;
                                     session.workspace()->read(
                                         [&logged, &byGuiTest](QSqlDatabase &db) {
                                             int total = 0;
                                             for (const RequestLogEntry &e : RequestLogStore::recent(db, 100000)) {
                                                 total += e.repeats;
                                                 byGuiTest = byGuiTest || e.client == u"gui-test";
                                             }
                                             logged = total;
                                         },
                                         &window, [&reading] { reading = false; });
                                 }
                                 return false;
                             }()),
                             10000);
    QCOMPARE(logged, served);
    QVERIFY(byGuiTest);
}

void TestMainWindow::trayMenuAndNotifications()
{
    WorkspaceSession session;
    MainWindow window(&session);
    session.open(m_dir.filePath(QStringLiteral("tray.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    TrayController *tray = window.tray();
    QCOMPARE(tray->policyMenu()->actions().size(), 3);
    QCOMPARE(tray->startStopAction()->text(), QStringLiteral("Start proxy"));
    QCOMPARE(tray->statusText(), QStringLiteral("Proxy stopped"));

    // Choosing a policy in the tray starts the proxy with it.
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    QSignalSpy started(window.proxy(), &ProxyService::started);
    QAction *abTest = nullptr; // the demo's A/B policy
    for (QAction *a : tray->policyMenu()->actions())
        if (a->text() == QStringLiteral("ab-standard-vs-claude"))
            abTest = a;
    QVERIFY(abTest);
    abTest->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QCOMPARE(window.proxy()->policy().name, QStringLiteral("ab-standard-vs-claude"));
    QCOMPARE(tray->startStopAction()->text(), QStringLiteral("Stop proxy"));
    QTRY_VERIFY([tray] {
        const QList<QAction *> actions = tray->policyMenu()->actions();
        return std::any_of(actions.begin(), actions.end(),
                           [](QAction *a) { return a->isChecked() && a->text() == QStringLiteral("ab-standard-vs-claude"); });
    }());

    // A breaker that opens and a budget that is crossed are announced once each.
    QSignalSpy notified(tray, &TrayController::notified);
    tray->setDailyBudgetUsd(0.01);
    RequestLogEntry e;
    e.timestampMs = QDateTime::currentMSecsSinceEpoch();
    e.status = 502;
    e.costUsd = 0.006;
    e.attemptLog.push_back({QStringLiteral("sim-cloud"), QStringLiteral("sim-pro"), 500, QStringLiteral("boom"), 10, QStringLiteral("opened"), {}});
    emit window.proxy()->requestsFinished({e});
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Circuit breaker opened"));
    e.attemptLog.clear();
    emit window.proxy()->requestsFinished({e, e});
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Daily budget reached"));
    emit window.proxy()->requestsFinished({e});
    QCOMPARE(notified.count(), 2); // once a day
    QVERIFY(tray->statusText().contains(QStringLiteral("4 requests in the last minute, 4 errors")));
    QVERIFY(tray->statusText().contains(QStringLiteral("$0.0240")));

    tray->startStopAction()->trigger();
    QVERIFY(!window.proxy()->isRunning());
}

void TestMainWindow::closingWithoutTrayAsksBeforeStoppingTheProxy()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("close.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    QVERIFY(!window.tray()->isShown()); // offscreen: no tray
    window.liveTrafficPage()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    QSignalSpy started(window.proxy(), &ProxyService::started);
    window.liveTrafficPage()->startProxy();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);

    QVERIFY(!window.close()); // not yet: it asks
    QVERIFY(window.isVisible());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmStopProxy"))));
    QVERIFY(window.proxy()->isRunning());
    QAbstractButton *keep = box->buttons().at(1);
    QTest::mouseClick(keep, Qt::LeftButton); // keep running: nothing changes
    QVERIFY(window.proxy()->isRunning());
    QVERIFY(window.isVisible());

    QVERIFY(!window.close());
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmStopProxy"))));
    QTest::mouseClick(box->buttons().at(0), Qt::LeftButton);
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(!window.proxy()->isRunning());
}

void TestMainWindow::addsEditsAndRemovesAProvider()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("providers.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 6, 10000);
    ProvidersPage *page = window.providersPage();
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);

    // Add: a preset fills the form, Save writes it to the workspace (off the GUI thread).
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    ProviderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ProviderDialog *>()));
    dialog->presetChooser()->setCurrentIndex(dialog->presetChooser()->findText(QStringLiteral("Groq")));
    const int groqModels = dialog->modelTable()->rowCount();
    QVERIFY(groqModels > 0);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 6 + groqModels, 10000);

    // Edit: select a Groq row, rename the provider.
    QTest::keyClicks(page->filter(), QStringLiteral("groq"));
    page->table()->selectRow(0);
    QCOMPARE(page->selectedProvider(), QStringLiteral("groq"));
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    QTRY_VERIFY((dialog = page->findChild<ProviderDialog *>()));
    QCOMPARE(dialog->idEdit()->text(), QStringLiteral("groq"));
    dialog->idEdit()->selectAll();
    QTest::keyClicks(dialog->idEdit(), QStringLiteral("groq-eu"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.providerModel()->match(window.providerModel()->index(0, ProviderModelTableModel::Provider), Qt::DisplayRole,
                                                           QStringLiteral("groq-eu"), 1, Qt::MatchExactly).size() == 1, 10000);
    QCOMPARE(window.providerModel()->rowCount(), 6 + groqModels); // renamed, not copied

    // Remove, after a question.
    page->filter()->clear();
    QTest::keyClicks(page->filter(), QStringLiteral("groq-eu"));
    page->table()->selectRow(0);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("confirmRemoveProvider"))));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.providerModel()->rowCount(), 6, 10000);
}

void TestMainWindow::settingsAreKeptAndApplied()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier); // the tenth page
    SettingsPage *page = window.settingsPage();
    QCOMPARE(window.pages()->currentWidget(), page);

    page->languageChooser()->setCurrentIndex(page->languageChooser()->findData(QStringLiteral("de")));
    QCOMPARE(SettingsPage::language(), QStringLiteral("de"));

    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    page->themeChooser()->setCurrentIndex(int(SettingsPage::Theme::Dark));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200); // readable on it
    page->themeChooser()->setCurrentIndex(int(SettingsPage::Theme::System));
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);

    page->dailyBudget()->setValue(12.5);
    QCOMPARE(window.tray()->dailyBudgetUsd(), 12.5);
    QCOMPARE(SettingsPage::dailyBudgetUsd(), 12.5);
    page->logBodies()->setChecked(true);
    QVERIFY(SettingsPage::logRequestBodies());
    page->clientKeysVariable()->setText(QStringLiteral("MY_KEYS"));
    QMetaObject::invokeMethod(page->clientKeysVariable(), "editingFinished");
    QCOMPARE(SettingsPage::clientKeysEnv(), QStringLiteral("MY_KEYS"));

    // A new window starts from what was kept.
    MainWindow again(&session);
    QCOMPARE(again.settingsPage()->languageChooser()->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(again.tray()->dailyBudgetUsd(), 12.5);
    QVERIFY(again.settingsPage()->logBodies()->isChecked());
    page->clientKeysVariable()->clear(); // leave the next tests without client keys
    QMetaObject::invokeMethod(page->clientKeysVariable(), "editingFinished");
    page->logBodies()->setChecked(false);
}

void TestMainWindow::buildsSavesAndServesARoute()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    session.open(m_dir.filePath(QStringLiteral("editor.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    PoliciesPage *page = window.policiesPage();
    PolicyEditor *editor = page->editor();
    QAbstractItemModelTester tester(editor->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(editor->session()->isLoaded());
    const QString policyName = editor->session()->policy().name;
    const int routesBefore = editor->routeList()->count();

    // A new route with the mouse, named with the keyboard.
    QTest::mouseClick(editor->routesPanel()->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);
    QCOMPARE(editor->routeList()->count(), routesBefore + 1);
    auto *alias = editor->routesPanel()->findChild<QLineEdit *>(QStringLiteral("routeAlias"));
    QVERIFY(alias->hasFocus());
    QTest::keyClicks(alias, QStringLiteral("edited"));
    QCOMPARE(editor->session()->policy().routes.back().alias, QStringLiteral("edited"));

    // Its target becomes the default of a conditional with one rule whose branch is a fallback chain.
    QTreeView *tree = editor->tree();
    tree->setFocus();
    tree->setCurrentIndex(editor->treeModel()->index(0, 0));
    editor->wrapNodeAction(int(NodeKind::Conditional))->trigger();
    QCOMPARE(editor->session()->policy().routes.back().root.kind, NodeKind::Conditional);
    tree->setCurrentIndex(editor->treeModel()->index(0, 0));
    editor->addNodeAction(int(NodeKind::Fallback))->trigger();
    const Node &root = editor->session()->policy().routes.back().root;
    QCOMPARE(root.rules.size(), size_t(1));
    QCOMPARE(root.rules.front().then.kind, NodeKind::Fallback);
    QVERIFY(editor->currentAddress() == (NodeAddress{{NodeStep::Kind::Rule, 0}}));
    // Insert adds a step to the selected chain; the rule's condition is typed into its clause.
    QTest::keyClick(tree, Qt::Key_Insert);
    QCOMPARE(editor->session()->policy().routes.back().root.rules.front().then.children.size(), size_t(2));
    tree->setCurrentIndex(editor->treeModel()->indexOf({{NodeStep::Kind::Rule, 0}}));
    auto *value = editor->form()->findChild<QDoubleSpinBox *>(QStringLiteral("clauseValue0")); // a number: a spin box
    QVERIFY(value);
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("20"));
    QCOMPARE(editor->session()->policy().routes.back().root.rules.front().when.value.toDouble(), 20.0);

    // Undo takes back the typing as one step, then the added step.
    QUndoStack *undo = editor->session()->undoStack();
    const int steps = undo->count();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->session()->policy().routes.back().root.rules.front().when.value.toDouble(), 1000.0);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->session()->policy().routes.back().root.rules.front().then.children.size(), size_t(1));
    QTest::keySequence(tree, editor->redoAction()->shortcut()); // Ctrl+Shift+Z or Ctrl+Y by platform
    QCOMPARE(editor->session()->policy().routes.back().root.rules.front().then.children.size(), size_t(2));
    QCOMPARE(undo->index(), steps - 1);
    QVERIFY(editor->session()->diagnostics().isEmpty());
    QVERIFY(page->saveButton()->text().endsWith(u'*'));

    // Save with Ctrl+S: a new version in the workspace.
    QSignalSpy saved(page, &PoliciesPage::saved);
    QTest::keyClicks(page->commentEdit(), QStringLiteral("edited route"));
    QTest::keyClick(page->commentEdit(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    QCOMPARE(saved.front().at(0).toString(), policyName);
    QCOMPARE(saved.front().at(1).toInt(), 2);
    QVERIFY(!editor->session()->isModified());
    QVERIFY(!page->saveButton()->text().endsWith(u'*'));

    // The history shows what changed between version 1 and 2.
    page->showHistory();
    auto *history = page->findChild<PolicyHistoryDialog *>(QStringLiteral("historyDialog"));
    QVERIFY(history);
    QTRY_VERIFY(history->diffView()->toPlainText().contains(QRegularExpression(QStringLiteral("\\+ +\"alias\": \"edited\""))));
    // Dates in the user's locale, not the store's ISO text; the view opens at the first change.
    QVERIFY(!history->newerChooser()->currentText().contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))));
    QVERIFY2(history->newerChooser()->currentText().contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
                 || history->newerChooser()->currentText().contains(QLocale().toString(QDate::currentDate().addDays(-1), QLocale::ShortFormat)),
             qPrintable(history->newerChooser()->currentText()));
    const QString atCursor = history->diffView()->textCursor().block().text();
    QVERIFY2(atCursor.startsWith(u'+') || atCursor.startsWith(u'-'), qPrintable(atCursor));
    history->close();

    // Serve the saved policy and send a request to the new route with a real HTTP client.
    LiveTrafficPage *live = window.liveTrafficPage();
    live->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    QSignalSpy started(window.proxy(), &ProxyService::started);
    live->servePolicy(policyName);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(window.proxy()->baseUrl() + QStringLiteral("/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(req, R"({"model": "edited", "messages": [{"role": "user", "content": "Hi"}]})");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 1, 5000);
    QCOMPARE(live->model()->entry(0).route, QStringLiteral("edited"));
    QSignalSpy stopped(window.proxy(), &ProxyService::stopped);
    QTest::mouseClick(live->startStopButton(), Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("a11y.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    QTRY_VERIFY(window.policiesPage()->editor()->session()->isLoaded());
    QStringList unnamed;
    for (int page = 0; page < window.pages()->count(); ++page) {
        window.navigation()->setCurrentRow(page);
        QApplication::processEvents();
        for (QWidget *w : window.pages()->widget(page)->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar *>(w) ||
                w->inherits("QAbstractSpinBoxPrivate") || w->parentWidget()->inherits("QComboBox") ||
                w->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 %2 in %4 (%3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                               window.navigation()->item(page)->text(), QString::fromLatin1(w->parentWidget()->metaObject()->className())));
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
}

void TestMainWindow::commandPaletteFindsAndRunsActions()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.navigation()->setCurrentRow(0);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *palette = window.findChild<CommandPalette *>();
    QVERIFY(palette);
    QVERIFY(palette->isVisible());
    const int all = palette->list()->count();
    QVERIFY(all > 15); // menus, editor and proxy actions
    QTest::keyClicks(palette->searchEdit(), QStringLiteral("go pol"));
    QCOMPARE(palette->list()->count(), 1);
    QVERIFY(palette->list()->item(0)->text().contains(QStringLiteral("Policies")));
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(window.pages()->currentWidget(), window.policiesPage());
    // Disabled actions are listed but cannot be run.
    window.showCommandPalette();
    QTest::keyClicks(palette->searchEdit(), QStringLiteral("redo"));
    QVERIFY(palette->list()->count() >= 1);
    QVERIFY(!(palette->list()->item(0)->flags() & Qt::ItemIsEnabled));
    palette->reject();
}

void TestMainWindow::policyTakesTheWorkspaceProviders()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("providers-sync.switchyard")), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    PolicyEditor *editor = window.policiesPage()->editor();
    QTRY_VERIFY(editor->session()->isLoaded());
    // A provider added on the Providers page...
    ProviderSpec added;
    added.id = QStringLiteral("groq");
    added.baseUrl = QStringLiteral("https://api.groq.com/openai/v1");
    ModelSpec model;
    model.id = QStringLiteral("llama-3.1-8b-instant");
    added.models = {model};
    QTRY_VERIFY(window.providerModel()->rowCount() > 0);
    const int before = window.providerModel()->rowCount();
    QSignalSpy writeFailed(&session, &WorkspaceSession::writeFailed);
    session.saveProvider(added);
    QTRY_VERIFY(window.providerModel()->rowCount() == before + 1 || !writeFailed.isEmpty());
    QVERIFY2(writeFailed.isEmpty(), writeFailed.isEmpty() ? "" : qPrintable(writeFailed.front().at(0).toString()));
    QCOMPARE(window.providerModel()->rowCount(), before + 1);
    // ...becomes choosable in the policy with one click, undoably.
    QVERIFY(!editor->session()->policy().findProvider(QStringLiteral("groq")));
    QTest::mouseClick(window.policiesPage()->findChild<QPushButton *>(QStringLiteral("useWorkspaceProviders")), Qt::LeftButton);
    QVERIFY(editor->session()->policy().findProvider(QStringLiteral("groq")));
    QVERIFY(editor->session()->modelChoices().contains(QStringLiteral("groq/llama-3.1-8b-instant")));
    editor->undoAction()->trigger();
    QVERIFY(!editor->session()->policy().findProvider(QStringLiteral("groq")));
}

void TestMainWindow::trafficIsBackAfterARestart()
{
    const QString path = m_dir.filePath(QStringLiteral("restart.switchyard"));
    int served = 0;
    {
        WorkspaceSession session;
        MainWindow window(&session);
        window.show();
        session.open(path, true);
        QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
        LiveTrafficPage *page = window.liveTrafficPage();
        page->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        page->startProxy();
        QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->isRunning(), 10000);
        page->setDemoTrafficRate(40);
        page->demoTrafficButton()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 8, 15000);
        page->demoTrafficButton()->setChecked(false);
        window.proxy()->stop();
        served = page->model()->rowCount();
    } // the session writes its request log before it closes
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(path, false);
    // The log keeps a run of identical failures as one row that counts them: every request is there.
    const auto logged = [&window] {
        int requests = 0;
        for (int row = 0; row < window.liveTrafficPage()->model()->rowCount(); ++row)
            requests += window.liveTrafficPage()->model()->entry(row).repeats;
        return requests;
    };
    QTRY_COMPARE_WITH_TIMEOUT(logged(), served, 10000);
    QVERIFY(!window.liveTrafficPage()->model()->entry(0).route.isEmpty());
}

void TestMainWindow::pausingHoldsTheTable()
{
    WorkspaceSession session;
    MainWindow window(&session);
    LiveTrafficPage *page = window.liveTrafficPage();
    RequestLogEntry e;
    e.route = QStringLiteral("auto");
    e.status = 200;
    emit window.proxy()->requestsFinished({e});
    QCOMPARE(page->model()->rowCount(), 1);
    page->pauseButton()->click();
    emit window.proxy()->requestsFinished({e, e});
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->pauseButton()->text().contains(QStringLiteral("2 new")));
    page->pauseButton()->click();
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->pauseButton()->text(), QStringLiteral("Pause"));
}

void TestMainWindow::unsavedChangesAskBeforeAnythingMoves_data()
{
    QTest::addColumn<int>("answer"); // a QMessageBox::StandardButton
    QTest::addColumn<bool>("moves");
    QTest::addColumn<bool>("savedFirst");
    QTest::newRow("save") << int(QMessageBox::Save) << true << true;
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
}

void TestMainWindow::unsavedChangesAskBeforeAnythingMoves()
{
    QFETCH(int, answer);
    QFETCH(bool, moves);
    QFETCH(bool, savedFirst);
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    session.open(m_dir.filePath(QStringLiteral("unsaved-%1.switchyard").arg(answer)), true);
    QTRY_COMPARE_WITH_TIMEOUT(window.policyModel()->rowCount(), 3, 10000);
    PoliciesPage *page = window.policiesPage();
    PolicyEditor *editor = page->editor();
    QTRY_VERIFY(editor->session()->isLoaded());
    const QString first = editor->session()->policy().name;
    editor->session()->edit(QStringLiteral("describe"), [](Policy &p) {
        p.routes[0].description = QStringLiteral("changed");
        return true;
    });
    QVERIFY(editor->session()->isModified());
    // Choose another policy in the list: the question comes, the list stays on the open one.
    auto *list = page->findChild<QListView *>(QStringLiteral("policiesList"));
    QModelIndex other;
    for (int i = 0; i < list->model()->rowCount(); ++i)
        if (list->model()->index(i, 0).data(PolicyListModel::NameRole).toString() != first)
            other = list->model()->index(i, 0);
    const QString second = other.data(PolicyListModel::NameRole).toString();
    QSignalSpy saved(page, &PoliciesPage::saved);
    list->setCurrentIndex(other);
    auto *box = page->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    QVERIFY(box);
    QVERIFY(box->button(QMessageBox::Save) && box->button(QMessageBox::Discard) && box->button(QMessageBox::Cancel));
    QCOMPARE(list->currentIndex().data(PolicyListModel::NameRole).toString(), first);
    QCOMPARE(editor->session()->policy().name, first);
    box->button(QMessageBox::StandardButton(answer))->click();
    if (moves) {
        QTRY_COMPARE_WITH_TIMEOUT(editor->session()->policy().name, second, 10000);
    } else {
        QCoreApplication::processEvents();
        QCOMPARE(editor->session()->policy().name, first);
    }
    QCOMPARE(list->currentIndex().data(PolicyListModel::NameRole).toString(), moves ? second : first);
    QCOMPARE(saved.count(), savedFirst ? 1 : 0);
    if (!moves)
        QVERIFY(editor->session()->isModified()); // nothing lost
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
