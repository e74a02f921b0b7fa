#pragma once

#include <QByteArray>

#include <span>
#include <vector>

#include "gateway/SessionAffinity.h"
#include "http/HttpServer.h"
#include "routing/CompiledPolicy.h"
#include "routing/Decision.h"
#include "routing/RequestFeatures.h"

namespace sy {

struct ResponsesContext;

// Agent-safe stickiness for one request: the session it belongs to (an x-session-id header or an
// agent's own session header, the Responses API's previous_response_id, or a fingerprint of the
// conversation's opening: system prompt and first user message), the target that session
// started on moved to the front while it is healthy and the route can reach it, and the target
// that answered remembered for the next turn. Routes that can reach only one target skip all of it.
class SessionPinning
{
public:
    // Header names clients and agents send a session id in, lower-case.
    static const std::vector<QByteArray> &sessionHeaders();

    void identify(const CompiledPolicy &policy, int route, const HttpHeaders &clientHeaders, const RequestFeatures &features,
                  const ResponsesContext *responses);
    // Returns true when the steps now start with the pinned target.
    bool apply(SessionAffinity &sessions, const CompiledPolicy &policy, std::span<const UpstreamLive> live, Decision &decision,
               std::vector<DecisionStep> &steps, qint64 nowMs);
    void remember(SessionAffinity &sessions, const CompiledPolicy &policy, int upstream, qint64 nowMs);

    bool active() const { return !m_keys.empty() || !m_responseKey.isEmpty(); }
    bool pinned() const { return m_pinned; }

private:
    std::vector<QByteArray> m_keys; // lookup order; every one is remembered
    QByteArray m_responseKey;       // this response's id, for its successor's previous_response_id
    QString m_route;
    bool m_pinned = false;
    bool m_fingerprintLookup = false;
};

} // namespace sy
