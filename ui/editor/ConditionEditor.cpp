#include "editor/ConditionEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "json/JsonPath.h"
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
    auto *value = new QLineEdit(valueToText(clause.compare.value), row);
    value->setAccessibleName(tr("Value of clause %1").arg(number));
    value->setObjectName(QStringLiteral("clauseValue%1").arg(index));
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove clause"));
    remove->setAccessibleName(tr("Remove clause %1").arg(number));
    remove->setEnabled(m_clauses.size() > 1);

    auto fillOps = [this, index, op, name, value] {
        const Clause &c = m_clauses[size_t(index)];
        const ConditionFieldInfo *info = conditionFieldInfo(c.compare.field);
        op->clear();
        for (int o = int(ConditionOp::Eq); o <= int(ConditionOp::Exists); ++o)
            if (info && opAppliesTo(ConditionOp(o), info->type))
                op->addItem(conditionOpSymbol(ConditionOp(o)), o);
        op->setCurrentIndex(op->findData(int(c.compare.op)));
        name->setVisible(info && info->needsName);
        value->setVisible(c.compare.op != ConditionOp::Exists);
        value->setPlaceholderText(takesList(c.compare.op) ? tr("comma-separated values") : tr("value"));
    };
    fillOps();

    connect(negate, &QCheckBox::toggled, this, [this, index](bool on) {
        m_clauses[size_t(index)].negated = on;
        emitEdited();
    });
    connect(field, &QComboBox::activated, this, [this, index, field, fillOps, value] {
        Condition &c = m_clauses[size_t(index)].compare;
        c.field = ConditionField(field->currentData().toInt());
        const ConditionFieldInfo *info = conditionFieldInfo(c.field);
        if (info && !opAppliesTo(c.op, info->type))
            c.op = info->type == ValueType::Boolean ? ConditionOp::Eq : ConditionOp::Eq;
        c.value = textToValue(value->text(), info ? info->type : ValueType::String, c.op);
        fillOps();
        emitEdited();
    });
    connect(op, &QComboBox::activated, this, [this, index, op, fillOps, value] {
        Condition &c = m_clauses[size_t(index)].compare;
        c.op = ConditionOp(op->currentData().toInt());
        const ConditionFieldInfo *info = conditionFieldInfo(c.field);
        c.value = c.op == ConditionOp::Exists ? QJsonValue(true) : textToValue(value->text(), info ? info->type : ValueType::String, c.op);
        fillOps();
        emitEdited();
    });
    connect(name, &QLineEdit::textEdited, this, [this, index](const QString &text) {
        m_clauses[size_t(index)].compare.name = text;
        emitEdited(QStringLiteral("name%1").arg(index));
    });
    connect(value, &QLineEdit::textEdited, this, [this, index](const QString &text) {
        Condition &c = m_clauses[size_t(index)].compare;
        const ConditionFieldInfo *info = conditionFieldInfo(c.field);
        c.value = textToValue(text, info ? info->type : ValueType::String, c.op);
        emitEdited(QStringLiteral("value%1").arg(index));
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
    value->setMinimumWidth(90);
    value->setSizePolicy(QSizePolicy::Expanding, value->sizePolicy().verticalPolicy());
    line->addWidget(value);
    line->addWidget(remove);
    outer->addLayout(line);
    QLabel *problems = makeProblemLabel(row);
    outer->addWidget(problems);
    m_problemLabels.push_back(problems);
    return row;
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
