#include "routing/LiteralIndex.h"

namespace sy {

int LiteralIndex::add(const QString &needle)
{
    Q_ASSERT(needle.size() >= 2);
    for (size_t i = 0; i < m_needles.size(); ++i)
        if (m_needles[i] == needle)
            return int(i);
    const int id = int(m_needles.size());
    m_needles.push_back(needle);
    if (needle.size() >= 4) {
        const quint64 key = key4(needle.constData());
        m_filter4.set(filterBit(key));
        m_long[key].push_back(id);
    } else {
        const quint32 key = key2(needle.constData());
        m_filter2.set(filterBit(key));
        m_short[key].push_back(id);
        m_hasShort = true;
    }
    return id;
}

void LiteralIndex::scan(QStringView text, std::vector<bool> &found) const
{
    found.assign(m_needles.size(), false);
    size_t remaining = m_needles.size();
    const qsizetype n = text.size();
    const QChar *data = text.data();
    auto check = [&](const std::vector<int> &ids, qsizetype at) {
        for (int id : ids) {
            const QString &needle = m_needles[id];
            if (!found[id] && needle.size() <= n - at && QStringView(data + at, needle.size()) == needle) {
                found[id] = true;
                --remaining;
            }
        }
    };
    for (qsizetype i = 0; i + 1 < n && remaining > 0; ++i) {
        if (i + 3 < n) {
            const quint64 key = key4(data + i);
            if (m_filter4[filterBit(key)]) {
                const auto it = m_long.constFind(key);
                if (it != m_long.constEnd())
                    check(*it, i);
            }
        }
        if (m_hasShort) {
            const quint32 key = key2(data + i);
            if (m_filter2[filterBit(key)]) {
                const auto it = m_short.constFind(key);
                if (it != m_short.constEnd())
                    check(*it, i);
            }
        }
    }
}

QString LiteralIndex::requiredLiteral(const QString &pattern)
{
    if (pattern.contains(QLatin1String("(?")) || pattern.contains(QLatin1String("\\Q")))
        return {}; // inline options or quoting change what the letters mean
    QString best;
    QString run;
    auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    int depth = 0;
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pattern.at(i);
        if (c.unicode() > 127)
            return {}; // keep the filter to ASCII, where case folding is simple
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= n)
                return {};
            const QChar next = pattern.at(++i);
            if (next.isLetterOrNumber()) {
                endRun(); // \b \d \w \x.. and the like: not a literal
                continue;
            }
            if (depth == 0)
                run += next;
            continue;
        }
        if (c == QLatin1Char('[')) {
            endRun();
            // Skip the class: a leading ']' or '^]' is literal inside it.
            ++i;
            if (i < n && pattern.at(i) == QLatin1Char('^'))
                ++i;
            if (i < n && pattern.at(i) == QLatin1Char(']'))
                ++i;
            while (i < n && pattern.at(i) != QLatin1Char(']')) {
                if (pattern.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            if (i >= n)
                return {};
            continue;
        }
        if (c == QLatin1Char('(')) {
            endRun();
            ++depth;
            continue;
        }
        if (c == QLatin1Char(')')) {
            --depth;
            continue;
        }
        if (c == QLatin1Char('|')) {
            if (depth == 0)
                return {}; // top-level alternation: no single literal is required
            continue;
        }
        if (depth > 0)
            continue; // inside a group (which may be optional or alternated): prove nothing
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('{')) {
            // The previous character may be absent (for '{' only when the minimum is 0, but
            // treating every '{' so keeps this simple and still sound).
            if (!run.isEmpty())
                run.chop(1);
            endRun();
            if (c == QLatin1Char('{')) {
                while (i < n && pattern.at(i) != QLatin1Char('}'))
                    ++i;
            }
            continue;
        }
        if (c == QLatin1Char('+')) {
            endRun(); // the character stays required, but what follows need not be adjacent
            continue;
        }
        if (c == QLatin1Char('.') || c == QLatin1Char('^') || c == QLatin1Char('$')) {
            endRun();
            continue;
        }
        run += c;
    }
    endRun();
    return best.size() >= 3 ? best : QString();
}

} // namespace sy
