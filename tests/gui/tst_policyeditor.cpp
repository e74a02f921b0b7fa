#include <QJsonArray>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QSignalSpy>
#include <QComboBox>
#include <QPushButton>
#include "widgets/TryRequestPanel.h"
#include <QTreeView>
#include <QUndoStack>

#include "dialogs/JsonEditDialog.h"
#include "editor/NodeForm.h"
#include "policy/PolicyWriter.h"
#include <QTextBlock>
#include <QTextLayout>
#include "editor/ConditionEditor.h"
#include <QJsonValue>
#include <QDoubleSpinBox>
#include <QCheckBox>
#include "session/PolicyEditSession.h"
#include "editor/PolicyEditor.h"
#include "editor/SelectorParamsForm.h"
#include "editor/RouteDiagram.h"
#include "models/RouteTreeModel.h"
#include "policy/PolicyReader.h"

using namespace sy;

class TestPolicyEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void treeFollowsThePolicy();
    void dragAndKeysReorderSiblings_data();
    void dragAndKeysReorderSiblings();
    void problemsShowNextToTheirField();
    void weightSlidersKeepTheTotal();
    void diagramClickSelectsTheNode();
    void jsonEscapeHatch();
    void diagramBoxesAndEdgesShowTheWholeText();
    void triedRequestsPathIsHighlighted();
    void valueEditorsFollowTheFieldType_data();
    void valueEditorsFollowTheFieldType();
    void regexValuesAreChecked();
    void jsonKeepsTheFormatsOrderAndIsColoured();
    void jsonErrorsPutTheCursorOnThem();
    void everyEditUndoes();
    void semanticSelectorHasAForm();
    void learnedSelectorHasAForm();

private:
    Policy demo(const QString &name);
    PolicyEditor *m_editor = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {
Policy policyFile(const QString &path)
{
    Diagnostics diagnostics;
    const auto policy = PolicyReader::fromFile(QStringLiteral(SWITCHYARD_SOURCE_DIR "/") + path, diagnostics);
    if (!policy)
        qFatal("%s: %s", qPrintable(path), qPrintable(diagnostics.toString()));
    return *policy;
}

template<typename W>
W *fieldNamed(QWidget *form, const QString &accessibleName)
{
    for (W *w : form->findChildren<W *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}
} // namespace

Policy TestPolicyEditor::demo(const QString &name)
{
    Diagnostics diagnostics;
    const auto policy = PolicyReader::fromFile(QStringLiteral(":/demo/policies/%1.json").arg(name), diagnostics);
    if (!policy)
        qFatal("demo policy %s: %s", qPrintable(name), qPrintable(diagnostics.toString()));
    return *policy;
}

void TestPolicyEditor::init()
{
    m_editor = new PolicyEditor;
    m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->resize(1200, 800);
    m_editor->show();
    QApplication::setActiveWindow(m_editor);
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    m_editor->session()->load(demo(QStringLiteral("cheap-first")));
}

void TestPolicyEditor::cleanup()
{
    m_tester.reset();
    delete m_editor;
}

void TestPolicyEditor::treeFollowsThePolicy()
{
    RouteTreeModel *model = m_editor->treeModel();
    QCOMPARE(m_editor->routeList()->count(), int(m_editor->session()->policy().routes.size()));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex root = model->index(0, 0);
    const Node &policyRoot = m_editor->session()->policy().routes.front().root;
    QCOMPARE(model->rowCount(root), int(policyRoot.rules.size()) + (policyRoot.defaultNode ? 1 : 0));
    QVERIFY(model->data(model->index(0, 0, root)).toString().startsWith(QStringLiteral("If ")));
    // Choosing another route shows its tree.
    m_editor->routeList()->setCurrentRow(1);
    QCOMPARE(m_editor->currentRoute(), 1);
    QCOMPARE(model->route(), 1);
    QCOMPARE(model->data(model->index(0, RouteTreeModel::NodeColumn)).toString(),
             m_editor->session()->policy().routes[1].root.target.model);
}

void TestPolicyEditor::dragAndKeysReorderSiblings_data()
{
    QTest::addColumn<bool>("byDrag");
    QTest::newRow("drag and drop") << true;
    QTest::newRow("Ctrl+Down") << false;
}

void TestPolicyEditor::dragAndKeysReorderSiblings()
{
    QFETCH(bool, byDrag);
    RouteTreeModel *model = m_editor->treeModel();
    const auto ruleNames = [this] {
        QStringList names;
        for (const Rule &r : m_editor->session()->policy().routes.front().root.rules)
            names.append(r.name);
        return names;
    };
    const QStringList before = ruleNames();
    QVERIFY(before.size() >= 3);
    const QModelIndex first = model->indexOf({{NodeStep::Kind::Rule, 0}});
    if (byDrag) {
        std::unique_ptr<QMimeData> data(model->mimeData({first}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 2, 0, model->index(0, 0)));
        // Dropping onto another parent is not a reorder.
        QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model->indexOf({{NodeStep::Kind::Rule, 0}})));
        model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, model->index(0, 0)); // between rules 2 and 3
    } else {
        m_editor->tree()->setFocus();
        m_editor->tree()->setCurrentIndex(first);
        QTest::keyClick(m_editor->tree(), Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(m_editor->currentAddress() == (NodeAddress{{NodeStep::Kind::Rule, 1}})); // selection moves along
    }
    QStringList expected = before;
    expected.move(0, 1);
    QCOMPARE(ruleNames(), expected);
    m_editor->session()->undoStack()->undo();
    QCOMPARE(ruleNames(), before);
}

