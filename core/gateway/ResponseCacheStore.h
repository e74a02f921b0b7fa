#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace sy {

// An answer the gateway cache keeps: the whole answer in the client's API (served as a stream
// when the client asks for one), and what the first call took and cost.
struct CachedAnswer
{
    QByteArray answer;
    QString provider;
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;   // the first call's: what every hit saves
    double latencyMs = 0; // the first call's
    qint64 storedMs = 0;
    qint64 expiresMs = 0;
};

// A text as the semantic cache compares it: hashed terms (the lexical encoder) or a provider's
// embedding, unit length either way.
struct SemanticVector
{
    std::vector<std::pair<quint32, float>> sparse; // by bucket
    std::vector<float> dense;
    bool isEmpty() const { return sparse.empty() && dense.empty(); }
    double cosine(const SemanticVector &other) const; // 0 when of different kinds
    static SemanticVector lexical(const QString &text);
    static SemanticVector fromEmbedding(const std::vector<float> &embedding);
};

// The proxy's response cache: exact entries by normalised request (CacheKey), least recently
// used evicted first past a size bound, each with its route's TTL; and per partition a short
// list of texts for semantic matches. Thread-safe; shared by every worker and kept across policy
// reloads.
class ResponseCacheStore
{
public:
    static constexpr qint64 kDefaultMaxBytes = 64LL * 1024 * 1024;
    static constexpr size_t kSemanticPerPartition = 512; // the most recent texts compared

    explicit ResponseCacheStore(qint64 maxBytes = kDefaultMaxBytes) : m_maxBytes(maxBytes) {}
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const;

    std::shared_ptr<const CachedAnswer> lookup(const QByteArray &exactKey, qint64 nowMs);
    struct SimilarHit
    {
        std::shared_ptr<const CachedAnswer> answer;
        double similarity = 0;
    };
    std::optional<SimilarHit> lookupSimilar(const QByteArray &partition, const SemanticVector &vector, double threshold, qint64 nowMs);
    // vector: empty when the route has no semantic cache.
    void store(const QByteArray &exactKey, const QByteArray &partition, SemanticVector vector, CachedAnswer answer);
    void clear();

    // Per route, since the proxy started.
    struct RouteStats
    {
        quint64 lookups = 0;
        quint64 hits = 0;
        quint64 semanticHits = 0;
        quint64 stores = 0;
        double savedUsd = 0;
        qint64 servedBytes = 0;
    };
    struct Stats
    {
        std::map<QString, RouteStats> routes;
        quint64 evictions = 0;
        quint64 expirations = 0;
        qint64 bytes = 0;
        qint64 entries = 0;
    };
    void recordLookup(const QString &route, bool hit, bool semantic, double savedUsd, qint64 bytes);
    void recordStore(const QString &route);
    Stats stats() const;
    qsizetype semanticPartitions() const; // for tests: the index must shrink with the cache

private:
    struct Entry
    {
        std::shared_ptr<const CachedAnswer> answer;
        std::list<QByteArray>::iterator lru;
        qint64 bytes = 0;
        QByteArray partition; // where its text is listed for semantic matches, if anywhere
    };
    struct Similar
    {
        QByteArray exactKey;
        SemanticVector vector;
    };
    void removeLocked(QHash<QByteArray, Entry>::iterator it);
    void evictLocked();

    mutable std::mutex m_mutex;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    QHash<QByteArray, Entry> m_entries;
    std::list<QByteArray> m_lru; // front: most recent
    QHash<QByteArray, std::list<Similar>> m_similar; // by partition, most recent first
    std::map<QString, RouteStats> m_routes;
    quint64 m_evictions = 0;
    quint64 m_expirations = 0;
};

} // namespace sy
