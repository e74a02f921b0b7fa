#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "gateway/KeyAccount.h"
#include "routing/CompiledPolicy.h"
#include "routing/Decision.h"
#include "routing/RequestFeatures.h"

namespace sy {

// One request's dealings with its virtual key: the key's default route, the routes and models it
// may reach, its rate limits and budget (reserved before the call, settled once after it).
class KeyGate
{
public:
    struct Refusal
    {
        int status = 403;
        QString message;
        const char *code = nullptr;
    };

    KeyGate() = default;
    explicit KeyGate(std::shared_ptr<KeyAccount> account);

    bool active() const { return m_account != nullptr; }
    const QString &keyName() const { return m_name; }
    const std::shared_ptr<const VirtualKey> &key() const { return m_key; }

    // Before the decision: a request naming no model, or one this proxy does not serve, goes to
    // the key's default route.
    void applyDefaultRoute(const CompiledPolicy &policy, RequestFeatures &features) const;
    // After it: drops the targets the key may not reach and takes the request's share of the
    // key's limits. A refusal says what to answer; admission headers go on every answer.
    std::optional<Refusal> admit(const CompiledPolicy &policy, const RequestFeatures &features, std::vector<DecisionStep> &steps,
                                 qint64 nowMs);
    const HttpHeaders &headers() const { return m_admission.headers; }
    bool budgetAlert() const { return m_admission.budgetAlert; }
    double reservedUsd() const { return m_admission.reservedUsd; }

    // The real cost and tokens; once (later calls do nothing).
    void settle(double costUsd, qint64 tokens, qint64 nowMs);

    // The most a request could cost at an upstream: its estimated input and its output cap.
    static double maxCostUsd(const CompiledPolicy &policy, int upstream, qint64 inputTokens, qint64 outputTokens);

private:
    std::shared_ptr<KeyAccount> m_account;
    std::shared_ptr<const VirtualKey> m_key;
    QString m_name;
    Admission m_admission;
    bool m_holding = false;
};

} // namespace sy
