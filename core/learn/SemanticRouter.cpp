#include "learn/SemanticRouter.h"

#include <QJsonArray>
#include <QtEndian>

#include <algorithm>
#include <cmath>

#include "json/JsonReader.h"

namespace sy {

namespace {

TextHasher::Options lexicalOptions()
{
    TextHasher::Options o;
    o.bits = 20;
    o.wordBigrams = true;
    o.charGrams = true; // "refund" still meets "refunds", "invoice" meets "invoicing"
    return o;
}

} // namespace

LexicalEncoder::LexicalEncoder(const QStringList &corpus) : m_options(lexicalOptions())
{
    QHash<quint32, int> df;
    std::vector<TextHasher::Term> terms;
    for (const QString &text : corpus) {
        TextHasher::terms(text.toLower(), m_options, terms);
        for (const auto &t : terms)
            ++df[t.first];
    }
    const double n = double(corpus.size());
    for (auto it = df.cbegin(); it != df.cend(); ++it)
        m_idf.insert(it.key(), float(std::log((1 + n) / (1 + it.value())) + 1));
    m_unseenIdf = float(std::log(1 + n) + 1);
}

LexicalEncoder::Vector LexicalEncoder::encode(const QString &text) const
{
    Vector v;
    TextHasher::terms(text.toLower(), m_options, v);
    double norm = 0;
    for (auto &[bucket, w] : v) {
        w *= m_idf.value(bucket, m_unseenIdf);
        norm += double(w) * w;
    }
    if (norm > 0)
        for (auto &t : v)
            t.second = float(t.second / std::sqrt(norm));
    return v;
}

double LexicalEncoder::cosine(const Vector &a, const Vector &b)
{
    double dot = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i].first == b[j].first)
            dot += double(a[i++].second) * b[j++].second;
        else if (a[i].first < b[j].first)
            ++i;
        else
            ++j;
    }
    return dot;
}

