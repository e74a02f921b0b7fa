#include "editor/NodeForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

#include "json/JsonPath.h"
#include "editor/ConditionEditor.h"
#include "widgets/FieldProblem.h"
#include "session/PolicyEditSession.h"
#include "editor/SelectorParamsForm.h"
#include "routing/SelectorRegistry.h"

namespace sy {

namespace {

QString kindTitle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Target: return NodeForm::tr("Target");
    case NodeKind::Fallback: return NodeForm::tr("Fallback chain");
    case NodeKind::Weighted: return NodeForm::tr("Weighted split");
    case NodeKind::Conditional: return NodeForm::tr("Conditional");
    case NodeKind::Ref: return NodeForm::tr("Route reference");
    case NodeKind::Selector: return NodeForm::tr("Selector");
    }
    return {};
}

// Under the title, wrapped: a group box title cannot wrap and would set the pane's width.
QString kindExplanation(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Target: return NodeForm::tr("Sends the request to one model.");
    case NodeKind::Fallback: return NodeForm::tr("Tries each step in order until one succeeds.");
    case NodeKind::Weighted: return NodeForm::tr("Sends each request to one arm by weight.");
    case NodeKind::Conditional: return NodeForm::tr("The first rule that matches decides.");
    case NodeKind::Ref: return NodeForm::tr("Continues in another route.");
    case NodeKind::Selector: return NodeForm::tr("A method picks one candidate.");
    }
    return {};
}

QString failureLabel(FailureClass c)
{
    switch (c) {
    case FailureClass::Connect: return NodeForm::tr("connection failed");
    case FailureClass::Timeout: return NodeForm::tr("timeout");
    case FailureClass::RateLimited: return NodeForm::tr("rate limited (429)");
    case FailureClass::ServerError: return NodeForm::tr("server error (5xx)");
    case FailureClass::ClientError: return NodeForm::tr("client error (4xx)");
    case FailureClass::StreamError: return NodeForm::tr("broken stream");
    }
    return {};
}

std::optional<int> fromSpin(int value, int unsetValue) { return value == unsetValue ? std::nullopt : std::optional<int>(value); }

} // namespace

NodeForm::NodeForm(PolicyEditSession *session, QWidget *parent) : QScrollArea(parent), m_session(session)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Node properties"));
    connect(session, &PolicyEditSession::changed, this, &NodeForm::onSessionChanged);
    m_figureTimer.setInterval(1000);
    connect(&m_figureTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshFigures();
    });
    m_figureTimer.start();
    clear();
}

void NodeForm::clear()
{
    m_route = -1;
    m_address.clear();
    rebuild();
}

void NodeForm::showNode(int routeIndex, const NodeAddress &address)
{
    if (routeIndex == m_route && address == m_address && m_content)
        return;
    m_route = routeIndex;
    m_address = address;
    rebuild();
}

void NodeForm::onSessionChanged()
{
    if (m_editing) { // our own edit: the fields already show it
        syncWeights();
        showProblems();
        return;
    }
    rebuild(); // undo, redo or a change elsewhere
}

namespace {

// The model a node tries first: the upstream whose figures stand for it.
QString firstModel(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Target:
        return node.target.model;
    case NodeKind::Fallback:
        return node.children.empty() ? QString() : firstModel(node.children.front());
    case NodeKind::Weighted:
    case NodeKind::Selector:
        return !node.arms.empty() ? firstModel(node.arms.front().node) : node.defaultNode ? firstModel(*node.defaultNode) : QString();
    case NodeKind::Conditional:
        return !node.rules.empty() ? firstModel(node.rules.front().then) : node.defaultNode ? firstModel(*node.defaultNode) : QString();
    case NodeKind::Ref:
        return {};
    }
    return {};
}

} // namespace

