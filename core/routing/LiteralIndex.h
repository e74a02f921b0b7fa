#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <bitset>
#include <cstring>
#include <vector>

namespace sy {

// Many substrings searched in one pass over a text. Each position's key (its first four
// characters, or two for short needles) is tested against a 64 Kbit filter; only hits look up
// the needles with exactly that key. The routing engine scans a message once per request this
// way instead of once per keyword and regex.
class LiteralIndex
{
public:
    // Returns the needle's id (needles are deduplicated). Needles must be at least 2 characters.
    int add(const QString &needle);
    int size() const { return int(m_needles.size()); }
    bool isEmpty() const { return m_needles.empty(); }

    // Sets found[id] for every needle that occurs in text.
    void scan(QStringView text, std::vector<bool> &found) const;

    // The longest run of literal characters that every match of the pattern must contain,
    // or empty when none of at least 3 characters can be proven (alternation, inline options...).
    static QString requiredLiteral(const QString &pattern);

private:
    // Four (two) UTF-16 units as one little-endian load: the same value as shifting them together.
    static quint64 key4(const QChar *p)
    {
        static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
        quint64 key;
        std::memcpy(&key, p, sizeof key);
        return key;
    }
    static quint32 key2(const QChar *p)
    {
        quint32 key;
        std::memcpy(&key, p, sizeof key);
        return key;
    }
    static quint32 filterBit(quint64 key) { return quint32((key * 0x9e3779b97f4a7c15ULL) >> 48); }

    std::vector<QString> m_needles;
    std::bitset<65536> m_filter4;
    std::bitset<65536> m_filter2;
    bool m_hasShort = false;
    QHash<quint64, std::vector<int>> m_long;  // first four characters -> needles
    QHash<quint32, std::vector<int>> m_short; // two or three characters -> needles
};

} // namespace sy
