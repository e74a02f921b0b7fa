#pragma once

#include <QtGlobal>

namespace sy {

// A per-minute limit as a bucket that refills continuously, the way OpenAI's limits behave: a
// client that waited half a minute has half its minute's allowance back. Not thread-safe: the
// owner locks. Times are the caller's milliseconds, so tests need no clock.
class TokenBucket
{
public:
    TokenBucket() = default;
    explicit TokenBucket(double perMinute) { configure(perMinute); }

    // 0 or less: unlimited. Keeps what is left, capped at the new size.
    void configure(double perMinute);
    bool limited() const { return m_capacity > 0; }
    double capacity() const { return m_capacity; }

    // Takes n when that much is left and returns 0; else takes nothing and returns the
    // milliseconds until n would be there (n above the capacity: until the bucket is full).
    qint64 take(double n, qint64 nowMs);
    // Settles a take with what was really used: more may leave the bucket below zero (the next
    // requests wait for it), less gives the difference back.
    void adjust(double taken, double used, qint64 nowMs);

    double remaining(qint64 nowMs);
    qint64 msUntilFull(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_capacity = 0;
    double m_level = 0;
    qint64 m_lastMs = 0;
};

} // namespace sy
