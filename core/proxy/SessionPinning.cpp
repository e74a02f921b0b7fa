#include "proxy/SessionPinning.h"

#include "digest/Sha256.h"
#include "responses/ResponsesRequest.h"

namespace sy {

const std::vector<QByteArray> &SessionPinning::sessionHeaders()
{
    static const std::vector<QByteArray> names{"x-session-id", "x-switchyard-session", "session_id", "x-claude-code-session-id"};
    return names;
}

void SessionPinning::identify(const CompiledPolicy &policy, int route, const HttpHeaders &clientHeaders, const RequestFeatures &features,
                              const ResponsesContext *responses)
{
    m_keys.clear();
    m_responseKey.clear();
    if (route < 0 || policy.routeUpstreams[size_t(route)].size() < 2)
        return; // one target: nothing to keep a conversation on
    m_route = policy.policy.routes[size_t(route)].alias;
    const QByteArray routeTag = m_route.toUtf8() + '\0';
    for (const QByteArray &name : sessionHeaders())
        for (const auto &[header, value] : clientHeaders)
            if (header == name && !value.isEmpty()) {
                m_keys.push_back("h:" + routeTag + value);
                break;
            }
    if (responses) {
        if (!responses->previousResponseId.isEmpty())
            m_keys.push_back("r:" + responses->previousResponseId.toUtf8());
        if (!responses->id.isEmpty())
            m_responseKey = "r:" + responses->id.toUtf8();
    }
    // The opening of the conversation names it when nothing else does. Only a conversation under
    // way (with answers in it) looks its opening up: two first turns alike are two conversations.
    // A first turn is remembered when it offers tools (an agent's loop is about to start) or the
    // conversation is under way; a plain single question is not worth a session of its own.
    // Only user messages and no tools: a first turn, told without computing the texts.
    if (features.messageCount <= features.userTurns && !features.hasTools)
        return;
    m_fingerprintLookup = features.messageCount > features.userTurns + (features.systemPrompt().isEmpty() ? 0 : 1);
    if (!m_fingerprintLookup && !features.hasTools)
        return;
    const QString &opening = features.userTurns > 1 ? features.firstUserMessage() : features.lastUserMessage();
    if (!opening.isEmpty() || !features.systemPrompt().isEmpty()) {
        Sha256 hash;
        hash.add(routeTag);
        hash.add(features.systemPrompt().toUtf8());
        hash.add(QByteArrayView("\0", 1));
        hash.add(opening.toUtf8());
        m_keys.push_back("f:" + hash.result());
    }
}

bool SessionPinning::apply(SessionAffinity &sessions, const CompiledPolicy &policy, std::span<const UpstreamLive> live, Decision &decision,
                           std::vector<DecisionStep> &steps, qint64 nowMs)
{
    m_pinned = false;
    for (const QByteArray &key : m_keys) {
        if (key.startsWith("f:") && !m_fingerprintLookup)
            continue;
        const std::optional<SessionAffinity::Pin> pin = sessions.find(key, nowMs);
        if (!pin || pin->route != m_route)
            continue;
        const int upstream = policy.upstreamByRef.value(pin->target, -1);
        if (upstream < 0 || !policy.routeReaches(decision.route, upstream))
            return false; // the policy changed under the session: route it afresh
        const UpstreamLive *state = size_t(upstream) < live.size() ? &live[size_t(upstream)] : nullptr;
        if (state && (state->breakerOpen || state->rateLimited))
            return false; // unhealthy: the conversation moves on (and is pinned to wherever it lands)
        const auto it = std::find_if(steps.begin(), steps.end(), [&](const DecisionStep &s) { return s.upstream == upstream; });
        DecisionStep step = it != steps.end() ? *it : DecisionStep{-1, upstream};
        if (it != steps.end())
            steps.erase(it);
        if (step.node < 0) // not in this decision: borrow the settings of a target node naming it
            for (size_t n = 0; n < policy.nodes.size(); ++n)
                if (policy.nodes[n].kind == NodeKind::Target && policy.nodes[n].upstream == upstream) {
                    step.node = int(n);
                    break;
                }
        steps.insert(steps.begin(), step);
        decision.trace.push_back({TraceEntry::Type::SessionPinned, -1, upstream});
        m_pinned = true;
        return true;
    }
    return false;
}

void SessionPinning::remember(SessionAffinity &sessions, const CompiledPolicy &policy, int upstream, qint64 nowMs)
{
    if (!active() || upstream < 0)
        return;
    const SessionAffinity::Pin pin{m_route, policy.upstreams[size_t(upstream)].ref};
    for (const QByteArray &key : m_keys)
        if (!key.startsWith("r:")) // a previous response id is used once; its successor's id is below
            sessions.remember(key, pin, nowMs);
    if (!m_responseKey.isEmpty())
        sessions.remember(m_responseKey, pin, nowMs);
}

} // namespace sy
