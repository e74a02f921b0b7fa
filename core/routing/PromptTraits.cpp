#include "routing/PromptTraits.h"


#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <cmath>

namespace sy {

namespace {

enum Script { Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Kana, Hangul, Thai, ScriptCount };

Script scriptOf(char16_t c)
{
    if (c >= 0x0400 && c <= 0x04FF)
        return Cyrillic;
    if (c >= 0x0370 && c <= 0x03FF)
        return Greek;
    if (c >= 0x0600 && c <= 0x06FF)
        return Arabic;
    if (c >= 0x0590 && c <= 0x05FF)
        return Hebrew;
    if (c >= 0x0900 && c <= 0x097F)
        return Devanagari;
    if (c >= 0x3040 && c <= 0x30FF)
        return Kana;
    if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF))
        return Hangul;
    if (c >= 0x4E00 && c <= 0x9FFF)
        return Han;
    if (c >= 0x0E00 && c <= 0x0E7F)
        return Thai;
    return Latin;
}

// Words that only one of the Latin-script languages uses often; a vote for each.
struct StopWords
{
    const char *language;
    std::initializer_list<const char16_t *> words;
};
const StopWords kStopWords[] = {
    {"en", {u"the", u"and", u"is", u"are", u"of", u"to", u"what", u"how", u"you", u"this", u"that", u"with", u"for", u"it", u"in"}},
    {"de", {u"der", u"die", u"das", u"und", u"ist", u"nicht", u"ich", u"wie", u"was", u"ein", u"eine", u"mit", u"für", u"auf", u"sie"}},
    {"fr", {u"le", u"la", u"les", u"et", u"est", u"une", u"des", u"pas", u"que", u"pour", u"vous", u"dans", u"qui", u"sur", u"je"}},
    {"es", {u"el", u"los", u"las", u"y", u"es", u"una", u"que", u"por", u"para", u"cómo", u"qué", u"con", u"del", u"se", u"no"}},
    {"it", {u"il", u"gli", u"che", u"è", u"una", u"per", u"non", u"sono", u"come", u"della", u"con", u"del", u"di", u"mi", u"ho"}},
    {"pt", {u"o", u"os", u"que", u"é", u"uma", u"não", u"para", u"com", u"como", u"do", u"da", u"em", u"você", u"se", u"são"}},
    {"nl", {u"de", u"het", u"een", u"en", u"is", u"niet", u"van", u"ik", u"je", u"dat", u"wat", u"hoe", u"voor", u"met", u"zijn"}},
};

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

