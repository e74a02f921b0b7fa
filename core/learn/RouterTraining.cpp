#include "learn/RouterTraining.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <random>

#include "domain/TokenEstimator.h"
#include "prompts/PromptSet.h"

namespace sy::RouterTraining {

namespace {

// An example's hashed terms and raw dense features, computed once and shared by every fold.
struct Featurised
{
    std::vector<TextHasher::Term> terms;
    std::vector<double> dense;
};

std::vector<Featurised> featurise(const std::vector<RouterExample> &all, const TextHasher::Options &hashing)
{
    std::vector<Featurised> out(all.size());
    for (size_t i = 0; i < all.size(); ++i) {
        TextHasher::terms(LearnedRouterModel::routedText(all[i].features), hashing, out[i].terms);
        out[i].dense = LearnedRouterModel::denseFeatures(PromptTraits::of(all[i].features));
    }
    return out;
}

double sigmoid(double z) { return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)); }

// Standardised dense features are scaled down (and clipped, LearnedRouterModel::kDenseClip) so
// that no example's vector is much longer than its unit-length text part: the gradient step
// stays safe.
constexpr double kDenseScale = 0.25;

LearnedRouterModel trainOn(const std::vector<RouterExample> &all, const std::vector<Featurised> &features, const std::vector<int> &rows,
                           const QStringList &models, const Options &options)
{
    LearnedRouterModel model;
    model.hashing = options.hashing;
    model.qualityBar = options.qualityBar;
    model.candidates = models;
    const size_t n = rows.size();
    const size_t denseCount = size_t(LearnedRouterModel::denseFeatureNames().size());

    // Vocabulary and IDF from the training rows only.
    std::vector<quint32> buckets;
    for (int r : rows)
        for (const auto &t : features[size_t(r)].terms)
            buckets.push_back(t.first);
    std::sort(buckets.begin(), buckets.end());
    for (size_t k = 0; k < buckets.size();) {
        size_t e = k;
        while (e < buckets.size() && buckets[e] == buckets[k])
            ++e;
        if (int(e - k) >= options.minDocumentFrequency || n < 50) { // tiny sets keep every word
            model.vocabulary.push_back(buckets[k]);
            model.idf.push_back(float(std::log((1.0 + double(n)) / (1.0 + double(e - k))) + 1.0));
        }
        k = e;
    }
    const size_t vocabularySize = model.vocabulary.size();

    // Dense standardisation from the training rows.
    model.denseMean.assign(denseCount, 0);
    model.denseScale.assign(denseCount, 0);
    for (int r : rows)
        for (size_t d = 0; d < denseCount; ++d)
            model.denseMean[d] += features[size_t(r)].dense[d] / double(std::max<size_t>(n, 1));
    for (int r : rows)
        for (size_t d = 0; d < denseCount; ++d)
            model.denseScale[d] += std::pow(features[size_t(r)].dense[d] - model.denseMean[d], 2) / double(std::max<size_t>(n, 1));
    for (double &s : model.denseScale)
        s = s > 1e-12 ? std::sqrt(s) / kDenseScale : 1 / kDenseScale; // folded into the stored scale

    // The design matrix: each row's text part (vocabulary index, weight) and dense part.
    std::vector<std::vector<std::pair<int, float>>> text(n);
    std::vector<std::vector<double>> dense(n, std::vector<double>(denseCount));
    double maxNorm = 0;
    for (size_t i = 0; i < n; ++i) {
        const Featurised &f = features[size_t(rows[i])];
        double norm = 0;
        for (const auto &[bucket, tf] : f.terms) {
            const auto at = std::lower_bound(model.vocabulary.begin(), model.vocabulary.end(), bucket);
            if (at == model.vocabulary.end() || *at != bucket)
                continue; // too rare to keep
            const int index = int(at - model.vocabulary.begin());
            const float w = tf * model.idf[size_t(index)];
            text[i].push_back({index, w});
            norm += double(w) * w;
        }
        if (norm > 0)
            for (auto &entry : text[i])
                entry.second *= float(1 / std::sqrt(norm));
        double rowNorm = text[i].empty() ? 0 : 1;
        for (size_t d = 0; d < denseCount; ++d) {
            const double x = std::clamp((f.dense[d] - model.denseMean[d]) / model.denseScale[d], -LearnedRouterModel::kDenseClip, LearnedRouterModel::kDenseClip);
            dense[i][d] = x;
            rowNorm += x * x;
        }
        maxNorm = std::max(maxNorm, rowNorm + 1); // + the bias
    }

    // Nesterov-accelerated gradient descent on the mean log-loss plus l2/2·|w|², step 1/L.
    const double step = 1 / (0.25 * maxNorm + options.l2);
    const size_t dim = vocabularySize + denseCount + 1; // the bias last
    std::vector<double> z(n), residual(n), grad(dim);
    for (qsizetype m = 0; m < models.size(); ++m) {
        std::vector<double> y(n);
        for (size_t i = 0; i < n; ++i)
            y[i] = all[size_t(rows[i])].quality[size_t(m)] >= options.qualityBar ? 1 : 0;
        double base = 0;
        for (double v : y)
            base += v;
        base = std::clamp(base / double(std::max<size_t>(n, 1)), 1e-3, 1 - 1e-3);
        std::vector<double> w(dim, 0), previous(dim, 0), look(dim, 0);
        w[dim - 1] = previous[dim - 1] = std::log(base / (1 - base)); // start at the base rate
        for (int it = 0; it < options.iterations; ++it) {
            const double momentum = double(it) / (it + 3);
            for (size_t j = 0; j < dim; ++j)
                look[j] = w[j] + momentum * (w[j] - previous[j]);
            for (size_t i = 0; i < n; ++i) {
                double s = look[dim - 1];
                for (const auto &[index, v] : text[i])
                    s += look[size_t(index)] * v;
                for (size_t d = 0; d < denseCount; ++d)
                    s += look[vocabularySize + d] * dense[i][d];
                residual[i] = (sigmoid(s) - y[i]) / double(n);
            }
            for (size_t j = 0; j + 1 < dim; ++j)
                grad[j] = options.l2 * look[j];
            grad[dim - 1] = 0;
            for (size_t i = 0; i < n; ++i) {
                for (const auto &[index, v] : text[i])
                    grad[size_t(index)] += residual[i] * v;
                for (size_t d = 0; d < denseCount; ++d)
                    grad[vocabularySize + d] += residual[i] * dense[i][d];
                grad[dim - 1] += residual[i];
            }
            previous.swap(w);
            for (size_t j = 0; j < dim; ++j)
                w[j] = look[j] - step * grad[j];
        }
        LearnedRouterModel::Classifier k;
        k.bias = w[dim - 1];
        k.text.assign(w.begin(), w.begin() + qsizetype(vocabularySize));
        k.dense.assign(w.begin() + qsizetype(vocabularySize), w.begin() + qsizetype(vocabularySize + denseCount));
        model.classifiers.push_back(std::move(k));
        double cost = 0;
        for (int r : rows)
            cost += all[size_t(r)].costUsd[size_t(m)];
        model.costUsd.push_back(n ? cost / double(n) : 0);
    }
    return model;
}

} // namespace

