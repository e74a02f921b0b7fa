#include "pages/PoliciesPage.h"

#include "widgets/EmptyState.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "widgets/BackgroundFile.h"
#include "widgets/FlowLayout.h"
#include "session/PolicyEditSession.h"
#include "editor/PolicyEditor.h"
#include "dialogs/PolicyHistoryDialog.h"
#include "models/PolicyListModel.h"
#include "policy/NodeAddress.h"
#include "policy/PolicyReader.h"
#include "session/WorkspaceSession.h"

namespace sy {


PoliciesPage::PoliciesPage(WorkspaceSession *session, PolicyListModel *model, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QListView(this)), m_editor(new PolicyEditor(this)),
      m_splitter(new QSplitter(this)), m_name(new QLineEdit(this)), m_comment(new QLineEdit(this)),
      m_save(new QPushButton(tr("Save"), this)), m_status(new QLabel(this))
{
    auto *title = new QLabel(tr("<h2>Policies</h2>"), this);
    m_list->setModel(model);
    EmptyState::attach(m_list, tr("No policies yet. New starts one from the workspace's providers; Import… opens a policy file."));
    m_list->setObjectName(QStringLiteral("policiesList"));
    m_list->setAccessibleName(tr("Policies"));
    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newPolicy"));
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importPolicy"));
    auto *policies = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(policies);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Saved &policies"), policies);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    newButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    importButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(importButton);
    leftLayout->addLayout(leftButtons);

    m_name->setObjectName(QStringLiteral("policyName"));
    m_name->setAccessibleName(tr("Policy name"));
    m_name->setToolTip(tr("Saving under a new name keeps the old policy and starts a new one."));
    m_comment->setObjectName(QStringLiteral("saveComment"));
    m_comment->setAccessibleName(tr("Version comment"));
    m_comment->setPlaceholderText(tr("what changed (optional)"));
    m_save->setObjectName(QStringLiteral("savePolicy"));
    // A button's mnemonic would replace its shortcut, so Ctrl+S is an action of the page.
    auto *saveAction = new QAction(tr("Save policy"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &PoliciesPage::save);
    addAction(saveAction);
    m_save->setToolTip(tr("Save as a new version (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *history = new QPushButton(tr("&History…"), this);
    history->setObjectName(QStringLiteral("policyHistory"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    auto *providersButton = new QPushButton(tr("Use workspace providers"), this);
    providersButton->setObjectName(QStringLiteral("useWorkspaceProviders"));
    providersButton->setToolTip(tr("Replace this policy's providers and models with those of the Providers & Models page"));
    connect(providersButton, &QPushButton::clicked, this, &PoliciesPage::useWorkspaceProviders);
    connect(session, &WorkspaceSession::providersLoaded, this,
            [this](const std::vector<ProviderSpec> &providers) { m_workspaceProviders = providers; });
    exportButton->setObjectName(QStringLiteral("exportPolicy"));
    m_status->setObjectName(QStringLiteral("policyStatus"));
    auto *nameLabel = new QLabel(tr("Na&me"), this);
    nameLabel->setBuddy(m_name);
    auto *bar = new FlowLayout;
    m_name->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    bar->addLabelled(nameLabel, m_name, 140);
    m_comment->setMinimumWidth(180);
    m_comment->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    bar->addWidget(m_comment);
    bar->addWidget(m_save);
    bar->addWidget(history);
    bar->addWidget(exportButton);
    bar->addWidget(providersButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_editor, 1);

    // Saved policies above the open policy's routes: one column for choosing, the rest for editing.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("policiesLeftSplitter"));
    left->addWidget(policies);
    left->addWidget(m_editor->routesPanel());
    left->setStretchFactor(1, 2);
    m_splitter->setObjectName(QStringLiteral("policiesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({180, 1000});
    m_editor->splitter()->setSizes({560, 500}); // the form keeps room for its fields on a laptop
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_splitter, 1);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        openPolicy(index.data(PolicyListModel::NameRole).toString());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString name = current.data(PolicyListModel::NameRole).toString();
        if (current.isValid() && name != m_openName)
            openPolicy(name);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        if (m_openName.isEmpty() && model->rowCount() > 0) {
            openPolicy(model->index(0, 0).data(PolicyListModel::NameRole).toString());
            return;
        }
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->index(i, 0).data(PolicyListModel::NameRole).toString() == m_openName) {
                const QSignalBlocker block(m_list->selectionModel());
                m_list->setCurrentIndex(model->index(i, 0));
            }
    });
    connect(newButton, &QPushButton::clicked, this, &PoliciesPage::newPolicy);
    connect(importButton, &QPushButton::clicked, this, &PoliciesPage::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export policy"), m_editor->session()->policy().name + QStringLiteral(".json"),
                                       tr("Policy files (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("json"));
        connect(dialog, &QFileDialog::fileSelected, this, &PoliciesPage::exportFile);
        dialog->open();
    });
    connect(m_save, &QPushButton::clicked, this, &PoliciesPage::save);
    connect(history, &QPushButton::clicked, this, &PoliciesPage::showHistory);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->session()->edit(tr("Rename policy"), [&](Policy &p) {
            p.name = text.trimmed();
            return true;
        }, QStringLiteral("policy-name"));
    });
    PolicyEditSession *edits = m_editor->session();
    connect(edits, &PolicyEditSession::changed, this, &PoliciesPage::updateTitle);
    connect(edits->undoStack(), &QUndoStack::cleanChanged, this, &PoliciesPage::updateTitle);
    updateTitle();
}

PoliciesPage::~PoliciesPage()
{
    // The editor outlives this object's own part by a moment and its undo stack still signals then.
    m_editor->session()->disconnect(this);
    m_editor->session()->undoStack()->disconnect(this);
}

void PoliciesPage::selectInList(const QString &name)
{
    const QSignalBlocker block(m_list->selectionModel());
    for (int i = 0; i < m_list->model()->rowCount(); ++i)
        if (m_list->model()->index(i, 0).data(PolicyListModel::NameRole).toString() == name)
            m_list->setCurrentIndex(m_list->model()->index(i, 0));
}

void PoliciesPage::confirmDiscard(const std::function<void()> &then)
{
    if (!m_editor->session()->isModified()) {
        then();
        return;
    }
    // Nothing moves until the user has answered: the list goes back to the open policy.
    selectInList(m_openName);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("\"%1\" has changes that are not saved.").arg(m_editor->session()->policy().name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Save them as a new version, discard them, or stay here."));
    box->setDefaultButton(QMessageBox::Save);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            then();
        } else if (box->clickedButton() == box->button(QMessageBox::Save)) {
            // Go on once the save has landed; a save that fails (or is refused) keeps the user here.
            auto *once = new QObject(this);
            connect(this, &PoliciesPage::saved, once, [once, then] {
                once->deleteLater();
                then();
            });
            connect(this, &PoliciesPage::saveFailed, once, &QObject::deleteLater);
            save();
            if (m_save->isEnabled())
                once->deleteLater(); // refused before writing (a problem or no name): the status says why
        }
    });
    box->open();
}

