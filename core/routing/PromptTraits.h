#pragma once

#include <QString>
#include <QStringList>

#include <array>

#include "routing/RequestFeatures.h"

namespace sy {

// Interpretable traits of a request's prompt, computed from its features without I/O. Rules can
// test them (language, has_code, complexity, ...), the learned router reads them, and traces show
// them. docs/routing.md defines each.
struct PromptTraits
{
    static QStringList languageCodes();     // every code `language` can take, "und" last
    static QStringList questionTypeNames(); // every value of `question_type`
    enum class QuestionType { None, Factual, Explanation, YesNo, Instruction, Creative, Count };

    int tokens = 0;       // the request's token estimate
    int depth = 0;        // user turns in the conversation
    QString language;     // ISO 639-1 ("en", "de", "zh", ...) or "und" when there is no text to tell
    bool hasCode = false; // code in the prompt, or a programming request
    bool hasMath = false; // arithmetic, formulas or a quantitative question
    bool hasStructuredData = false; // JSON, XML/HTML, CSV or a markdown table
    bool hasTools = false;
    QuestionType questionType = QuestionType::None;
    int numbers = 0;      // numeric literals in the last user message
    int constraints = 0;  // words that constrain the answer ("must", "exactly", "at least", ...)
    int sentences = 0;

    // The complexity score in [0, 1] and its parts, each already weighted (they sum to it).
    enum Part { SizePart, DepthPart, CodePart, MathPart, StructurePart, QuestionPart, ConstraintPart, NumberPart, PartCount };
    std::array<double, PartCount> complexityParts{};
    double complexity = 0;

    static PromptTraits of(const RequestFeatures &features);
    static QString questionTypeName(QuestionType type);
    static const char *partName(Part part);
};

} // namespace sy
