#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace sy {

// What a rule condition looks at. All are computed from the request without I/O.
enum class ConditionField {
    PromptTokens,    // estimated input tokens
    MessageCount,    // number of messages, system prompt included
    MaxTokens,       // requested output budget (0 when absent)
    LastUserMessage, // text of the last user message
    SystemPrompt,
    HasTools,
    HasImages,
    JsonResponse, // response_format json_object / json_schema
    Stream,
    Header,   // a request header, by name
    Metadata, // a request metadata tag, by name
    Alias,    // the model alias the client asked for
    User,     // the request's user field
    // PromptTraits of the last user message (docs/routing.md):
    ConversationDepth, // user turns
    Language,          // ISO 639-1 code, "und" when undetermined
    HasCode,
    HasMath,
    HasStructuredData,
    QuestionType, // factual, explanation, yes_no, instruction, creative, none
    Complexity,   // 0..1
};

enum class ValueType { Number, String, Boolean };

enum class ConditionOp { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Contains, ContainsAll, Matches, StartsWith, Exists };

struct ConditionFieldInfo
{
    ConditionField field;
    const char *name;
    ValueType type;
    bool needsName; // header and metadata take a "name"
};
const std::vector<ConditionFieldInfo> &conditionFields();
const ConditionFieldInfo *conditionFieldInfo(ConditionField field);
const ConditionFieldInfo *conditionFieldByName(const QString &name);

QString conditionOpName(ConditionOp op);
std::optional<ConditionOp> conditionOpFromName(const QString &name);
bool opAppliesTo(ConditionOp op, ValueType type);
QString conditionOpSymbol(ConditionOp op); // "==", "<", ... and the name for the others

struct Condition
{
    enum class Kind { Compare, All, Any, Not };
    Kind kind = Kind::Compare;

    // Compare
    ConditionField field = ConditionField::PromptTokens;
    QString name; // header or metadata name
    ConditionOp op = ConditionOp::Eq;
    QJsonValue value;                   // as written: number, string, bool or array of strings
    std::optional<bool> caseSensitive;  // contains / matches / eq on strings; default false

    // All / Any / Not (Not has exactly one child)
    std::vector<Condition> children;

    friend bool operator==(const Condition &, const Condition &) = default;
};

// One line for lists and diagrams: prompt_tokens > 4000 and header[x-tier] in [gold, silver].
QString conditionSummary(const Condition &condition, int maxLength = 80);

} // namespace sy
