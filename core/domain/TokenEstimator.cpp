#include "domain/TokenEstimator.h"

#include <QChar>
#include <QtGlobal>

#include <array>

namespace sy {

namespace {

// What each character contributes to; consecutive characters of one class form a piece.
enum class Cls : unsigned char { Letter, OtherLetter, Ideograph, Digit, Space, Break, Punct, OtherSpace, Astral };

constexpr std::array<Cls, 128> makeAsciiTable()
{
    std::array<Cls, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            t[c] = Cls::Letter;
        else if (c >= '0' && c <= '9')
            t[c] = Cls::Digit;
        else if (c == ' ')
            t[c] = Cls::Space;
        else if (c == '\n' || c == '\r' || c == '\t')
            t[c] = Cls::Break;
        else if (c == '\v' || c == '\f')
            t[c] = Cls::OtherSpace;
        else
            t[c] = Cls::Punct;
    }
    return t;
}
constexpr std::array<Cls, 128> kAscii = makeAsciiTable();

bool isIdeograph(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

Cls classify(char32_t c)
{
    if (c < 128)
        return kAscii[c];
    if (c > 0xFFFF)
        return Cls::Astral; // emoji and other astral characters
    if (isIdeograph(c))
        return Cls::Ideograph;
    if (QChar::isLetter(c))
        return Cls::OtherLetter;
    if (QChar::isDigit(c))
        return Cls::Digit;
    if (QChar::isSpace(c))
        return Cls::OtherSpace;
    return Cls::Punct;
}

// Counts one piece at a time as code points arrive.
class Counter
{
public:
    // Inlined: a character that continues the current piece (the common case) only counts.
    void add(char32_t c) { addClass(c < 128 ? kAscii[c] : classify(c)); }

    // ASCII characters of one class in a row: the same as adding them one by one.
    void addAsciiRun(Cls cls, int count)
    {
        addClass(cls);
        if (cls == Cls::Letter)
            m_letters += count - 1;
        else
            m_run += count - 1;
    }

    void addClass(Cls cls)
    {
        if (cls == m_class) {
            if (cls == Cls::Letter) {
                ++m_letters;
                return;
            }
            if (cls == Cls::Digit || cls == Cls::Space || cls == Cls::Break || cls == Cls::Punct) {
                ++m_run;
                return;
            }
        }
        addSlow(cls);
    }

    void addSlow(Cls cls)
    {
        // A word is a run of letters of either kind; everything else runs by class.
        const bool sameWord = (cls == Cls::Letter || cls == Cls::OtherLetter) && m_letters + m_other > 0;
        if (!sameWord && (cls != m_class || cls == Cls::Ideograph || cls == Cls::Astral || cls == Cls::OtherSpace))
            flush();
        m_class = cls;
        switch (cls) {
        case Cls::Letter: ++m_letters; break;
        case Cls::OtherLetter: ++m_other; break;
        default: ++m_run; break;
        }
    }

    int finish()
    {
        flush();
        return m_tokens;
    }

private:
    void flush()
    {
        if (m_letters > 0)
            m_tokens += m_letters <= 8 ? 1 : 1 + (m_letters - 8 + 4) / 5; // most English words are one token
        if (m_other > 0)
            m_tokens += (m_other + 1) / 2; // accented Latin, Cyrillic, Greek: about two letters a token
        if (m_run > 0) {
            switch (m_class) {
            case Cls::Digit: m_tokens += (m_run + 2) / 3; break;
            case Cls::Space: m_tokens += m_run > 1 ? 1 + (m_run - 1) / 8 : 0; break; // one space joins the next word
            case Cls::Break: m_tokens += 1; break;
            case Cls::Punct: m_tokens += (m_run + 1) / 2; break; // "):", "\",", "==" are single BPE tokens
            case Cls::Astral: m_tokens += 2 * m_run; break;
            default: m_tokens += m_run; break; // ideographs, other spaces: one each
            }
        }
        m_letters = m_other = m_run = 0;
    }

    Cls m_class = Cls::Break;
    int m_letters = 0;
    int m_other = 0;
    int m_run = 0;
    int m_tokens = 0;
};

} // namespace

int TokenEstimator::estimateText(QStringView text)
{
    Counter counter;
    const qsizetype n = text.size();
    const char16_t *p = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]))
            c = QChar::surrogateToUcs4(char16_t(c), p[++i]);
        counter.add(c);
    }
    return counter.finish();
}

int TokenEstimator::estimateUtf8(std::string_view text)
{
    Counter counter;
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            // ASCII goes a run at a time: one table lookup a byte, one call a run.
            const Cls cls = kAscii[b];
            size_t j = i + 1;
            if (cls != Cls::OtherSpace) // each of those is a piece of its own
                while (j < n && p[j] < 0x80 && kAscii[p[j]] == cls)
                    ++j;
            counter.addAsciiRun(cls, int(j - i));
            i = j;
            continue;
        }
        char32_t c;
        size_t len;
        if ((b >> 5) == 0x6 && i + 1 < n) {
            c = char32_t(b & 0x1F) << 6 | (p[i + 1] & 0x3F);
            len = 2;
        } else if ((b >> 4) == 0xE && i + 2 < n) {
            c = char32_t(b & 0x0F) << 12 | char32_t(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
            len = 3;
        } else if ((b >> 3) == 0x1E && i + 3 < n) {
            c = char32_t(b & 0x07) << 18 | char32_t(p[i + 1] & 0x3F) << 12 | char32_t(p[i + 2] & 0x3F) << 6 | (p[i + 3] & 0x3F);
            len = 4;
        } else {
            c = 0xFFFD; // invalid byte: counts like a symbol
            len = 1;
        }
        counter.add(c);
        i += len;
    }
    return counter.finish();
}

} // namespace sy
