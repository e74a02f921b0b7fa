#pragma once

#include <QStringView>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace sy {

// Hashed n-grams of a text: the shared vocabulary-free representation of the lexical encoder and
// the learned router. Words are runs of letters and digits, lower-cased by the caller; a number
// counts as its digit count ("#3" for 120), so that 17 and 42 look alike. Terms are word
// unigrams and bigrams, and optionally character 3- to 5-grams of each word padded with spaces.
namespace TextHasher {

struct Options
{
    int bits = 18;           // 2^bits buckets
    bool wordBigrams = true;
    bool charGrams = false;
};

using Term = std::pair<quint32, float>; // bucket, sublinear term frequency 1 + ln(count)

// The text's terms, one per bucket, sorted by bucket. `out` is reused (cleared first).
void terms(QStringView lowerText, const Options &options, std::vector<Term> &out);

} // namespace TextHasher

} // namespace sy