void NodeForm::refreshFigures()
{
    if (!m_figures)
        return;
    const QHash<QString, UpstreamFigures> all = m_figureSource ? m_figureSource() : QHash<QString, UpstreamFigures>();
    if (all.isEmpty()) {
        m_figures->setText(tr("Start the proxy with this policy to see each target's latency, p95 and load here."));
        return;
    }
    QStringList lines;
    for (const auto &[label, ref] : m_figureRefs) {
        const auto it = all.find(ref);
        if (it == all.end()) {
            lines << tr("%1: not in the policy the proxy serves").arg(label);
            continue;
        }
        const UpstreamFigures &f = *it;
        QString line = f.latencyMs < 0 ? tr("%1: no answers yet").arg(label)
                                       : tr("%1: %2 ms on average, p95 %3, first token %4, %n recent answer(s)", nullptr, f.samples)
                                             .arg(label)
                                             .arg(f.latencyMs, 0, 'f', 0)
                                             .arg(f.p95Ms < 0 ? QStringLiteral("-") : tr("%1 ms").arg(f.p95Ms, 0, 'f', 0))
                                             .arg(f.ttftMs < 0 ? QStringLiteral("-") : tr("%1 ms").arg(f.ttftMs, 0, 'f', 0));
        line += tr(", %n in flight", nullptr, f.inFlight);
        if (f.breakerOpen)
            line += tr(", breaker open");
        lines << line;
    }
    m_figures->setText(lines.join(u'\n'));
}

void NodeForm::rebuild()
{
    m_figures = nullptr;
    m_figureRefs.clear();
    m_problemLabels.clear();
    m_fields.clear();
    m_weights.clear();
    m_weightTotal = nullptr;
    m_condition = nullptr;
    m_nodeProblems = nullptr;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    const Policy &policy = m_session->policy();
    const Node *node = m_route >= 0 && size_t(m_route) < policy.routes.size()
                           ? nodeAt(policy.routes[size_t(m_route)].root, m_address)
                           : nullptr;
    if (!node) {
        auto *hint = new QLabel(tr("Select a node in the tree or the diagram to edit it."), content);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        layout->addStretch();
        setWidget(content);
        m_content = content;
        return;
    }
    m_nodePath = m_session->nodePath(m_route, m_address);
    if (!m_address.empty()) {
        const Node *parent = nodeAt(policy.routes[size_t(m_route)].root, NodeAddress(m_address.begin(), m_address.end() - 1));
        auto *box = new QGroupBox(tr("Position"), content);
        auto *form = new QFormLayout(box);
        buildPlacement(form, *parent, m_address.back());
        layout->addWidget(box);
    }
    auto *box = new QGroupBox(kindTitle(node->kind), content);
    box->setObjectName(QStringLiteral("nodeBox"));
    auto *form = new QFormLayout(box);
    auto *explanation = new QLabel(kindExplanation(node->kind), box);
    explanation->setObjectName(QStringLiteral("nodeExplanation"));
    explanation->setWordWrap(true);
    form->addRow(explanation);
    auto *id = new QLineEdit(node->id, box);
    id->setPlaceholderText(tr("optional, shown in traces"));
    connect(id, &QLineEdit::textEdited, this, [this](const QString &text) {
        editNode(tr("Rename node"), [&](Node &n) { n.id = text; }, QStringLiteral("id"));
    });
    addField(form, tr("Label"), id, m_nodePath + QStringLiteral(".id"));
    switch (node->kind) {
    case NodeKind::Target: buildTarget(form, *node); break;
    case NodeKind::Fallback: buildFallback(form, *node); break;
    case NodeKind::Weighted:
        m_weightedAddress = m_address;
        buildWeighted(form, *node, m_nodePath + QStringLiteral(".arms"));
        break;
    case NodeKind::Conditional: buildConditional(form, *node); break;
    case NodeKind::Ref: buildRef(form, *node); break;
    case NodeKind::Selector: buildSelector(form, *node); break;
    }
    m_nodeProblems = makeProblemLabel(box);
    m_nodeProblems->setObjectName(QStringLiteral("nodeProblems"));
    form->addRow(m_nodeProblems);
    auto *asJson = new QPushButton(tr("Edit node as JSON…"), box);
    asJson->setObjectName(QStringLiteral("editNodeAsJson"));
    connect(asJson, &QPushButton::clicked, this, [this] { emit editAsJsonRequested(m_nodePath); });
    form->addRow(asJson);
    layout->addWidget(box);
    layout->addStretch();
    wrapForms(content);
    // A field that had the keyboard keeps it across the rebuild (an undo while typing), so the
    // next Ctrl+Z still reaches the editor.
    const QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = m_content && focused && m_content->isAncestorOf(focused);
    const QString focusedName = hadFocus ? focused->objectName() : QString();
    setWidget(content); // deletes the previous content
    m_content = content;
    if (hadFocus) {
        QWidget *same = focusedName.isEmpty() ? nullptr : content->findChild<QWidget *>(focusedName);
        (same ? same : static_cast<QWidget *>(this))->setFocus();
    }
    showProblems();
}

