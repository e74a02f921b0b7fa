#include "eval/Scorer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "eval/AnswerExtraction.h"
#include "eval/JsonSchemaCheck.h"
#include "eval/TextMetrics.h"

namespace sy {

namespace {

struct KindName
{
    ScorerKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {ScorerKind::Equals, "equals"},      {ScorerKind::ContainsAny, "contains-any"}, {ScorerKind::ContainsAll, "contains-all"},
    {ScorerKind::Regex, "regex"},        {ScorerKind::Numeric, "numeric"},          {ScorerKind::Choice, "choice"},
    {ScorerKind::Json, "json"},          {ScorerKind::JsonSchema, "json-schema"},   {ScorerKind::RougeL, "rouge-l"},
    {ScorerKind::ChrF, "chrf"},          {ScorerKind::Latency, "latency"},          {ScorerKind::Cost, "cost"},
    {ScorerKind::Judge, "judge"},        {ScorerKind::Pairwise, "pairwise"},
};

QString normalised(const QString &text) { return text.simplified().toCaseFolded(); }

QString formatNumber(double d) { return QString::number(d, 'g', 12); }

} // namespace

QString ScorerSpec::name() const
{
    QString out;
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            out = QLatin1String(k.name);
    switch (kind) {
    case ScorerKind::ContainsAny:
    case ScorerKind::ContainsAll:
        if (!terms.isEmpty())
            out += u':' + terms.join(u'|');
        break;
    case ScorerKind::Regex: out += u':' + pattern; break;
    case ScorerKind::Numeric:
        if (tolerance != 1e-6)
            out += u':' + formatNumber(tolerance);
        break;
    case ScorerKind::Latency:
    case ScorerKind::Cost: out += u':' + formatNumber(limit); break;
    case ScorerKind::Judge:
    case ScorerKind::Pairwise: out += u':' + judgeModel; break;
    default: break;
    }
    if (weight != 1)
        out += u'@' + formatNumber(weight);
    return out;
}

std::optional<ScorerSpec> Scorer::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ScorerSpec> {
        if (error)
            *error = QStringLiteral("scorer \"%1\": %2").arg(text, why);
        return std::nullopt;
    };
    ScorerSpec spec;
    spec.source = text.trimmed();
    QString body = text.trimmed();
    static const QRegularExpression weightSuffix(QStringLiteral("@([0-9]*\\.?[0-9]+)$"));
    if (const QRegularExpressionMatch w = weightSuffix.match(body); w.hasMatch()) {
        spec.weight = w.captured(1).toDouble();
        body.chop(w.capturedLength());
    }
    const qsizetype colon = body.indexOf(u':');
    const QString kindName = colon < 0 ? body : body.left(colon);
    const QString argument = colon < 0 ? QString() : body.mid(colon + 1);
    const KindName *kind = nullptr;
    for (const KindName &k : kKinds)
        if (kindName == QLatin1String(k.name))
            kind = &k;
    if (!kind) {
        QStringList names;
        for (const KindName &k : kKinds)
            names.append(QLatin1String(k.name));
        return fail(QStringLiteral("unknown kind \"%1\"; use one of %2").arg(kindName, names.join(QStringLiteral(", "))));
    }
    spec.kind = kind->kind;
    bool ok = true;
    switch (spec.kind) {
    case ScorerKind::ContainsAny:
    case ScorerKind::ContainsAll:
        spec.terms = argument.split(u'|', Qt::SkipEmptyParts);
        break;
    case ScorerKind::Regex: {
        spec.pattern = argument;
        const QRegularExpression re(argument);
        if (argument.isEmpty() || !re.isValid())
            return fail(argument.isEmpty() ? QStringLiteral("needs a pattern, as in regex:^yes")
                                           : QStringLiteral("bad regular expression: %1").arg(re.errorString()));
        break;
    }
    case ScorerKind::Numeric:
        if (!argument.isEmpty())
            spec.tolerance = argument.toDouble(&ok);
        if (!ok || spec.tolerance < 0)
            return fail(QStringLiteral("the tolerance must be a number of 0 or more"));
        break;
    case ScorerKind::Latency:
    case ScorerKind::Cost:
        spec.limit = argument.toDouble(&ok);
        if (argument.isEmpty() || !ok || spec.limit <= 0)
            return fail(spec.kind == ScorerKind::Latency ? QStringLiteral("needs the most milliseconds, as in latency:2000")
                                                         : QStringLiteral("needs the most dollars, as in cost:0.01"));
        break;
    case ScorerKind::Judge:
    case ScorerKind::Pairwise:
        spec.judgeModel = argument;
        if (!argument.contains(u'/'))
            return fail(QStringLiteral("needs the judge model as PROVIDER/MODEL, as in %1:sim-cloud/sim-pro").arg(kindName));
        break;
    case ScorerKind::JsonSchema: {
        QFile file(argument);
        if (argument.isEmpty() || !file.open(QIODevice::ReadOnly))
            return fail(argument.isEmpty() ? QStringLiteral("needs a schema file, as in json-schema:answer.schema.json")
                                           : QStringLiteral("cannot read %1: %2").arg(argument, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return fail(QStringLiteral("%1 is not a JSON object (%2)").arg(argument, parseError.errorString()));
        spec.schema = doc.object();
        break;
    }
    default:
        if (!argument.isEmpty())
            return fail(QStringLiteral("takes no argument"));
    }
    return spec;
}

ScoreOutcome Scorer::score(const ScorerSpec &spec, const ScoreInput &in)
{
    switch (spec.kind) {
    case ScorerKind::Equals: {
        const bool same = normalised(in.response) == normalised(in.reference);
        return {same ? 1.0 : 0.0, same ? QString() : QStringLiteral("differs from the reference")};
    }
    case ScorerKind::ContainsAny:
    case ScorerKind::ContainsAll: {
        const QStringList terms = spec.terms.isEmpty() ? QStringList{in.reference} : spec.terms;
        QStringList missing;
        for (const QString &t : terms)
            if (!in.response.contains(t.trimmed(), Qt::CaseInsensitive))
                missing.append(t.trimmed());
        const bool ok = spec.kind == ScorerKind::ContainsAll ? missing.isEmpty() : missing.size() < terms.size();
        return {ok ? 1.0 : 0.0, ok ? QString() : QStringLiteral("missing: %1").arg(missing.join(QStringLiteral(", ")))};
    }
    case ScorerKind::Regex: {
        const QRegularExpression re(spec.pattern, QRegularExpression::CaseInsensitiveOption);
        const bool ok = re.match(in.response).hasMatch();
        return {ok ? 1.0 : 0.0, ok ? QString() : QStringLiteral("no match for /%1/").arg(spec.pattern)};
    }
    case ScorerKind::Numeric: {
        const auto expected = AnswerExtraction::number(in.reference);
        const auto found = AnswerExtraction::number(in.response);
        if (!expected)
            return {0.0, QStringLiteral("the reference has no number")};
        if (!found)
            return {0.0, QStringLiteral("no number in the response (expected %1)").arg(formatNumber(*expected))};
        const bool ok = std::abs(*found - *expected) <= spec.tolerance;
        return {ok ? 1.0 : 0.0, ok ? QString() : QStringLiteral("expected %1, found %2").arg(formatNumber(*expected), formatNumber(*found))};
    }
    case ScorerKind::Choice: {
        const auto expected = AnswerExtraction::choiceLetter(in.reference);
        const auto found = AnswerExtraction::choiceLetter(in.response);
        if (!expected)
            return {0.0, QStringLiteral("the reference names no option")};
        const bool ok = found && *found == *expected;
        return {ok ? 1.0 : 0.0, ok ? QString()
                                   : QStringLiteral("expected %1, found %2").arg(*expected).arg(found ? QString(*found) : QStringLiteral("none"))};
    }
    case ScorerKind::Json:
    case ScorerKind::JsonSchema: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(AnswerExtraction::jsonPayload(in.response).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return {0.0, QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)};
        if (spec.kind == ScorerKind::Json)
            return {1.0, QString()};
        const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const QStringList problems = JsonSchemaCheck::problems(value, spec.schema);
        return {problems.isEmpty() ? 1.0 : 0.0, problems.join(QStringLiteral("; "))};
    }
    case ScorerKind::RougeL: return {TextMetrics::rougeL(in.response, in.reference), QString()};
    case ScorerKind::ChrF: return {TextMetrics::chrF(in.response, in.reference), QString()};
    case ScorerKind::Latency: {
        const bool ok = in.latencyMs <= spec.limit;
        return {ok ? 1.0 : 0.0, ok ? QString() : QStringLiteral("%1 ms, over %2 ms").arg(formatNumber(in.latencyMs), formatNumber(spec.limit))};
    }
    case ScorerKind::Cost: {
        const bool ok = in.costUsd <= spec.limit;
        return {ok ? 1.0 : 0.0, ok ? QString() : QStringLiteral("$%1, over $%2").arg(formatNumber(in.costUsd), formatNumber(spec.limit))};
    }
    case ScorerKind::Judge:
    case ScorerKind::Pairwise: return {0.0, QStringLiteral("not judged")}; // the replay asks the judge
    }
    return {};
}

double Scorer::combine(const std::vector<ScorerSpec> &specs, const std::vector<ScoreOutcome> &outcomes)
{
    double weighted = 0, total = 0;
    for (size_t i = 0; i < specs.size() && i < outcomes.size(); ++i) {
        weighted += specs[i].weight * outcomes[i].value;
        total += specs[i].weight;
    }
    return total > 0 ? weighted / total : 0.0;
}

} // namespace sy