void TestPolicyEditor::problemsShowNextToTheirField()
{
    // The fast route's root is a target; a model no provider has is flagged under the model field.
    m_editor->routeList()->setCurrentRow(1);
    m_editor->tree()->setCurrentIndex(m_editor->treeModel()->index(0, 0));
    auto *model = qobject_cast<QComboBox *>(m_editor->form()->fieldAt(QStringLiteral(".model")));
    QVERIFY(model);
    model->setFocus();
    model->lineEdit()->selectAll();
    QTest::keyClicks(model, QStringLiteral("sim-cloud/nope"));
    QCOMPARE(m_editor->session()->policy().routes[1].root.target.model, QStringLiteral("sim-cloud/nope"));
    QCOMPARE(m_editor->session()->diagnostics().size(), 1);
    QLabel *problem = nullptr;
    for (QLabel *label : model->parentWidget()->findChildren<QLabel *>(QStringLiteral("fieldProblem")))
        problem = label;
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("no model 'nope'")));
    QVERIFY(m_editor->treeModel()->data(m_editor->treeModel()->index(0, 0), RouteTreeModel::ProblemRole).toString().contains(QStringLiteral("nope")));
    QVERIFY(m_editor->routeList()->item(1)->toolTip().contains(QStringLiteral("1 problem")));
    QVERIFY(m_editor->problemList()->item(0)->text().startsWith(QStringLiteral("$.routes[1].root.model")));
    // Typing the rest of a good name clears it; the keystrokes were one undo step.
    model->lineEdit()->selectAll();
    QTest::keyClicks(model, QStringLiteral("sim-cloud/sim-pro"));
    QVERIFY(m_editor->session()->diagnostics().isEmpty());
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_editor->session()->undoStack()->count(), 1);

    // A backoff range the wrong way round is flagged at the longest backoff.
    auto *retries = m_editor->form()->findChild<QSpinBox *>(QStringLiteral("retries"));
    QVERIFY(retries);
    retries->setValue(2);
    // A change from elsewhere (here: not the form) rebuilds the form with the new values.
    m_editor->session()->editNode(QStringLiteral("test"), 1, {}, [](Node &n) { n.target.retry.initialBackoffMs = 5000; });
    auto *maxBackoff = m_editor->form()->findChild<QSpinBox *>(QStringLiteral("maxBackoff"));
    QVERIFY(maxBackoff);
    QCOMPARE(m_editor->form()->findChild<QSpinBox *>(QStringLiteral("retries"))->value(), 2);
    maxBackoff->setValue(100);
    QCOMPARE(m_editor->session()->diagnostics().size(), 1);
    QCOMPARE(m_editor->session()->diagnostics().items().front().path, QStringLiteral("$.routes[1].root.retry.max_backoff_ms"));
}

