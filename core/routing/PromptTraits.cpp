#include "routing/PromptTraits.h"

#include <QRegularExpression>

#include <algorithm>
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
    std::initializer_list<const char *> words;
};
const StopWords kStopWords[] = {
    {"en", {"the", "and", "is", "are", "of", "to", "what", "how", "you", "this", "that", "with", "for", "it", "in"}},
    {"de", {"der", "die", "das", "und", "ist", "nicht", "ich", "wie", "was", "ein", "eine", "mit", "für", "auf", "sie"}},
    {"fr", {"le", "la", "les", "et", "est", "une", "des", "pas", "que", "pour", "vous", "dans", "qui", "sur", "je"}},
    {"es", {"el", "los", "las", "y", "es", "una", "que", "por", "para", "cómo", "qué", "con", "del", "se", "no"}},
    {"it", {"il", "gli", "che", "è", "una", "per", "non", "sono", "come", "della", "con", "del", "di", "mi", "ho"}},
    {"pt", {"o", "os", "que", "é", "uma", "não", "para", "com", "como", "do", "da", "em", "você", "se", "são"}},
    {"nl", {"de", "het", "een", "en", "is", "niet", "van", "ik", "je", "dat", "wat", "hoe", "voor", "met", "zijn"}},
};

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

const QStringList &programmingWords()
{
    static const QStringList words = {
        QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("typescript"), QStringLiteral("java"),
        QStringLiteral("c++"), QStringLiteral("rust"), QStringLiteral("golang"), QStringLiteral("sql"),
        QStringLiteral("function"), QStringLiteral("regex"), QStringLiteral("compile"), QStringLiteral("debug"),
        QStringLiteral("algorithm"), QStringLiteral("code"), QStringLiteral("script"), QStringLiteral("api"),
        QStringLiteral("bash"), QStringLiteral("html"), QStringLiteral("css"), QStringLiteral("program")};
    return words;
}

const QStringList &mathWords()
{
    static const QStringList words = {
        QStringLiteral("calculate"), QStringLiteral("compute"), QStringLiteral("solve"), QStringLiteral("equation"),
        QStringLiteral("integral"), QStringLiteral("derivative"), QStringLiteral("probability"), QStringLiteral("percent"),
        QStringLiteral("how many"), QStringLiteral("how much"), QStringLiteral("sum of"), QStringLiteral("average"),
        QStringLiteral("theorem"), QStringLiteral("prove"), QStringLiteral("ratio"), QStringLiteral("fraction")};
    return words;
}

const QStringList &constraintWords()
{
    static const QStringList words = {
        QStringLiteral("must"), QStringLiteral("exactly"), QStringLiteral("at least"), QStringLiteral("at most"),
        QStringLiteral("without"), QStringLiteral("only"), QStringLiteral("step by step"), QStringLiteral("ensure"),
        QStringLiteral("format"), QStringLiteral("no more than"), QStringLiteral("each"), QStringLiteral("every"),
        QStringLiteral("do not"), QStringLiteral("don't"), QStringLiteral("limit")};
    return words;
}

// Whole-word (or whole-phrase) occurrences of any of `words` in lower-case text.
int countWords(const QString &lower, const QStringList &words)
{
    int n = 0;
    for (const QString &w : words) {
        for (qsizetype at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.size())) {
            const bool startOk = at == 0 || !isWordChar(lower.at(at - 1));
            const qsizetype end = at + w.size();
            const bool endOk = end >= lower.size() || !isWordChar(lower.at(end)) || !isWordChar(w.back());
            n += startOk && endOk ? 1 : 0;
        }
    }
    return n;
}

bool looksLikeCode(const QString &text, const QString &lower)
{
    if (text.contains(QStringLiteral("```")))
        return true;
    static const QRegularExpression codeLine(
        QStringLiteral(R"((^|\n)\s*(def |class |function |#include|import |from \S+ import|public |private |return |for \(|if \(|while \(|const |let |var |fn |SELECT |#!/)|;\s*(\n|$)|=>|\)\s*\{)"));
    if (codeLine.match(text).hasMatch())
        return true;
    return countWords(lower, programmingWords()) > 0;
}

bool looksLikeMath(const QString &text, const QString &lower, int numbers)
{
    static const QRegularExpression arithmetic(QStringLiteral(R"(\d\s*[-+*/×÷^=<>]\s*\(?\d|\\frac|\\sqrt|\$[^$\n]+\$|\d\s*%|[∑∫√π≤≥])"));
    if (arithmetic.match(text).hasMatch())
        return true;
    return countWords(lower, mathWords()) > 0 && numbers > 0;
}

