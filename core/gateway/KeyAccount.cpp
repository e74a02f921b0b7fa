#include "gateway/KeyAccount.h"

#include <QDateTime>

#include <cmath>

namespace sy {

namespace {

constexpr qint64 kDayMs = 86400000;

int monthOf(qint64 nowMs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return date.year() * 12 + date.month() - 1;
}

QString usd(double value)
{
    return QStringLiteral("$%1").arg(value, 0, 'f', value < 1 ? 4 : 2);
}

} // namespace

KeyAccount::KeyAccount(VirtualKey key) : m_key(std::make_shared<const VirtualKey>(std::move(key)))
{
    m_requests.configure(m_key->limits.requestsPerMinute);
    m_tokens.configure(double(m_key->limits.tokensPerMinute));
}

std::shared_ptr<const VirtualKey> KeyAccount::key() const
{
    std::lock_guard lock(m_mutex);
    return m_key;
}

void KeyAccount::setKey(VirtualKey key)
{
    std::lock_guard lock(m_mutex);
    m_key = std::make_shared<const VirtualKey>(std::move(key));
    m_requests.configure(m_key->limits.requestsPerMinute);
    m_tokens.configure(double(m_key->limits.tokensPerMinute));
}

void KeyAccount::seedSpend(double dayUsd, double monthUsd, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    rollOver(nowMs);
    m_dayUsd = dayUsd;
    m_monthUsd = monthUsd;
}

void KeyAccount::rollOver(qint64 nowMs) const
{
    const qint64 day = nowMs / kDayMs;
    if (day == m_day)
        return;
    m_day = day;
    m_dayUsd = 0;
    const int month = monthOf(nowMs);
    if (month != m_month) {
        m_month = month;
        m_monthUsd = 0;
    }
}

QByteArray KeyAccount::resetDuration(qint64 ms)
{
    // Integers only: every keyed answer carries two of these, and formatting a double through
    // QByteArray::number was a twentieth of a keyed request's instructions.
    ms = std::max<qint64>(0, ms);
    if (ms < 1000)
        return QByteArray::number(ms) + "ms";
    if (ms < 60000) {
        QByteArray seconds = QByteArray::number(ms / 1000);
        if (qint64 fraction = ms % 1000; fraction != 0) {
            char digits[4] = {char('0' + fraction / 100), char('0' + fraction / 10 % 10), char('0' + fraction % 10), 0};
            int used = 3;
            while (digits[used - 1] == '0')
                --used;
            seconds += '.';
            seconds.append(digits, used);
        }
        return seconds + 's';
    }
    const qint64 s = (ms + 999) / 1000;
    return QByteArray::number(s / 60) + 'm' + QByteArray::number(s % 60) + 's';
}

void KeyAccount::addLimitHeaders(HttpHeaders &headers, qint64 nowMs)
{
    // Shared names: six headers on every keyed answer should not cost six allocations for names.
    static const QByteArray limitRequests = QByteArrayLiteral("x-ratelimit-limit-requests");
    static const QByteArray remainingRequests = QByteArrayLiteral("x-ratelimit-remaining-requests");
    static const QByteArray resetRequests = QByteArrayLiteral("x-ratelimit-reset-requests");
    static const QByteArray limitTokens = QByteArrayLiteral("x-ratelimit-limit-tokens");
    static const QByteArray remainingTokens = QByteArrayLiteral("x-ratelimit-remaining-tokens");
    static const QByteArray resetTokens = QByteArrayLiteral("x-ratelimit-reset-tokens");
    headers.reserve(headers.size() + 8); // the six, and Retry-After's two when refused
    if (m_requests.limited()) {
        headers.emplace_back(limitRequests, QByteArray::number(qint64(m_requests.capacity())));
        headers.emplace_back(remainingRequests, QByteArray::number(qint64(m_requests.remaining(nowMs))));
        headers.emplace_back(resetRequests, resetDuration(m_requests.msUntilFull(nowMs)));
    }
    if (m_tokens.limited()) {
        headers.emplace_back(limitTokens, QByteArray::number(qint64(m_tokens.capacity())));
        headers.emplace_back(remainingTokens, QByteArray::number(qint64(m_tokens.remaining(nowMs))));
        headers.emplace_back(resetTokens, resetDuration(m_tokens.msUntilFull(nowMs)));
    }
}

Admission KeyAccount::admit(double maxCostUsd, double tokens, qint64 nowMs)
{
    Admission a;
    std::lock_guard lock(m_mutex);
    const KeyLimits &limits = m_key->limits;
    const auto refuseRate = [&](qint64 waitMs, const QString &what) {
        a.verdict = Admission::Verdict::RateLimited;
        a.status = 429;
        a.code = "rate_limit_exceeded";
        a.retryAfterMs = waitMs;
        a.message = QStringLiteral("Rate limit reached for key '%1' on %2. Please try again in %3.")
                        .arg(m_key->name, what, QString::fromLatin1(resetDuration(waitMs)));
        ++m_refusedRate;
    };
    if (m_tokens.limited() && tokens > m_tokens.capacity()) {
        // No wait makes room for it: say so instead of a Retry-After the client would obey forever.
        a.verdict = Admission::Verdict::RateLimited;
        a.status = 429;
        a.code = "request_too_large";
        a.message = QStringLiteral("Request too large for key '%1' on tokens per min (TPM): Limit %2, Requested %3. "
                                   "Send fewer tokens or a smaller max_tokens.")
                        .arg(m_key->name)
                        .arg(limits.tokensPerMinute)
                        .arg(qint64(std::ceil(tokens)));
        ++m_refusedRate;
    } else if (const qint64 wait = m_requests.take(1, nowMs); wait > 0) {
        refuseRate(wait, QStringLiteral("requests per min (RPM): Limit %1").arg(limits.requestsPerMinute));
    } else {
        a.tookRequest = m_requests.limited();
        if (const qint64 waitTokens = m_tokens.take(tokens, nowMs); waitTokens > 0) {
            if (a.tookRequest)
                m_requests.adjust(1, 0, nowMs);
            a.tookRequest = false;
            refuseRate(waitTokens, QStringLiteral("tokens per min (TPM): Limit %1, Requested %2")
                                       .arg(limits.tokensPerMinute)
                                       .arg(qint64(std::ceil(tokens))));
        } else if (m_tokens.limited()) {
            a.reservedTokens = tokens;
        }
    }
    if (a.admitted()) {
        rollOver(nowMs);
        const auto over = [&](double budget, double spent) { return budget > 0 && spent + m_reservedUsd + maxCostUsd > budget; };
        const bool overDay = over(limits.dayBudgetUsd, m_dayUsd);
        const bool overMonth = !overDay && over(limits.monthBudgetUsd, m_monthUsd);
        if ((overDay || overMonth) && limits.budgetHardStop) {
            // Give back what the rate limits took: a refused request uses nothing.
            if (a.tookRequest)
                m_requests.adjust(1, 0, nowMs);
            m_tokens.adjust(a.reservedTokens, 0, nowMs);
            a.tookRequest = false;
            a.reservedTokens = 0;
            a.verdict = Admission::Verdict::OverBudget;
            a.status = 402;
            a.code = "budget_exceeded";
            const double budget = overDay ? limits.dayBudgetUsd : limits.monthBudgetUsd;
            const double spent = overDay ? m_dayUsd : m_monthUsd;
            a.message = QStringLiteral("Budget exceeded for key '%1': %2 of its %3 budget of %4 is spent or held by "
                                       "requests in flight, and this request could cost up to %5.")
                            .arg(m_key->name, usd(spent + m_reservedUsd),
                                 overDay ? QStringLiteral("daily") : QStringLiteral("monthly"), usd(budget), usd(maxCostUsd));
            ++m_refusedBudget;
        } else {
            a.budgetAlert = overDay || overMonth;
            a.reservedUsd = maxCostUsd;
            m_reservedUsd += maxCostUsd;
            ++m_admitted;
        }
    }
    addLimitHeaders(a.headers, nowMs);
    if (!a.admitted() && a.retryAfterMs > 0) {
        a.headers.push_back({"retry-after", QByteArray::number((a.retryAfterMs + 999) / 1000)});
        a.headers.push_back({"retry-after-ms", QByteArray::number(a.retryAfterMs)});
    }
    return a;
}

void KeyAccount::settle(const Admission &admission, double costUsd, double tokens, qint64 nowMs)
{
    if (!admission.admitted())
        return;
    std::lock_guard lock(m_mutex);
    m_reservedUsd = std::max(0.0, m_reservedUsd - admission.reservedUsd);
    rollOver(nowMs);
    m_dayUsd += costUsd;
    m_monthUsd += costUsd;
    if (m_tokens.limited())
        m_tokens.adjust(admission.reservedTokens, tokens, nowMs);
}

KeyAccount::Figures KeyAccount::figures(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    rollOver(nowMs);
    const KeyLimits &limits = m_key->limits;
    Figures f;
    f.dayUsd = m_dayUsd;
    f.monthUsd = m_monthUsd;
    f.reservedUsd = m_reservedUsd;
    f.admitted = m_admitted;
    f.refusedRate = m_refusedRate;
    f.refusedBudget = m_refusedBudget;
    f.overBudget = (limits.dayBudgetUsd > 0 && m_dayUsd >= limits.dayBudgetUsd) ||
                   (limits.monthBudgetUsd > 0 && m_monthUsd >= limits.monthBudgetUsd);
    return f;
}

} // namespace sy
