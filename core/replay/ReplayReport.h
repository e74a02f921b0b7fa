#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include "replay/ReplayAggregates.h"

namespace sy {

// A replay as one self-contained HTML page (no scripts, no downloads; charts as inline SVG):
// the candidates' figures, cost against latency with the Pareto front, quality against cost with
// the non-decreasing hull and its AIQ, quality per category, and the failed answers.
class ReplayReport
{
public:
    struct Input
    {
        QString title;      // the prompt set
        QString createdAt;  // ISO date and time
        const ReplayPlan *plan = nullptr;
        const std::vector<ReplayCell> *cells = nullptr;
        const std::vector<CandidateSummary> *summaries = nullptr;
        bool withTexts = true; // false: failed answers listed by id only (a set that may not be copied)
        int weak = -1, strong = -1; // candidates for RouteLLM's metrics; -1: none designated
    };
    static QByteArray html(const Input &input);
    // Every figure and cell (judgements, cache hits and people's ratings included).
    static QByteArray json(const Input &input);
    static QByteArray csv(const Input &input);
    // By the file name: .html, .json, .csv, or .jsonl for the run's outcome matrix.
    static QByteArray forFile(const QString &fileName, const Input &input);
};

} // namespace sy
