#include "mock/MockContent.h"

#include <cstring>

#include "eval/AnswerExtraction.h"
#include "eval/TextMetrics.h"

#include <QRegularExpression>

#include <cmath>

namespace sy {

quint64 mixHash(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 textHash(const QString &text, quint64 seed)
{
    quint64 h = 1469598103934665603ULL ^ seed;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return mixHash(h);
}

namespace {

const char *const kWords[] = {
    "the", "route", "model", "request", "answer", "cost", "latency", "quality", "policy", "token", "stream",
    "fallback", "provider", "simulated", "response", "works", "well", "here", "because", "each", "prompt",
    "goes", "to", "a", "cheap", "strong", "local", "server", "when", "it", "fits", "best", "and", "then",
    "returns", "this", "result", "with", "some", "detail", "about", "how", "routing", "chooses", "between",
    "options", "for", "every", "call", "so", "that", "spend", "stays", "low", "while", "accuracy", "holds",
    "steady", "under", "load", "in", "practice", "most", "traffic", "is", "simple", "enough", "small",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

} // namespace

QStringList MockContent::tokens(const QString &model, const QString &prompt, int minTokens, int maxTokens, quint64 seed)
{
    quint64 state = textHash(model + QChar(0x1f) + prompt, seed);
    const int span = qMax(1, maxTokens - minTokens + 1);
    const int n = minTokens + int(state % quint64(span));
    QStringList out;
    out.reserve(n);
    int sentence = 0;
    for (int i = 0; i < n; ++i) {
        state = mixHash(state);
        QString word = QLatin1String(kWords[state % kWordCount]);
        if (sentence == 0 && !word.isEmpty())
            word[0] = word[0].toUpper();
        ++sentence;
        const bool endSentence = i == n - 1 || (sentence > 6 && (state >> 20) % 5 == 0);
        if (endSentence) {
            word += QLatin1Char('.');
            sentence = 0;
        }
        out.append(i == 0 ? word : QLatin1Char(' ') + word);
    }
    return out;
}

std::optional<MockContent::ToolCall> MockContent::toolCall(const QJsonArray &tools, const QJsonValue &toolChoice,
                                                           const QString &lastUserMessage, const QString &model)
{
    if (tools.isEmpty())
        return std::nullopt;
    struct Tool
    {
        QString name;
        QJsonObject schema;
    };
    std::vector<Tool> list;
    for (const QJsonValue &t : tools) {
        const QJsonObject o = t.toObject();
        if (o.contains(QStringLiteral("function"))) {
            const QJsonObject f = o.value(QStringLiteral("function")).toObject();
            list.push_back({f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("parameters")).toObject()});
        } else {
            list.push_back({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("input_schema")).toObject()});
        }
    }
    const Tool *chosen = nullptr;
    const QJsonObject choice = toolChoice.toObject();
    const QString forced = choice.value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString(
        choice.value(QStringLiteral("name")).toString());
    for (const Tool &t : list)
        if (!forced.isEmpty() && t.name == forced)
            chosen = &t;
    const bool anyRequired = toolChoice == QStringLiteral("required") ||
                             choice.value(QStringLiteral("type")) == QStringLiteral("any");
    if (!chosen && toolChoice != QStringLiteral("none") && choice.value(QStringLiteral("type")) != QStringLiteral("none")) {
        for (const Tool &t : list)
            if (!t.name.isEmpty() && lastUserMessage.contains(t.name, Qt::CaseInsensitive))
                chosen = &t;
        if (!chosen && anyRequired)
            chosen = &list.front();
    }
    if (!chosen)
        return std::nullopt;

    QJsonObject args;
    const QJsonObject properties = chosen->schema.value(QStringLiteral("properties")).toObject();
    const QJsonArray required = chosen->schema.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &r : required) {
        const QString name = r.toString();
        const QString type = properties.value(name).toObject().value(QStringLiteral("type")).toString();
        if (type == u"number" || type == u"integer")
            args.insert(name, 1);
        else if (type == u"boolean")
            args.insert(name, true);
        else if (type == u"array")
            args.insert(name, QJsonArray());
        else if (type == u"object")
            args.insert(name, QJsonObject());
        else
            args.insert(name, QStringLiteral("example"));
    }
    const quint64 h = textHash(model + chosen->name + lastUserMessage, 7);
    return ToolCall{QStringLiteral("call_%1").arg(h, 16, 16, QLatin1Char('0')), chosen->name, args};
}

