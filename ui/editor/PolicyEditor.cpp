#include "editor/PolicyEditor.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "dialogs/JsonEditDialog.h"
#include "widgets/FieldProblem.h"
#include "editor/NodeForm.h"
#include "session/PolicyEditSession.h"
#include "editor/RouteCacheForm.h"
#include "editor/RouteDiagram.h"
#include "models/RouteTreeModel.h"
#include "policy/PolicyWriter.h"
#include "json/OrderedJson.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/TryRequestPanel.h"

namespace sy {

namespace {

QString kindLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Target: return PolicyEditor::tr("&Target");
    case NodeKind::Fallback: return PolicyEditor::tr("&Fallback chain");
    case NodeKind::Weighted: return PolicyEditor::tr("&Weighted split");
    case NodeKind::Conditional: return PolicyEditor::tr("&Conditional (rules)");
    case NodeKind::Ref: return PolicyEditor::tr("&Route reference");
    case NodeKind::Selector: return PolicyEditor::tr("&Selector");
    }
    return {};
}

constexpr NodeKind kKinds[] = {NodeKind::Target, NodeKind::Fallback, NodeKind::Weighted, NodeKind::Conditional, NodeKind::Ref,
                               NodeKind::Selector};

} // namespace

PolicyEditor::PolicyEditor(QWidget *parent)
    : QWidget(parent), m_session(new PolicyEditSession(this)), m_model(new RouteTreeModel(m_session, this)),
      m_splitter(new QSplitter(this)), m_routesPanel(new QWidget(this)), m_routes(new QListWidget(this)), m_alias(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_cacheForm(new RouteCacheForm(m_session, this)), m_aliasProblem(makeProblemLabel(this)), m_tree(new QTreeView(this)),
      m_form(new NodeForm(m_session, this)), m_side(new QTabWidget(this)), m_diagram(new RouteDiagram(m_session, this)),
      m_json(new QPlainTextEdit(this)), m_try(new TryRequestPanel(this)), m_problems(new QListWidget(this)),
      m_sideTimer(new QTimer(this))
{
    buildActions();

    // Routes
    QWidget *routesPanel = m_routesPanel;
    auto *routesLayout = new QVBoxLayout(routesPanel);
    routesLayout->setContentsMargins(0, 0, 0, 0);
    auto *routesTitle = new QLabel(tr("&Routes"), routesPanel);
    routesTitle->setBuddy(m_routes);
    m_routes->setObjectName(QStringLiteral("routeList"));
    m_routes->setAccessibleName(tr("Routes"));
    auto *routeButtons = new QHBoxLayout;
    auto *addRoute = new QPushButton(tr("Add"), routesPanel);
    addRoute->setMinimumWidth(0);
    addRoute->setObjectName(QStringLiteral("addRoute"));
    addRoute->setToolTip(tr("Add a route (a model name clients can ask for)"));
    auto *duplicate = new QPushButton(tr("Copy"), routesPanel);
    duplicate->setToolTip(tr("Duplicate the selected route"));
    auto *remove = new QPushButton(tr("Remove"), routesPanel);
    for (QPushButton *b : {addRoute, duplicate, remove})
        b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // the column stays narrow
    remove->setObjectName(QStringLiteral("removeRoute"));
    routeButtons->addWidget(addRoute);
    routeButtons->addWidget(duplicate);
    routeButtons->addWidget(remove);
    connect(addRoute, &QPushButton::clicked, this, &PolicyEditor::addRoute);
    connect(duplicate, &QPushButton::clicked, this, &PolicyEditor::duplicateRoute);
    connect(remove, &QPushButton::clicked, this, &PolicyEditor::removeRoute);
    m_alias->setObjectName(QStringLiteral("routeAlias"));
    m_alias->setAccessibleName(tr("Route alias"));
    m_alias->setPlaceholderText(tr("what clients put in \"model\""));
    m_description->setAccessibleName(tr("Route description"));
    m_description->setPlaceholderText(tr("what this route is for"));
    auto *aliasLabel = new QLabel(tr("&Alias"), routesPanel);
    aliasLabel->setBuddy(m_alias);
    auto *descriptionLabel = new QLabel(tr("D&escription"), routesPanel);
    descriptionLabel->setBuddy(m_description);
    routesLayout->addWidget(routesTitle);
    routesLayout->addWidget(m_routes, 1);
    routesLayout->addLayout(routeButtons);
    routesLayout->addWidget(aliasLabel);
    routesLayout->addWidget(m_alias);
    routesLayout->addWidget(m_aliasProblem);
    routesLayout->addWidget(descriptionLabel);
    routesLayout->addWidget(m_description);
    auto *cacheLabel = new QLabel(tr("Response &cache"), routesPanel);
    cacheLabel->setBuddy(m_cacheForm->modeBox());
    routesLayout->addWidget(cacheLabel);
    routesLayout->addWidget(m_cacheForm);
    connect(m_routes, &QListWidget::currentRowChanged, this, &PolicyEditor::selectRoute);
    connect(m_alias, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int route = m_route;
        m_session->edit(tr("Rename route"), [&](Policy &p) {
            if (route < 0 || size_t(route) >= p.routes.size())
                return false;
            p.routes[size_t(route)].alias = text.trimmed();
            return true;
        }, QStringLiteral("alias:%1").arg(route));
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int route = m_route;
        m_session->edit(tr("Describe route"), [&](Policy &p) {
            if (route < 0 || size_t(route) >= p.routes.size())
                return false;
            p.routes[size_t(route)].description = text;
            return true;
        }, QStringLiteral("description:%1").arg(route));
    });

    // Tree and form
    auto *treePanel = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePanel);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(treePanel);
    toolbar->setObjectName(QStringLiteral("editorToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    auto *addMenu = new QMenu(tr("Add"), this);
    addMenu->addActions(m_add);
    auto *addButton = new QToolButton(toolbar);
    addButton->setText(tr("Add ▸"));
    addButton->setObjectName(QStringLiteral("addNodeButton"));
    addButton->setToolTip(tr("Add a rule, fallback step or arm under the selected node (Insert)"));
    addButton->setMenu(addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(addButton);
    auto *wrapMenu = new QMenu(tr("Wrap in"), this);
    for (QAction *a : m_wrap)
        if (a)
            wrapMenu->addAction(a);
    auto *wrapButton = new QToolButton(toolbar);
    wrapButton->setText(tr("Wrap in ▸"));
    wrapButton->setToolTip(tr("Put the selected node inside a new fallback chain, split or set of rules"));
    wrapButton->setMenu(wrapMenu);
    wrapButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(wrapButton);
    toolbar->addAction(m_setDefault);
    toolbar->addAction(m_delete);
    toolbar->addAction(m_moveUp);
    toolbar->addAction(m_moveDown);
    toolbar->addSeparator();
    toolbar->addAction(m_editJson);
    m_tree->setObjectName(QStringLiteral("routeTree"));
    m_tree->setAccessibleName(tr("Route tree"));
    m_tree->setModel(m_model);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(RouteTreeModel::StepColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(RouteTreeModel::StepColumn, 240);
    m_tree->header()->setStretchLastSection(true);
    for (QAction *a : editorActions())
        m_tree->addAction(a);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    treeLayout->addWidget(toolbar);
    treeLayout->addWidget(m_tree, 1);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_selected = m_model->addressOf(current);
        m_form->showNode(m_route, m_selected);
        m_diagram->setSelected(m_selected);
        updateActions();
    });
    connect(m_model, &RouteTreeModel::structureChanged, this, &PolicyEditor::restoreSelection);
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(QStringLiteral("editorMiddleSplitter"));
    middle->addWidget(treePanel);
    middle->addWidget(m_form);
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);

    // Side views
    m_json->setReadOnly(true);
    m_json->setObjectName(QStringLiteral("routeJson"));
    m_json->setAccessibleName(tr("Route JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonHighlighter = new JsonHighlighter(m_json->document(), palette().color(QPalette::Base).lightnessF() < 0.5);
    m_side->setObjectName(QStringLiteral("editorSideTabs"));
    m_side->setAccessibleName(tr("Route views"));
    m_side->addTab(m_diagram, tr("Diagram"));
    m_side->addTab(m_json, tr("JSON"));
    m_side->addTab(m_try, tr("Try a request"));
    // A tried request's path waits on the diagram; "Show on diagram" brings it up.
    connect(m_try, &TryRequestPanel::decided, this, [this](const QString &alias, const QStringList &path) {
        const auto &routes = m_session->policy().routes;
        for (size_t i = 0; i < routes.size(); ++i)
            if (routes[i].alias == alias && int(i) != m_route)
                selectRoute(int(i));
        m_diagram->setHighlightedPath(path);
    });
    connect(m_try, &TryRequestPanel::showPathRequested, this, [this] { m_side->setCurrentWidget(m_diagram); });
    connect(m_diagram, &RouteDiagram::nodeClicked, this, &PolicyEditor::selectNode);
    connect(m_form, &NodeForm::editAsJsonRequested, this, &PolicyEditor::openJsonEditor);
    m_sideTimer->setSingleShot(true);
    m_sideTimer->setInterval(150); // typing should not recompile the policy on every key
    connect(m_sideTimer, &QTimer::timeout, this, &PolicyEditor::refreshSideViews);

    m_splitter->setObjectName(QStringLiteral("policyEditorSplitter"));
    m_splitter->addWidget(routesPanel);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({180, 480, 420});

    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 4);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        int route = -1;
        const auto address = addressFromJsonPath(item->data(Qt::UserRole).toString(), &route);
        if (route >= 0)
            selectRoute(route);
        if (address)
            selectNode(*address);
        m_form->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_problems);

    connect(m_session, &PolicyEditSession::loaded, this, [this] {
        m_route = -1;
        m_selected.clear();
        refreshRoutes();
    });
    connect(m_session, &PolicyEditSession::changed, this, &PolicyEditor::onChanged);
    updateActions();
}

