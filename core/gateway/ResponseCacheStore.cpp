#include "gateway/ResponseCacheStore.h"

#include <cmath>

#include "learn/TextHasher.h"

namespace sy {

namespace {

constexpr qint64 kEntryOverhead = 256; // the entry's bookkeeping, counted against the bound

} // namespace

double SemanticVector::cosine(const SemanticVector &other) const
{
    if (!dense.empty() && dense.size() == other.dense.size()) {
        double dot = 0;
        for (size_t i = 0; i < dense.size(); ++i)
            dot += double(dense[i]) * double(other.dense[i]);
        return dot;
    }
    if (sparse.empty() || other.sparse.empty())
        return 0;
    double dot = 0;
    auto a = sparse.begin(), b = other.sparse.begin();
    while (a != sparse.end() && b != other.sparse.end()) {
        if (a->first < b->first)
            ++a;
        else if (b->first < a->first)
            ++b;
        else
            dot += double(a++->second) * double(b++->second);
    }
    return dot;
}

SemanticVector SemanticVector::lexical(const QString &text)
{
    SemanticVector v;
    TextHasher::Options options;
    options.charGrams = true; // "refund" and "refunds" meet
    TextHasher::terms(text.toLower(), options, v.sparse);
    double norm = 0;
    for (const auto &[bucket, weight] : v.sparse)
        norm += double(weight) * double(weight);
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto &term : v.sparse)
            term.second = float(term.second / norm);
    return v;
}

SemanticVector SemanticVector::fromEmbedding(const std::vector<float> &embedding)
{
    SemanticVector v;
    double norm = 0;
    for (const float x : embedding)
        norm += double(x) * double(x);
    norm = std::sqrt(norm);
    if (norm <= 0)
        return v;
    v.dense.reserve(embedding.size());
    for (const float x : embedding)
        v.dense.push_back(float(x / norm));
    return v;
}

void ResponseCacheStore::setMaxBytes(qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    m_maxBytes = bytes;
    evictLocked();
}

qint64 ResponseCacheStore::maxBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_maxBytes;
}

void ResponseCacheStore::removeLocked(QHash<QByteArray, Entry>::iterator it)
{
    // Its text goes with it, and a partition left empty too: unique figures would otherwise grow
    // the semantic index without bound.
    if (!it->partition.isEmpty())
        if (const auto list = m_similar.find(it->partition); list != m_similar.end()) {
            const QByteArray &key = it.key();
            list->remove_if([&](const Similar &s) { return s.exactKey == key; });
            if (list->empty())
                m_similar.erase(list);
        }
    m_bytes -= it->bytes;
    m_lru.erase(it->lru);
    m_entries.erase(it);
}

void ResponseCacheStore::evictLocked()
{
    while (m_bytes > m_maxBytes && !m_lru.empty()) {
        const auto it = m_entries.find(m_lru.back());
        if (it == m_entries.end()) { // cannot happen: every list entry has its hash entry
            m_lru.pop_back();
            continue;
        }
        removeLocked(it);
        ++m_evictions;
    }
}

std::shared_ptr<const CachedAnswer> ResponseCacheStore::lookup(const QByteArray &exactKey, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(exactKey);
    if (it == m_entries.end())
        return nullptr;
    if (it->answer->expiresMs > 0 && nowMs >= it->answer->expiresMs) {
        removeLocked(it);
        ++m_expirations;
        return nullptr;
    }
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    return it->answer;
}

std::optional<ResponseCacheStore::SimilarHit> ResponseCacheStore::lookupSimilar(const QByteArray &partition, const SemanticVector &vector,
                                                                               double threshold, qint64 nowMs)
{
    if (vector.isEmpty())
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    const auto list = m_similar.find(partition);
    if (list == m_similar.end())
        return std::nullopt;
    std::optional<SimilarHit> best;
    QByteArray bestKey;
    for (auto it = list->begin(); it != list->end();) {
        const auto entry = m_entries.find(it->exactKey);
        if (entry == m_entries.end()) { // evicted or expired: forget its text too
            it = list->erase(it);
            continue;
        }
        if (entry->answer->expiresMs > 0 && nowMs >= entry->answer->expiresMs) {
            it = list->erase(it);
            entry->partition.clear(); // already out of this list, which is being walked
            removeLocked(entry);
            ++m_expirations;
            continue;
        }
        const double similarity = vector.cosine(it->vector);
        if (similarity >= threshold && (!best || similarity > best->similarity)) {
            best = SimilarHit{entry->answer, similarity};
            bestKey = it->exactKey;
        }
        ++it;
    }
    if (list->empty())
        m_similar.erase(list);
    if (best)
        m_lru.splice(m_lru.begin(), m_lru, m_entries.find(bestKey)->lru);
    return best;
}

void ResponseCacheStore::store(const QByteArray &exactKey, const QByteArray &partition, SemanticVector vector, CachedAnswer answer)
{
    const qint64 bytes = answer.answer.size() + answer.provider.size() * 2 + answer.model.size() * 2 + kEntryOverhead;
    std::lock_guard lock(m_mutex);
    if (bytes > m_maxBytes)
        return; // bigger than the whole cache: never kept
    if (const auto old = m_entries.find(exactKey); old != m_entries.end())
        removeLocked(old);
    m_lru.push_front(exactKey);
    m_entries.insert(exactKey, Entry{std::make_shared<const CachedAnswer>(std::move(answer)), m_lru.begin(), bytes,
                                     vector.isEmpty() ? QByteArray() : partition});
    m_bytes += bytes;
    if (!vector.isEmpty()) {
        std::list<Similar> &list = m_similar[partition];
        std::erase_if(list, [&](const Similar &s) { return s.exactKey == exactKey; });
        list.push_front({exactKey, std::move(vector)});
        if (list.size() > kSemanticPerPartition)
            list.pop_back();
    }
    evictLocked();
}

void ResponseCacheStore::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_lru.clear();
    m_similar.clear();
    m_bytes = 0;
}

void ResponseCacheStore::recordLookup(const QString &route, bool hit, bool semantic, double savedUsd, qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    RouteStats &s = m_routes[route];
    ++s.lookups;
    if (hit) {
        ++s.hits;
        s.semanticHits += semantic ? 1 : 0;
        s.savedUsd += savedUsd;
        s.servedBytes += bytes;
    }
}

void ResponseCacheStore::recordStore(const QString &route)
{
    std::lock_guard lock(m_mutex);
    ++m_routes[route].stores;
}

qsizetype ResponseCacheStore::semanticPartitions() const
{
    std::lock_guard lock(m_mutex);
    return m_similar.size();
}

ResponseCacheStore::Stats ResponseCacheStore::stats() const
{
    std::lock_guard lock(m_mutex);
    return {m_routes, m_evictions, m_expirations, m_bytes, qint64(m_entries.size())};
}

} // namespace sy
