#include "eval/ScorerDefaults.h"

#include "eval/AnswerExtraction.h"

namespace sy::ScorerDefaults {

namespace {
constexpr int kLabelWords = 3; // "billing", "New York", "not enough information"
}

QStringList forItems(const std::vector<PromptItem> &items)
{
    int withReference = 0, numeric = 0, labels = 0;
    for (const PromptItem &item : items) {
        const QString reference = item.reference.trimmed();
        if (reference.isEmpty())
            continue;
        ++withReference;
        bool isNumber = false;
        reference.toDouble(&isNumber);
        if (isNumber || (reference.contains(QStringLiteral("####")) && AnswerExtraction::number(reference)))
            ++numeric;
        else if (reference.split(u' ', Qt::SkipEmptyParts).size() <= kLabelWords)
            ++labels;
    }
    if (withReference == 0)
        return {};
    // Most of the set decides: a few odd references should not change the scorer for all.
    if (numeric * 2 > withReference)
        return {QStringLiteral("numeric")};
    if (labels * 2 > withReference)
        return {QStringLiteral("contains-any")};
    return {QStringLiteral("rouge-l")};
}

} // namespace sy::ScorerDefaults