void TestPolicyEditor::weightSlidersKeepTheTotal()
{
    m_editor->session()->load(demo(QStringLiteral("ab-test")));
    m_editor->tree()->setCurrentIndex(m_editor->treeModel()->index(0, 0));
    auto *first = m_editor->form()->findChild<QSlider *>(QStringLiteral("weightSlider0"));
    auto *second = m_editor->form()->findChild<QSlider *>(QStringLiteral("weightSlider1"));
    QVERIFY(first && second);
    first->setFocus();
    const int start = first->value();
    QTest::keyClick(first, Qt::Key_PageUp); // one page step, 10%
    QCOMPARE(first->value(), start + 10);
    QCOMPARE(second->value(), 100 - first->value()); // the other arm follows
    const auto &arms = m_editor->session()->policy().routes.front().root.arms;
    QCOMPARE(arms[0].weight + arms[1].weight, 100.0);
    QVERIFY(m_editor->session()->diagnostics().isEmpty());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(first, Qt::Key_Right);
    QCOMPARE(m_editor->session()->undoStack()->count(), 1); // one drag, one step
}

void TestPolicyEditor::diagramClickSelectsTheNode()
{
    RouteDiagram *diagram = m_editor->diagram();
    const NodeAddress target{{NodeStep::Kind::Rule, 1}};
    const QPoint at = diagram->mapFromScene(diagram->nodeCenter(target));
    QVERIFY(diagram->viewport()->rect().contains(at));
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(m_editor->currentAddress() == target);
    QCOMPARE(diagram->nodeCount(), m_editor->treeModel()->rowCount() + [&] {
        int n = 0;
        std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_editor->treeModel()->rowCount(parent); ++r) {
                ++n;
                count(m_editor->treeModel()->index(r, 0, parent));
            }
        };
        count(m_editor->treeModel()->index(0, 0));
        return n;
    }());
    // Adding a node redraws the diagram at once.
    const int before = diagram->nodeCount();
    m_editor->tree()->setCurrentIndex(m_editor->treeModel()->index(0, 0));
    m_editor->addNodeAction(int(NodeKind::Target))->trigger();
    QCOMPARE(diagram->nodeCount(), before + 1);
}

namespace {
QStringList sceneTexts(RouteDiagram *diagram, bool edgesOnly = false)
{
    QStringList texts;
    for (QGraphicsItem *item : diagram->scene()->items())
        if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item); t && (!edgesOnly || t->data(1).toString() == u"edgeLabel"))
            texts.append(t->text());
    return texts;
}
} // namespace

void TestPolicyEditor::diagramBoxesAndEdgesShowTheWholeText()
{
    // A model name and a rule name longer than the old fixed box and gap.
    m_editor->session()->edit(QStringLiteral("long names"), [](Policy &p) {
        p.routes[0].root.rules[1].name = QStringLiteral("tools-or-json-or-very-long-rule-name");
        return true;
    });
    RouteDiagram *diagram = m_editor->diagram();
    const QStringList texts = sceneTexts(diagram);
    for (const QString &t : texts)
        QVERIFY2(!t.contains(u'…'), qPrintable(t));
    QVERIFY(sceneTexts(diagram, true).contains(QStringLiteral("tools-or-json-or-very-long-rule-name")));
    QVERIFY(texts.contains(QStringLiteral("sim-cloud/sim-standard")));
    // Every edge label and box says all of itself in a tooltip; a rule's gives its condition.
    bool conditionShown = false;
    for (QGraphicsItem *item : diagram->scene()->items())
        if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            QVERIFY2(!t->toolTip().isEmpty(), qPrintable(t->text()));
            conditionShown |= t->toolTip().startsWith(QStringLiteral("Rule tools-or-json-or-very-long-rule-name: when has_tools"));
        }
    QVERIFY(conditionShown);
}

void TestPolicyEditor::triedRequestsPathIsHighlighted()
{
    RouteDiagram *diagram = m_editor->diagram();
    QVERIFY(diagram->highlightedPath().empty());
    TryRequestPanel *panel = m_editor->findChild<TryRequestPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(!panel->routeButton()->text().isEmpty());
    QSignalSpy decided(panel, &TryRequestPanel::decided);
    panel->sampleChooser()->setCurrentIndex(2); // "Code review": the long-or-code rule
    QTRY_COMPARE(decided.count(), 1);
    QCOMPARE(decided.front().at(0).toString(), QStringLiteral("auto"));
    QVERIFY(panel->showPathButton()->isEnabled());
    // The conditional root and the matched rule's subtree are lit, the other rules are not.
    QVERIFY(diagram->isHighlighted({}));
    QVERIFY(diagram->isHighlighted({{NodeStep::Kind::Rule, 0}}));
    QVERIFY(!diagram->isHighlighted({{NodeStep::Kind::Rule, 1}}));
    QVERIFY(!diagram->isHighlighted({{NodeStep::Kind::Default, 0}}));
    QTest::mouseClick(panel->showPathButton(), Qt::LeftButton);
    QVERIFY(diagram->isVisible());
}

