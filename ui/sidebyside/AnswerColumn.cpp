#include "sidebyside/AnswerColumn.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sy {

AnswerColumn::AnswerColumn(QWidget *parent)
    : QWidget(parent), m_chooser(new QComboBox(this)), m_remove(new QToolButton(this)), m_transcript(new QTextBrowser(this)),
      m_figures(new QLabel(this)), m_vote(new QPushButton(this))
{
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_transcript->setOpenExternalLinks(false);
    m_transcript->setMinimumHeight(120);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setMinimumHeight(m_figures->fontMetrics().height() * 3);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_vote->setEnabled(false);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_chooser, 1);
    header->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(header);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_figures);
    layout->addWidget(m_vote);
    setMinimumWidth(220);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &AnswerColumn::candidateChanged);
    connect(m_vote, &QPushButton::clicked, this, &AnswerColumn::voted);
    connect(m_remove, &QToolButton::clicked, this, &AnswerColumn::removeRequested);
    retranslate();
}

void AnswerColumn::retranslate()
{
    m_chooser->setAccessibleName(tr("Model or route"));
    m_chooser->setToolTip(tr("Who answers in this column: a model, or a route of a policy (the policy picks the model)"));
    m_remove->setToolTip(tr("Remove this column"));
    m_remove->setAccessibleName(tr("Remove this column"));
    m_transcript->setAccessibleName(tr("Answers"));
    m_transcript->setPlaceholderText(tr("Answers appear here, as they stream in."));
    m_figures->setAccessibleName(tr("Figures"));
    m_vote->setText(tr("This one is better"));
    m_vote->setToolTip(tr("Keep a vote for this answer (a human rating: this answer 5, the others 1)"));
    render();
}

void AnswerColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnswerColumn::setCandidates(const QStringList &labels, const QString &current)
{
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    m_chooser->addItems(labels);
    m_chooser->setCurrentIndex(std::max(0, int(labels.indexOf(current))));
}

QString AnswerColumn::candidate() const { return m_chooser->currentText(); }

void AnswerColumn::setRemovable(bool removable) { m_remove->setEnabled(removable); }

void AnswerColumn::clearChat()
{
    m_turns.clear();
    m_last = {};
    m_vote->setEnabled(false);
    markWinner(false);
    render();
}

void AnswerColumn::addUserTurn(const QString &text)
{
    m_turns.push_back({text, {}, false});
    m_last = {};
    m_vote->setEnabled(false);
    markWinner(false);
    render();
}

void AnswerColumn::showAnswer(const SideBySideAnswer &answer)
{
    if (m_turns.empty())
        return;
    m_turns.back().answer = answer;
    m_turns.back().answered = true;
    m_last = answer;
    QScrollBar *bar = m_transcript->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    render();
    if (atEnd)
        bar->setValue(bar->maximum()); // follow the stream unless the user scrolled up to read
}

void AnswerColumn::setVoting(bool enabled) { m_vote->setEnabled(enabled && m_last.ok()); }

void AnswerColumn::markWinner(bool winner)
{
    m_vote->setText(winner ? tr("✓ Voted better") : tr("This one is better"));
    QFont f = m_vote->font();
    f.setBold(winner);
    m_vote->setFont(f);
}

void AnswerColumn::render()
{
    const QLocale locale;
    QString markdown;
    for (const Turn &t : m_turns) {
        markdown += QStringLiteral("**%1**\n\n> %2\n\n").arg(tr("You"), QString(t.user).replace(u'\n', QStringLiteral("\n> ")));
        if (!t.answered)
            markdown += QStringLiteral("*%1*\n\n").arg(tr("waiting for the first token…"));
        else if (!t.answer.text.isEmpty())
            markdown += t.answer.text + QStringLiteral("\n\n");
        if (t.answer.finished && !t.answer.error.isEmpty())
            markdown += QStringLiteral("**%1** %2\n\n").arg(tr("Failed:"), t.answer.error);
        markdown += QStringLiteral("---\n\n");
    }
    m_transcript->setMarkdown(markdown);
    const SideBySideAnswer &a = m_last;
    if (!a.finished) {
        m_figures->setText(m_turns.empty() ? QString() : a.ttftMs >= 0 ? tr("First token after %1 ms; streaming…").arg(locale.toString(a.ttftMs, 'f', 0)) : tr("Waiting…"));
        return;
    }
    const QString ttft = a.ttftMs >= 0 ? tr("%1 ms").arg(locale.toString(a.ttftMs, 'f', 0)) : tr("—");
    const double tps = a.tokensPerSecond();
    QString text = tr("TTFT %1 · %2 tok/s · %3 ms total<br>%4 in / %5 out tokens · $%6")
                       .arg(ttft, tps > 0 ? locale.toString(tps, 'f', 0) : tr("—"), locale.toString(a.latencyMs, 'f', 0))
                       .arg(locale.toString(a.inputTokens), locale.toString(a.outputTokens), locale.toString(a.costUsd, 'f', 5));
    if (!a.model.isEmpty())
        text += QStringLiteral("<br>") + tr("Served by %1/%2").arg(a.provider.toHtmlEscaped(), a.model.toHtmlEscaped());
    if (a.targets.size() > 1)
        text += QStringLiteral(" ") + tr("(decision: %1)").arg(a.targets.join(QStringLiteral(" → ")).toHtmlEscaped());
    if (a.attempts > 1)
        text += QStringLiteral(" ") + tr("after %n attempt(s)", nullptr, a.attempts);
    m_figures->setText(text);
}

} // namespace sy