PolicyEditor::~PolicyEditor()
{
    // Children go after this part of the object; nothing may call back into it meanwhile.
    m_session->undoStack()->disconnect();
    m_session->disconnect();
}

void PolicyEditor::buildActions()
{
    m_undo = m_session->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo = m_session->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    for (QAction *a : {m_undo, m_redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    for (NodeKind kind : kKinds) {
        auto *add = new QAction(kindLabel(kind), this);
        add->setObjectName(QStringLiteral("add-%1").arg(nodeKindName(kind)));
        connect(add, &QAction::triggered, this, [this, kind] { addNode(int(kind)); });
        m_add.append(add);
        QAction *wrap = nullptr;
        if (kind == NodeKind::Fallback || kind == NodeKind::Weighted || kind == NodeKind::Conditional) {
            wrap = new QAction(kindLabel(kind), this);
            wrap->setObjectName(QStringLiteral("wrap-%1").arg(nodeKindName(kind)));
            connect(wrap, &QAction::triggered, this, [this, kind] { wrapNode(int(kind)); });
        }
        m_wrap.append(wrap);
    }
    m_add.front()->setShortcut(Qt::Key_Insert);
    m_add.front()->setShortcutContext(Qt::WidgetShortcut);
    m_setDefault = new QAction(tr("Set default"), this);
    m_setDefault->setToolTip(tr("Give the selected conditional a branch for requests no rule matches"));
    connect(m_setDefault, &QAction::triggered, this, &PolicyEditor::setDefault);
    m_delete = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &PolicyEditor::deleteNode);
    m_moveUp = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move up"), this);
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveUp->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveNode(-1); });
    m_moveDown = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move down"), this);
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveDown->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveDown, &QAction::triggered, this, [this] { moveNode(1); });
    m_editJson = new QAction(tr("Edit as JSON…"), this);
    m_editJson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_editJson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_editJson);
    connect(m_editJson, &QAction::triggered, this, [this] { openJsonEditor(QStringLiteral("$")); });
}