QString MockContent::embeddingBase64(const std::vector<float> &vector)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(vector.size() * 4));
    for (float x : vector) {
        quint32 bits;
        std::memcpy(&bits, &x, 4);
        for (int i = 0; i < 4; ++i) // little-endian whatever the host, as numpy's frombuffer reads it
            bytes.append(char((bits >> (8 * i)) & 0xff));
    }
    return QString::fromLatin1(bytes.toBase64());
}

namespace {

QJsonValue schemaValue(const QJsonObject &schema, const QStringList &words, int &next, int depth)
{
    auto word = [&]() {
        const QString w = words.isEmpty() ? QStringLiteral("example") : words.at(next++ % words.size()).trimmed();
        return w.isEmpty() ? QStringLiteral("example") : w;
    };
    if (depth > 8)
        return QJsonValue::Null;
    if (schema.contains(QStringLiteral("const")))
        return schema.value(QStringLiteral("const"));
    if (const QJsonArray options = schema.value(QStringLiteral("enum")).toArray(); !options.isEmpty())
        return options.first();
    for (const char *alternatives : {"anyOf", "oneOf", "allOf"})
        if (const QJsonArray list = schema.value(QLatin1String(alternatives)).toArray(); !list.isEmpty())
            return schemaValue(list.first().toObject(), words, next, depth + 1);
    QJsonValue typeValue = schema.value(QStringLiteral("type"));
    if (typeValue.isArray()) { // ["string", "null"]: the first that is not null
        const QJsonArray types = typeValue.toArray();
        typeValue = types.first();
        for (const QJsonValue &t : types)
            if (t != QStringLiteral("null")) {
                typeValue = t;
                break;
            }
    }
    QString type = typeValue.toString();
    if (type.isEmpty())
        type = schema.contains(QStringLiteral("properties")) ? QStringLiteral("object")
               : schema.contains(QStringLiteral("items"))   ? QStringLiteral("array")
                                                             : QStringLiteral("string");
    if (type == u"object") {
        QJsonObject out;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            out.insert(it.key(), schemaValue(it.value().toObject(), words, next, depth + 1));
        return out;
    }
    if (type == u"array") {
        QJsonArray out;
        const int count = qBound(1, schema.value(QStringLiteral("minItems")).toInt(1), 5);
        for (int i = 0; i < count; ++i)
            out.append(schemaValue(schema.value(QStringLiteral("items")).toObject(), words, next, depth + 1));
        return out;
    }
    if (type == u"integer" || type == u"number") {
        double v = type == u"integer" ? 1 : 1.5;
        if (schema.contains(QStringLiteral("minimum")))
            v = qMax(v, schema.value(QStringLiteral("minimum")).toDouble());
        if (schema.contains(QStringLiteral("exclusiveMinimum")))
            v = qMax(v, schema.value(QStringLiteral("exclusiveMinimum")).toDouble() + 1);
        if (schema.contains(QStringLiteral("maximum")))
            v = qMin(v, schema.value(QStringLiteral("maximum")).toDouble());
        return type == u"integer" ? QJsonValue(qint64(std::ceil(v))) : QJsonValue(v);
    }
    if (type == u"boolean")
        return true;
    if (type == u"null")
        return QJsonValue::Null;
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format == u"date")
        return QStringLiteral("2026-01-01");
    if (format == u"date-time")
        return QStringLiteral("2026-01-01T00:00:00Z");
    if (format == u"email")
        return QStringLiteral("someone@example.com");
    if (format == u"uri")
        return QStringLiteral("https://example.com/");
    QString text = word();
    const int minLength = schema.value(QStringLiteral("minLength")).toInt(0);
    while (text.size() < minLength)
        text += u' ' + word();
    if (const int maxLength = schema.value(QStringLiteral("maxLength")).toInt(0); maxLength > 0)
        text.truncate(maxLength);
    return text;
}

} // namespace

