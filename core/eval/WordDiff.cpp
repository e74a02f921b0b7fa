#include "eval/WordDiff.h"

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
    // Compare words without their trailing space, so a changed line break is no difference.
    auto same = [&](size_t i, size_t j) { return a[i].trimmed() == b[j].trimmed(); };
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = same(i, j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<DiffPiece> out;
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (same(i, j)) {
            append(out, DiffPiece::Kind::Same, a[i]);
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            append(out, DiffPiece::Kind::OnlyLeft, a[i++]);
        } else {
            append(out, DiffPiece::Kind::OnlyRight, b[j++]);
        }
    }
    for (; i < n; ++i)
        append(out, DiffPiece::Kind::OnlyLeft, a[i]);
    for (; j < m; ++j)
        append(out, DiffPiece::Kind::OnlyRight, b[j]);
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