// The text's words, lower-case, in order (letters and digits; "c++" and "don't" kept whole).
std::vector<QStringView> wordsOf(QStringView lower)
{
    std::vector<QStringView> words;
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i < n;) {
        if (!isWordChar(lower[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && (isWordChar(lower[i]) || (lower[i] == u'\'' && i + 1 < n && lower[i + 1].isLetter())))
            ++i;
        while (i < n && lower[i] == u'+') // c++
            ++i;
        words.push_back(lower.mid(start, i - start));
    }
    return words;
}

bool isOneOf(QStringView word, std::initializer_list<const char16_t *> list)
{
    for (const char16_t *w : list)
        if (word == QStringView(w))
            return true;
    return false;
}

std::u16string_view view(QStringView w) { return {reinterpret_cast<const char16_t *>(w.utf16()), size_t(w.size())}; }

struct WordHash
{
    size_t operator()(std::u16string_view w) const noexcept
    {
        size_t h = 1469598103934665603ULL; // FNV-1a: words are short, this beats the library's hash
        for (char16_t c : w)
            h = (h ^ c) * 1099511628211ULL;
        return h;
    }
};

enum WordList : unsigned { Programming = 1, Math = 2, Constraint = 4 };

// Every word the traits look for, with what it tells: the languages whose common word it is and
// the lists it (or a two-word phrase it starts) belongs to. One lookup per word of the text.
class Lexicon
{
public:
    struct Counts
    {
        std::array<int, std::size(kStopWords)> votes{};
        int programming = 0, math = 0, constraints = 0;
    };

    Lexicon()
    {
        for (size_t l = 0; l < std::size(kStopWords); ++l)
            for (const char16_t *w : kStopWords[l].words)
                m_words[w].languages |= 1u << l;
        add(Programming, {u"python", u"javascript", u"typescript", u"java", u"c++", u"rust", u"golang", u"sql", u"function", u"regex", u"compile",
                          u"debug", u"algorithm", u"code", u"script", u"api", u"bash", u"html", u"css", u"program"});
        add(Math, {u"calculate", u"compute", u"solve", u"equation", u"integral", u"derivative", u"probability", u"percent", u"how many",
                   u"how much", u"sum of", u"average", u"theorem", u"prove", u"ratio", u"fraction"});
        add(Constraint, {u"must", u"exactly", u"at least", u"at most", u"without", u"only", u"step by", u"ensure", u"format", u"no more", u"each",
                         u"every", u"do not", u"don't", u"limit"});
    }

    Counts scan(const std::vector<QStringView> &words) const
    {
        Counts c;
        for (size_t i = 0; i < words.size(); ++i) {
            const auto it = m_words.find(view(words[i]));
            if (it == m_words.end())
                continue;
            const Entry &e = it->second;
            if (i < 400)
                for (size_t l = 0; l < c.votes.size(); ++l)
                    c.votes[l] += (e.languages >> l) & 1u;
            unsigned lists = e.lists;
            if (i + 1 < words.size())
                for (const auto &[second, list] : e.phrases)
                    if (view(words[i + 1]) == second)
                        lists |= list;
            c.programming += (lists & Programming) ? 1 : 0;
            c.math += (lists & Math) ? 1 : 0;
            c.constraints += (lists & Constraint) ? 1 : 0;
        }
        return c;
    }

private:
    struct Entry
    {
        unsigned languages = 0;
        unsigned lists = 0;
        std::vector<std::pair<std::u16string_view, unsigned>> phrases; // second word, lists
    };
    void add(WordList list, std::initializer_list<const char16_t *> terms)
    {
        for (const char16_t *term : terms) {
            const std::u16string_view t(term);
            const size_t space = t.find(u' ');
            if (space == std::u16string_view::npos)
                m_words[t].lists |= list;
            else
                m_words[t.substr(0, space)].phrases.emplace_back(t.substr(space + 1), list);
        }
    }
    std::unordered_map<std::u16string_view, Entry, WordHash> m_words;
};

const Lexicon &lexicon()
{
    static const Lexicon l;
    return l;
}

bool anyOf(const std::vector<QStringView> &words, std::initializer_list<const char16_t *> list)
{
    return std::any_of(words.begin(), words.end(), [&list](QStringView w) { return isOneOf(w, list); });
}

bool startsWithAny(QStringView line, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *p : prefixes)
        if (line.startsWith(QStringView(p)))
            return true;
    return false;
}

// Code: a fence, or a line that reads like code (a keyword at its start, or a statement end).
bool codeInText(QStringView text)
{
    if (text.contains(u"```"))
        return true;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (startsWithAny(line, {u"def ", u"class ", u"function ", u"#include", u"import ", u"public ", u"private ", u"return ", u"for (",
                                 u"if (", u"while (", u"const ", u"let ", u"var ", u"fn ", u"SELECT ", u"#!/"}) ||
            (line.startsWith(u"from ") && line.contains(u" import ")))
            return true;
        if (line.endsWith(u';') || line.endsWith(u'{') || line.contains(u"=>") || line.contains(u"){") || line.contains(u") {"))
            return true;
    }
    return false;
}

bool isOperator(char16_t c)
{
    switch (c) {
    case u'+': case u'-': case u'*': case u'/': case u'×': case u'÷': case u'^': case u'=': case u'<': case u'>': return true;
    default: return false;
    }
}

// One pass: a digit with an operator and another digit ("3 + 4", "2*(5"), a percentage, a TeX
// command, a math symbol, or $...$ on one line.
bool mathInText(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'∑': case u'∫': case u'√': case u'π': case u'≤': case u'≥': return true;
        case u'\\':
            if (text.mid(i + 1).startsWith(u"frac") || text.mid(i + 1).startsWith(u"sqrt"))
                return true;
            continue;
        case u'$': {
            const qsizetype close = i + 2 < n ? text.indexOf(u'$', i + 2) : -1;
            if (close > 0 && !text.mid(i, close - i).contains(u'\n') && !text[i + 1].isDigit())
                return true;
            continue;
        }
        default: break;
        }
        if (c < u'0' || c > u'9')
            continue;
        qsizetype j = i + 1;
        while (j < n && text[j] == u' ')
            ++j;
        if (j < n && text[j] == u'%')
            return true;
        if (j < n && isOperator(text[j].unicode())) {
            qsizetype k = j + 1;
            while (k < n && (text[k] == u' ' || text[k] == u'('))
                ++k;
            if (k < n && text[k].isDigit())
                return true;
        }
    }
    return false;
}