void PoliciesPage::openPolicy(const QString &name)
{
    confirmDiscard([this, name] {
        m_openName = name;
        selectInList(name);
        QPointer<PoliciesPage> self(this);
        m_session->readPolicy(name, [self, name](const QByteArray &document) {
            if (self && self->m_openName == name)
                self->loadDocument(name, document, tr("workspace"));
        });
    });
}

void PoliciesPage::loadDocument(const QString &name, const QByteArray &document, const QString &origin)
{
    Diagnostics diagnostics;
    const auto policy = PolicyReader::fromJsonTextLenient(document, diagnostics);
    if (!policy) {
        setStatus(tr("\"%1\" from the %2 cannot be opened: %3").arg(name, origin, diagnostics.toString()), true);
        return;
    }
    m_editor->session()->load(*policy);
    m_openName = name;
    emit opened(name);
    setStatus(diagnostics.isEmpty() ? QString() : tr("Opened with %n problem(s); they are listed below the editor.", nullptr,
                                                     int(diagnostics.size())),
              !diagnostics.isEmpty());
}

void PoliciesPage::newPolicy()
{
    confirmDiscard([this] {
        // Start from the workspace's providers, so targets have models to choose from.
        Policy policy;
        policy.providers = m_workspaceProviders.empty() ? m_editor->session()->policy().providers : m_workspaceProviders;
        int n = 1;
        const auto *model = m_list->model();
        auto taken = [model](const QString &name) {
            for (int i = 0; i < model->rowCount(); ++i)
                if (model->index(i, 0).data(PolicyListModel::NameRole).toString() == name)
                    return true;
            return false;
        };
        do
            policy.name = QStringLiteral("policy-%1").arg(n++);
        while (taken(policy.name));
        Route route;
        route.alias = QStringLiteral("auto");
        const QString firstModel = policy.providers.empty() || policy.providers.front().models.empty()
                                       ? QString()
                                       : policy.providers.front().id + u'/' + policy.providers.front().models.front().id;
        route.root = PolicyEdits::makeNode(NodeKind::Target, firstModel);
        policy.routes.push_back(route);
        m_editor->session()->load(policy);
        m_openName = policy.name;
        // A new policy is unsaved from the start.
        m_editor->session()->edit(tr("New policy"), [](Policy &p) {
            p.description = tr("A new policy");
            return true;
        });
        setStatus(tr("New policy: build its routes, then save."));
    });
}

