#include "eval/TextMetrics.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace sy::TextMetrics {

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

double rougeL(const QString &candidate, const QString &reference)
{
    const QStringList c = words(candidate);
    const QStringList r = words(reference);
    if (c.isEmpty() || r.isEmpty())
        return c.isEmpty() && r.isEmpty() ? 1.0 : 0.0;
    // LCS by dynamic programming over two rows.
    std::vector<int> previous(size_t(r.size()) + 1, 0), current(size_t(r.size()) + 1, 0);
    for (qsizetype i = 1; i <= c.size(); ++i) {
        for (qsizetype j = 1; j <= r.size(); ++j)
            current[size_t(j)] = c.at(i - 1) == r.at(j - 1) ? previous[size_t(j - 1)] + 1
                                                              : std::max(previous[size_t(j)], current[size_t(j - 1)]);
        std::swap(previous, current);
    }
    const double lcs = previous[size_t(r.size())];
    if (lcs == 0)
        return 0.0;
    const double precision = lcs / double(c.size());
    const double recall = lcs / double(r.size());
    return 2 * precision * recall / (precision + recall);
}

namespace {

QString withoutWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

QHash<QStringView, int> ngrams(const QString &text, int n)
{
    QHash<QStringView, int> counts;
    for (qsizetype i = 0; i + n <= text.size(); ++i)
        ++counts[QStringView(text).mid(i, n)];
    return counts;
}

} // namespace

double chrF(const QString &candidate, const QString &reference, int maxOrder, double beta)
{
    const QString c = withoutWhitespace(candidate);
    const QString r = withoutWhitespace(reference);
    if (c.isEmpty() || r.isEmpty())
        return c.isEmpty() && r.isEmpty() ? 1.0 : 0.0;
    double precisionSum = 0, recallSum = 0;
    int orders = 0;
    for (int n = 1; n <= maxOrder; ++n) {
        if (c.size() < n || r.size() < n)
            break; // the effective order: both texts must have n-grams of this length
        const QHash<QStringView, int> hyp = ngrams(c, n);
        const QHash<QStringView, int> ref = ngrams(r, n);
        int matches = 0;
        for (auto it = hyp.cbegin(); it != hyp.cend(); ++it)
            matches += std::min(it.value(), ref.value(it.key()));
        precisionSum += double(matches) / double(c.size() - n + 1);
        recallSum += double(matches) / double(r.size() - n + 1);
        ++orders;
    }
    const double precision = precisionSum / orders;
    const double recall = recallSum / orders;
    if (precision + recall == 0)
        return 0.0;
    const double b2 = beta * beta;
    return (1 + b2) * precision * recall / (b2 * precision + recall);
}

} // namespace sy::TextMetrics
