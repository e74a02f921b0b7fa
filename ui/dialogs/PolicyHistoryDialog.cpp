#include "dialogs/PolicyHistoryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QTextBlock>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include "policy/PolicyDiff.h"
#include "session/WorkspaceSession.h"

namespace sy {

PolicyHistoryDialog::PolicyHistoryDialog(WorkspaceSession *session, const QString &name, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(name), m_older(new QComboBox(this)), m_newer(new QComboBox(this)),
      m_diff(new QPlainTextEdit(this)), m_summary(new QLabel(this)), m_open(new QPushButton(tr("Open this version"), this)),
      m_previous(new QPushButton(tr("Previous change"), this)), m_next(new QPushButton(tr("Next change"), this))
{
    setWindowTitle(tr("History of %1").arg(name));
    resize(760, 600);
    m_older->setAccessibleName(tr("Older version"));
    m_newer->setAccessibleName(tr("Newer version"));
    m_diff->setReadOnly(true);
    m_diff->setObjectName(QStringLiteral("policyDiff"));
    m_diff->setAccessibleName(tr("Differences"));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_open->setEnabled(false);
    m_open->setToolTip(tr("Load the newer version into the editor; saving it makes it the latest."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Compare"), m_older);
    form->addRow(tr("&with"), m_newer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openVersionRequested(m_newerDocument, m_newer->currentData().toInt());
        accept();
    });
    m_previous->setObjectName(QStringLiteral("previousChange"));
    m_next->setObjectName(QStringLiteral("nextChange"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_previous, &QPushButton::clicked, this, [this] { jumpToChange(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { jumpToChange(+1); });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_previous);
    summaryRow->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(summaryRow);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    connect(m_older, &QComboBox::currentIndexChanged, this, &PolicyHistoryDialog::compare);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &PolicyHistoryDialog::compare);
    QPointer<PolicyHistoryDialog> self(this);
    m_session->policyVersions(name, [self](const std::vector<PolicyVersionInfo> &versions) {
        if (self)
            self->showVersions(versions);
    });
}

void PolicyHistoryDialog::showVersions(const std::vector<PolicyVersionInfo> &versions)
{
    const QSignalBlocker blockOlder(m_older);
    const QSignalBlocker blockNewer(m_newer);
    for (const PolicyVersionInfo &v : versions) {
        // Stored in UTC as ISO 8601; shown in the user's time zone and locale.
        const QDateTime when = QDateTime::fromString(v.createdAt, Qt::ISODateWithMs);
        const QString date = when.isValid() ? locale().toString(when.toLocalTime(), QLocale::ShortFormat) : v.createdAt;
        const QString text = v.comment.isEmpty() ? tr("Version %1 · %2").arg(v.version).arg(date)
                                                 : tr("Version %1 · %2 · %3").arg(v.version).arg(date, v.comment);
        m_older->addItem(text, v.version);
        m_newer->addItem(text, v.version);
    }
    // Newest last in the store's order: compare the last two by default.
    m_newer->setCurrentIndex(m_newer->count() - 1);
    m_older->setCurrentIndex(std::max(0, m_older->count() - 2));
    compare();
}

void PolicyHistoryDialog::jumpToChange(int step)
{
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    if (m_changes.empty())
        return;
    m_current = std::clamp(m_current + step, 0, int(m_changes.size()) - 1);
    QTextCursor cursor(m_diff->document()->findBlockByNumber(m_changes[size_t(m_current)]));
    m_diff->setTextCursor(cursor);
    m_diff->centerCursor();
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < int(m_changes.size()));
}

void PolicyHistoryDialog::compare()
{
    if (m_older->count() == 0)
        return;
    const int older = m_older->currentData().toInt();
    const int newer = m_newer->currentData().toInt();
    const quint64 generation = ++m_generation;
    auto documents = std::make_shared<std::pair<QByteArray, QByteArray>>();
    QPointer<PolicyHistoryDialog> self(this);
    m_session->readPolicyVersion(m_name, older, [self, documents, newer, generation](const QByteArray &olderDocument) {
        if (!self || generation != self->m_generation)
            return;
        documents->first = olderDocument;
        self->m_session->readPolicyVersion(self->m_name, newer, [self, documents, generation](const QByteArray &newerDocument) {
            if (!self || generation != self->m_generation)
                return;
            documents->second = newerDocument;
            self->m_newerDocument = newerDocument;
            self->m_open->setEnabled(!newerDocument.isEmpty());
            const auto lines = PolicyDiff::lines(documents->first, documents->second);
            int added = 0, removed = 0;
            self->m_changes.clear();
            self->m_diff->clear();
            QTextCursor cursor(self->m_diff->document());
            const QPalette pal = self->palette();
            const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
            QTextCharFormat same, plus, minus;
            plus.setBackground(dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd8, 0xf5, 0xdc));
            minus.setBackground(dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfb, 0xdc, 0xdc));
            for (size_t i = 0; i < lines.size(); ++i) {
                const PolicyDiff::Line &line = lines[i];
                const bool isAdded = line.kind == PolicyDiff::Line::Kind::Added;
                const bool isRemoved = line.kind == PolicyDiff::Line::Kind::Removed;
                added += isAdded;
                removed += isRemoved;
                // The first line of each run of changes is a place to jump to.
                const bool changed = isAdded || isRemoved;
                const bool startsRun = changed && (i == 0 || lines[i - 1].kind == PolicyDiff::Line::Kind::Same);
                if (startsRun)
                    self->m_changes.push_back(int(i));
                const QString prefix = isAdded ? QStringLiteral("+ ") : isRemoved ? QStringLiteral("- ") : QStringLiteral("  ");
                cursor.insertText(prefix + line.text, isAdded ? plus : isRemoved ? minus : same);
                if (i + 1 < lines.size())
                    cursor.insertBlock();
            }
            self->m_summary->setText(added + removed == 0 ? tr("The two versions are the same.")
                                                          : tr("%1 lines added, %2 removed.").arg(added).arg(removed));
            self->m_current = -1;
            self->jumpToChange(+1); // straight to the first change, not the top of an unchanged file
        });
    });
}

} // namespace sy
