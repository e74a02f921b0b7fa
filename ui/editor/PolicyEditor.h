#pragma once

#include <QWidget>

#include "policy/NodeAddress.h"

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace sy {

class JsonHighlighter;

class NodeForm;
class RouteCacheForm;
class PolicyEditSession;
class RouteDiagram;
class RouteTreeModel;
class TryRequestPanel;

// The visual policy editor: routes on the left, the selected route as a tree of nodes with a form
// for the selected one, a live diagram, the route's JSON and "try a request" on the right, and
// every problem listed below and shown next to its field. All edits go through one undo stack.
class PolicyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyEditor(QWidget *parent = nullptr);
    ~PolicyEditor() override;

    PolicyEditSession *session() const { return m_session; }
    RouteTreeModel *treeModel() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QListWidget *routeList() const { return m_routes; }
    NodeForm *form() const { return m_form; }
    RouteCacheForm *cacheForm() const { return m_cacheForm; }
    RouteDiagram *diagram() const { return m_diagram; }
    QListWidget *problemList() const { return m_problems; }
    TryRequestPanel *tryPanel() const { return m_try; }
    QSplitter *splitter() const { return m_splitter; }
    // The routes list with its buttons and fields; the page may place it elsewhere (beside its own list).
    QWidget *routesPanel() const { return m_routesPanel; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *addNodeAction(int kind) const; // by NodeKind
    QAction *wrapNodeAction(int kind) const;
    QAction *setDefaultAction() const { return m_setDefault; }
    QAction *editAsJsonAction() const { return m_editJson; }
    QList<QAction *> editorActions() const;

    int currentRoute() const { return m_route; }
    NodeAddress currentAddress() const;
    void selectRoute(int index);
    // Shows a request's path: selects its route, highlights the nodes on the diagram and shows it.
    void showPath(const QString &routeAlias, const QStringList &jsonPaths);
    void selectNode(const NodeAddress &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void refreshRoutes();
    void onChanged();
    void restoreSelection();
    void updateActions();
    void refreshProblems();
    void refreshSideViews();
    void addNode(int kind);
    void wrapNode(int kind);
    void deleteNode();
    void moveNode(int delta);
    void setDefault();
    void addRoute();
    void duplicateRoute();
    void removeRoute();
    void openJsonEditor(const QString &path);
    QString defaultModel() const;

    PolicyEditSession *m_session;
    RouteTreeModel *m_model;
    QSplitter *m_splitter;
    QWidget *m_routesPanel;
    QListWidget *m_routes;
    QLineEdit *m_alias;
    QLineEdit *m_description;
    RouteCacheForm *m_cacheForm;
    QLabel *m_aliasProblem;
    QTreeView *m_tree;
    NodeForm *m_form;
    QTabWidget *m_side;
    JsonHighlighter *m_jsonHighlighter = nullptr;
    RouteDiagram *m_diagram;
    QPlainTextEdit *m_json;
    TryRequestPanel *m_try;
    QListWidget *m_problems;
    QTimer *m_sideTimer;
    int m_route = -1;
    NodeAddress m_selected;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_setDefault = nullptr;
    QAction *m_editJson = nullptr;
    QList<QAction *> m_add;  // by NodeKind
    QList<QAction *> m_wrap; // by NodeKind, null where wrapping makes no sense
};

} // namespace sy
