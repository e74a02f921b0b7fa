#include "models/CandidateSummaryModel.h"

#include <QBrush>
#include <QFont>
#include <QColor>

namespace sy {

CandidateSummaryModel::CandidateSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandidateSummaryModel::setSummaries(QStringList labels, std::vector<CandidateSummary> summaries)
{
    beginResetModel();
    m_labels = std::move(labels);
    m_summaries = std::move(summaries);
    m_summaries.resize(size_t(m_labels.size()));
    endResetModel();
}

void CandidateSummaryModel::setBaseline(QStringList labels, std::vector<CandidateSummary> summaries)
{
    m_baselineLabels = std::move(labels);
    m_baseline = std::move(summaries);
    if (!m_labels.isEmpty())
        emit dataChanged(index(0, DeltaQuality), index(rowCount() - 1, DeltaP95));
}

std::optional<CandidateSummary> CandidateSummaryModel::baselineOf(int row) const
{
    const qsizetype i = m_baselineLabels.indexOf(m_labels.at(row));
    if (i < 0 || size_t(i) >= m_baseline.size())
        return std::nullopt;
    return m_baseline[size_t(i)];
}

int CandidateSummaryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_labels.size()); }

int CandidateSummaryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CandidateSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CandidateSummary &s = m_summaries[size_t(index.row())];
    const auto base = baselineOf(index.row());
    auto ms = [](double v) { return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', 0); };
    auto signedText = [](double v, int decimals) { return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', decimals); };
    double value = 0;
    QString text;
    switch (index.column()) {
    case Candidate:
        text = index.row() == m_recommended ? tr("★ %1 (recommended)").arg(m_labels.at(index.row())) : m_labels.at(index.row());
        break;
    case MeanQuality: value = s.meanQuality; text = QString::number(value, 'f', 3); break;
    case Spread: value = s.qualityStdDev; text = QString::number(value, 'f', 3); break;
    case PassRate: value = s.passRate; text = QString::number(value * 100, 'f', 1) + u'%'; break;
    case ErrorRate: value = s.errorRate; text = QString::number(value * 100, 'f', 1) + u'%'; break;
    case CostPer1k: value = s.costPer1k; text = QString::number(value, 'f', 4); break;
    case LatencyP50: value = s.latencyP50; text = ms(value); break;
    case LatencyP95: value = s.latencyP95; text = ms(value); break;
    case TtftP50: value = s.ttftP50; text = ms(value); break;
    case TtftP95: value = s.ttftP95; text = ms(value); break;
    case DeltaQuality: value = base ? s.meanQuality - base->meanQuality : 0; text = base ? signedText(value, 3) : QStringLiteral("—"); break;
    case DeltaCost: value = base ? s.costPer1k - base->costPer1k : 0; text = base ? signedText(value, 4) : QStringLiteral("—"); break;
    case DeltaP95: value = base ? s.latencyP95 - base->latencyP95 : 0; text = base ? signedText(value, 0) : QStringLiteral("—"); break;
    default: return {};
    }
    switch (role) {
    case Qt::DisplayRole: return text;
    case SortRole: return index.column() == Candidate ? QVariant(m_labels.at(index.row())) : QVariant(value);
    case Qt::FontRole:
        if (index.row() == m_recommended) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // Ranked columns from green (best) through amber to red (worst), faint enough for text on
        // the light and the dark palette.
        if (const auto share = rankShare(index.row(), index.column())) {
            const double hue = 0.33 * (1 - *share); // 0.33 green .. 0 red
            QColor c = QColor::fromHsvF(float(hue), 0.75f, 0.85f);
            c.setAlphaF(0.28f);
            return QBrush(c);
        }
        return {};
    case Qt::TextAlignmentRole: return int(index.column() == Candidate ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (base && index.column() >= DeltaQuality && value != 0) {
            // Better is green: more quality, less cost, less latency.
            const bool better = index.column() == DeltaQuality ? value > 0 : value < 0;
            return QBrush(better ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        }
        return {};
    default: return {};
    }
}

void CandidateSummaryModel::setRecommended(int row)
{
    if (row == m_recommended)
        return;
    m_recommended = row;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::FontRole});
}

std::optional<double> CandidateSummaryModel::rankShare(int row, int column) const
{
    const auto valueOf = [column](const CandidateSummary &s) -> std::optional<double> {
        switch (column) {
        case MeanQuality: return -s.meanQuality; // lower is better for every value here
        case PassRate: return -s.passRate;
        case ErrorRate: return s.errorRate;
        case CostPer1k: return s.costPer1k;
        case LatencyP50: return s.latencyP50;
        case LatencyP95: return s.latencyP95;
        case TtftP50: return s.ttftP50 < 0 ? std::nullopt : std::optional<double>(s.ttftP50);
        case TtftP95: return s.ttftP95 < 0 ? std::nullopt : std::optional<double>(s.ttftP95);
        default: return std::nullopt;
        }
    };
    const auto mine = valueOf(m_summaries[size_t(row)]);
    if (!mine || m_summaries[size_t(row)].cells == 0)
        return std::nullopt;
    int better = 0, ranked = 0;
    for (const CandidateSummary &s : m_summaries)
        if (const auto v = valueOf(s); v && s.cells > 0) {
            ++ranked;
            better += *v < *mine - 1e-12 ? 1 : 0;
        }
    if (ranked < 2)
        return std::nullopt;
    return double(better) / (ranked - 1);
}

QVariant CandidateSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TR_NOOP("Candidate"), QT_TR_NOOP("Quality"),     QT_TR_NOOP("± repeats"),   QT_TR_NOOP("Pass rate"), QT_TR_NOOP("Errors"),
        QT_TR_NOOP("$ / 1k req"), QT_TR_NOOP("p50 ms"),     QT_TR_NOOP("p95 ms"),      QT_TR_NOOP("TTFT p50"),  QT_TR_NOOP("TTFT p95"),
        QT_TR_NOOP("Δ quality"), QT_TR_NOOP("Δ $ / 1k"),    QT_TR_NOOP("Δ p95 ms")};
    if (role == Qt::ToolTipRole && section >= DeltaQuality)
        return tr("Change from the baseline run's figures for the same candidate");
    return tr(names[section]);
}

} // namespace sy