std::shared_ptr<const SemanticSelector> SemanticSelector::fromParams(const QJsonObject &params, const QStringList &labels, const QString &path,
                                                                     Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    ObjectReader r(params, path, diagnostics);
    const QString encoder = r.string(QStringLiteral("encoder")).value_or(QStringLiteral("lexical"));
    const bool embeddings = encoder == u"embeddings";
    if (encoder != u"lexical" && !embeddings)
        diagnostics.add(r.pathOf(QStringLiteral("encoder")), QStringLiteral("unknown encoder '%1' (expected lexical or embeddings)").arg(encoder));
    QString embeddingModel;
    QJsonObject exampleVectors;
    if (embeddings) {
        embeddingModel = r.string(QStringLiteral("embedding_model"), ObjectReader::Required).value_or(QString());
        if (!embeddingModel.isEmpty() && !embeddingModel.contains(u'/'))
            diagnostics.add(r.pathOf(QStringLiteral("embedding_model")), QStringLiteral("'%1' is not a provider/model reference").arg(embeddingModel));
        exampleVectors = r.objectMember(QStringLiteral("example_vectors")).value_or(QJsonObject());
        if (!r.has(QStringLiteral("example_vectors")))
            diagnostics.add(r.pathOf(QStringLiteral("example_vectors")),
                            QStringLiteral("missing: compute the examples' embeddings with 'switchyard-cli embed POLICY --out POLICY'"));
    }
    const QJsonObject routes = r.objectMember(QStringLiteral("routes"), ObjectReader::Required).value_or(QJsonObject());
    r.rejectUnknownKeys();
    if (labels.size() > kMaxCandidates)
        diagnostics.add(path, QStringLiteral("at most %1 candidates").arg(kMaxCandidates));
    struct Raw
    {
        QString label;
        double threshold;
        QStringList examples;
    };
    std::vector<Raw> raw;
    QStringList corpus;
    const QString routesPath = jsonPathKey(path, QStringLiteral("routes"));
    for (const QString &label : labels) {
        const QString rpath = jsonPathKey(routesPath, label);
        if (!routes.contains(label)) {
            diagnostics.add(rpath, QStringLiteral("missing: candidate '%1' needs example utterances").arg(label));
            continue;
        }
        ObjectReader rr(routes.value(label), rpath, diagnostics);
        if (!rr.isObject())
            continue;
        Raw route{label, rr.number(QStringLiteral("threshold"), ObjectReader::Optional, 0, 1).value_or(0.3), {}};
        route.examples = rr.stringList(QStringLiteral("examples"), ObjectReader::Required).value_or(QStringList());
        if (route.examples.isEmpty())
            diagnostics.add(jsonPathKey(rpath, QStringLiteral("examples")), QStringLiteral("needs at least one example utterance"));
        rr.rejectUnknownKeys();
        corpus += route.examples;
        raw.push_back(std::move(route));
    }
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it)
        if (!labels.contains(it.key()))
            diagnostics.add(jsonPathKey(routesPath, it.key()), QStringLiteral("no candidate is labelled '%1'").arg(it.key()));
    // The embeddings of each candidate's examples: one vector per example, all of one length.
    std::vector<std::vector<std::vector<float>>> vectors(raw.size());
    if (embeddings && diagnostics.size() == before) {
        const QString vectorsPath = jsonPathKey(path, QStringLiteral("example_vectors"));
        size_t dimensions = 0;
        for (size_t i = 0; i < raw.size(); ++i) {
            const QString vpath = jsonPathKey(vectorsPath, raw[i].label);
            const QJsonArray list = exampleVectors.value(raw[i].label).toArray();
            if (list.size() != raw[i].examples.size()) {
                diagnostics.add(vpath, QStringLiteral("has %1 vectors for %2 examples: run 'switchyard-cli embed' again").arg(list.size()).arg(raw[i].examples.size()));
                continue;
            }
            for (qsizetype k = 0; k < list.size(); ++k) {
                const auto bytes = QByteArray::fromBase64Encoding(list[k].toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!bytes || bytes.decoded.isEmpty() || bytes.decoded.size() % 4 != 0 ||
                    (dimensions && size_t(bytes.decoded.size() / 4) != dimensions)) {
                    diagnostics.add(jsonPathIndex(vpath, k), QStringLiteral("must be base64 of little-endian float32, as long as the others"));
                    continue;
                }
                dimensions = size_t(bytes.decoded.size() / 4);
                std::vector<float> v(dimensions);
                double norm = 0;
                for (size_t d = 0; d < dimensions; ++d) {
                    v[d] = qFromLittleEndian<float>(bytes.decoded.constData() + 4 * d);
                    norm += double(v[d]) * v[d];
                }
                for (float &x : v)
                    x = norm > 0 ? float(x / std::sqrt(norm)) : 0.0f;
                vectors[i].push_back(std::move(v));
            }
        }
    }
    if (diagnostics.size() > before)
        return nullptr;
    LexicalEncoder lexical(corpus);
    std::vector<Route> compiled;
    for (size_t i = 0; i < raw.size(); ++i) {
        Route route{raw[i].label, raw[i].threshold, {}, std::move(vectors[i])};
        if (!embeddings)
            for (const QString &e : raw[i].examples)
                route.examples.push_back(lexical.encode(e));
        compiled.push_back(std::move(route));
    }
    return std::make_shared<SemanticSelector>(std::move(lexical), std::move(compiled), embeddingModel);
}

std::vector<double> SemanticSelector::similarities(const QString &text) const
{
    const LexicalEncoder::Vector query = m_encoder.encode(text);
    std::vector<double> out;
    for (const Route &route : m_routes) {
        double best = 0;
        for (const auto &e : route.examples)
            best = std::max(best, LexicalEncoder::cosine(query, e));
        out.push_back(best);
    }
    return out;
}

