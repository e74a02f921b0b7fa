#pragma once

#include <QString>

#include <memory>
#include <mutex>

#include "gateway/TokenBucket.h"
#include "gateway/VirtualKey.h"
#include "http/HttpServer.h"

namespace sy {

// Whether a request may go ahead on a key, and what it holds until it is settled.
struct Admission
{
    enum class Verdict { Admitted, RateLimited, OverBudget };
    Verdict verdict = Verdict::Admitted;
    int status = 200;   // 429 (rate) or 402 (budget) when refused
    QString message;    // why, for the client and the log
    const char *code = nullptr;
    qint64 retryAfterMs = 0;
    HttpHeaders headers; // x-ratelimit-* (and Retry-After when refused), as OpenAI sends them
    // Held until settle():
    double reservedUsd = 0;
    double reservedTokens = 0;
    bool tookRequest = false;
    bool budgetAlert = false; // an alert-only key is over a budget: logged, not refused

    bool admitted() const { return verdict == Verdict::Admitted; }
};

// The live state of one virtual key, shared by every worker thread: its per-minute buckets and
// its spend ledger. A request is admitted with the highest cost it could reach (reserved) and
// settled with its real cost, so concurrent requests cannot spend past a hard budget by more
// than the reservations that turned out too small (none, while the estimates bound the bills).
class KeyAccount
{
public:
    // Without max_tokens a request is assumed to produce at most this many output tokens.
    static constexpr qint64 kAssumedOutputTokens = 4096;

    explicit KeyAccount(VirtualKey key);

    std::shared_ptr<const VirtualKey> key() const;
    void setKey(VirtualKey key); // new limits; spend and buckets carry on

    // The spend already in the log when the proxy starts, so a restart does not reset a budget.
    void seedSpend(double dayUsd, double monthUsd, qint64 nowMs);

    Admission admit(double maxCostUsd, double tokens, qint64 nowMs);
    void settle(const Admission &admission, double costUsd, double tokens, qint64 nowMs);

    struct Figures
    {
        double dayUsd = 0;
        double monthUsd = 0;
        double reservedUsd = 0;
        qint64 admitted = 0;
        qint64 refusedRate = 0;
        qint64 refusedBudget = 0;
        bool overBudget = false; // spend has reached a budget this period
    };
    Figures figures(qint64 nowMs) const;

    // "850ms", "1.5s", "6m0s": how OpenAI writes its x-ratelimit-reset-* values.
    static QByteArray resetDuration(qint64 ms);

private:
    void rollOver(qint64 nowMs) const; // a new UTC day or month starts from zero
    void addLimitHeaders(HttpHeaders &headers, qint64 nowMs);

    mutable std::mutex m_mutex;
    std::shared_ptr<const VirtualKey> m_key;
    TokenBucket m_requests;
    TokenBucket m_tokens;
    mutable qint64 m_day = -1;   // UTC day number of the figures below
    mutable int m_month = -1;    // year * 12 + month
    mutable double m_dayUsd = 0;
    mutable double m_monthUsd = 0;
    double m_reservedUsd = 0;
    qint64 m_admitted = 0;
    qint64 m_refusedRate = 0;
    qint64 m_refusedBudget = 0;
};

} // namespace sy
