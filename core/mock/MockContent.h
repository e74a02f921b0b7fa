#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sy {

// What a simulated model "says": deterministic for a given model and prompt, so tests and
// replays can compare answers across runs. Each output token is one word.
class MockContent
{
public:
    static QStringList tokens(const QString &model, const QString &prompt, int minTokens, int maxTokens, quint64 seed);

    struct ToolCall
    {
        QString id;
        QString name;
        QJsonObject arguments;
    };
    // A tool call when the request asks for one (tool_choice) or names a tool in its last user
    // message. Tools in either format: OpenAI {"type":"function","function":{...}} or Anthropic {name, input_schema}.
    static std::optional<ToolCall> toolCall(const QJsonArray &tools, const QJsonValue &toolChoice,
                                            const QString &lastUserMessage, const QString &model);

    static std::vector<float> embedding(const QString &text, int dimensions);
    // OpenAI's encoding_format "base64": the float32 values, little-endian, base64-encoded.
    static QString embeddingBase64(const std::vector<float> &vector);

    // Structured output: a value valid against a JSON Schema (objects with every property, one
    // array item, enums' first value, bounds respected), its strings taken from `words`.
    static QJsonValue valueForSchema(const QJsonObject &schema, const QStringList &words);

    // For a prompt with a known answer: the answer itself, or (when this model gets this prompt
    // wrong, which `accuracy` decides by a hash) a plausible wrong one: the number off by one, or
    // another word.
    // For a judge's prompt (core/eval/Judge.h: <reference>, <response> or <response_a>/<response_b>):
    // a verdict like a judge model's, right when the answers' final numbers or texts match the
    // reference. nullopt for any other prompt.
    static std::optional<QString> judgeVerdict(const QString &prompt);

    static QString answer(const QString &model, const QString &prompt, const QString &rightAnswer, double accuracy, quint64 seed);
};

quint64 mixHash(quint64 x);
quint64 textHash(const QString &text, quint64 seed);

} // namespace sy