void TestPolicyEditor::valueEditorsFollowTheFieldType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("editor");   // the value widget's class
    QTest::addColumn<QJsonValue>("value"); // the clause's value after the switch from prompt_tokens > 1500
    QTest::newRow("boolean: a toggle") << QStringLiteral("has_code") << QStringLiteral("QCheckBox") << QJsonValue(true);
    QTest::newRow("number: a spin box") << QStringLiteral("message_count") << QStringLiteral("QDoubleSpinBox") << QJsonValue(1500);
    QTest::newRow("enumeration: a list") << QStringLiteral("question_type") << QStringLiteral("QComboBox") << QJsonValue(QStringLiteral("1500"));
    QTest::newRow("text: a line") << QStringLiteral("last_user_message") << QStringLiteral("QLineEdit") << QJsonValue(QStringLiteral("1500"));
}

void TestPolicyEditor::valueEditorsFollowTheFieldType()
{
    QFETCH(QString, field);
    QFETCH(QString, editor);
    QFETCH(QJsonValue, value);
    Condition c;
    c.field = ConditionField::PromptTokens;
    c.op = ConditionOp::Gt;
    c.value = 1500;
    ConditionEditor conditions(c, QStringLiteral("$.routes[0].root.rules[0].when"));
    conditions.show();
    QCOMPARE(conditions.findChild<QWidget *>(QStringLiteral("clauseValue0"))->metaObject()->className(), QByteArray("QDoubleSpinBox"));
    QSignalSpy edited(&conditions, &ConditionEditor::edited);
    auto *fieldChooser = conditions.findChild<QComboBox *>(QString(), Qt::FindChildrenRecursively);
    for (QComboBox *combo : conditions.findChildren<QComboBox *>())
        if (combo->accessibleName().startsWith(QStringLiteral("Field")))
            fieldChooser = combo;
    fieldChooser->setCurrentIndex(fieldChooser->findText(field));
    emit fieldChooser->activated(fieldChooser->currentIndex());
    QCOMPARE(edited.count(), 1);
    const Condition after = edited.front().at(0).value<Condition>();
    QCOMPARE(after.value, value);
    // The value has the field's type, so nothing is left for validation to complain about.
    QTRY_COMPARE(conditions.findChild<QWidget *>(QStringLiteral("clauseValue0"))->metaObject()->className(), editor.toLatin1());
    if (field == u"question_type") {
        auto *list = conditions.findChild<QComboBox *>(QStringLiteral("clauseValue0"));
        QVERIFY(list->findText(QStringLiteral("factual")) >= 0);
        QVERIFY(list->findText(QStringLiteral("yes_no")) >= 0);
    }
}

void TestPolicyEditor::regexValuesAreChecked()
{
    Condition c;
    c.field = ConditionField::LastUserMessage;
    c.op = ConditionOp::Matches;
    c.value = QStringLiteral("^hello");
    ConditionEditor conditions(c, QStringLiteral("$.routes[0].root.rules[0].when"));
    auto *pattern = conditions.findChild<QLineEdit *>(QStringLiteral("clauseValue0"));
    QVERIFY(pattern);
    QVERIFY(!pattern->property("invalid").toBool());
    pattern->setFocus();
    QTest::keyClicks(pattern, QStringLiteral("(unclosed"));
    QVERIFY(pattern->property("invalid").toBool());
    QVERIFY(pattern->toolTip().contains(QStringLiteral("regular expression")));
    QTest::keyClick(pattern, Qt::Key_Backspace);
    QTest::keyClicks(pattern, QStringLiteral("d)"));
    QVERIFY(!pattern->property("invalid").toBool());
}

