#include "models/ExperimentArmsModel.h"

#include <QLocale>

namespace sy {

ExperimentArmsModel::ExperimentArmsModel(QObject *parent) : QAbstractTableModel(parent) {}

int ExperimentArmsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_arms.size()); }

int ExperimentArmsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void ExperimentArmsModel::setArms(std::vector<ArmReadout> arms)
{
    beginResetModel();
    m_arms = std::move(arms);
    endResetModel();
}

QVariant ExperimentArmsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ArmReadout &a = m_arms[size_t(index.row())];
    const QLocale locale;
    // "412 (398–430)", or a dash where nothing was measured.
    const auto figure = [&](const Interval &i, int decimals, double scale = 1, const QString &suffix = {}) -> QVariant {
        if (i.value < 0)
            return tr("—");
        return tr("%1%4 (%2–%3)")
            .arg(locale.toString(i.value * scale, 'f', decimals), locale.toString(i.low * scale, 'f', decimals),
                 locale.toString(i.high * scale, 'f', decimals), suffix);
    };
    if (role == SortRole) {
        switch (index.column()) {
        case Arm: return a.label;
        case Share: return a.share;
        case Requests: return a.requests;
        case ErrorRate: return a.errorRate.value;
        case LatencyP50: return a.p50Ms.value;
        case LatencyP95: return a.p95Ms.value;
        case TtftP50: return a.ttftP50Ms.value;
        case CostPer1k: return a.costPer1k.value;
        case Quality: return a.quality.value;
        case Agreement: return a.agreement.value;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Arm ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Arm: return index.row() == 0 ? tr("The control: the arm the others are compared with (the largest share)") : QVariant();
        case ErrorRate: return tr("%1 of %2 requests failed").arg(locale.toString(a.errors), locale.toString(a.requests));
        case Quality:
            return a.feedbackCount == 0 ? tr("No feedback on this arm's answers yet")
                                        : tr("Mean feedback score of %n rated answer(s)", nullptr, int(a.feedbackCount));
        case Agreement: return a.agreementBy.isEmpty() ? QVariant() : tr("Measured by %1 against the served answers").arg(a.agreementBy);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Arm: return index.row() == 0 ? tr("%1 (control)").arg(a.label) : a.label;
    case Share: return a.share < 0 ? tr("—") : locale.toString(100 * a.share, 'f', 0) + QLatin1Char('%');
    case Requests: return locale.toString(a.requests);
    case ErrorRate: return figure(a.errorRate, 1, 100, QStringLiteral("%"));
    case LatencyP50: return figure(a.p50Ms, 0);
    case LatencyP95: return figure(a.p95Ms, 0);
    case TtftP50: return figure(a.ttftP50Ms, 0);
    case CostPer1k: // cents where dollars are spent, tenths of a cent below
        return a.costPer1k.value < 0 ? tr("—") : QStringLiteral("$") + figure(a.costPer1k, a.costPer1k.value >= 1 ? 2 : 4).toString();
    case Quality:
        return a.feedbackCount == 0 ? tr("—") : tr("%1 · n=%2").arg(figure(a.quality, 2).toString(), locale.toString(a.feedbackCount));
    case Agreement: return figure(a.agreement, 2);
    }
    return {};
}

QVariant ExperimentArmsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Share: return tr("The chance the node's weights give this arm");
        case ErrorRate: return tr("Share of tried requests that failed, with its 95% interval");
        case LatencyP50: return tr("Median latency in milliseconds, with its 95% interval");
        case LatencyP95: return tr("95th percentile latency in milliseconds, with its 95% interval");
        case TtftP50: return tr("Median time to first token of streamed answers, in milliseconds");
        case CostPer1k: return tr("Cost of 1,000 requests in USD, with its 95% interval");
        case Quality:
            return tr("Mean feedback score (0 to 1) with its 95% interval, and how many answers were rated; in a shadow test, how "
                      "often a pairwise judge preferred the arm");
        case Agreement: return tr("Shadow tests: how close a candidate's answers are to the served ones (0 to 1), by the route's scorers");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Arm: return tr("Arm");
    case Share: return tr("Share");
    case Requests: return tr("Requests");
    case ErrorRate: return tr("Errors");
    case LatencyP50: return tr("p50 ms");
    case LatencyP95: return tr("p95 ms");
    case TtftP50: return tr("TTFT p50 ms");
    case CostPer1k: return tr("Cost per 1k");
    case Quality: return tr("Quality");
    case Agreement: return tr("Agreement");
    }
    return {};
}

} // namespace sy
