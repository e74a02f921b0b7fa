#pragma once

#include <QString>

#include <vector>

namespace sy {

// A word-level diff of two answers, for showing them side by side: a shortest edit script of
// their words (Myers, through Debian's dtl; whitespace kept with the word before it).
struct DiffPiece
{
    enum class Kind { Same, OnlyLeft, OnlyRight };
    Kind kind = Kind::Same;
    QString text;
};

namespace WordDiff {
std::vector<QString> words(const QString &text);
// Pieces in reading order; Same pieces belong to both sides, OnlyLeft to the left one only.
// Long answers (over 4,000 words on a side) are compared line by line instead, to stay fast.
std::vector<DiffPiece> diff(const QString &left, const QString &right);
// The pieces of one side as HTML, changed words marked with <span class="changed">.
QString sideHtml(const std::vector<DiffPiece> &pieces, bool left);
} // namespace WordDiff

} // namespace sy