QJsonValue MockContent::valueForSchema(const QJsonObject &schema, const QStringList &words)
{
    int next = 0;
    return schemaValue(schema, words, next, 0);
}

std::vector<float> MockContent::embedding(const QString &text, int dimensions)
{
    std::vector<float> v(size_t(qMax(1, dimensions)), 0.0f);
    static const QRegularExpression words(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    auto it = words.globalMatch(text.toLower());
    while (it.hasNext()) {
        const quint64 h = textHash(it.next().captured(), 11);
        v[h % v.size()] += (h >> 40) & 1 ? 1.0f : -1.0f;
    }
    double norm = 0;
    for (float x : v)
        norm += double(x) * x;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (float &x : v)
            x = float(x / norm);
    return v;
}

QString MockContent::answer(const QString &model, const QString &prompt, const QString &rightAnswer, double accuracy, quint64 seed)
{
    const double draw = double(textHash(model + u'\n' + prompt, seed) % 1000000) / 1000000.0;
    if (draw < accuracy)
        return rightAnswer;
    bool isNumber = false;
    const double n = rightAnswer.toDouble(&isNumber);
    if (isNumber)
        return QString::number(n + 1, 'g', 12);
    return rightAnswer.compare(QStringLiteral("unsure"), Qt::CaseInsensitive) == 0 ? QStringLiteral("maybe") : QStringLiteral("unsure");
}

} // namespace sy

namespace sy {

namespace {

QString taggedText(const QString &prompt, const QString &tag)
{
    const QString open = u'<' + tag + u'>';
    const QString close = QStringLiteral("</") + tag + u'>';
    const qsizetype from = prompt.indexOf(open);
    const qsizetype to = prompt.indexOf(close, from);
    return from < 0 || to < 0 ? QString() : prompt.mid(from + open.size(), to - from - open.size()).trimmed();
}

// 1..10, the way a careful judge would see it: the final answer decides.
int simulatedGrade(const QString &reference, const QString &response)
{
    if (response.trimmed().isEmpty())
        return 1;
    if (reference.isEmpty())
        return 5 + int(std::min<qsizetype>(3, response.size() / 200));
    const auto expected = AnswerExtraction::number(reference);
    if (expected) {
        const auto found = AnswerExtraction::number(response);
        return found && std::abs(*found - *expected) < 1e-6 ? 9 : 2;
    }
    // A short reference is a label ("billing"): the answer the response states must be it.
    if (reference.split(u' ', Qt::SkipEmptyParts).size() <= 3) {
        const QString stated = AnswerExtraction::statedAnswer(response);
        if (stated.compare(reference, Qt::CaseInsensitive) == 0)
            return 9;
        return stated.contains(reference, Qt::CaseInsensitive) ? 7 : 2;
    }
    return 1 + int(std::lround(9 * TextMetrics::rougeL(response, reference)));
}

} // namespace

std::optional<QString> MockContent::judgeVerdict(const QString &prompt)
{
    const QString reference = taggedText(prompt, QStringLiteral("reference"));
    if (prompt.contains(QStringLiteral("<response_a>"))) {
        const int a = simulatedGrade(reference, taggedText(prompt, QStringLiteral("response_a")));
        const int b = simulatedGrade(reference, taggedText(prompt, QStringLiteral("response_b")));
        const QString why = a == b ? QStringLiteral("Both answers are equally good.")
                            : a > b ? QStringLiteral("Answer A reaches the right result; answer B does not.")
                                    : QStringLiteral("Answer B reaches the right result; answer A does not.");
        return why + (a == b ? QStringLiteral(" [[C]]") : a > b ? QStringLiteral(" [[A]]") : QStringLiteral(" [[B]]"));
    }
    if (!prompt.contains(QStringLiteral("<response>")))
        return std::nullopt;
    const int grade = simulatedGrade(reference, taggedText(prompt, QStringLiteral("response")));
    const QString why = grade >= 7 ? QStringLiteral("The final answer agrees with the reference and the working is clear.")
                                   : QStringLiteral("The final answer does not agree with the reference.");
    return why + QStringLiteral(" Rating: [[%1]]").arg(grade);
}

} // namespace sy
