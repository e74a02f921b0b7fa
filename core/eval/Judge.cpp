#include "eval/Judge.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sy::Judge {

namespace {

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

QString tagged(const QString &tag, const QString &text)
{
    return QStringLiteral("<%1>\n%2\n</%1>\n").arg(tag, text);
}

QString withoutVerdict(QString text, qsizetype verdictAt) { return text.left(verdictAt).trimmed(); }

} // namespace

QString defaultGradeRubric()
{
    return QStringLiteral("You are grading an AI assistant's answer to a user's request. Judge correctness first (against "
                          "the reference answer when one is given), then helpfulness, completeness and clarity. A wrong "
                          "final answer scores at most 3, however well written.");
}

QString defaultPairwiseRubric()
{
    return QStringLiteral("You are comparing two AI assistants' answers to the same user request. Prefer the answer that is "
                          "correct (against the reference answer when one is given), then the more helpful and clear one. "
                          "Ignore the order of the answers and their length.");
}

QJsonArray gradeMessages(const QString &rubric, const QString &prompt, const QString &reference, const QString &response)
{
    const QString system = (rubric.trimmed().isEmpty() ? defaultGradeRubric() : rubric.trimmed()) +
                           QStringLiteral("\n\nExplain your judgement briefly, then give the grade from 1 to 10 on the last line, "
                                          "exactly in this form: Rating: [[N]]");
    QString user = tagged(QStringLiteral("question"), prompt);
    if (!reference.isEmpty())
        user += tagged(QStringLiteral("reference"), reference);
    user += tagged(QStringLiteral("response"), response);
    return {message(QStringLiteral("system"), system), message(QStringLiteral("user"), user)};
}

QJsonArray pairwiseMessages(const QString &rubric, const QString &prompt, const QString &reference, const QString &responseA,
                            const QString &responseB)
{
    const QString system = (rubric.trimmed().isEmpty() ? defaultPairwiseRubric() : rubric.trimmed()) +
                           QStringLiteral("\n\nExplain your judgement briefly, then give your verdict on the last line: [[A]] if "
                                          "answer A is better, [[B]] if answer B is better, [[C]] for a tie.");
    QString user = tagged(QStringLiteral("question"), prompt);
    if (!reference.isEmpty())
        user += tagged(QStringLiteral("reference"), reference);
    user += tagged(QStringLiteral("response_a"), responseA) + tagged(QStringLiteral("response_b"), responseB);
    return {message(QStringLiteral("system"), system), message(QStringLiteral("user"), user)};
}

std::optional<Grade> readGrade(const QString &verdict)
{
    static const QRegularExpression rating(QStringLiteral("\\[\\[\\s*(\\d+(?:\\.\\d+)?)\\s*\\]\\]"));
    QRegularExpressionMatch last;
    for (auto it = rating.globalMatch(verdict); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return std::nullopt;
    const double score = last.captured(1).toDouble();
    if (score < 1 || score > 10)
        return std::nullopt;
    qsizetype cut = verdict.lastIndexOf(QStringLiteral("Rating"), last.capturedStart(), Qt::CaseInsensitive);
    if (cut < 0 || last.capturedStart() - cut > 20)
        cut = last.capturedStart();
    return Grade{int(std::lround(score)), withoutVerdict(verdict, cut)};
}

std::optional<PairwiseVerdict> readPairwise(const QString &verdict)
{
    static const QRegularExpression choice(QStringLiteral("\\[\\[\\s*([ABC])\\s*\\]\\]"));
    QRegularExpressionMatch last;
    for (auto it = choice.globalMatch(verdict); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return std::nullopt;
    const QChar c = last.captured(1).at(0);
    const Preference p = c == u'A' ? Preference::A : c == u'B' ? Preference::B : Preference::Tie;
    return PairwiseVerdict{p, withoutVerdict(verdict, last.capturedStart())};
}

} // namespace sy::Judge
