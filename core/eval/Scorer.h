#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sy {

// The deterministic quality checks of a replay. Each gives a value in [0, 1] for one response
// (1 = right); the scorers of a run combine by weight into one quality per item.
// Judge and Pairwise ask a model (LLM-as-judge, core/eval/Judge.h); the replay runs them.
enum class ScorerKind { Equals, ContainsAny, ContainsAll, Regex, Numeric, Choice, Json, JsonSchema, RougeL, ChrF, Latency, Cost, Judge, Pairwise };

struct ScorerSpec
{
    ScorerKind kind = ScorerKind::Equals;
    double weight = 1;
    QStringList terms;        // contains: these, or the reference when empty
    QString pattern;          // regex
    double tolerance = 1e-6;  // numeric: absolute difference still counted right
    double limit = 0;         // latency: ms, cost: USD (at most)
    QJsonObject schema;       // json-schema
    QString judgeModel;       // judge, pairwise: "provider/model"
    QString rubric;           // judge, pairwise: empty for the default rubric

    bool isJudged() const { return kind == ScorerKind::Judge || kind == ScorerKind::Pairwise; }

    QString source;           // the spec as parsed, to parse again (a schema is read from its file)
    QString name() const; // as written on the command line, e.g. "numeric:0.01"
};

struct ScoreInput
{
    QString response;
    QString reference;
    double latencyMs = 0;
    double costUsd = 0;
};

struct ScoreOutcome
{
    double value = 0;
    QString detail; // why, in a few words ("expected 72, found 70")
};

class Scorer
{
public:
    // KIND[:ARGUMENT][@WEIGHT]: equals, contains-any[:a|b], contains-all[:a|b], regex:PATTERN,
    // numeric[:TOLERANCE], choice, json, json-schema:FILE, rouge-l, chrf, latency:MS, cost:USD,
    // judge:PROVIDER/MODEL (grade 1-10), pairwise:PROVIDER/MODEL (against the first candidate).
    // A schema file is read at once; errors name the spec and what is wrong.
    static std::optional<ScorerSpec> parse(const QString &spec, QString *error);
    static ScoreOutcome score(const ScorerSpec &spec, const ScoreInput &input);
    // The weighted mean of the values (weights of 0 count nothing); 0 without scorers.
    static double combine(const std::vector<ScorerSpec> &specs, const std::vector<ScoreOutcome> &outcomes);
};

} // namespace sy