bool structuredInText(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'{' || c == u'[') {
            qsizetype j = i + 1;
            while (j < n && text[j].isSpace())
                ++j;
            if (c == u'[' && j < n && text[j] == u'{')
                return true; // [{ ... }]
            if (c == u'{' && j < n && text[j] == u'"') {
                const qsizetype close = text.indexOf(u'"', j + 1);
                qsizetype k = close + 1;
                while (close > 0 && k < n && text[k].isSpace())
                    ++k;
                if (close > 0 && k < n && text[k] == u':' && !text.mid(j, close - j).contains(u'\n'))
                    return true; // {"key": ...
            }
        } else if (c == u'<' && i + 2 < n && text[i + 1] == u'/' && text[i + 2].isLetter()) {
            qsizetype e = i + 2;
            while (e < n && (text[e].isLetterOrNumber() || text[e] == u'-'))
                ++e;
            if (e < n && text[e] == u'>') {
                const QStringView tag = text.mid(i + 2, e - i - 2);
                const qsizetype open = text.left(i).lastIndexOf(u'<' + tag.toString());
                if (open >= 0)
                    return true; // <tag ...> ... </tag>
            }
        } else if (c == u'|' && i + 4 < n) {
            qsizetype j = i + 1;
            while (j < n && text[j] == u' ')
                ++j;
            if (j < n && text[j] == u':')
                ++j;
            if (text.mid(j).startsWith(u"---"))
                return true; // a markdown table's rule
        }
    }
    // CSV or TSV: three lines or more in a row with the same number (≥ 2) of separators.
    for (QChar sep : {QChar(u','), QChar(u'\t')}) {
        int run = 0;
        qsizetype last = -1;
        for (qsizetype start = 0; start < n;) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = n;
            const QStringView line = text.mid(start, end - start);
            start = end + 1;
            if (line.trimmed().isEmpty())
                continue;
            const qsizetype count = line.count(sep);
            run = count >= 2 && count == last ? run + 1 : 1;
            last = count;
            if (run >= 3)
                return true;
        }
    }
    return false;
}

QString detectLanguage(const QString &text, const std::array<int, std::size(kStopWords)> &votes)
{
    std::array<int, ScriptCount> counts{};
    int letters = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        ++counts[scriptOf(c.unicode())];
    }
    if (letters == 0)
        return QStringLiteral("und");
    // Japanese text mixes kana with Han characters; any kana tells it from Chinese.
    if (counts[Kana] > 0 && counts[Kana] + counts[Han] > letters / 3)
        return QStringLiteral("ja");
    const auto top = Script(std::max_element(counts.begin(), counts.end()) - counts.begin());
    switch (top) {
    case Cyrillic: return QStringLiteral("ru");
    case Greek: return QStringLiteral("el");
    case Arabic: return QStringLiteral("ar");
    case Hebrew: return QStringLiteral("he");
    case Devanagari: return QStringLiteral("hi");
    case Han: return QStringLiteral("zh");
    case Kana: return QStringLiteral("ja");
    case Hangul: return QStringLiteral("ko");
    case Thai: return QStringLiteral("th");
    case Latin:
    case ScriptCount: break;
    }
    const char *best = "und"; // Latin letters without a single common word: names, code, formulas
    int bestVotes = 0;
    for (size_t l = 0; l < votes.size(); ++l)
        if (votes[l] > bestVotes) {
            bestVotes = votes[l];
            best = kStopWords[l].language;
        }
    return QString::fromLatin1(best);
}

PromptTraits::QuestionType questionTypeOf(QStringView lower, const std::vector<QStringView> &words)
{
    using T = PromptTraits::QuestionType;
    if (words.empty())
        return lower.trimmed().isEmpty() ? T::None : T::Instruction;
    const QStringView first = words.front();
    if (isOneOf(first, {u"write", u"compose", u"draft", u"create", u"imagine", u"pretend"}) &&
        anyOf(words, {u"poem", u"story", u"song", u"haiku", u"blog", u"essay", u"limerick", u"lyrics", u"slogan", u"joke"}))
        return T::Creative;
    if (isOneOf(first, {u"why", u"how", u"explain", u"describe", u"discuss", u"compare", u"analyze", u"analyse", u"evaluate"}))
        return T::Explanation;
    if (isOneOf(first, {u"what", u"which", u"who", u"whom", u"when", u"where", u"name"}))
        return T::Factual;
    if (isOneOf(first, {u"is", u"are", u"can", u"could", u"does", u"do", u"should", u"will", u"would", u"was", u"were", u"has", u"have", u"did"}))
        return T::YesNo;
    if (isOneOf(first, {u"write", u"create", u"generate", u"list", u"summarize", u"summarise", u"translate", u"give", u"implement", u"fix",
                        u"rewrite", u"convert", u"extract", u"provide", u"make", u"design", u"draft", u"compose", u"suggest", u"identify",
                        u"find", u"calculate", u"solve", u"please", u"now", u"imagine", u"pretend", u"act"}))
        return T::Instruction;
    // A question mark at the end without a telling first word: a question of fact.
    return lower.trimmed().endsWith(u'?') ? T::Factual : T::Instruction;
}

} // namespace