std::vector<RouterExample> examples(const OutcomeMatrix &matrix, const QStringList &models)
{
    std::vector<RouterExample> out;
    for (const OutcomeRow *row : matrix.rowsWithAll(models)) {
        RouterExample e;
        e.id = row->id;
        e.category = row->category;
        e.features = featuresOfRow(*row);
        for (const QString &m : models) {
            const ModelOutcome *o = row->outcome(m);
            e.quality.push_back(o->quality);
            e.costUsd.push_back(o->costUsd);
        }
        out.push_back(std::move(e));
    }
    return out;
}

int applyPrices(OutcomeMatrix &matrix, const QHash<QString, Pricing> &prices)
{
    int recosted = 0;
    for (OutcomeRow &row : matrix.rows) {
        const int promptTokens = featuresOfRow(row).promptTokens();
        for (auto &[model, outcome] : row.outcomes) {
            const auto price = prices.constFind(model);
            if (price == prices.cend())
                continue;
            const int outputTokens = outcome.response ? TokenEstimator::estimateText(*outcome.response) : 0;
            outcome.costUsd = price->costUsd(promptTokens, outputTokens);
            ++recosted;
        }
    }
    return recosted;
}

LearnedRouterModel train(const std::vector<RouterExample> &all, const std::vector<int> &rows, const QStringList &models, const Options &options)
{
    return trainOn(all, featurise(all, options.hashing), rows, models, options);
}

std::vector<int> foldsOf(int count, int folds, quint64 seed)
{
    std::vector<int> order(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        order[size_t(i)] = i;
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<int> fold(order.size());
    for (size_t k = 0; k < order.size(); ++k)
        fold[size_t(order[k])] = int(k % size_t(std::max(1, folds)));
    return fold;
}

std::vector<std::vector<double>> crossValidate(const std::vector<RouterExample> &all, const QStringList &models, const Options &options,
                                               int folds, quint64 seed)
{
    const std::vector<Featurised> features = featurise(all, options.hashing);
    const std::vector<int> fold = foldsOf(int(all.size()), folds, seed);
    std::vector<std::vector<double>> probabilities(all.size(), std::vector<double>(size_t(models.size())));
    for (int k = 0; k < folds; ++k) {
        std::vector<int> trainRows, testRows;
        for (size_t i = 0; i < all.size(); ++i)
            (fold[i] == k ? testRows : trainRows).push_back(int(i));
        if (testRows.empty() || trainRows.empty())
            continue;
        const LearnedRouterModel model = trainOn(all, features, trainRows, models, options);
        for (int r : testRows)
            model.predict(all[size_t(r)].features, probabilities[size_t(r)]);
    }
    return probabilities;
}

} // namespace sy::RouterTraining
