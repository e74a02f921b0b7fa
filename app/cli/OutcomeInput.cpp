#include "OutcomeInput.h"

#include <QFile>

#include "CliOutput.h"
#include "learn/RouterTraining.h"

namespace sy::cli {

std::optional<OutcomeMatrix> OutcomeInput::read(const QString &command, const QCommandLineParser &parser, QHash<QString, Pricing> *prices, int *code) const
{
    *code = Usage;
    if (!parser.isSet(outcomes)) {
        usageError(command, QStringLiteral("--outcomes FILE is required"));
        return std::nullopt;
    }
    const QString file = parser.value(outcomes);
    if (!requireReadableFile(command, QStringLiteral("outcome matrix"), file))
        return std::nullopt;
    for (const QString &spec : parser.values(price)) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        const QStringList parts = eq > 0 ? spec.mid(eq + 1).split(u':') : QStringList();
        bool inOk = false, outOk = false;
        const double in = parts.size() == 2 ? parts[0].toDouble(&inOk) : 0;
        const double out = parts.size() == 2 ? parts[1].toDouble(&outOk) : 0;
        if (!inOk || !outOk || in < 0 || out < 0) {
            usageError(command, QStringLiteral("--price wants MODEL=IN:OUT (USD per million tokens), got '%1'").arg(spec));
            return std::nullopt;
        }
        prices->insert(spec.left(eq), Pricing::perMTok(in, out));
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        usageError(command, QStringLiteral("cannot read '%1': %2").arg(file, f.errorString()));
        return std::nullopt;
    }
    *code = Failed;
    Diagnostics diagnostics;
    auto matrix = OutcomeMatrix::fromJsonl(f.readAll(), diagnostics);
    if (!matrix) {
        err(diagnostics.toString(file));
        return std::nullopt;
    }
    const QStringList known = matrix->models();
    for (auto it = prices->cbegin(); it != prices->cend(); ++it)
        if (!known.contains(it.key())) {
            err(QStringLiteral("%1: --price names '%2', which the matrix does not have (it has: %3)").arg(file, it.key(), known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    RouterTraining::applyPrices(*matrix, *prices);
    return matrix;
}

std::optional<QStringList> OutcomeInput::modelList(const QString &command, const QCommandLineParser &parser, const OutcomeMatrix &matrix) const
{
    const QStringList list = parser.value(models).split(u',', Qt::SkipEmptyParts);
    if (list.size() < 2) {
        usageError(command, QStringLiteral("--models wants at least two models of the matrix: %1").arg(matrix.models().join(QStringLiteral(","))));
        return std::nullopt;
    }
    for (const QString &m : list)
        if (!matrix.models().contains(m)) {
            err(QStringLiteral("%1: the matrix has no model '%2' (it has: %3)").arg(command, m, matrix.models().join(QStringLiteral(", "))));
            return std::nullopt;
        }
    if (matrix.rowsWithAll(list).empty()) {
        err(QStringLiteral("%1: no prompt of the matrix has outcomes for all of %2").arg(command, list.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return list;
}

std::optional<double> OutcomeInput::bar(const QString &command, const QCommandLineParser &parser) const
{
    bool ok = false;
    const double q = parser.value(qualityBar).toDouble(&ok);
    if (!ok || q < 0 || q > 1) {
        usageError(command, QStringLiteral("--quality-bar must be a number in [0, 1]"));
        return std::nullopt;
    }
    return q;
}

} // namespace sy::cli