void NodeForm::wrapForms(QWidget *content)
{
    // Labels above their fields, wrapped: a narrow pane never scrolls sideways (Qt's WrapLongRows still
    // counts a label and a field side by side in its minimum width).
    for (QFormLayout *form : content->findChildren<QFormLayout *>()) {
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    label->setWordWrap(true);
    }
}

void NodeForm::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &path)
{
    field->setAccessibleName(label);
    auto *column = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    QLabel *problem = makeProblemLabel(column);
    v->addWidget(problem);
    form->addRow(label, column);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(column)))
        l->setBuddy(field);
    m_problemLabels.insert(path, problem);
    if (path.startsWith(m_nodePath))
        m_fields.insert(path.mid(m_nodePath.size()), field);
    else
        m_fields.insert(path, field);
}

QSpinBox *NodeForm::optionalSpin(int minimum, int maximum, const std::optional<int> &value, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setSpecialValueText(tr("default"));
    spin->setSuffix(suffix);
    spin->setValue(value.value_or(minimum));
    return spin;
}

void NodeForm::buildPlacement(QFormLayout *form, const Node &parent, const NodeStep &step)
{
    const QString parentPath = m_session->nodePath(m_route, NodeAddress(m_address.begin(), m_address.end() - 1));
    switch (step.kind) {
    case NodeStep::Kind::Child: {
        auto *note = new QLabel(tr("Step %1 of %2 in the fallback chain. Drag it in the tree, or use Move up and Move down, to change the order.")
                                    .arg(step.index + 1)
                                    .arg(parent.children.size()));
        note->setWordWrap(true);
        form->addRow(note);
        break;
    }
    case NodeStep::Kind::Default: {
        auto *note = new QLabel(parent.kind == NodeKind::Selector ? tr("Used when the selector cannot decide.")
                                                                   : tr("Used when no rule matches."));
        note->setWordWrap(true);
        form->addRow(note);
        break;
    }
    case NodeStep::Kind::Rule: {
        const Rule &rule = parent.rules[size_t(step.index)];
        const QString rulePath = parentPath + QStringLiteral(".rules[%1]").arg(step.index);
        auto *name = new QLineEdit(rule.name);
        name->setObjectName(QStringLiteral("ruleName"));
        const int index = step.index;
        connect(name, &QLineEdit::textEdited, this, [this, index](const QString &text) {
            editParent(tr("Rename rule"), [&](Node &p) { p.rules[size_t(index)].name = text; }, QStringLiteral("rule-name"));
        });
        addField(form, tr("Rule name"), name, rulePath + QStringLiteral(".name"));
        m_condition = new ConditionEditor(rule.when, rulePath + QStringLiteral(".when"));
        m_condition->setObjectName(QStringLiteral("conditionEditor"));
        connect(m_condition, &ConditionEditor::edited, this, [this, index](const Condition &c, const QString &mergeKey) {
            editParent(tr("Change condition"), [&](Node &p) { p.rules[size_t(index)].when = c; },
                       mergeKey.isEmpty() ? QString() : QStringLiteral("when-") + mergeKey);
            if (mergeKey.isEmpty() && m_condition) // clause added or removed: its rows were rebuilt
                m_condition->showProblems(m_session->diagnostics());
        });
        connect(m_condition, &ConditionEditor::editAsJsonRequested, this,
                [this, rulePath] { emit editAsJsonRequested(rulePath + QStringLiteral(".when")); });
        form->addRow(tr("When"), m_condition);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_condition)))
            l->setBuddy(m_condition);
        break;
    }
    case NodeStep::Kind::Arm: {
        const Arm &arm = parent.arms[size_t(step.index)];
        const QString armPath = parentPath + (parent.kind == NodeKind::Selector ? QStringLiteral(".candidates[%1]")
                                                                                : QStringLiteral(".arms[%1]"))
                                                 .arg(step.index);
        auto *label = new QLineEdit(arm.label);
        label->setObjectName(QStringLiteral("armLabel"));
        const int index = step.index;
        connect(label, &QLineEdit::textEdited, this, [this, index](const QString &text) {
            editParent(tr("Rename arm"), [&](Node &p) { p.arms[size_t(index)].label = text; }, QStringLiteral("arm-label"));
        });
        addField(form, tr("Arm label"), label, armPath + QStringLiteral(".label"));
        if (parent.kind == NodeKind::Weighted) {
            m_weightedAddress = NodeAddress(m_address.begin(), m_address.end() - 1);
            buildWeighted(form, parent, parentPath + QStringLiteral(".arms"));
        }
        break;
    }
    }
}

