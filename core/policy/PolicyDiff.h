#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace sy {

// The difference between two versions of a policy, line by line, for the version history.
// Both are laid out the same way first (indented, keys sorted), so only real changes show.
// The edit script comes from dtl (Debian's libdtl-dev, Myers' O(NP) algorithm).
class PolicyDiff
{
public:
    struct Line
    {
        enum class Kind { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;
        int oldLine = 0; // 1-based, 0 where the line is not in that version
        int newLine = 0;
    };

    static std::vector<Line> lines(const QByteArray &older, const QByteArray &newer);
    // "-"/"+"/" " prefixed lines with `context` unchanged lines around each change; "" when equal.
    static QString unified(const QByteArray &older, const QByteArray &newer, int context = 3);
};

} // namespace sy
