#pragma once

#include <QString>
#include <QStringList>

namespace sy {

// Similarity of a response to a reference answer, in [0, 1].
namespace TextMetrics {
// Lower-cased words (letters and digits of any script), for ROUGE.
QStringList words(const QString &text);
// ROUGE-L F1: the longest common subsequence of words, as precision and recall against the reference.
double rougeL(const QString &candidate, const QString &reference);
// chrF (Popović 2015, as sacrebleu computes it): character n-grams of 1 to 6 with whitespace removed,
// precision and recall averaged over the orders both texts are long enough for, F-score with β = 2.
double chrF(const QString &candidate, const QString &reference, int maxOrder = 6, double beta = 2.0);
} // namespace TextMetrics

} // namespace sy
