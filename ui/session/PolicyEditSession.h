#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "json/Diagnostics.h"
#include "policy/NodeAddress.h"
#include "policy/Policy.h"

class QUndoStack;

namespace sy {

// The policy open in the editor: every change is a snapshot pushed on an undo stack, and the
// result is checked at once by the same reader the proxy uses, so problems carry the JSON paths
// the editor's fields are registered under.
class PolicyEditSession : public QObject
{
    Q_OBJECT
public:
    explicit PolicyEditSession(QObject *parent = nullptr);

    // Starts editing `policy` (saved as `name`); the undo history starts empty and clean.
    void load(const Policy &policy);
    bool isLoaded() const { return m_loaded; }
    const Policy &policy() const { return m_policy; }
    QByteArray document() const;
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    void markSaved();

    // Applies `change` to a copy and pushes the result as one undoable step named `text`. Steps
    // with the same non-empty mergeKey in a row become one (typing in a field, dragging a slider).
    // A change that returns false or leaves the policy as it was pushes nothing.
    bool edit(const QString &text, const std::function<bool(Policy &)> &change, const QString &mergeKey = {});
    // The same for a change of a node of route `routeIndex`.
    bool editNode(const QString &text, int routeIndex, const NodeAddress &address,
                  const std::function<void(Node &)> &change, const QString &mergeKey = {});
    void replace(const QString &text, const Policy &policy);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Problems at `path` or below it, leaving out those inside the nodes at `excluded` paths.
    QStringList problemsUnder(const QString &path, const QStringList &excluded = {}) const;
    QString nodePath(int routeIndex, const NodeAddress &address) const;
    // The problems of one node itself, not those of the nodes below it.
    QStringList nodeProblems(int routeIndex, const NodeAddress &address) const;
    // Every model the policy's providers offer, as "provider/model".
    QStringList modelChoices() const;

    // Only the undo commands call this.
    void setPolicy(const Policy &policy);

signals:
    void loaded();
    void changed(); // after every edit, undo and redo

private:
    Policy m_policy;
    Diagnostics m_diagnostics;
    QUndoStack *m_undo;
    bool m_loaded = false;
};

} // namespace sy