void TestPolicyEditor::jsonKeepsTheFormatsOrderAndIsColoured()
{
    auto *json = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("routeJson"));
    QTRY_VERIFY(json->toPlainText().contains(QStringLiteral("\"rules\"")));
    const QString text = json->toPlainText();
    // The route's alias before its root; a conditional's type, then its rules, then its default.
    QVERIFY(text.indexOf(QStringLiteral("\"alias\"")) < text.indexOf(QStringLiteral("\"root\"")));
    QVERIFY(text.indexOf(QStringLiteral("\"type\"")) < text.indexOf(QStringLiteral("\"rules\"")));
    QVERIFY2(text.indexOf(QStringLiteral("\"rules\"")) < text.indexOf(QStringLiteral("\"default\"")), qPrintable(text));
    // Keys are coloured differently from string values.
    bool coloured = false;
    for (QTextBlock block = json->document()->firstBlock(); block.isValid() && !coloured; block = block.next())
        coloured = !block.layout()->formats().isEmpty();
    QVERIFY(coloured);
    // The saved file reads the same way.
    const QString saved = QString::fromUtf8(PolicyWriter::toJsonText(m_editor->session()->policy()));
    QVERIFY(saved.indexOf(QStringLiteral("\"name\"")) < saved.indexOf(QStringLiteral("\"routes\"")));
    QVERIFY(saved.indexOf(QStringLiteral("\"providers\"")) < saved.indexOf(QStringLiteral("\"routes\"")));
    Diagnostics diagnostics;
    QVERIFY(PolicyReader::fromJsonText(saved.toUtf8(), diagnostics));
}

void TestPolicyEditor::jsonErrorsPutTheCursorOnThem()
{
    const QString path = m_editor->session()->nodePath(0, {{NodeStep::Kind::Rule, 1}});
    JsonEditDialog dialog(m_editor->session(), path);
    const QString good = dialog.editor()->toPlainText();
    QVERIFY(good.trimmed().startsWith(QStringLiteral("{\n  \"type\"")));
    QString broken = good;
    const int at = int(broken.indexOf(QStringLiteral("\n  \""), 2)) + 3; // the second key
    broken.insert(at, QStringLiteral("oops "));
    dialog.editor()->setPlainText(broken);
    QVERIFY(!dialog.apply());
    const int cursor = dialog.editor()->textCursor().position();
    QVERIFY2(std::abs(cursor - at) <= 5, qPrintable(QStringLiteral("cursor %1, error at %2").arg(cursor).arg(at)));
}

void TestPolicyEditor::jsonEscapeHatch()
{
    const QString path = m_editor->session()->nodePath(0, {{NodeStep::Kind::Rule, 1}});
    JsonEditDialog dialog(m_editor->session(), path);
    QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("\"type\"")));
    dialog.editor()->setPlainText(QStringLiteral("{\"type\": \"target\",\n \"model\": }"));
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problems()->text().contains(QStringLiteral("2:")));
    dialog.editor()->setPlainText(QStringLiteral("{\"type\": \"targett\", \"model\": \"sim-cloud/sim-pro\"}"));
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problems()->text().contains(path));
    dialog.editor()->setPlainText(QStringLiteral("{\"type\": \"target\", \"model\": \"sim-cloud/sim-pro\", \"timeout_ms\": 1234}"));
    QVERIFY(dialog.apply());
    QCOMPARE(m_editor->session()->policy().routes.front().root.rules[1].then.target.timeoutMs, 1234);
    m_editor->undoAction()->trigger();
    QVERIFY(m_editor->session()->policy().routes.front().root.rules[1].then.target.timeoutMs != 1234);
}

void TestPolicyEditor::everyEditUndoes()
{
    const Policy original = m_editor->session()->policy();
    m_editor->tree()->setCurrentIndex(m_editor->treeModel()->index(0, 0));
    for (int kind : {int(NodeKind::Target), int(NodeKind::Fallback), int(NodeKind::Weighted), int(NodeKind::Conditional)}) {
        m_editor->tree()->setCurrentIndex(m_editor->treeModel()->index(0, 0));
        m_editor->addNodeAction(kind)->trigger();
    }
    m_editor->wrapNodeAction(int(NodeKind::Fallback))->trigger();
    m_editor->deleteAction()->trigger();
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);
    QTest::keyClicks(m_editor->findChild<QLineEdit *>(QStringLiteral("routeAlias")), QStringLiteral("x"));
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("removeRoute")), Qt::LeftButton);
    QVERIFY(!(m_editor->session()->policy() == original));
    QVERIFY(m_editor->session()->isModified());
    while (m_editor->session()->undoStack()->canUndo())
        m_editor->undoAction()->trigger();
    QVERIFY(m_editor->session()->policy() == original);
    QVERIFY(!m_editor->session()->isModified());
    QCOMPARE(m_editor->routeList()->count(), int(original.routes.size()));
}