void NodeForm::buildTarget(QFormLayout *form, const Node &node)
{
    m_figureRefs.emplace_back(node.target.model, node.target.model);
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("liveFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const TargetSpec &t = node.target;
    auto *model = new QComboBox;
    model->setObjectName(QStringLiteral("targetModel"));
    model->setEditable(true);
    model->addItems(m_session->modelChoices());
    model->setCurrentText(t.model);
    connect(model, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        editNode(tr("Change model"), [&](Node &n) { n.target.model = text; }, QStringLiteral("model"));
    });
    addField(form, tr("Model"), model, m_nodePath + QStringLiteral(".model"));

    auto *timeout = optionalSpin(0, 600000, t.timeoutMs, tr(" ms"));
    timeout->setSingleStep(1000);
    connect(timeout, &QSpinBox::valueChanged, this, [this](int v) {
        editNode(tr("Change timeout"), [&](Node &n) { n.target.timeoutMs = fromSpin(v, 0); }, QStringLiteral("timeout"));
    });
    addField(form, tr("Timeout"), timeout, m_nodePath + QStringLiteral(".timeout_ms"));

    auto *retries = optionalSpin(-1, 10, t.retry.maxAttempts, QString());
    retries->setObjectName(QStringLiteral("retries"));
    connect(retries, &QSpinBox::valueChanged, this, [this](int v) {
        editNode(tr("Change retries"), [&](Node &n) { n.target.retry.maxAttempts = fromSpin(v, -1); }, QStringLiteral("retries"));
    });
    addField(form, tr("Retries"), retries, m_nodePath + QStringLiteral(".retry.max_attempts"));
    auto *initialBackoff = optionalSpin(0, 60000, t.retry.initialBackoffMs, tr(" ms"));
    connect(initialBackoff, &QSpinBox::valueChanged, this, [this](int v) {
        editNode(tr("Change backoff"), [&](Node &n) { n.target.retry.initialBackoffMs = fromSpin(v, 0); }, QStringLiteral("backoff0"));
    });
    addField(form, tr("First backoff"), initialBackoff, m_nodePath + QStringLiteral(".retry.initial_backoff_ms"));
    auto *maxBackoff = optionalSpin(0, 600000, t.retry.maxBackoffMs, tr(" ms"));
    maxBackoff->setObjectName(QStringLiteral("maxBackoff"));
    connect(maxBackoff, &QSpinBox::valueChanged, this, [this](int v) {
        editNode(tr("Change backoff"), [&](Node &n) { n.target.retry.maxBackoffMs = fromSpin(v, 0); }, QStringLiteral("backoff1"));
    });
    addField(form, tr("Longest backoff"), maxBackoff, m_nodePath + QStringLiteral(".retry.max_backoff_ms"));

    auto *concurrency = optionalSpin(0, 100000, t.maxConcurrency, QString());
    connect(concurrency, &QSpinBox::valueChanged, this, [this](int v) {
        editNode(tr("Change concurrency"), [&](Node &n) { n.target.maxConcurrency = fromSpin(v, 0); }, QStringLiteral("concurrency"));
    });
    addField(form, tr("Most in flight"), concurrency, m_nodePath + QStringLiteral(".max_concurrency"));
    concurrency->setToolTip(tr("Beyond this many requests in flight the target counts as full and a fallback bursts past it."));
    auto *queueWait = optionalSpin(0, 600000, t.maxQueueWaitMs, tr(" ms"));
    connect(queueWait, &QSpinBox::valueChanged, this, [this](int v) {
        editNode(tr("Change queue wait"), [&](Node &n) { n.target.maxQueueWaitMs = fromSpin(v, 0); }, QStringLiteral("queue"));
    });
    addField(form, tr("Wait for a slot"), queueWait, m_nodePath + QStringLiteral(".max_queue_wait_ms"));

    auto *breaker = new QGroupBox(tr("Circuit breaker"));
    breaker->setObjectName(QStringLiteral("breakerBox"));
    breaker->setCheckable(true);
    breaker->setChecked(bool(t.breaker));
    auto *bform = new QFormLayout(breaker);
    const CircuitBreakerSpec spec = t.breaker.value_or(CircuitBreakerSpec{});
    connect(breaker, &QGroupBox::toggled, this, [this](bool on) {
        editNode(on ? tr("Add circuit breaker") : tr("Remove circuit breaker"), [&](Node &n) {
            n.target.breaker = on ? std::optional<CircuitBreakerSpec>(CircuitBreakerSpec{}) : std::nullopt;
        });
    });
    auto breakerSpin = [&](const QString &label, const char *key, int min, int max, const std::optional<int> &value,
                           const QString &suffix, std::optional<int> CircuitBreakerSpec::*member) {
        QSpinBox *spin = optionalSpin(min, max, value, suffix);
        connect(spin, &QSpinBox::valueChanged, this, [this, member, min, key](int v) {
            editNode(tr("Change circuit breaker"), [&](Node &n) {
                if (n.target.breaker)
                    (*n.target.breaker).*member = fromSpin(v, min);
            }, QLatin1String(key));
        });
        addField(bform, label, spin, m_nodePath + QStringLiteral(".breaker.") + QLatin1String(key));
    };
    breakerSpin(tr("Open after failures in a row"), "consecutive_failures", 0, 1000, spec.consecutiveFailures, QString(),
                &CircuitBreakerSpec::consecutiveFailures);
    auto *errorRate = new QDoubleSpinBox;
    errorRate->setRange(0, 100);
    errorRate->setSuffix(QStringLiteral(" %"));
    errorRate->setSpecialValueText(tr("default"));
    errorRate->setValue(spec.errorRate.value_or(0) * 100);
    connect(errorRate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editNode(tr("Change circuit breaker"), [&](Node &n) {
            if (n.target.breaker)
                n.target.breaker->errorRate = v > 0 ? std::optional<double>(v / 100) : std::nullopt;
        }, QStringLiteral("error_rate"));
    });
    addField(bform, tr("Or error rate above"), errorRate, m_nodePath + QStringLiteral(".breaker.error_rate"));
    breakerSpin(tr("Over a window of"), "window_s", 0, 3600, spec.windowSeconds, tr(" s"), &CircuitBreakerSpec::windowSeconds);
    breakerSpin(tr("With at least"), "min_requests", 0, 100000, spec.minRequests, tr(" requests"), &CircuitBreakerSpec::minRequests);
    breakerSpin(tr("Stay open for"), "cooldown_ms", 0, 3600000, spec.cooldownMs, tr(" ms"), &CircuitBreakerSpec::cooldownMs);
    form->addRow(breaker);
    if (!t.overrideParams.isEmpty()) {
        auto *params = new QLabel(QString::fromUtf8(QJsonDocument(t.overrideParams).toJson(QJsonDocument::Compact)));
        params->setWordWrap(true);
        addField(form, tr("Request parameters"), params, m_nodePath + QStringLiteral(".params"));
    }
    addField(form, tr("Now"), m_figures, m_nodePath + QStringLiteral(".figures"));
    refreshFigures();
}

