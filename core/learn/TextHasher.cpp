#include "learn/TextHasher.h"

#include <algorithm>
#include <cmath>

namespace sy::TextHasher {

namespace {

constexpr quint64 kOffset = 1469598103934665603ULL;
constexpr quint64 kPrime = 1099511628211ULL;

quint64 mix(quint64 h, quint64 v)
{
    h ^= v;
    h *= kPrime;
    return h;
}

quint64 finish(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

} // namespace

void terms(QStringView text, const Options &options, std::vector<Term> &out)
{
    out.clear();
    const quint32 mask = (1u << options.bits) - 1;
    static thread_local std::vector<quint32> hashed;
    hashed.clear();
    quint64 previous = 0;
    bool havePrevious = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool digits = true;
        while (i < n && text[i].isLetterOrNumber()) {
            digits = digits && text[i].isDigit();
            ++i;
        }
        const QStringView word = text.mid(start, i - start);
        quint64 h = kOffset;
        if (digits) {
            h = mix(mix(h, u'#'), quint64(std::min<qsizetype>(word.size(), 9)));
        } else {
            for (QChar c : word)
                h = mix(h, c.unicode());
        }
        hashed.push_back(quint32(finish(h)) & mask);
        if (options.wordBigrams && havePrevious)
            hashed.push_back(quint32(finish(mix(previous * 31, h))) & mask);
        previous = h;
        havePrevious = true;
        if (options.charGrams && !digits && word.size() >= 2) {
            // " word " in 3- to 5-grams; a distinct seed keeps them apart from whole words.
            const qsizetype len = word.size() + 2;
            auto at = [&](qsizetype k) -> char16_t { return k == 0 || k == len - 1 ? u' ' : word[k - 1].unicode(); };
            for (int g = 3; g <= 5; ++g)
                for (qsizetype s = 0; s + g <= len; ++s) {
                    quint64 ch = mix(kOffset, quint64(0x9e37 + g));
                    for (int k = 0; k < g; ++k)
                        ch = mix(ch, at(s + k));
                    hashed.push_back(quint32(finish(ch)) & mask);
                }
        }
    }
    std::sort(hashed.begin(), hashed.end());
    for (size_t k = 0; k < hashed.size();) {
        size_t e = k;
        while (e < hashed.size() && hashed[e] == hashed[k])
            ++e;
        out.push_back({hashed[k], float(1.0 + std::log(double(e - k)))});
        k = e;
    }
}

} // namespace sy::TextHasher
