#include "pages/PromptSetsPage.h"

#include "widgets/EmptyState.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include "widgets/BackgroundFile.h"
#include "dialogs/ImportPromptSetDialog.h"
#include "replayview/ReplayPage.h"
#include "dialogs/HarvestDialog.h"
#include "session/WorkspaceSession.h"

namespace sy {

namespace {
enum Column { IdColumn, PromptColumn, ReferenceColumn, CategoryColumn };

// The item's last user message replaced by `text` (a plain prompt has just that one).
void setLastUserText(QJsonArray &messages, const QString &text)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        QJsonObject m = messages.at(i).toObject();
        if (m.value(QStringLiteral("role")).toString() == u"user") {
            m.insert(QStringLiteral("content"), text);
            messages.replace(i, m);
            return;
        }
    }
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}});
}
} // namespace

PromptSetsPage::PromptSetsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tabs(new QTabWidget(this)), m_sets(new QListWidget(this)), m_items(new QTableWidget(this)),
      m_search(new QLineEdit(this)), m_summary(new QLabel(this)), m_save(new QPushButton(tr("Save changes"), this)),
      m_replays(new ReplayPage(session, this))
{
    auto *title = new QLabel(tr("<h2>Prompt Sets &amp; Replays</h2>"), this);
    m_sets->setObjectName(QStringLiteral("promptSetList"));
    m_sets->setAccessibleName(tr("Prompt sets"));
    EmptyState::attach(m_sets, tr("No prompt sets yet. Import… reads prompts from a JSONL or CSV file; Side by Side can add the "
                                  "prompts you try there."));
    m_items->setObjectName(QStringLiteral("promptItems"));
    m_items->setAccessibleName(tr("Prompts of the selected set"));
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({tr("ID"), tr("Prompt"), tr("Reference answer"), tr("Category")});
    m_items->horizontalHeader()->setSectionResizeMode(PromptColumn, QHeaderView::Stretch);
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_items->setWordWrap(false);
    m_items->verticalHeader()->hide();
    m_search->setPlaceholderText(tr("Search prompts, references and categories"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the prompt set"));
    m_save->setEnabled(false);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setToolTip(tr("Import a prompt set from JSONL (plain or OpenAI chat format) or CSV"));
    auto *exportButton = new QPushButton(tr("Export JSONL…"), this);
    auto *harvestButton = new QPushButton(tr("From traffic…"), this);
    harvestButton->setObjectName(QStringLiteral("harvestButton"));
    harvestButton->setToolTip(tr("Make a prompt set from logged requests, with personal data and keys taken out"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sets, 1);
    leftLayout->addWidget(importButton);
    leftLayout->addWidget(harvestButton);
    leftLayout->addWidget(exportButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_save);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_items, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    m_tabs->addTab(splitter, tr("Prompt sets"));
    m_tabs->addTab(m_replays, tr("Replays"));
    m_tabs->setObjectName(QStringLiteral("promptSetTabs"));
    m_tabs->setAccessibleName(tr("Prompt sets and replays"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_sets, &QListWidget::currentTextChanged, this, &PromptSetsPage::showSet);
    connect(m_search, &QLineEdit::textChanged, this, &PromptSetsPage::filter);
    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            m_save->setEnabled(true);
    });
    connect(m_save, &QPushButton::clicked, this, &PromptSetsPage::saveEdits);
    connect(harvestButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new HarvestDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HarvestDialog::saved, this, [this](const QString &name) {
            reload();
            emit imported(name);
        });
        dialog->open();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getOpenFileName(this, tr("Import a prompt set"), QString(),
                                                              tr("Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)"));
        if (!fileName.isEmpty())
            importFile(fileName);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (m_set.name.isEmpty())
            return;
        const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the prompt set"), m_set.name + QStringLiteral(".jsonl"),
                                                              tr("JSON Lines (*.jsonl)"));
        if (!fileName.isEmpty())
            exportSet(fileName);
    });
    connect(this, &PromptSetsPage::problem, this, [this](const QString &message) { m_summary->setText(message); });
    connect(session, &WorkspaceSession::opened, this, &PromptSetsPage::reload);
}

void PromptSetsPage::reload()
{
    QPointer<PromptSetsPage> self(this);
    const QString current = m_sets->currentItem() ? m_sets->currentItem()->text() : QString();
    m_session->promptSetNames([self, current](const QStringList &names) {
        if (!self)
            return;
        self->m_sets->clear();
        self->m_sets->addItems(names);
        const qsizetype again = names.indexOf(current);
        if (!names.isEmpty())
            self->m_sets->setCurrentRow(again >= 0 ? int(again) : 0);
    });
}

