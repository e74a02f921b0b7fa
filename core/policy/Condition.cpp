#include "policy/Condition.h"

#include <QJsonArray>

namespace sy {

const std::vector<ConditionFieldInfo> &conditionFields()
{
    static const std::vector<ConditionFieldInfo> fields = {
        {ConditionField::PromptTokens, "prompt_tokens", ValueType::Number, false},
        {ConditionField::MessageCount, "message_count", ValueType::Number, false},
        {ConditionField::MaxTokens, "max_tokens", ValueType::Number, false},
        {ConditionField::LastUserMessage, "last_user_message", ValueType::String, false},
        {ConditionField::SystemPrompt, "system_prompt", ValueType::String, false},
        {ConditionField::HasTools, "has_tools", ValueType::Boolean, false},
        {ConditionField::HasImages, "has_images", ValueType::Boolean, false},
        {ConditionField::JsonResponse, "json_response", ValueType::Boolean, false},
        {ConditionField::Stream, "stream", ValueType::Boolean, false},
        {ConditionField::Header, "header", ValueType::String, true},
        {ConditionField::Metadata, "metadata", ValueType::String, true},
        {ConditionField::Alias, "alias", ValueType::String, false},
        {ConditionField::User, "user", ValueType::String, false},
        {ConditionField::ConversationDepth, "conversation_depth", ValueType::Number, false},
        {ConditionField::Language, "language", ValueType::String, false},
        {ConditionField::HasCode, "has_code", ValueType::Boolean, false},
        {ConditionField::HasMath, "has_math", ValueType::Boolean, false},
        {ConditionField::HasStructuredData, "has_structured_data", ValueType::Boolean, false},
        {ConditionField::QuestionType, "question_type", ValueType::String, false},
        {ConditionField::Complexity, "complexity", ValueType::Number, false},
    };
    return fields;
}

const ConditionFieldInfo *conditionFieldInfo(ConditionField field)
{
    for (const ConditionFieldInfo &info : conditionFields())
        if (info.field == field)
            return &info;
    return nullptr;
}

const ConditionFieldInfo *conditionFieldByName(const QString &name)
{
    for (const ConditionFieldInfo &info : conditionFields())
        if (name == QLatin1String(info.name))
            return &info;
    return nullptr;
}

namespace {
struct OpName
{
    ConditionOp op;
    const char *name;
};
constexpr OpName kOps[] = {
    {ConditionOp::Eq, "eq"},          {ConditionOp::Ne, "ne"},
    {ConditionOp::Lt, "lt"},          {ConditionOp::Le, "le"},
    {ConditionOp::Gt, "gt"},          {ConditionOp::Ge, "ge"},
    {ConditionOp::In, "in"},          {ConditionOp::NotIn, "not_in"},
    {ConditionOp::Contains, "contains"}, {ConditionOp::ContainsAll, "contains_all"},
    {ConditionOp::Matches, "matches"}, {ConditionOp::StartsWith, "starts_with"},
    {ConditionOp::Exists, "exists"},
};
} // namespace

QString conditionOpName(ConditionOp op)
{
    for (const OpName &o : kOps)
        if (o.op == op)
            return QLatin1String(o.name);
    return {};
}

std::optional<ConditionOp> conditionOpFromName(const QString &name)
{
    for (const OpName &o : kOps)
        if (name == QLatin1String(o.name))
            return o.op;
    return std::nullopt;
}

bool opAppliesTo(ConditionOp op, ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return op == ConditionOp::Eq || op == ConditionOp::Ne || op == ConditionOp::Lt || op == ConditionOp::Le ||
               op == ConditionOp::Gt || op == ConditionOp::Ge;
    case ValueType::Boolean:
        return op == ConditionOp::Eq || op == ConditionOp::Ne;
    case ValueType::String:
        return op == ConditionOp::Eq || op == ConditionOp::Ne || op == ConditionOp::In || op == ConditionOp::NotIn ||
               op == ConditionOp::Contains || op == ConditionOp::ContainsAll || op == ConditionOp::Matches ||
               op == ConditionOp::StartsWith || op == ConditionOp::Exists;
    }
    return false;
}

QString conditionOpSymbol(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Eq: return QStringLiteral("==");
    case ConditionOp::Ne: return QStringLiteral("!=");
    case ConditionOp::Lt: return QStringLiteral("<");
    case ConditionOp::Le: return QStringLiteral("<=");
    case ConditionOp::Gt: return QStringLiteral(">");
    case ConditionOp::Ge: return QStringLiteral(">=");
    default: return conditionOpName(op);
    }
}

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(valueText(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString();
}

QString summaryOf(const Condition &c, bool nested)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        QStringList parts;
        for (const Condition &child : c.children)
            parts.append(summaryOf(child, true));
        const QString joined = parts.join(c.kind == Condition::Kind::All ? QStringLiteral(" and ") : QStringLiteral(" or "));
        return nested && parts.size() > 1 ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
    }
    case Condition::Kind::Not:
        return QStringLiteral("not ") + (c.children.empty() ? QString() : summaryOf(c.children.front(), true));
    case Condition::Kind::Compare: break;
    }
    const ConditionFieldInfo *info = conditionFieldInfo(c.field);
    QString field = QLatin1String(info ? info->name : "?");
    if (info && info->needsName)
        field += QLatin1Char('[') + c.name + QLatin1Char(']');
    if (c.op == ConditionOp::Exists)
        return (c.value.toBool(true) ? QString() : QStringLiteral("no ")) + field;
    return field + QLatin1Char(' ') + conditionOpSymbol(c.op) + QLatin1Char(' ') + valueText(c.value);
}

} // namespace

QString conditionSummary(const Condition &condition, int maxLength)
{
    QString text = summaryOf(condition, false);
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

} // namespace sy