QList<QAction *> PolicyEditor::editorActions() const
{
    QList<QAction *> actions = m_add;
    actions << m_setDefault << m_delete << m_moveUp << m_moveDown;
    return actions;
}

QAction *PolicyEditor::addNodeAction(int kind) const { return m_add.value(kind); }
QAction *PolicyEditor::wrapNodeAction(int kind) const { return m_wrap.value(kind); }

NodeAddress PolicyEditor::currentAddress() const { return m_selected; }

QString PolicyEditor::defaultModel() const
{
    const QStringList models = m_session->modelChoices();
    return models.isEmpty() ? QString() : models.front();
}

void PolicyEditor::refreshRoutes()
{
    const Policy &policy = m_session->policy();
    const QSignalBlocker block(m_routes);
    m_routes->clear();
    for (size_t i = 0; i < policy.routes.size(); ++i) {
        const Route &route = policy.routes[i];
        auto *item = new QListWidgetItem(route.alias.isEmpty() ? tr("(no alias)") : route.alias, m_routes);
        const QStringList problems = m_session->problemsUnder(QStringLiteral("$.routes[%1]").arg(i));
        if (!problems.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("%n problem(s) in this route", nullptr, int(problems.size())));
        } else {
            item->setToolTip(route.description);
        }
    }
    int route = m_route;
    if (route < 0 && !policy.routes.empty())
        route = 0;
    if (route >= int(policy.routes.size()))
        route = int(policy.routes.size()) - 1;
    m_routes->setCurrentRow(route);
    if (route != m_route || m_model->route() != route) {
        m_route = route;
        m_model->setRoute(route);
        m_diagram->setRoute(route);
    }
    const Route *current = route >= 0 ? &policy.routes[size_t(route)] : nullptr;
    if (!m_alias->hasFocus())
        m_alias->setText(current ? current->alias : QString());
    if (!m_description->hasFocus())
        m_description->setText(current ? current->description : QString());
    m_alias->setEnabled(current);
    m_description->setEnabled(current);
    m_cacheForm->showRoute(current ? route : -1);
    setProblemText(m_aliasProblem, current ? m_session->problemsUnder(QStringLiteral("$.routes[%1].alias").arg(route)) : QStringList());
    refreshProblems();
    m_sideTimer->start();
}

