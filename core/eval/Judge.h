#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>

namespace sy {

// LLM-as-judge: the messages sent to a judge model and the reading of its verdict. A grade is
// 1-10 for one answer; a pairwise verdict prefers answer A, B or neither. The rubric is the
// user's (editable); the format instructions after it are fixed, since the reading depends on them.
namespace Judge {
QString defaultGradeRubric();
QString defaultPairwiseRubric();

QJsonArray gradeMessages(const QString &rubric, const QString &prompt, const QString &reference, const QString &response);
QJsonArray pairwiseMessages(const QString &rubric, const QString &prompt, const QString &reference, const QString &responseA,
                            const QString &responseB);

struct Grade
{
    int score = 0; // 1..10
    QString reasoning;
};
// "Rating: [[7]]" (the last one wins); nullopt without one.
std::optional<Grade> readGrade(const QString &verdict);

enum class Preference { A, B, Tie };
struct PairwiseVerdict
{
    Preference preference = Preference::Tie;
    QString reasoning;
};
// "[[A]]", "[[B]]" or "[[C]]" (a tie).
std::optional<PairwiseVerdict> readPairwise(const QString &verdict);
} // namespace Judge

} // namespace sy