void NodeForm::buildFallback(QFormLayout *form, const Node &node)
{
    auto *custom = new QGroupBox(tr("Only after these failures"));
    custom->setCheckable(true);
    custom->setChecked(bool(node.fallbackOn));
    custom->setToolTip(tr("When unchecked: after the usual failures (connection, timeout, 429, 5xx, broken stream)."));
    auto *v = new QVBoxLayout(custom);
    const FailureSet set = node.fallbackOn.value_or(FailureSet::defaults());
    for (FailureClass c : kAllFailureClasses) {
        auto *box = new QCheckBox(failureLabel(c), custom);
        if (c == FailureClass::StreamError)
            box->setToolTip(tr("The stream failed before its first token reached the client."));
        box->setChecked(set.has(c));
        connect(box, &QCheckBox::toggled, this, [this, c](bool on) {
            editNode(tr("Change when to fall back"), [&](Node &n) {
                FailureSet s = n.fallbackOn.value_or(FailureSet::defaults());
                s.bits = on ? (s.bits | unsigned(c)) : (s.bits & ~unsigned(c));
                n.fallbackOn = s;
            });
        });
        v->addWidget(box);
    }
    connect(custom, &QGroupBox::toggled, this, [this](bool on) {
        editNode(tr("Change when to fall back"), [&](Node &n) {
            n.fallbackOn = on ? std::optional<FailureSet>(FailureSet::defaults()) : std::nullopt;
        });
    });
    addField(form, tr("Move on"), custom, m_nodePath + QStringLiteral(".fallback_on"));
    auto *steps = new QLabel(tr("%n step(s). Add steps with Add ▸ while this chain is selected.", nullptr, int(node.children.size())));
    steps->setWordWrap(true);
    form->addRow(steps);
}

