#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

#include "json/Diagnostics.h"
#include "learn/TextHasher.h"
#include "routing/PromptTraits.h"
#include "routing/SelectorModel.h"

namespace sy {

// The learned router's model: for each candidate model, a regularised logistic regression that
// predicts the probability of meeting the quality bar from the prompt's hashed word n-grams
// (TF-IDF weighted, L2-normalised) and its standardised PromptTraits. Stored in the policy file
// under the selector's params.model, compactly (base64 float32 over the buckets seen in training).
struct LearnedRouterModel
{
    static constexpr int kVersion = 1;
    // Standardised dense features are clipped to ±this (after dense_scale), in training and routing alike.
    static constexpr double kDenseClip = 0.75;

    TextHasher::Options hashing;
    double qualityBar = 0.5;
    QStringList candidates;      // model names, as the selector's candidate labels
    std::vector<double> costUsd; // mean cost per request of each candidate, from the training data
    std::vector<quint32> vocabulary; // buckets seen in training, ascending
    std::vector<float> idf;          // per vocabulary entry
    std::vector<double> denseMean, denseScale;
    struct Classifier
    {
        double bias = 0;
        std::vector<float> text;   // per vocabulary entry
        std::vector<double> dense; // per dense feature
    };
    std::vector<Classifier> classifiers; // per candidate
    QJsonObject training;                // what it was trained on, and its held-out figures

    static QStringList denseFeatureNames();
    static std::vector<double> denseFeatures(const PromptTraits &traits);

    // The text whose words the model reads: the last user message, after the first one when the
    // conversation has several turns (a follow-up alone rarely says what it is about).
    static QString routedText(const RequestFeatures &features);
    // The sparse, normalised text vector of a request: (vocabulary index, weight).
    void textVector(const RequestFeatures &features, std::vector<std::pair<int, float>> &out) const;
    // Each candidate's probability of meeting the bar.
    void predict(const RequestFeatures &features, std::span<double> probabilities) const;

    QJsonObject toJson() const;
    // Problems are reported under `path`; a model comes back only without any.
    static std::optional<LearnedRouterModel> fromJson(const QJsonValue &json, const QString &path, Diagnostics &diagnostics);
};

// How a learned selector turns probabilities into a choice.
struct LearnedRule
{
    enum class Kind { Threshold, WillingnessToPay } kind = Kind::Threshold;
    double threshold = 0.5; // Threshold: the cheapest candidate with p ≥ threshold; none: the dearest
    double lambda = 1;      // WillingnessToPay: argmax λ·p − cost (cost in USD per request)

    // The choice for given probabilities; `order` lists candidates from cheapest to dearest.
    int choose(std::span<const double> probabilities, std::span<const int> order, std::span<const double> costs) const;
};

class LearnedSelector : public SelectorModel
{
public:
    LearnedSelector(LearnedRouterModel model, LearnedRule rule, const QStringList &candidateLabels);
    // Reads a selector's params ({"rule", "threshold" | "lambda", "model"}) for the given candidates.
    static std::shared_ptr<const LearnedSelector> fromParams(const QJsonObject &params, const QStringList &candidateLabels,
                                                            const QString &path, Diagnostics &diagnostics);

    int choose(const RequestFeatures &features, std::span<double> scores) const override;
    double threshold(int candidate) const override;
    QString scoreName() const override { return QStringLiteral("probability"); }
    const LearnedRouterModel &model() const { return m_model; }
    const LearnedRule &rule() const { return m_rule; }

private:
    LearnedRouterModel m_model;
    LearnedRule m_rule;
    std::vector<int> m_modelIndex; // selector candidate → model candidate
    std::vector<int> m_order;      // selector candidates from cheapest to dearest
    std::vector<double> m_costs;   // per selector candidate
};

} // namespace sy