void PolicyEditor::selectRoute(int index)
{
    if (index == m_route && m_model->route() == index)
        return;
    m_route = index;
    m_selected.clear();
    m_model->setRoute(index);
    m_diagram->setRoute(index);
    const QSignalBlocker block(m_routes);
    m_routes->setCurrentRow(index);
    refreshRoutes();
}

void PolicyEditor::showPath(const QString &routeAlias, const QStringList &jsonPaths)
{
    const auto &routes = m_session->policy().routes;
    for (size_t i = 0; i < routes.size(); ++i)
        if (routes[i].alias == routeAlias) {
            selectRoute(int(i));
            break;
        }
    m_diagram->setHighlightedPath(jsonPaths);
    m_side->setCurrentWidget(m_diagram);
}

void PolicyEditor::selectNode(const NodeAddress &address)
{
    const QModelIndex index = m_model->indexOf(address);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void PolicyEditor::restoreSelection()
{
    m_tree->expandAll();
    NodeAddress address = m_selected;
    QModelIndex index = m_model->indexOf(address);
    while (!index.isValid() && !address.empty()) { // the node went away: select where it was
        address.pop_back();
        index = m_model->indexOf(address);
    }
    if (!index.isValid())
        index = m_model->index(0, 0);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_selected = m_model->addressOf(index);
    }
    m_form->showNode(m_route, m_selected);
    m_diagram->setSelected(m_selected);
    updateActions();
}

