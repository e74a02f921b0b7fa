#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>

#include <optional>

#include "domain/Model.h"
#include "eval/OutcomeMatrix.h"

namespace sy::cli {

// The options `simulate` and `train` share: the outcome matrix, list prices that recost it, the
// models and the quality bar.
struct OutcomeInput
{
    QCommandLineOption outcomes{QStringLiteral("outcomes"), QStringLiteral("The outcome matrix (JSONL)."), QStringLiteral("FILE")};
    QCommandLineOption price{QStringLiteral("price"),
                             QStringLiteral("List price of a model, MODEL=IN:OUT in USD per million tokens (repeatable): its outcomes "
                                            "are recosted from the token estimates of the recorded prompt and response."),
                             QStringLiteral("MODEL=IN:OUT")};
    QCommandLineOption models{QStringLiteral("models"), QStringLiteral("Candidate models, cheapest first: M1,M2[,...]."), QStringLiteral("LIST")};
    QCommandLineOption qualityBar{QStringLiteral("quality-bar"), QStringLiteral("A result succeeds when its quality is at least Q (default 0.5)."),
                                  QStringLiteral("Q"), QStringLiteral("0.5")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({outcomes, price, models, qualityBar}); }
    // Reads and recosts the matrix; prints the problem and returns nothing on failure, with the
    // exit code in *code (Usage for options, Failed for the file's content).
    std::optional<OutcomeMatrix> read(const QString &command, const QCommandLineParser &parser, QHash<QString, Pricing> *prices, int *code) const;
    // The --models list, each checked against the matrix.
    std::optional<QStringList> modelList(const QString &command, const QCommandLineParser &parser, const OutcomeMatrix &matrix) const;
    std::optional<double> bar(const QString &command, const QCommandLineParser &parser) const;
};

} // namespace sy::cli
