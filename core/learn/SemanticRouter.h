#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

#include "json/Diagnostics.h"
#include "learn/TextHasher.h"
#include "routing/SelectorModel.h"

namespace sy {

// The lexical encoder: hashed word uni/bigrams and character 3- to 5-grams, TF-IDF weighted
// (IDF over the example utterances), L2-normalised. No vocabulary file, no network.
class LexicalEncoder
{
public:
    using Vector = std::vector<TextHasher::Term>; // ascending buckets, unit length

    // Learns the IDF of the corpus (one document per text).
    explicit LexicalEncoder(const QStringList &corpus);
    Vector encode(const QString &text) const;
    static double cosine(const Vector &a, const Vector &b);

private:
    TextHasher::Options m_options;
    QHash<quint32, float> m_idf;
    float m_unseenIdf = 1;
};

// A semantic selector: each candidate (a route of intent) has example utterances and a
// threshold; a request goes to the candidate whose closest example is most similar, if that
// similarity reaches the candidate's threshold, else to the selector's default.
// params: {"encoder": "lexical", "routes": {"<label>": {"examples": [...], "threshold": 0.3}}}
// With "encoder": "embeddings", similarity is the cosine of a provider's embeddings:
// "embedding_model": "provider/model" embeds each request (the proxy asks it before deciding),
// and "example_vectors": {"<label>": ["<base64 float32>", ...]} holds the examples' embeddings,
// computed once by `switchyard-cli embed` (cached in the workspace).
class SemanticSelector : public SelectorModel
{
public:
    struct Route
    {
        QString label;
        double threshold = 0.3;
        std::vector<LexicalEncoder::Vector> examples; // lexical encoder
        std::vector<std::vector<float>> vectors;      // embeddings encoder, unit length
    };

    static std::shared_ptr<const SemanticSelector> fromParams(const QJsonObject &params, const QStringList &candidateLabels, const QString &path,
                                                              Diagnostics &diagnostics);

    int choose(const RequestFeatures &features, std::span<double> scores) const override;
    double threshold(int candidate) const override { return m_routes[size_t(candidate)].threshold; }
    QString scoreName() const override { return QStringLiteral("similarity"); }
    QString embeddingModel() const override { return m_embeddingModel; }

    // Each candidate's similarity to a text (its closest example), by the lexical encoder.
    std::vector<double> similarities(const QString &text) const;
    // Each candidate's similarity to an embedding (its closest example vector).
    std::vector<double> similarities(const std::vector<float> &embedding) const;

    SemanticSelector(LexicalEncoder encoder, std::vector<Route> routes, QString embeddingModel = {})
        : m_encoder(std::move(encoder)), m_routes(std::move(routes)), m_embeddingModel(std::move(embeddingModel))
    {
    }

    static QString vectorToBase64(const std::vector<float> &v);

private:
    LexicalEncoder m_encoder;
    std::vector<Route> m_routes; // in candidate order
    QString m_embeddingModel;    // set: the embeddings encoder
};

// Threshold tuning from labelled utterances: for each candidate, precision and recall of
// "similarity ≥ t" at each threshold, and the threshold with the best F1.
struct ThresholdChoice
{
    QString label;
    double threshold = 0;
    double precision = 0, recall = 0, f1 = 0;
    int support = 0; // labelled utterances of this candidate
};
struct LabelledUtterance
{
    QString text;
    QString label; // empty: belongs to no candidate (should take the default)
};
std::vector<ThresholdChoice> tuneThresholds(const SemanticSelector &selector, const QStringList &labels, const std::vector<LabelledUtterance> &data);
// The same from each utterance's similarities (for the embeddings encoder, whose utterances were
// embedded by the provider first).
std::vector<ThresholdChoice> tuneThresholds(const QStringList &labels, const std::vector<std::vector<double>> &similarities,
                                            const std::vector<QString> &truth);

} // namespace sy