void TestPolicyEditor::semanticSelectorHasAForm()
{
    m_editor->session()->load(policyFile(QStringLiteral("docs/examples/intent-routes.json")));
    m_editor->selectNode({});
    const Node &root = m_editor->session()->policy().routes[0].root;
    QCOMPARE(root.method, QStringLiteral("semantic"));
    const QString label = root.arms[0].label;
    auto *encoder = fieldNamed<QComboBox>(m_editor->form(), QStringLiteral("Encoder"));
    QVERIFY2(encoder, "a form, not the JSON escape");
    QCOMPARE(encoder->currentData().toString(), QStringLiteral("lexical"));
    auto *examples = fieldNamed<QPlainTextEdit>(m_editor->form(), label + QStringLiteral(": examples"));
    auto *threshold = fieldNamed<QDoubleSpinBox>(m_editor->form(), label + QStringLiteral(": threshold"));
    QVERIFY(examples && threshold);
    QCOMPARE(examples->toPlainText().split(u'\n').size(), root.params.value(QStringLiteral("routes"))[label][QStringLiteral("examples")].toArray().size());
    threshold->setValue(0.42);
    QCOMPARE(m_editor->session()->policy().routes[0].root.params.value(QStringLiteral("routes"))[label][QStringLiteral("threshold")].toDouble(), 0.42);
    examples = fieldNamed<QPlainTextEdit>(m_editor->form(), label + QStringLiteral(": examples"));
    examples->setPlainText(QStringLiteral("where is my invoice\n\n  refund please  "));
    const QJsonArray kept = m_editor->session()->policy().routes[0].root.params.value(QStringLiteral("routes"))[label][QStringLiteral("examples")].toArray();
    QCOMPARE(kept, (QJsonArray{QStringLiteral("where is my invoice"), QStringLiteral("refund please")}));
    QVERIFY(m_editor->session()->diagnostics().isEmpty());
    // Embeddings need a model to embed with: the form asks for it, the reader says when it is missing.
    encoder = fieldNamed<QComboBox>(m_editor->form(), QStringLiteral("Encoder"));
    encoder->setCurrentIndex(encoder->findData(QStringLiteral("embeddings")));
    QCOMPARE(m_editor->session()->policy().routes[0].root.params.value(QStringLiteral("encoder")).toString(), QStringLiteral("embeddings"));
    QTRY_VERIFY(fieldNamed<QLineEdit>(m_editor->form(), QStringLiteral("Embedding model"))->isEnabled());
    QVERIFY(!m_editor->session()->diagnostics().isEmpty());
}

void TestPolicyEditor::learnedSelectorHasAForm()
{
    m_editor->session()->load(policyFile(QStringLiteral("tests/fuzz/corpus/fuzz_policy_reader/learned")));
    m_editor->selectNode({});
    QCOMPARE(m_editor->session()->policy().routes[0].root.method, QStringLiteral("learned"));
    auto *rule = fieldNamed<QComboBox>(m_editor->form(), QStringLiteral("Rule"));
    QVERIFY2(rule, "a form, not the JSON escape");
    QVERIFY(m_editor->form()->findChild<QPushButton *>(QStringLiteral("loadLearnedModel")));
    bool hasSummary = false;
    for (QLabel *l : m_editor->form()->findChildren<QLabel *>())
        hasSummary = hasSummary || l->text().startsWith(QStringLiteral("Trained for"));
    QVERIFY(hasSummary);
    rule->setCurrentIndex(rule->findData(QStringLiteral("willingness_to_pay")));
    const QJsonObject params = m_editor->session()->policy().routes[0].root.params;
    QCOMPARE(params.value(QStringLiteral("rule")).toString(), QStringLiteral("willingness_to_pay"));
    QVERIFY(params.contains(QStringLiteral("lambda")) && !params.contains(QStringLiteral("threshold")));
    QVERIFY(m_editor->session()->diagnostics().isEmpty());
    // A model file: the model itself, or a policy that holds one; anything else says why not.
    QString error;
    QVERIFY(!SelectorParamsForm::modelFromFile(QStringLiteral(SWITCHYARD_SOURCE_DIR "/tests/fuzz/corpus/fuzz_policy_reader/learned"), &error).isEmpty());
    QVERIFY(SelectorParamsForm::modelFromFile(QStringLiteral(SWITCHYARD_SOURCE_DIR "/docs/examples/intent-routes.json"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no trained router")), qPrintable(error));
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