void NodeForm::buildWeighted(QFormLayout *form, const Node &node, const QString &armsPath)
{
    if (&node == nodeAt(m_session->policy().routes[size_t(m_route)].root, m_address)) {
        auto *strategy = new QComboBox;
        strategy->setObjectName(QStringLiteral("balanceStrategy"));
        // Long translated choices must not widen the form past a laptop's side panel.
        strategy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        strategy->setMinimumContentsLength(14);
        const std::pair<BalanceStrategy, QString> strategies[] = {
            {BalanceStrategy::Weights, tr("by weight")},
            {BalanceStrategy::LeastLatency, tr("least latency (moving average)")},
            {BalanceStrategy::LeastBusy, tr("least busy (requests in flight)")},
            {BalanceStrategy::LowestCost, tr("lowest cost for the request")},
            {BalanceStrategy::LatencyObjective, tr("cheapest within a latency objective")}};
        for (const auto &[value, text] : strategies) {
            strategy->addItem(text, int(value));
            if (value == node.strategy)
                strategy->setCurrentIndex(strategy->count() - 1);
        }
        connect(strategy, &QComboBox::activated, this, [this, strategy] {
            const auto chosen = BalanceStrategy(strategy->currentData().toInt());
            editNode(tr("Change how an arm is chosen"), [&](Node &n) {
                n.strategy = chosen;
                if (chosen == BalanceStrategy::LatencyObjective && !n.objectiveMs)
                    n.objectiveMs = 2000;
            });
        });
        addField(form, tr("Choose an arm"), strategy, m_nodePath + QStringLiteral(".strategy"));
        if (node.strategy == BalanceStrategy::LeastLatency || node.strategy == BalanceStrategy::LatencyObjective) {
            auto *metric = new QComboBox;
            metric->setObjectName(QStringLiteral("latencyMetric"));
            metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            metric->setMinimumContentsLength(10);
            metric->addItem(tr("whole answer"), int(LatencyMetric::Total));
            metric->addItem(tr("first token"), int(LatencyMetric::FirstToken));
            metric->setCurrentIndex(node.latencyMetric == LatencyMetric::FirstToken ? 1 : 0);
            connect(metric, &QComboBox::activated, this, [this, metric] {
                const auto chosen = LatencyMetric(metric->currentData().toInt());
                editNode(tr("Change the latency measured"), [&](Node &n) { n.latencyMetric = chosen; });
            });
            addField(form, tr("Latency of"), metric, m_nodePath + QStringLiteral(".latency_metric"));
        }
        if (node.strategy == BalanceStrategy::LatencyObjective) {
            auto *objective = new QSpinBox;
            objective->setObjectName(QStringLiteral("objectiveMs"));
            objective->setRange(1, 3600000);
            objective->setSingleStep(100);
            objective->setSuffix(tr(" ms"));
            objective->setValue(node.objectiveMs.value_or(2000));
            connect(objective, &QSpinBox::valueChanged, this, [this](int v) {
                editNode(tr("Change the latency objective"), [&](Node &n) { n.objectiveMs = v; }, QStringLiteral("objective"));
            });
            addField(form, tr("p95 objective"), objective, m_nodePath + QStringLiteral(".objective_ms"));
        }
        for (size_t i = 0; i < node.arms.size(); ++i)
            m_figureRefs.emplace_back(node.arms[i].label.isEmpty() ? QString::number(i + 1) : node.arms[i].label, firstModel(node.arms[i].node));
        m_figures = new QLabel;
        m_figures->setObjectName(QStringLiteral("liveFigures"));
        m_figures->setWordWrap(true);
        m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addField(form, tr("Now"), m_figures, m_nodePath + QStringLiteral(".figures"));
        refreshFigures();
        auto *sticky = new QComboBox;
        sticky->setObjectName(QStringLiteral("stickyKey"));
        sticky->setEditable(true);
        sticky->addItems({QString(), QStringLiteral("user"), QStringLiteral("header:x-session-id"), QStringLiteral("metadata:user_id")});
        sticky->setCurrentText(node.stickyKey);
        sticky->lineEdit()->setPlaceholderText(tr("random per request"));
        connect(sticky, &QComboBox::currentTextChanged, this, [this](const QString &text) {
            editNode(tr("Change sticky key"), [&](Node &n) { n.stickyKey = text.trimmed(); }, QStringLiteral("sticky"));
        });
        addField(form, tr("Keep a client on one arm by"), sticky, m_nodePath + QStringLiteral(".sticky_key"));
        auto *salt = new QLineEdit(node.salt);
        salt->setPlaceholderText(tr("change to reshuffle assignments"));
        connect(salt, &QLineEdit::textEdited, this, [this](const QString &text) {
            editNode(tr("Change salt"), [&](Node &n) { n.salt = text; }, QStringLiteral("salt"));
        });
        addField(form, tr("Experiment salt"), salt, m_nodePath + QStringLiteral(".salt"));
    }
    auto *weights = new QWidget;
    weights->setObjectName(QStringLiteral("weights"));
    auto *grid = new QFormLayout(weights);
    grid->setContentsMargins(0, 0, 0, 0);
    for (size_t i = 0; i < node.arms.size(); ++i) {
        const Arm &arm = node.arms[i];
        auto *row = new QWidget(weights);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *slider = new QSlider(Qt::Horizontal, row);
        slider->setRange(0, 100);
        slider->setValue(int(std::lround(arm.weight)));
        slider->setObjectName(QStringLiteral("weightSlider%1").arg(i));
        const QString name = arm.label.isEmpty() ? QString::number(i + 1) : arm.label;
        slider->setAccessibleName(tr("Weight of arm %1").arg(name));
        auto *spin = new QSpinBox(row);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(slider->value());
        spin->setAccessibleName(tr("Weight of arm %1 in percent").arg(name));
        h->addWidget(slider, 1);
        h->addWidget(spin);
        const int index = int(i);
        auto apply = [this, index](int v) {
            m_editing = true;
            m_session->editNode(tr("Change weights"), m_route, m_weightedAddress,
                                [&](Node &n) { PolicyEdits::setArmWeight(n, index, v); },
                                QStringLiteral("weights:%1").arg(index));
            m_editing = false;
        };
        connect(slider, &QSlider::valueChanged, this, apply);
        connect(spin, &QSpinBox::valueChanged, this, apply);
        grid->addRow(name, row);
        m_weights.push_back({slider, spin});
    }
    m_weightTotal = new QLabel(weights);
    grid->addRow(m_weightTotal);
    addField(form, tr("Weights"), weights, armsPath);
    syncWeights();
}

