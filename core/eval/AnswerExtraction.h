#pragma once

#include <QString>

#include <optional>

namespace sy {

// Final answers pulled out of free-form responses, the way math and multiple-choice benchmarks
// are graded.
namespace AnswerExtraction {
// GSM8K style: the number after the last "####" if there is one, else the last number in the
// text; thousands separators, currency signs and a trailing period are ignored.
std::optional<double> number(const QString &text);
// What follows the last "####" (GSM8K's final-answer marker), or the whole text without one.
QString finalAnswerText(const QString &text);
// "The answer is (C)", "Answer: C", "**C**", or a lone letter: the chosen option, A to J.
std::optional<QChar> choiceLetter(const QString &text);
// The answer a response states: what follows "Answer:" or "the answer is" up to the end of that
// sentence, else the response's first sentence; trimmed, without closing punctuation.
QString statedAnswer(const QString &text);
// The JSON inside a response, with Markdown code fences around it removed.
QString jsonPayload(const QString &text);
} // namespace AnswerExtraction

} // namespace sy
