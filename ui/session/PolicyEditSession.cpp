#include "session/PolicyEditSession.h"

#include <QUndoStack>

#include "json/JsonPath.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

namespace sy {

namespace {

class PolicySnapshotCommand : public QUndoCommand
{
public:
    PolicySnapshotCommand(PolicyEditSession *session, const QString &text, Policy before, Policy after, QString mergeKey)
        : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey))
    {
    }
    void undo() override { m_session->setPolicy(m_before); }
    void redo() override { m_session->setPolicy(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PolicySnapshotCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PolicyEditSession *m_session;
    Policy m_before;
    Policy m_after;
    QString m_mergeKey;
};

} // namespace

PolicyEditSession::PolicyEditSession(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

void PolicyEditSession::load(const Policy &policy)
{
    m_undo->clear();
    m_loaded = true;
    setPolicy(policy);
    m_undo->setClean();
    emit loaded();
}

QByteArray PolicyEditSession::document() const { return PolicyWriter::toJsonText(m_policy); }

bool PolicyEditSession::isModified() const { return !m_undo->isClean(); }

void PolicyEditSession::markSaved() { m_undo->setClean(); }

bool PolicyEditSession::edit(const QString &text, const std::function<bool(Policy &)> &change, const QString &mergeKey)
{
    if (!m_loaded)
        return false;
    Policy after = m_policy;
    if (!change(after) || after == m_policy)
        return false;
    m_undo->push(new PolicySnapshotCommand(this, text, m_policy, std::move(after), mergeKey));
    return true;
}

bool PolicyEditSession::editNode(const QString &text, int routeIndex, const NodeAddress &address,
                                 const std::function<void(Node &)> &change, const QString &mergeKey)
{
    return edit(text, [&](Policy &p) {
        if (routeIndex < 0 || size_t(routeIndex) >= p.routes.size())
            return false;
        Node *node = nodeAt(p.routes[size_t(routeIndex)].root, address);
        if (!node)
            return false;
        change(*node);
        return true;
    }, mergeKey);
}

void PolicyEditSession::replace(const QString &text, const Policy &policy)
{
    edit(text, [&](Policy &p) {
        p = policy;
        return true;
    });
}

void PolicyEditSession::setPolicy(const Policy &policy)
{
    m_policy = policy;
    // The reader checks what the proxy would check, and names every problem by its JSON path.
    m_diagnostics = Diagnostics();
    PolicyReader::fromJson(PolicyWriter::toJson(m_policy), m_diagnostics);
    emit changed();
}

QStringList PolicyEditSession::problemsUnder(const QString &path, const QStringList &excluded) const
{
    QStringList problems;
    for (const Diagnostic &d : m_diagnostics.items()) {
        if (!isUnderPath(d.path, path))
            continue;
        if (std::any_of(excluded.begin(), excluded.end(), [&](const QString &e) { return isUnderPath(d.path, e); }))
            continue;
        problems.append(d.message);
    }
    return problems;
}

QString PolicyEditSession::nodePath(int routeIndex, const NodeAddress &address) const
{
    if (routeIndex < 0 || size_t(routeIndex) >= m_policy.routes.size())
        return {};
    return nodeJsonPath(m_policy.routes[size_t(routeIndex)].root, routeIndex, address);
}

QStringList PolicyEditSession::nodeProblems(int routeIndex, const NodeAddress &address) const
{
    if (routeIndex < 0 || size_t(routeIndex) >= m_policy.routes.size())
        return {};
    const Node *node = nodeAt(m_policy.routes[size_t(routeIndex)].root, address);
    if (!node)
        return {};
    QStringList children;
    for (const NodeStep &step : childSteps(*node))
        children.append(nodePath(routeIndex, childAddress(address, step)));
    return problemsUnder(nodePath(routeIndex, address), children);
}

QStringList PolicyEditSession::modelChoices() const
{
    QStringList choices;
    for (const ProviderSpec &provider : m_policy.providers)
        for (const ModelSpec &model : provider.models)
            choices.append(provider.id + u'/' + model.id);
    return choices;
}

} // namespace sy