void PolicyEditor::onChanged()
{
    const Policy &policy = m_session->policy();
    bool routesChanged = m_routes->count() != int(policy.routes.size());
    for (int i = 0; !routesChanged && i < m_routes->count(); ++i)
        routesChanged = m_routes->item(i)->text() != policy.routes[size_t(i)].alias;
    refreshRoutes(); // problem icons and the alias field follow every change
    if (routesChanged && m_model->route() != m_route) {
        m_model->setRoute(m_route);
        m_diagram->setRoute(m_route);
    }
    updateActions();
}

void PolicyEditor::updateActions()
{
    const Policy &policy = m_session->policy();
    const Node *root = m_route >= 0 && size_t(m_route) < policy.routes.size() ? &policy.routes[size_t(m_route)].root : nullptr;
    const Node *node = root ? nodeAt(*root, m_selected) : nullptr;
    const bool container = node && (node->kind == NodeKind::Fallback || node->kind == NodeKind::Weighted ||
                                    node->kind == NodeKind::Conditional || node->kind == NodeKind::Selector);
    for (QAction *a : m_add)
        a->setEnabled(container);
    for (QAction *a : m_wrap)
        if (a)
            a->setEnabled(node);
    m_setDefault->setEnabled(node && (node->kind == NodeKind::Conditional || node->kind == NodeKind::Selector) && !node->defaultNode);
    const bool reorderable = node && !m_selected.empty() && m_selected.back().kind != NodeStep::Kind::Default;
    m_delete->setEnabled(node && !m_selected.empty());
    int siblings = 0;
    if (reorderable) {
        const Node *parent = nodeAt(*root, NodeAddress(m_selected.begin(), m_selected.end() - 1));
        siblings = m_selected.back().kind == NodeStep::Kind::Child  ? int(parent->children.size())
                   : m_selected.back().kind == NodeStep::Kind::Rule ? int(parent->rules.size())
                                                                    : int(parent->arms.size());
    }
    m_moveUp->setEnabled(reorderable && m_selected.back().index > 0);
    m_moveDown->setEnabled(reorderable && m_selected.back().index + 1 < siblings);
    m_editJson->setEnabled(m_session->isLoaded());
}

void PolicyEditor::refreshProblems()
{
    m_problems->clear();
    for (const Diagnostic &d : m_session->diagnostics().items()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                         QStringLiteral("%1: %2").arg(d.path, d.message), m_problems);
        item->setData(Qt::UserRole, d.path);
    }
    if (m_problems->count() == 0)
        new QListWidgetItem(m_session->isLoaded() ? tr("No problems: this policy can be saved and served.") : QString(), m_problems);
}

void PolicyEditor::changeEvent(QEvent *event)
{
    // The JSON colours follow the theme.
    if (event->type() == QEvent::PaletteChange && m_jsonHighlighter) {
        delete m_jsonHighlighter;
        m_jsonHighlighter = new JsonHighlighter(m_json->document(), palette().color(QPalette::Base).lightnessF() < 0.5);
    }
    QWidget::changeEvent(event);
}

void PolicyEditor::refreshSideViews()
{
    const Policy &policy = m_session->policy();
    if (m_route >= 0 && size_t(m_route) < policy.routes.size()) {
        const Route &route = policy.routes[size_t(m_route)];
        QJsonObject o{{QStringLiteral("alias"), route.alias}, {QStringLiteral("root"), PolicyWriter::nodeToJson(route.root)}};
        if (!route.description.isEmpty())
            o.insert(QStringLiteral("description"), route.description);
        m_json->setPlainText(QString::fromUtf8(OrderedJson::write(o, PolicyWriter::keyOrder())));
    } else {
        m_json->clear();
    }
    m_try->setPolicyDocument(m_session->document());
}

