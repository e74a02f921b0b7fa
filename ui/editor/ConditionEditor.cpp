#include "editor/ConditionEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "json/JsonPath.h"
#include "routing/PromptTraits.h"
#include "widgets/FieldProblem.h"

#include "widgets/FlowLayout.h"

namespace sy {

namespace {

bool isPlainClause(const Condition &c)
{
    return c.kind == Condition::Kind::Compare ||
           (c.kind == Condition::Kind::Not && c.children.size() == 1 && c.children.front().kind == Condition::Kind::Compare);
}

bool takesList(ConditionOp op) { return op == ConditionOp::In || op == ConditionOp::NotIn || op == ConditionOp::ContainsAll; }

QString valueToText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(item.isDouble() ? QString::number(item.toDouble()) : item.toString());
        return items.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

// Text as typed, in the field's type where it parses; what does not parse stays text, so the
// reader reports it next to the field instead of the editor guessing.
QJsonValue textToValue(const QString &text, ValueType type, ConditionOp op)
{
    auto scalar = [type](const QString &t) -> QJsonValue {
        bool ok = false;
        if (type == ValueType::Number) {
            const double d = t.trimmed().toDouble(&ok);
            if (ok)
                return d;
        } else if (type == ValueType::Boolean) {
            if (t.trimmed() == u"true")
                return true;
            if (t.trimmed() == u"false")
                return false;
        }
        return t;
    };
    if (takesList(op)) {
        QJsonArray items;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            items.append(scalar(part.trimmed()));
        return items;
    }
    return scalar(text);
}

// The values a string field can take, when they are a known few (for a list to choose from).
QStringList choicesFor(ConditionField field)
{
    switch (field) {
    case ConditionField::Language: return PromptTraits::languageCodes();
    case ConditionField::QuestionType: return PromptTraits::questionTypeNames();
    default: return {};
    }
}

// The clause's value carried over to another field type: kept when it still fits, converted
// when it can be, else the type's neutral value, so a switched field never keeps a value of the
// wrong kind.
QJsonValue convertValue(const QJsonValue &value, ValueType type, ConditionOp op)
{
    if (op == ConditionOp::Exists)
        return true;
    if (takesList(op)) {
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
        QJsonArray converted;
        for (const QJsonValue &item : items)
            if (QJsonValue v = convertValue(item, type, ConditionOp::Eq); !(v.isString() && v.toString().isEmpty()))
                converted.append(v);
        return converted;
    }
    const QJsonValue single = value.isArray() ? value.toArray().first() : value;
    switch (type) {
    case ValueType::Boolean:
        if (single.isBool())
            return single;
        return single.toString().trimmed() == u"false" ? false : true;
    case ValueType::Number: {
        if (single.isDouble())
            return single;
        bool ok = false;
        const double d = single.toString().trimmed().toDouble(&ok);
        return ok ? d : 0.0;
    }
    case ValueType::String:
        if (single.isString())
            return single;
        return single.isDouble() ? QString::number(single.toDouble()) : QString();
    }
    return {};
}

} // namespace

ConditionEditor::ConditionEditor(const Condition &condition, const QString &path, QWidget *parent)
    : QWidget(parent), m_path(path), m_editable(isEditable(condition)), m_original(condition)
{
    if (condition.kind == Condition::Kind::All || condition.kind == Condition::Kind::Any) {
        m_any = condition.kind == Condition::Kind::Any;
        for (const Condition &child : condition.children)
            m_clauses.push_back(child.kind == Condition::Kind::Not ? Clause{true, child.children.front()} : Clause{false, child});
    } else if (m_editable) {
        m_clauses.push_back(condition.kind == Condition::Kind::Not ? Clause{true, condition.children.front()}
                                                                    : Clause{false, condition});
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!m_editable) {
        auto *summary = new QLabel(tr("Nested condition: %1").arg(conditionSummary(condition, 200)), this);
        summary->setWordWrap(true);
        auto *asJson = new QPushButton(tr("Edit condition as JSON…"), this);
        connect(asJson, &QPushButton::clicked, this, &ConditionEditor::editAsJsonRequested);
        layout->addWidget(summary);
        layout->addWidget(asJson, 0, Qt::AlignLeft);
        m_ownProblems = makeProblemLabel(this);
        layout->addWidget(m_ownProblems);
        return;
    }
    auto *top = new FlowLayout;
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Match all of these"));
    m_mode->addItem(tr("Match any of these"));
    m_mode->setCurrentIndex(m_any ? 1 : 0);
    m_mode->setAccessibleName(tr("How clauses combine"));
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        m_any = index == 1;
        emitEdited();
    });
    auto *add = new QPushButton(tr("Add clause"), this);
    add->setObjectName(QStringLiteral("addClause"));
    connect(add, &QPushButton::clicked, this, [this] {
        Condition c;
        c.field = ConditionField::PromptTokens;
        c.op = ConditionOp::Gt;
        c.value = 1000;
        m_clauses.push_back({false, c});
        rebuild();
        emitEdited();
    });
    auto *asJson = new QToolButton(this);
    asJson->setText(tr("JSON…"));
    asJson->setToolTip(tr("Edit condition as JSON (for nested groups)"));
    connect(asJson, &QToolButton::clicked, this, &ConditionEditor::editAsJsonRequested);
    top->addWidget(m_mode);
    top->addWidget(add);
    top->addWidget(asJson);
    layout->addLayout(top);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    m_ownProblems = makeProblemLabel(this);
    layout->addWidget(m_ownProblems);
    rebuild();
}