PromptTraits PromptTraits::of(const RequestFeatures &f)
{
    PromptTraits t;
    const QString &text = f.lastUserMessage();
    const QString &lower = f.lastUserMessageLower();
    t.tokens = f.promptTokens();
    t.depth = f.userTurns;
    t.hasTools = f.hasTools;
    const std::vector<QStringView> words = wordsOf(lower);
    for (QStringView w : words)
        t.numbers += !w.isEmpty() && w.front().isDigit() ? 1 : 0;
    // Sentence ends: . ! ? (and the CJK ones) before a space or the end.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool end = c == u'.' || c == u'!' || c == u'?' || c == u'。' || c == u'？' || c == u'！';
        t.sentences += end && (i + 1 == text.size() || text[i + 1].isSpace()) ? 1 : 0;
    }
    if (t.sentences == 0 && !words.empty())
        t.sentences = 1;
    const Lexicon::Counts counts = lexicon().scan(words);
    t.language = detectLanguage(text, counts.votes);
    t.hasCode = counts.programming > 0 || codeInText(text) || codeInText(f.systemPrompt());
    t.hasMath = (t.numbers > 0 && counts.math > 0) || mathInText(text);
    t.hasStructuredData = structuredInText(text);
    t.questionType = questionTypeOf(lower, words);
    t.constraints = counts.constraints;

    // Complexity: each part in [0, 1] times its weight; the weights sum to 1.
    static constexpr std::array<double, PartCount> kWeights = {0.25, 0.10, 0.15, 0.15, 0.05, 0.10, 0.10, 0.10};
    static constexpr std::array<double, int(QuestionType::Count)> kQuestionWeight = {0, 0.2, 0.7, 0.2, 0.5, 0.4};
    std::array<double, PartCount> raw{};
    raw[SizePart] = std::clamp(std::log2(std::max(1, t.tokens) / 16.0) / 8.0, 0.0, 1.0); // 16 → 0, 4,096 → 1
    raw[DepthPart] = std::min(1.0, std::max(0, t.depth - 1) / 4.0);
    raw[CodePart] = t.hasCode ? 1 : 0;
    raw[MathPart] = t.hasMath ? 1 : 0;
    raw[StructurePart] = t.hasStructuredData ? 1 : 0;
    raw[QuestionPart] = kQuestionWeight[size_t(t.questionType)];
    raw[ConstraintPart] = std::min(1.0, t.constraints / 4.0);
    raw[NumberPart] = std::min(1.0, t.numbers / 8.0);
    for (int p = 0; p < PartCount; ++p) {
        t.complexityParts[size_t(p)] = raw[size_t(p)] * kWeights[size_t(p)];
        t.complexity += t.complexityParts[size_t(p)];
    }
    return t;
}

QStringList PromptTraits::languageCodes()
{
    QStringList codes;
    for (const auto &entry : kStopWords)
        codes.append(QString::fromLatin1(entry.language));
    for (const char *script : {"ru", "el", "ar", "he", "hi", "zh", "ja", "ko", "th"})
        if (!codes.contains(QLatin1String(script)))
            codes.append(QString::fromLatin1(script));
    codes.append(QStringLiteral("und"));
    return codes;
}

QStringList PromptTraits::questionTypeNames()
{
    QStringList names;
    for (int t = 0; t < int(QuestionType::Count); ++t)
        names.append(questionTypeName(QuestionType(t)));
    return names;
}

QString PromptTraits::questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::None: return QStringLiteral("none");
    case QuestionType::Factual: return QStringLiteral("factual");
    case QuestionType::Explanation: return QStringLiteral("explanation");
    case QuestionType::YesNo: return QStringLiteral("yes_no");
    case QuestionType::Instruction: return QStringLiteral("instruction");
    case QuestionType::Creative: return QStringLiteral("creative");
    case QuestionType::Count: break;
    }
    return QStringLiteral("none");
}

const char *PromptTraits::partName(Part part)
{
    static constexpr const char *kNames[PartCount] = {"size", "depth", "code", "math", "structure", "question", "constraints", "numbers"};
    return kNames[part];
}

} // namespace sy
