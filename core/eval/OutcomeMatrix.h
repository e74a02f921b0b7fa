#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

#include "json/Diagnostics.h"

namespace sy {

struct ModelOutcome
{
    double quality = 0; // [0, 1]
    double costUsd = 0;
    std::optional<double> latencyMs;
    std::optional<double> ttftMs;
    std::optional<QString> response;
    friend bool operator==(const ModelOutcome &, const ModelOutcome &) = default;
};

struct OutcomeRow
{
    QString id;
    QString prompt;     // either this
    QJsonArray messages; // or these
    QString category;
    QString reference;
    QJsonObject metadata; // other keys of the line, kept
    std::vector<std::pair<QString, ModelOutcome>> outcomes; // in the order of the file
    const ModelOutcome *outcome(const QString &model) const;
    friend bool operator==(const OutcomeRow &, const OutcomeRow &) = default;
};

// How each model did on each prompt: what a replay produces and what the routing metrics and
// policy simulations read. One JSONL line per prompt:
// {"id", "prompt" | "messages", "category"?, "reference"?,
//  "outcomes": {"<model>": {"quality", "cost_usd", "latency_ms"?, "ttft_ms"?, "response"?}}}
class OutcomeMatrix
{
public:
    std::vector<OutcomeRow> rows;

    // Problems are reported by line and JSON path; a result comes back only without any.
    static std::optional<OutcomeMatrix> fromJsonl(const QByteArray &text, Diagnostics &diagnostics);
    QByteArray toJsonl() const;

    QStringList models() const; // every model named, in first-seen order
    // The rows every one of `models` has an outcome for (metrics compare like with like).
    std::vector<const OutcomeRow *> rowsWithAll(const QStringList &models) const;
    struct Summary
    {
        int prompts = 0;
        double meanQuality = 0;
        double meanCostUsd = 0;
    };
    Summary summary(const QString &model) const;
};

} // namespace sy