bool ConditionEditor::isEditable(const Condition &c)
{
    if (isPlainClause(c))
        return true;
    if (c.kind != Condition::Kind::All && c.kind != Condition::Kind::Any)
        return false;
    return std::all_of(c.children.begin(), c.children.end(), isPlainClause);
}

void ConditionEditor::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_problemLabels.clear();
    m_mode->setEnabled(m_clauses.size() > 1);
    for (int i = 0; i < int(m_clauses.size()); ++i)
        m_rows->addWidget(clauseRow(i));
}

QWidget *ConditionEditor::clauseRow(int index)
{
    auto *row = new QWidget(this);
    auto *outer = new QVBoxLayout(row);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *line = new FlowLayout; // a narrow form puts the value under the field
    Clause &clause = m_clauses[size_t(index)];
    const int number = index + 1;

    auto *negate = new QCheckBox(tr("not"), row);
    negate->setChecked(clause.negated);
    negate->setAccessibleName(tr("Negate clause %1").arg(number));
    auto *field = new QComboBox(row);
    field->setAccessibleName(tr("Field of clause %1").arg(number));
    for (const ConditionFieldInfo &info : conditionFields())
        field->addItem(QLatin1String(info.name), int(info.field));
    field->setCurrentIndex(field->findData(int(clause.compare.field)));
    auto *name = new QLineEdit(clause.compare.name, row);
    name->setPlaceholderText(tr("name"));
    name->setAccessibleName(tr("Header or metadata name of clause %1").arg(number));
    auto *op = new QComboBox(row);
    op->setAccessibleName(tr("Operator of clause %1").arg(number));
    QWidget *value = valueEditor(index, row);
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove clause"));
    remove->setAccessibleName(tr("Remove clause %1").arg(number));
    remove->setEnabled(m_clauses.size() > 1);

    auto fillOps = [this, index, op, name] {
        const Clause &c = m_clauses[size_t(index)];
        const ConditionFieldInfo *info = conditionFieldInfo(c.compare.field);
        op->clear();
        for (int o = int(ConditionOp::Eq); o <= int(ConditionOp::Exists); ++o)
            if (info && opAppliesTo(ConditionOp(o), info->type))
                op->addItem(conditionOpSymbol(ConditionOp(o)), o);
        op->setCurrentIndex(op->findData(int(c.compare.op)));
        name->setVisible(info && info->needsName);
    };
    fillOps();

    connect(negate, &QCheckBox::toggled, this, [this, index](bool on) {
        m_clauses[size_t(index)].negated = on;
        emitEdited();
    });
    // A new field or operator converts the value and brings the editor that fits it (after this
    // signal returns: the row that sent it is rebuilt).
    connect(field, &QComboBox::activated, this, [this, index, field] {
        Condition &c = m_clauses[size_t(index)].compare;
        c.field = ConditionField(field->currentData().toInt());
        const ConditionFieldInfo *info = conditionFieldInfo(c.field);
        const ValueType type = info ? info->type : ValueType::String;
        if (!opAppliesTo(c.op, type))
            c.op = ConditionOp::Eq;
        c.value = convertValue(c.value, type, c.op);
        QMetaObject::invokeMethod(this, &ConditionEditor::rebuild, Qt::QueuedConnection);
        emitEdited();
    });
    connect(op, &QComboBox::activated, this, [this, index, op] {
        Condition &c = m_clauses[size_t(index)].compare;
        c.op = ConditionOp(op->currentData().toInt());
        const ConditionFieldInfo *info = conditionFieldInfo(c.field);
        c.value = convertValue(c.value, info ? info->type : ValueType::String, c.op);
        QMetaObject::invokeMethod(this, &ConditionEditor::rebuild, Qt::QueuedConnection);
        emitEdited();
    });
    connect(name, &QLineEdit::textEdited, this, [this, index](const QString &text) {
        m_clauses[size_t(index)].compare.name = text;
        emitEdited(QStringLiteral("name%1").arg(index));
    });
    connect(remove, &QToolButton::clicked, this, [this, index] {
        m_clauses.erase(m_clauses.begin() + index);
        rebuild();
        emitEdited();
    });

    line->addWidget(negate);
    line->addWidget(field);
    line->addWidget(name);
    line->addWidget(op);
    line->addWidget(value);
    line->addWidget(remove);
    outer->addLayout(line);
    QLabel *problems = makeProblemLabel(row);
    outer->addWidget(problems);
    m_problemLabels.push_back(problems);
    return row;
}

