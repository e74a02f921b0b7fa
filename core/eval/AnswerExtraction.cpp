#include "eval/AnswerExtraction.h"

#include <QRegularExpression>

namespace sy::AnswerExtraction {

QString finalAnswerText(const QString &text)
{
    const qsizetype marker = text.lastIndexOf(QStringLiteral("####"));
    return marker >= 0 ? text.mid(marker + 4).trimmed() : text;
}

std::optional<double> number(const QString &text)
{
    const bool marked = text.contains(QStringLiteral("####"));
    const QString scope = finalAnswerText(text);
    // A sign, digits with optional thousands separators, an optional fraction.
    static const QRegularExpression numberPattern(QStringLiteral("(-?)\\$?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)"));
    std::optional<double> last;
    for (auto it = numberPattern.globalMatch(scope); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString digits = m.captured(2);
        digits.remove(u',');
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (ok)
            last = m.captured(1).isEmpty() ? value : -value;
        if (marked && last)
            break; // after "####" the first number is the answer
    }
    return last;
}

QString statedAnswer(const QString &text)
{
    // "Answer:" outranks "the answer is", which also turns up in ordinary prose.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("answer\\s*:\\s*([^.!?\\n]*)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("answer\\s+is\\s*:?\\s*([^.!?\\n]*)"), QRegularExpression::CaseInsensitiveOption),
    };
    QString answer;
    bool found = false;
    for (const QRegularExpression &p : patterns) {
        for (auto it = p.globalMatch(text); it.hasNext();) {
            answer = it.next().captured(1);
            found = true;
        }
        if (found)
            break;
    }
    if (!found)
        answer = text.section(QRegularExpression(QStringLiteral("[.!?\\n]")), 0, 0);
    answer = answer.trimmed();
    while (!answer.isEmpty() && (answer.back().isPunct() || answer.back() == u'*'))
        answer.chop(1);
    while (!answer.isEmpty() && (answer.front() == u'*' || answer.front() == u'"'))
        answer.remove(0, 1);
    return answer.trimmed();
}

std::optional<QChar> choiceLetter(const QString &text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("answer\\s+is\\s*:?\\s*\\(?\\*{0,2}([A-J])\\b"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("answer\\s*:\\s*\\(?\\*{0,2}([A-J])\\b"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\(([A-J])\\)")),
        QRegularExpression(QStringLiteral("\\*\\*([A-J])\\*\\*")),
        QRegularExpression(QStringLiteral("(?:^|\\s)([A-J])[.)]?\\s*$")),
    };
    for (const QRegularExpression &p : patterns) {
        QRegularExpressionMatch last;
        for (auto it = p.globalMatch(text); it.hasNext();)
            last = it.next();
        if (last.hasMatch())
            return last.captured(1).at(0).toUpper();
    }
    return std::nullopt;
}

QString jsonPayload(const QString &text)
{
    static const QRegularExpression fenced(QStringLiteral("```(?:json)?\\s*\\n?(.*?)```"),
                                           QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = fenced.match(text);
    return (m.hasMatch() ? m.captured(1) : text).trimmed();
}

} // namespace sy::AnswerExtraction