void PolicyEditor::addNode(int kind)
{
    const int route = m_route;
    const NodeAddress parent = m_selected;
    std::optional<NodeAddress> added;
    m_session->edit(tr("Add %1").arg(nodeKindName(NodeKind(kind))), [&](Policy &p) {
        if (route < 0 || size_t(route) >= p.routes.size())
            return false;
        added = PolicyEdits::appendChild(p.routes[size_t(route)].root, parent, PolicyEdits::makeNode(NodeKind(kind), defaultModel()));
        return bool(added);
    });
    if (added) {
        m_selected = *added;
        restoreSelection();
    }
}

void PolicyEditor::wrapNode(int kind)
{
    const int route = m_route;
    const NodeAddress address = m_selected;
    m_session->edit(tr("Wrap in %1").arg(nodeKindName(NodeKind(kind))), [&](Policy &p) {
        return route >= 0 && size_t(route) < p.routes.size() && PolicyEdits::wrap(p.routes[size_t(route)].root, address, NodeKind(kind));
    });
    restoreSelection();
}

void PolicyEditor::setDefault()
{
    const int route = m_route;
    const NodeAddress address = m_selected;
    if (m_session->edit(tr("Set default"), [&](Policy &p) {
            return route >= 0 && size_t(route) < p.routes.size() &&
                   PolicyEdits::setDefault(p.routes[size_t(route)].root, address, PolicyEdits::makeNode(NodeKind::Target, defaultModel()));
        })) {
        m_selected = childAddress(address, {NodeStep::Kind::Default, 0});
        restoreSelection();
    }
}

void PolicyEditor::deleteNode()
{
    const int route = m_route;
    const NodeAddress address = m_selected;
    m_session->edit(tr("Delete node"), [&](Policy &p) {
        return route >= 0 && size_t(route) < p.routes.size() && PolicyEdits::remove(p.routes[size_t(route)].root, address);
    });
}

void PolicyEditor::moveNode(int delta)
{
    if (m_selected.empty())
        return;
    const NodeAddress from = m_selected;
    const int to = from.back().index + delta;
    if (m_model->moveNode(from, to)) {
        m_selected.back().index = to;
        restoreSelection();
    }
}

void PolicyEditor::addRoute()
{
    int added = -1;
    const QString model = defaultModel();
    m_session->edit(tr("Add route"), [&](Policy &p) {
        Route route;
        int n = int(p.routes.size()) + 1;
        do
            route.alias = QStringLiteral("route-%1").arg(n++);
        while (p.findRoute(route.alias));
        route.root = PolicyEdits::makeNode(NodeKind::Target, model);
        p.routes.push_back(route);
        added = int(p.routes.size()) - 1;
        return true;
    });
    if (added >= 0) {
        selectRoute(added);
        m_alias->setFocus();
        m_alias->selectAll();
    }
}

void PolicyEditor::duplicateRoute()
{
    const int route = m_route;
    int added = -1;
    m_session->edit(tr("Duplicate route"), [&](Policy &p) {
        if (route < 0 || size_t(route) >= p.routes.size())
            return false;
        Route copy = p.routes[size_t(route)];
        QString alias = copy.alias + QStringLiteral("-copy");
        for (int n = 2; p.findRoute(alias); ++n)
            alias = copy.alias + QStringLiteral("-copy%1").arg(n);
        copy.alias = alias;
        p.routes.insert(p.routes.begin() + route + 1, copy);
        added = route + 1;
        return true;
    });
    if (added >= 0)
        selectRoute(added);
}

void PolicyEditor::removeRoute()
{
    const int route = m_route;
    m_session->edit(tr("Remove route"), [&](Policy &p) {
        if (route < 0 || size_t(route) >= p.routes.size())
            return false;
        p.routes.erase(p.routes.begin() + route);
        return true;
    });
}

void PolicyEditor::openJsonEditor(const QString &path)
{
    auto *dialog = new JsonEditDialog(m_session, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("jsonEditDialog"));
    dialog->open();
}

} // namespace sy