QWidget *ConditionEditor::valueEditor(int index, QWidget *row)
{
    const Condition &c = m_clauses[size_t(index)].compare;
    const ConditionFieldInfo *info = conditionFieldInfo(c.field);
    const ValueType type = info ? info->type : ValueType::String;
    const QString mergeKey = QStringLiteral("value%1").arg(index);
    const auto set = [this, index, mergeKey](const QJsonValue &v, bool merge) {
        // A spin box that loses focus as its form is replaced (after an undo) repeats its value:
        // that is no edit.
        if (m_clauses[size_t(index)].compare.value == v)
            return;
        m_clauses[size_t(index)].compare.value = v;
        emitEdited(merge ? mergeKey : QString());
    };
    QWidget *editor = nullptr;
    if (c.op == ConditionOp::Exists) {
        editor = new QWidget(row); // "exists" needs no value
        editor->setVisible(false);
    } else if (type == ValueType::Boolean && !takesList(c.op)) {
        auto *toggle = new QCheckBox(tr("true"), row);
        toggle->setChecked(c.value.toBool(true));
        connect(toggle, &QCheckBox::toggled, this, [set](bool on) { set(on, false); });
        editor = toggle;
    } else if (type == ValueType::Number && !takesList(c.op)) {
        auto *spin = new QDoubleSpinBox(row);
        spin->setRange(-1e9, 1e9);
        spin->setDecimals(c.field == ConditionField::Complexity ? 2 : 0);
        spin->setSingleStep(c.field == ConditionField::Complexity ? 0.05 : 1);
        spin->setValue(c.value.toDouble());
        connect(spin, &QDoubleSpinBox::valueChanged, this, [set](double v) { set(v, true); });
        editor = spin;
    } else if (const QStringList choices = choicesFor(c.field); !choices.isEmpty() && !takesList(c.op) && c.op != ConditionOp::Matches) {
        auto *list = new QComboBox(row);
        list->setEditable(true); // a code Switchyard does not detect can still be typed
        list->addItems(choices);
        list->setCurrentText(c.value.toString());
        connect(list, &QComboBox::currentTextChanged, this, [set](const QString &text) { set(text, true); });
        editor = list;
    } else {
        auto *text = new QLineEdit(valueToText(c.value), row);
        text->setPlaceholderText(takesList(c.op) ? tr("comma-separated values") : c.op == ConditionOp::Matches ? tr("regular expression") : tr("value"));
        const auto check = [text, op = c.op] {
            // A pattern is checked as it is typed; the policy's own check says it again below.
            const QRegularExpression pattern(text->text());
            const bool bad = op == ConditionOp::Matches && !pattern.isValid();
            text->setProperty("invalid", bad);
            text->setToolTip(bad ? tr("Not a valid regular expression: %1").arg(pattern.errorString()) : QString());
            QPalette palette = text->parentWidget()->palette();
            if (bad)
                palette.setColor(QPalette::Base, QColor(0xd0, 0x3b, 0x3b, 60));
            text->setPalette(palette);
        };
        check();
        connect(text, &QLineEdit::textEdited, this, [set, check, type, op = c.op](const QString &t) {
            check();
            set(textToValue(t, type, op), true);
        });
        editor = text;
    }
    editor->setAccessibleName(tr("Value of clause %1").arg(index + 1));
    editor->setObjectName(QStringLiteral("clauseValue%1").arg(index));
    editor->setMinimumWidth(90);
    editor->setSizePolicy(QSizePolicy::Expanding, editor->sizePolicy().verticalPolicy());
    return editor;
}

Condition ConditionEditor::build() const
{
    auto clause = [](const Clause &c) {
        if (!c.negated)
            return c.compare;
        Condition n;
        n.kind = Condition::Kind::Not;
        n.children.push_back(c.compare);
        return n;
    };
    if (m_clauses.size() == 1)
        return clause(m_clauses.front());
    Condition group;
    group.kind = m_any ? Condition::Kind::Any : Condition::Kind::All;
    for (const Clause &c : m_clauses)
        group.children.push_back(clause(c));
    return group;
}

QString ConditionEditor::clausePath(int index) const
{
    QString path = m_clauses.size() == 1 ? m_path
                                         : m_path + (m_any ? QStringLiteral(".any[%1]") : QStringLiteral(".all[%1]")).arg(index);
    return m_clauses[size_t(index)].negated ? path + QStringLiteral(".not") : path;
}

void ConditionEditor::emitEdited(const QString &mergeKey)
{
    emit edited(build(), mergeKey);
}

void ConditionEditor::showProblems(const Diagnostics &diagnostics)
{
    QStringList own;
    std::vector<QStringList> perClause(m_problemLabels.size());
    for (const Diagnostic &d : diagnostics.items()) {
        if (!isUnderPath(d.path, m_path))
            continue;
        bool placed = false;
        for (size_t i = 0; i < perClause.size() && m_clauses.size() > 1; ++i)
            if (isUnderPath(d.path, clausePath(int(i)))) {
                perClause[i].append(d.message);
                placed = true;
            }
        if (!placed && perClause.size() == 1)
            perClause.front().append(d.message);
        else if (!placed)
            own.append(d.message);
    }
    for (size_t i = 0; i < perClause.size(); ++i)
        setProblemText(m_problemLabels[i], perClause[i]);
    setProblemText(m_ownProblems, own);
}

} // namespace sy