void NodeForm::syncWeights()
{
    if (m_weights.empty())
        return;
    const Node *weighted = nodeAt(m_session->policy().routes[size_t(m_route)].root, m_weightedAddress);
    if (!weighted || weighted->arms.size() != m_weights.size())
        return;
    double total = 0;
    for (size_t i = 0; i < m_weights.size(); ++i) {
        const int v = int(std::lround(weighted->arms[i].weight));
        total += weighted->arms[i].weight;
        const QSignalBlocker blockSlider(m_weights[i].slider);
        const QSignalBlocker blockSpin(m_weights[i].spin);
        m_weights[i].slider->setValue(v);
        m_weights[i].spin->setValue(v);
    }
    m_weightTotal->setText(tr("Total: %1%").arg(total));
}

void NodeForm::buildConditional(QFormLayout *form, const Node &node)
{
    auto *note = new QLabel(tr("%n rule(s), checked from the top; %1", nullptr, int(node.rules.size()))
                                .arg(node.defaultNode ? tr("a default when none matches.") : tr("no default: unmatched requests fail.")));
    note->setWordWrap(true);
    form->addRow(note);
}

void NodeForm::buildRef(QFormLayout *form, const Node &node)
{
    auto *route = new QComboBox;
    route->setEditable(true);
    for (const Route &r : m_session->policy().routes)
        if (size_t(m_route) >= m_session->policy().routes.size() || r.alias != m_session->policy().routes[size_t(m_route)].alias)
            route->addItem(r.alias);
    route->setCurrentText(node.routeRef);
    connect(route, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        editNode(tr("Change route reference"), [&](Node &n) { n.routeRef = text; }, QStringLiteral("ref"));
    });
    addField(form, tr("Route"), route, m_nodePath + QStringLiteral(".route"));
}