void PoliciesPage::save()
{
    PolicyEditSession *edits = m_editor->session();
    if (!edits->isLoaded())
        return;
    const Policy &policy = edits->policy();
    if (policy.name.isEmpty()) {
        setStatus(tr("Give the policy a name before saving."), true);
        m_name->setFocus();
        return;
    }
    if (!edits->diagnostics().isEmpty()) {
        setStatus(tr("Not saved: %n problem(s) to fix first (listed below the editor).", nullptr, int(edits->diagnostics().size())), true);
        return;
    }
    const QString name = policy.name;
    const QString comment = m_comment->text().trimmed();
    const int undoIndex = edits->undoStack()->index();
    m_save->setEnabled(false);
    QPointer<PoliciesPage> self(this);
    m_session->savePolicy(name, edits->document(), comment, [self, name, undoIndex](int version, const QString &error) {
        if (!self)
            return;
        self->m_save->setEnabled(true);
        if (version < 0) {
            self->setStatus(tr("Not saved: %1").arg(error), true);
            emit self->saveFailed(error);
            return;
        }
        // Edits made while saving stay unsaved.
        if (self->m_editor->session()->undoStack()->index() == undoIndex)
            self->m_editor->session()->markSaved();
        self->m_openName = name;
        self->m_comment->clear();
        self->setStatus(tr("Saved \"%1\" as version %2.").arg(name).arg(version));
        emit self->saved(name, version);
    });
}

void PoliciesPage::showHistory()
{
    if (m_openName.isEmpty())
        return;
    auto *dialog = new PolicyHistoryDialog(m_session, m_openName, this);
    dialog->setObjectName(QStringLiteral("historyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyHistoryDialog::openVersionRequested, this, [this](const QByteArray &document, int version) {
        Diagnostics diagnostics;
        const auto policy = PolicyReader::fromJsonTextLenient(document, diagnostics);
        if (!policy) {
            setStatus(tr("Version %1 cannot be opened: %2").arg(version).arg(diagnostics.toString()), true);
            return;
        }
        m_editor->session()->replace(tr("Open version %1").arg(version), *policy);
        setStatus(tr("Version %1 is in the editor; save to make it the latest.").arg(version));
    });
    dialog->open();
}

void PoliciesPage::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import policy"), QString(), tr("Policy files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importPolicyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &PoliciesPage::importFile);
    dialog->open();
}

void PoliciesPage::importFile(const QString &fileName)
{
    QPointer<PoliciesPage> self(this);
    QThreadPool::globalInstance()->start([self, fileName] {
        QFile file(fileName);
        QByteArray text;
        QString error;
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
        else
            error = file.errorString();
        QMetaObject::invokeMethod(self, [self, fileName, text, error] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->setStatus(tr("%1 cannot be read: %2").arg(fileName, error), true);
                return;
            }
            self->confirmDiscard([self, fileName, text] {
                Diagnostics diagnostics;
                const auto policy = PolicyReader::fromJsonTextLenient(text, diagnostics);
                if (!policy) {
                    self->setStatus(tr("%1 is not a policy file:\n%2").arg(fileName, diagnostics.toString(fileName)), true);
                    return;
                }
                self->m_editor->session()->load(*policy);
                self->m_openName = policy->name;
                self->m_editor->session()->edit(tr("Import"), [](Policy &) { return true; });
                // Imported content is unsaved until saved, even when it matches.
                self->m_editor->session()->undoStack()->resetClean();
                self->setStatus(tr("Imported %1 (%n problem(s)); save to keep it in the workspace.", nullptr,
                                   int(diagnostics.size())).arg(fileName),
                                !diagnostics.isEmpty());
            });
        }, Qt::QueuedConnection);
    });
}

void PoliciesPage::exportFile(const QString &fileName)
{
    writeFileInBackground(this, fileName, m_editor->session()->document(), [this, fileName](const QString &error) {
        setStatus(error.isEmpty() ? tr("Exported to %1.").arg(fileName) : tr("%1 could not be written: %2").arg(fileName, error), !error.isEmpty());
    });
}

void PoliciesPage::useWorkspaceProviders()
{
    if (m_workspaceProviders.empty()) {
        setStatus(tr("The workspace has no providers yet: add them on the Providers & Models page."), true);
        return;
    }
    const auto providers = m_workspaceProviders;
    if (m_editor->session()->edit(tr("Use workspace providers"), [&](Policy &p) {
            p.providers = providers;
            return true;
        }))
        setStatus(tr("The policy now lists the workspace's %n provider(s); targets choose from their models.", nullptr,
                     int(providers.size())));
}

void PoliciesPage::updateTitle()
{
    PolicyEditSession *edits = m_editor->session();
    if (!m_name->hasFocus())
        m_name->setText(edits->policy().name);
    m_name->setEnabled(edits->isLoaded());
    m_save->setText(edits->isModified() ? tr("Save*") : tr("Save"));
    m_save->setEnabled(edits->isLoaded());
}

void PoliciesPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #d03b3b;") : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace sy
