#include "pages/PromptSetsPage.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "shell/WorkspaceSession.h"

namespace sy {


PromptSetsPage::PromptSetsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_sets(new QListWidget(this)), m_items(new QTableWidget(this)),
      m_summary(new QLabel(this))
{
    auto *title = new QLabel(tr("<h2>Prompt Sets &amp; Replays</h2>"), this);
    auto *note = new QLabel(tr("Prompt sets are the requests a replay sends through candidate routes. "
                               "Replays, scoring and the cost–latency–quality charts open here."),
                            this);
    note->setWordWrap(true);
    m_sets->setObjectName(QStringLiteral("promptSetList"));
    m_sets->setAccessibleName(tr("Prompt sets"));
    m_items->setObjectName(QStringLiteral("promptItems"));
    m_items->setAccessibleName(tr("Prompts of the selected set"));
    m_items->setColumnCount(3);
    m_items->setHorizontalHeaderLabels({tr("Prompt"), tr("Reference answer"), tr("Category")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setWordWrap(false);
    m_items->verticalHeader()->hide();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sets);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_items, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    connect(m_sets, &QListWidget::currentTextChanged, this, &PromptSetsPage::showSet);
    connect(session, &WorkspaceSession::opened, this, &PromptSetsPage::reload);
}

void PromptSetsPage::reload()
{
    QPointer<PromptSetsPage> self(this);
    m_session->promptSetNames([self](const QStringList &names) {
        if (!self)
            return;
        self->m_sets->clear();
        self->m_sets->addItems(names);
        if (!names.isEmpty())
            self->m_sets->setCurrentRow(0);
    });
}

void PromptSetsPage::showSet(const QString &name)
{
    QPointer<PromptSetsPage> self(this);
    m_session->loadPromptSet(name, [self, name](const PromptSet &set) {
        if (!self || self->m_sets->currentItem() == nullptr || self->m_sets->currentItem()->text() != name)
            return;
        self->m_items->setRowCount(int(set.items.size()));
        for (int row = 0; row < int(set.items.size()); ++row) {
            const PromptItem &item = set.items[size_t(row)];
            self->m_items->setItem(row, 0, new QTableWidgetItem(lastUserText(item.messages)));
            self->m_items->setItem(row, 1, new QTableWidgetItem(item.reference));
            self->m_items->setItem(row, 2, new QTableWidgetItem(item.category));
        }
        self->m_summary->setText(tr("%n prompt(s) · source: %1", nullptr, int(set.items.size())).arg(set.source));
    });
}

} // namespace sy