void NodeForm::buildSelector(QFormLayout *form, const Node &node)
{
    auto *method = new QComboBox;
    method->setEditable(true);
    method->addItems(SelectorRegistry::methods());
    method->setCurrentText(node.method);
    connect(method, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        editNode(tr("Change selector method"), [&](Node &n) { n.method = text; }, QStringLiteral("method"));
    });
    addField(form, tr("Method"), method, m_nodePath + QStringLiteral(".method"));
    const auto add = [this, form](const QString &label, QWidget *field, const QString &path) { addField(form, label, field, path); };
    const auto edit = [this](const QString &text, const std::function<void(Node &)> &change, const QString &mergeKey) {
        editNode(text, change, mergeKey);
    };
    if (SelectorParamsForm::build(form, node, m_nodePath, add, edit))
        return;
    auto *params = new QLabel(node.params.isEmpty() ? tr("(none)")
                                                    : QString::fromUtf8(QJsonDocument(node.params).toJson(QJsonDocument::Compact)));
    params->setWordWrap(true);
    addField(form, tr("Parameters"), params, m_nodePath + QStringLiteral(".params"));
}

void NodeForm::editNode(const QString &text, const std::function<void(Node &)> &change, const QString &mergeKey)
{
    m_editing = true;
    m_session->editNode(text, m_route, m_address, change, mergeKey.isEmpty() ? QString() : m_nodePath + u'#' + mergeKey);
    m_editing = false;
}

void NodeForm::editParent(const QString &text, const std::function<void(Node &)> &change, const QString &mergeKey)
{
    m_editing = true;
    m_session->editNode(text, m_route, NodeAddress(m_address.begin(), m_address.end() - 1), change,
                        mergeKey.isEmpty() ? QString() : m_nodePath + u'#' + mergeKey);
    m_editing = false;
}

void NodeForm::showProblems()
{
    if (!m_content || m_route < 0)
        return;
    const Diagnostics &diagnostics = m_session->diagnostics();
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    const NodeAddress parent = m_address.empty() ? NodeAddress() : NodeAddress(m_address.begin(), m_address.end() - 1);
    for (const Diagnostic &d : diagnostics.items()) {
        // Only this node's own problems, and its parent's where they concern this node's position.
        int route = -1;
        const auto deepest = addressFromJsonPath(d.path, &route);
        if (!deepest || route != m_route || (*deepest != m_address && (m_address.empty() || *deepest != parent)))
            continue;
        QString best;
        for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it)
            if (isUnderPath(d.path, it.key()) && it.key().size() > best.size())
                best = it.key();
        if (!best.isEmpty())
            byField[best].append(d.message);
        else if (*deepest == m_address)
            unplaced.append(d.message);
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it)
        setProblemText(it.value(), byField.value(it.key()));
    setProblemText(m_nodeProblems, unplaced);
    if (m_condition)
        m_condition->showProblems(diagnostics);
}

} // namespace sy
