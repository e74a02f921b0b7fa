#include "replayview/ComparePanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "eval/WordDiff.h"
#include "models/CompareMatrixModel.h"
#include "widgets/FlowLayout.h"

namespace sy {

ComparePanel::ComparePanel(CompareMatrixModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new CompareFilterModel(this)), m_show(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_matrix(new QTableView(this)), m_leftCandidate(new QComboBox(this)), m_rightCandidate(new QComboBox(this)),
      m_left(new QTextBrowser(this)), m_right(new QTextBrowser(this)), m_thumbUp(new QToolButton(this)), m_thumbDown(new QToolButton(this)),
      m_rating(new QSpinBox(this)), m_comment(new QLineEdit(this)), m_ratingNote(new QLabel(this))
{
    m_filter->setSourceModel(model);
    m_show->addItems({tr("All prompts"), tr("Failures"), tr("Errors"), tr("Different answers")});
    m_show->setAccessibleName(tr("Which prompts to show"));
    m_search->setPlaceholderText(tr("Search prompts, references and answers"));
    m_search->setClearButtonEnabled(true);
    m_matrix->setObjectName(QStringLiteral("compareMatrix"));
    m_matrix->setAccessibleName(tr("Prompts by candidate"));
    m_matrix->setModel(m_filter);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->verticalHeader()->hide();
    m_matrix->horizontalHeader()->setStretchLastSection(false);
    m_matrix->setWordWrap(false);
    m_leftCandidate->setAccessibleName(tr("Left-hand candidate"));
    m_rightCandidate->setAccessibleName(tr("Right-hand candidate"));
    for (QTextBrowser *b : {m_left, m_right}) {
        b->setOpenLinks(false);
        b->document()->setDefaultStyleSheet(QStringLiteral(".changed { background-color: rgba(255, 170, 0, 90); } "
                                                           ".meta { color: gray; } pre { white-space: pre-wrap; }"));
    }
    m_left->setAccessibleName(tr("Left-hand answer"));
    m_right->setAccessibleName(tr("Right-hand answer"));
    m_thumbUp->setText(tr("Good"));
    m_thumbUp->setToolTip(tr("Good answer (rated 5)"));
    m_thumbDown->setText(tr("Bad"));
    m_thumbDown->setToolTip(tr("Bad answer (rated 1)"));
    m_rating->setRange(0, 5);
    m_rating->setSpecialValueText(tr("not rated"));
    m_rating->setAccessibleName(tr("Your rating of the right-hand answer, 1 to 5"));
    m_comment->setPlaceholderText(tr("Comment (kept in exports)"));
    auto *save = new QPushButton(tr("Save rating"), this);

    auto *filters = new FlowLayout;
    filters->addLabelled(new QLabel(tr("Show:"), this), m_show);
    m_search->setMinimumWidth(200);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    filters->addWidget(m_search);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_matrix, 1);

    auto *bottom = new QWidget(this);
    auto *sides = new QHBoxLayout;
    for (auto [combo, browser] : {std::pair{m_leftCandidate, m_left}, std::pair{m_rightCandidate, m_right}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(combo);
        column->addWidget(browser, 1);
        sides->addLayout(column, 1);
    }
    auto *rating = new FlowLayout;
    rating->addWidget(new QLabel(tr("Rate the right-hand answer:"), this));
    rating->addWidget(m_thumbUp);
    rating->addWidget(m_thumbDown);
    rating->addWidget(m_rating);
    m_comment->setMinimumWidth(160);
    m_comment->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    rating->addWidget(m_comment);
    rating->addWidget(save);
    rating->addWidget(m_ratingNote);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(sides, 1);
    bottomLayout->addLayout(rating);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int i) { m_filter->setShow(CompareFilterModel::Show(i)); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &CompareFilterModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparePanel::candidatesChanged);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComparePanel::showSelected);
    // A candidate's cell opens its answer on the right, beside the left-hand one.
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const int candidate = current.column() - CompareMatrixModel::FirstCandidateColumn;
        if (candidate < 0 || candidate >= m_rightCandidate->count())
            return;
        if (candidate == m_leftCandidate->currentIndex())
            m_leftCandidate->setCurrentIndex(m_rightCandidate->currentIndex() != candidate ? m_rightCandidate->currentIndex() : (candidate == 0 ? 1 : 0));
        m_rightCandidate->setCurrentIndex(candidate);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_filter->mapToSource(m_matrix->currentIndex()).row();
        if (row >= from.row() && row <= to.row())
            showSelected();
    });
    connect(m_leftCandidate, &QComboBox::currentIndexChanged, this, &ComparePanel::showSelected);
    connect(m_rightCandidate, &QComboBox::currentIndexChanged, this, &ComparePanel::showSelected);
    connect(m_thumbUp, &QToolButton::clicked, this, [this] { m_rating->setValue(5); });
    connect(m_thumbDown, &QToolButton::clicked, this, [this] { m_rating->setValue(1); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_filter->mapToSource(m_matrix->currentIndex());
        if (!current.isValid() || m_rightCandidate->currentIndex() < 0)
            return;
        emit rated(current.data(CompareMatrixModel::ItemRole).toInt(), current.data(CompareMatrixModel::RepeatRole).toInt(),
                   m_rightCandidate->currentIndex(), m_rating->value(), m_comment->text());
        m_ratingNote->setText(tr("Saved"));
    });
}

