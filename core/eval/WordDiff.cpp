#include "eval/WordDiff.h"

#include <dtl/dtl.hpp>

#include <utility>

namespace sy::WordDiff {

namespace {

std::vector<QString> lines(const QString &text)
{
    std::vector<QString> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'\n') {
            out.push_back(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    if (start < text.size())
        out.push_back(text.mid(start));
    return out;
}

void append(std::vector<DiffPiece> &out, DiffPiece::Kind kind, const QString &text)
{
    if (!out.empty() && out.back().kind == kind)
        out.back().text += text;
    else
        out.push_back({kind, text});
}

} // namespace

std::vector<QString> words(const QString &text)
{
    std::vector<QString> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        while (i < text.size() && text[i].isSpace())
            ++i;
        out.push_back(text.mid(start, i - start));
    }
    return out;
}

std::vector<DiffPiece> diff(const QString &left, const QString &right)
{
    std::vector<QString> a = words(left), b = words(right);
    if (a.size() > 4000 || b.size() > 4000) {
        a = lines(left);
        b = lines(right);
    }
    // Compared without their trailing space, so a changed line break is no difference; shown
    // with it. dtl's O((N+M)D) diff in O(N+M) memory, where a table of every pair was O(NM).
    std::vector<QString> keysA, keysB;
    keysA.reserve(a.size());
    keysB.reserve(b.size());
    for (const QString &w : a)
        keysA.push_back(w.trimmed());
    for (const QString &w : b)
        keysB.push_back(w.trimmed());
    dtl::Diff<QString, std::vector<QString>> d(keysA, keysB);
    d.compose();
    std::vector<DiffPiece> out;
    // Within a run of changes, the left side's words first, then the right's: one marked
    // stretch on each side rather than alternating pieces.
    QString removed, added;
    const auto flushChanges = [&] {
        if (!removed.isEmpty())
            append(out, DiffPiece::Kind::OnlyLeft, std::exchange(removed, QString()));
        if (!added.isEmpty())
            append(out, DiffPiece::Kind::OnlyRight, std::exchange(added, QString()));
    };
    for (const auto &[key, info] : d.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_DELETE:
            removed += a[size_t(info.beforeIdx - 1)];
            break;
        case dtl::SES_ADD:
            added += b[size_t(info.afterIdx - 1)];
            break;
        default:
            flushChanges();
            append(out, DiffPiece::Kind::Same, a[size_t(info.beforeIdx - 1)]);
            break;
        }
    }
    flushChanges();
    return out;
}

QString sideHtml(const std::vector<DiffPiece> &pieces, bool left)
{
    QString html;
    const DiffPiece::Kind mine = left ? DiffPiece::Kind::OnlyLeft : DiffPiece::Kind::OnlyRight;
    for (const DiffPiece &p : pieces) {
        if (p.kind == DiffPiece::Kind::Same)
            html += p.text.toHtmlEscaped();
        else if (p.kind == mine)
            html += QStringLiteral("<span class=\"changed\">") + p.text.toHtmlEscaped() + QStringLiteral("</span>");
    }
    return html;
}

} // namespace sy::WordDiff