void PromptSetsPage::showSet(const QString &name)
{
    QPointer<PromptSetsPage> self(this);
    m_session->loadPromptSet(name, [self, name](const PromptSet &set) {
        if (!self || self->m_sets->currentItem() == nullptr || self->m_sets->currentItem()->text() != name)
            return;
        self->m_set = set;
        self->m_filling = true;
        self->m_items->setRowCount(int(set.items.size()));
        for (int row = 0; row < int(set.items.size()); ++row) {
            const PromptItem &item = set.items[size_t(row)];
            auto *id = new QTableWidgetItem(item.externalId);
            id->setFlags(id->flags() & ~Qt::ItemIsEditable);
            self->m_items->setItem(row, IdColumn, id);
            self->m_items->setItem(row, PromptColumn, new QTableWidgetItem(lastUserText(item.messages)));
            self->m_items->setItem(row, ReferenceColumn, new QTableWidgetItem(item.reference));
            self->m_items->setItem(row, CategoryColumn, new QTableWidgetItem(item.category));
        }
        self->m_filling = false;
        self->m_save->setEnabled(false);
        self->m_summary->setText(tr("%n prompt(s) · source: %1", nullptr, int(set.items.size())).arg(set.source));
        self->filter();
    });
}

void PromptSetsPage::filter()
{
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int c = 0; c < m_items->columnCount() && !match; ++c)
            match = m_items->item(row, c) && m_items->item(row, c)->text().contains(text, Qt::CaseInsensitive);
        m_items->setRowHidden(row, !match);
    }
}

void PromptSetsPage::saveEdits()
{
    PromptSet edited = m_set;
    for (int row = 0; row < m_items->rowCount() && size_t(row) < edited.items.size(); ++row) {
        PromptItem &item = edited.items[size_t(row)];
        const QString prompt = m_items->item(row, PromptColumn)->text();
        if (prompt != lastUserText(item.messages))
            setLastUserText(item.messages, prompt);
        item.reference = m_items->item(row, ReferenceColumn)->text();
        item.category = m_items->item(row, CategoryColumn)->text();
    }
    m_save->setEnabled(false);
    QPointer<PromptSetsPage> self(this);
    m_session->savePromptSet(edited, [self, edited](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            emit self->problem(tr("The changes could not be saved: %1").arg(error));
            self->m_save->setEnabled(true);
            return;
        }
        self->m_set = edited;
        self->m_summary->setText(tr("Saved %n prompt(s).", nullptr, int(edited.items.size())));
    });
}

void PromptSetsPage::importFile(const QString &fileName)
{
    QPointer<PromptSetsPage> self(this);
    QThreadPool::globalInstance()->start([self, fileName] {
        QFile file(fileName);
        Diagnostics diagnostics;
        std::optional<ImportTable> table;
        QString why;
        if (!file.open(QIODevice::ReadOnly))
            why = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        else if (!(table = PromptSetImport::read(file.readAll(), fileName, diagnostics)))
            why = diagnostics.toString(fileName);
        QMetaObject::invokeMethod(qApp, [self, table, why, fileName] {
            if (!self)
                return;
            if (!table) {
                emit self->problem(why);
                return;
            }
            self->m_session->promptSetNames([self, table, fileName](const QStringList &existing) {
                if (!self)
                    return;
                auto *dialog = new ImportPromptSetDialog(*table, fileName, existing, self);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setObjectName(QStringLiteral("importDialog"));
                connect(dialog, &QDialog::accepted, self, [self, dialog] {
                    const PromptSet set = dialog->promptSet();
                    self->m_session->savePromptSet(set, [self, set](const QString &error) {
                        if (!self)
                            return;
                        if (!error.isEmpty()) {
                            emit self->problem(tr("The prompt set could not be stored: %1").arg(error));
                            return;
                        }
                        self->reload();
                        emit self->imported(set.name);
                    });
                });
                dialog->open();
            });
        });
    });
}

void PromptSetsPage::exportSet(const QString &fileName)
{
    writeFileInBackground(this, fileName, PromptSetReader::toJsonl(m_set.items), [this, fileName](const QString &error) {
        emit problem(error.isEmpty() ? tr("Exported to %1.").arg(fileName) : tr("Could not write %1: %2").arg(fileName, error));
    });
}

} // namespace sy