void ComparePanel::candidatesChanged()
{
    for (QComboBox *combo : {m_leftCandidate, m_rightCandidate}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(m_model->candidates());
    }
    m_rightCandidate->setCurrentIndex(m_model->candidateCount() > 1 ? 1 : 0);
    // The prompt stays readable however many candidates there are: it keeps a width of its own
    // and the candidates' columns stay narrow (✓/✗ and a figure); the table scrolls sideways.
    QHeaderView *header = m_matrix->horizontalHeader();
    const bool crowded = m_model->candidateCount() > 4;
    header->setSectionResizeMode(CompareMatrixModel::PromptColumn, crowded ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (crowded)
        header->resizeSection(CompareMatrixModel::PromptColumn, std::max(260, m_matrix->fontMetrics().averageCharWidth() * 40));
    for (int c = 0; c < m_model->candidateCount(); ++c) {
        header->setSectionResizeMode(CompareMatrixModel::FirstCandidateColumn + c, QHeaderView::Interactive);
        header->resizeSection(CompareMatrixModel::FirstCandidateColumn + c, m_matrix->fontMetrics().horizontalAdvance(QStringLiteral("✓ 0.00 ·")) + 24);
    }
    if (m_filter->rowCount() > 0)
        m_matrix->setCurrentIndex(m_filter->index(0, 0));
    showSelected();
}

void ComparePanel::focusCandidate(int candidate)
{
    if (candidate >= 0 && candidate < m_rightCandidate->count())
        m_rightCandidate->setCurrentIndex(candidate);
}

QString ComparePanel::sideHtml(int row, int candidate, const QString &diffHtml) const
{
    const ReplayCell *c = m_model->cell(row, candidate);
    if (!c)
        return tr("<p class='meta'>No answer yet.</p>");
    if (!c->error.isEmpty())
        return tr("<p><b>Error</b></p><pre>%1</pre>").arg(c->error.toHtmlEscaped());
    QString html = tr("<p class='meta'>%1/%2 · %3 ms · $%4 · quality %5 · %6%7</p>")
                       .arg(c->provider.toHtmlEscaped(), c->model.toHtmlEscaped())
                       .arg(c->latencyMs, 0, 'f', 0)
                       .arg(c->costUsd, 0, 'f', 6)
                       .arg(c->quality, 0, 'f', 2)
                       .arg(c->passed ? tr("passed") : tr("failed"))
                       .arg(c->cached ? tr(" · from the cache") : QString());
    html += QStringLiteral("<pre>") + diffHtml + QStringLiteral("</pre>");
    QStringList details;
    for (const ScoreOutcome &s : c->scores)
        if (!s.detail.isEmpty())
            details.append(s.detail.toHtmlEscaped());
    if (!details.isEmpty())
        html += tr("<p class='meta'>Checks: %1</p>").arg(details.join(QStringLiteral("; ")));
    for (const QJsonValue &j : c->judgements) {
        const QJsonObject o = j.toObject();
        const QString verdict = o.contains(QStringLiteral("grade")) ? tr("grade %1/10").arg(o.value(QStringLiteral("grade")).toInt())
                                : o.contains(QStringLiteral("error")) ? o.value(QStringLiteral("error")).toString()
                                                                      : o.value(QStringLiteral("preference")).toString();
        html += tr("<p class='meta'>Judge %1: %2 — %3</p>")
                    .arg(o.value(QStringLiteral("model")).toString().toHtmlEscaped(), verdict.toHtmlEscaped(),
                         o.value(QStringLiteral("reasoning")).toString().toHtmlEscaped());
    }
    if (c->humanRating > 0)
        html += tr("<p class='meta'>Rated %1/5 %2</p>").arg(c->humanRating).arg(c->humanComment.toHtmlEscaped());
    return html;
}

void ComparePanel::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_matrix->currentIndex());
    const int row = current.row();
    const int left = m_leftCandidate->currentIndex();
    const int right = m_rightCandidate->currentIndex();
    if (row < 0 || left < 0 || right < 0) {
        m_left->clear();
        m_right->clear();
        return;
    }
    const ReplayCell *a = m_model->cell(row, left);
    const ReplayCell *b = m_model->cell(row, right);
    const auto pieces = WordDiff::diff(a ? a->response : QString(), b ? b->response : QString());
    m_left->setHtml(sideHtml(row, left, WordDiff::sideHtml(pieces, true)));
    m_right->setHtml(sideHtml(row, right, WordDiff::sideHtml(pieces, false)));
    m_rating->setValue(b ? b->humanRating : 0);
    m_comment->setText(b ? b->humanComment : QString());
    m_ratingNote->clear();
}

} // namespace sy
