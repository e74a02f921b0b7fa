#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

#include "upstream/RequestBody.h"

namespace sy {

// A provider's answer as the cache keeps it: enough to serve it again and to report what the
// first call cost and how long it took.
struct CachedResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    double latencyMs = 0;
    double ttftMs = -1;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
};

// Consulted by the proxy before each chat attempt, streamed or not (docs/replay-design.md). The
// replay gives its candidates' proxies one; the live proxy has none. Called on proxy worker
// threads: implementations must be thread-safe and must not block on the network.
class ResponseCache
{
public:
    virtual ~ResponseCache() = default;
    virtual std::optional<CachedResponse> lookup(const QByteArray &key) = 0;
    virtual void store(const QByteArray &key, const QString &provider, const QString &model, const CachedResponse &response) = 0;

    // SHA-256 over provider, model, the request body as sent upstream (parameters and messages)
    // and the repeat index, so each repeat of a replay is cached on its own.
    static QByteArray keyFor(const QString &provider, const QString &model, const RequestBody &upstreamBody, int repeat);
};

// An in-flight limit per provider, shared by every candidate of a replay: two candidates that
// reach the same provider share its limit.
class ProviderGate
{
public:
    explicit ProviderGate(int limit) : m_limit(limit) {}
    bool tryAcquire(const QString &provider);
    void release(const QString &provider);

private:
    std::atomic<int> &used(const QString &provider);

    const int m_limit; // 0 or less: no limit
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<std::atomic<int>>> m_used;
};

} // namespace sy