std::vector<double> SemanticSelector::similarities(const std::vector<float> &embedding) const
{
    double norm = 0;
    for (float x : embedding)
        norm += double(x) * x;
    norm = norm > 0 ? std::sqrt(norm) : 1;
    std::vector<double> out;
    for (const Route &route : m_routes) {
        double best = 0;
        for (const auto &v : route.vectors) {
            if (v.size() != embedding.size())
                continue; // another model's vectors: no similarity
            double dot = 0;
            for (size_t d = 0; d < v.size(); ++d)
                dot += double(v[d]) * embedding[d];
            best = std::max(best, dot / norm);
        }
        out.push_back(best);
    }
    return out;
}

QString SemanticSelector::vectorToBase64(const std::vector<float> &v)
{
    QByteArray bytes(qsizetype(v.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < v.size(); ++i)
        qToLittleEndian(v[i], bytes.data() + 4 * i);
    return QString::fromLatin1(bytes.toBase64());
}

int SemanticSelector::choose(const RequestFeatures &features, std::span<double> scores) const
{
    if (!m_embeddingModel.isEmpty() && features.embedding.empty())
        return kUnavailable; // the provider gave no embedding of this request
    const std::vector<double> s = m_embeddingModel.isEmpty() ? similarities(features.lastUserMessage()) : similarities(features.embedding);
    int best = -1;
    for (size_t c = 0; c < s.size() && c < scores.size(); ++c) {
        scores[c] = s[c];
        if (best < 0 || s[c] > s[size_t(best)])
            best = int(c);
    }
    return best >= 0 && s[size_t(best)] >= m_routes[size_t(best)].threshold ? best : -1;
}

std::vector<ThresholdChoice> tuneThresholds(const SemanticSelector &selector, const QStringList &labels, const std::vector<LabelledUtterance> &data)
{
    std::vector<std::vector<double>> similarities;
    std::vector<QString> truth;
    for (const LabelledUtterance &u : data) {
        similarities.push_back(selector.similarities(u.text));
        truth.push_back(u.label);
    }
    return tuneThresholds(labels, similarities, truth);
}

std::vector<ThresholdChoice> tuneThresholds(const QStringList &labels, const std::vector<std::vector<double>> &similarities, const std::vector<QString> &truth)
{
    // The most similar candidate does not depend on thresholds, so each candidate's threshold is
    // tuned on its own: it only decides whether that candidate's best matches are taken.
    struct Scored
    {
        int best;
        double similarity;
        int truth;
    };
    std::vector<Scored> scored;
    for (size_t i = 0; i < similarities.size(); ++i) {
        const std::vector<double> &s = similarities[i];
        const int best = int(std::max_element(s.begin(), s.end()) - s.begin());
        scored.push_back({best, s.empty() ? 0 : s[size_t(best)], int(labels.indexOf(truth[i]))});
    }
    std::vector<ThresholdChoice> out;
    for (qsizetype c = 0; c < labels.size(); ++c) {
        ThresholdChoice choice{labels[c], 0, 0, 0, -1, 0};
        for (const Scored &s : scored)
            choice.support += s.truth == c ? 1 : 0;
        auto at = [&](double t) {
            int tp = 0, fp = 0;
            for (const Scored &s : scored)
                if (s.best == c && s.similarity >= t)
                    (s.truth == c ? tp : fp)++;
            ThresholdChoice r{labels[c], t, tp + fp > 0 ? double(tp) / (tp + fp) : 1, choice.support > 0 ? double(tp) / choice.support : 0, 0, choice.support};
            r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
            return r;
        };
        // The middle of the first run of thresholds with the best F1: as far from the nearest
        // mistake on either side as the data allows.
        int first = 0, last = 0;
        double best = -1;
        for (int k = 0; k <= 100; ++k) {
            const double f1 = at(k / 100.0).f1;
            if (f1 > best + 1e-12) {
                best = f1;
                first = last = k;
            } else if (qAbs(f1 - best) <= 1e-12 && last == k - 1) {
                last = k;
            }
        }
        out.push_back(at(((first + last) / 2) / 100.0));
    }
    return out;
}

} // namespace sy