bool looksStructured(const QString &text)
{
    static const QRegularExpression json(QStringLiteral(R"(\{\s*"[^"\n]+"\s*:|\[\s*\{)"));
    static const QRegularExpression markup(QStringLiteral(R"(<([A-Za-z][\w-]*)[^>]*>[^<]*</\1>)"));
    static const QRegularExpression table(QStringLiteral(R"(\|\s*:?-{3,})"));
    if (json.match(text).hasMatch() || markup.match(text).hasMatch() || table.match(text).hasMatch())
        return true;
    // CSV or TSV: three lines or more with the same number (≥ 2) of separators.
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QChar sep : {QChar(u','), QChar(u'\t')}) {
        int run = 0;
        qsizetype last = -1;
        for (const QString &line : lines) {
            const qsizetype n = line.count(sep);
            run = n >= 2 && n == last ? run + 1 : 1;
            last = n;
            if (run >= 3 && n >= 2)
                return true;
        }
    }
    return false;
}

QString detectLanguage(const QString &text, const QString &lower)
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
    QString word;
    auto vote = [&](std::array<int, std::size(kStopWords)> &votes) {
        for (size_t l = 0; l < std::size(kStopWords); ++l)
            for (const char *w : kStopWords[l].words)
                if (word == QString::fromUtf8(w))
                    ++votes[l];
    };
    std::array<int, std::size(kStopWords)> votes{};
    int words = 0;
    for (qsizetype i = 0; i <= lower.size() && words < 400; ++i) {
        if (i < lower.size() && lower.at(i).isLetter()) {
            word.append(lower.at(i));
            continue;
        }
        if (!word.isEmpty()) {
            vote(votes);
            word.clear();
            ++words;
        }
    }
    for (size_t l = 0; l < votes.size(); ++l)
        if (votes[l] > bestVotes) {
            bestVotes = votes[l];
            best = kStopWords[l].language;
        }
    return QString::fromLatin1(best);
}

PromptTraits::QuestionType questionTypeOf(const QString &lower)
{
    using T = PromptTraits::QuestionType;
    const QString text = lower.trimmed();
    if (text.isEmpty())
        return T::None;
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    const QString first = text.left(end);
    static const QStringList creative = {QStringLiteral("poem"), QStringLiteral("story"), QStringLiteral("song"), QStringLiteral("haiku"),
                                         QStringLiteral("blog"), QStringLiteral("essay"), QStringLiteral("limerick"), QStringLiteral("lyrics"),
                                         QStringLiteral("slogan"), QStringLiteral("joke")};
    static const QStringList making = {QStringLiteral("write"), QStringLiteral("compose"), QStringLiteral("draft"), QStringLiteral("create"),
                                       QStringLiteral("imagine"), QStringLiteral("pretend")};
    static const QStringList instruction = {QStringLiteral("write"), QStringLiteral("create"), QStringLiteral("generate"), QStringLiteral("list"),
                                            QStringLiteral("summarize"), QStringLiteral("summarise"), QStringLiteral("translate"), QStringLiteral("give"),
                                            QStringLiteral("implement"), QStringLiteral("fix"), QStringLiteral("rewrite"), QStringLiteral("convert"),
                                            QStringLiteral("extract"), QStringLiteral("provide"), QStringLiteral("make"), QStringLiteral("design"),
                                            QStringLiteral("draft"), QStringLiteral("compose"), QStringLiteral("suggest"), QStringLiteral("identify"),
                                            QStringLiteral("find"), QStringLiteral("calculate"), QStringLiteral("solve"), QStringLiteral("please"),
                                            QStringLiteral("now"), QStringLiteral("imagine"), QStringLiteral("pretend"), QStringLiteral("act")};
    static const QStringList factual = {QStringLiteral("what"), QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("whom"),
                                        QStringLiteral("when"), QStringLiteral("where"), QStringLiteral("name")};
    static const QStringList explanation = {QStringLiteral("why"), QStringLiteral("how"), QStringLiteral("explain"), QStringLiteral("describe"),
                                            QStringLiteral("discuss"), QStringLiteral("compare"), QStringLiteral("analyze"), QStringLiteral("analyse"),
                                            QStringLiteral("evaluate")};
    static const QStringList yesNo = {QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("can"), QStringLiteral("could"),
                                      QStringLiteral("does"), QStringLiteral("do"), QStringLiteral("should"), QStringLiteral("will"),
                                      QStringLiteral("would"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("has"),
                                      QStringLiteral("have"), QStringLiteral("did")};
    if (making.contains(first) && countWords(text, creative) > 0)
        return T::Creative;
    if (explanation.contains(first))
        return T::Explanation;
    if (factual.contains(first))
        return T::Factual;
    if (yesNo.contains(first))
        return T::YesNo;
    if (instruction.contains(first))
        return T::Instruction;
    // A question mark at the end without a telling first word: a question of fact.
    return text.endsWith(u'?') ? T::Factual : T::Instruction;
}

} // namespace

PromptTraits PromptTraits::of(const RequestFeatures &f)
{
    PromptTraits t;
    const QString &text = f.lastUserMessage;
    const QString &lower = f.lastUserMessageLower;
    t.tokens = f.promptTokens;
    t.depth = f.userTurns;
    t.hasTools = f.hasTools;
    static const QRegularExpression number(QStringLiteral(R"((?<![\w.])\d+(?:[.,]\d+)*)"));
    for (auto it = number.globalMatch(text); it.hasNext(); it.next())
        ++t.numbers;
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?。？！](\s|$))"));
    for (auto it = sentenceEnd.globalMatch(text); it.hasNext(); it.next())
        ++t.sentences;
    if (t.sentences == 0 && !text.trimmed().isEmpty())
        t.sentences = 1;
    t.language = detectLanguage(text, lower);
    t.hasCode = looksLikeCode(text, lower) || looksLikeCode(f.systemPrompt, f.systemPromptLower);
    t.hasMath = looksLikeMath(text, lower, t.numbers);
    t.hasStructuredData = looksStructured(text);
    t.questionType = questionTypeOf(lower);
    t.constraints = countWords(lower, constraintWords());

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
