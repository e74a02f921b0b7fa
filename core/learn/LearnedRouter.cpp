#include "learn/LearnedRouter.h"

#include <QJsonArray>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "json/JsonReader.h"

namespace sy {

namespace {

const QString kFormat = QStringLiteral("switchyard.learned-router");

template<typename T>
QString toBase64(const std::vector<T> &values)
{
    QByteArray bytes(qsizetype(values.size() * sizeof(T)), Qt::Uninitialized);
    for (size_t i = 0; i < values.size(); ++i)
        qToLittleEndian(values[i], bytes.data() + i * sizeof(T));
    return QString::fromLatin1(bytes.toBase64());
}

template<typename T>
std::optional<std::vector<T>> fromBase64(const QString &text, size_t expected)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != qsizetype(expected * sizeof(T)))
        return std::nullopt;
    std::vector<T> out(expected);
    for (size_t i = 0; i < expected; ++i)
        out[i] = qFromLittleEndian<T>(decoded.decoded.constData() + i * sizeof(T));
    return out;
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

std::optional<std::vector<double>> numbers(ObjectReader &r, const QString &key, size_t expected, Diagnostics &diagnostics)
{
    const auto array = r.array(key, ObjectReader::Required);
    if (!array)
        return std::nullopt;
    if (size_t(array->size()) != expected) {
        diagnostics.add(r.pathOf(key), QStringLiteral("has %1 numbers, expected %2").arg(array->size()).arg(expected));
        return std::nullopt;
    }
    std::vector<double> out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isDouble()) {
            diagnostics.add(jsonPathIndex(r.pathOf(key), i), QStringLiteral("must be a number"));
            return std::nullopt;
        }
        out.push_back(array->at(i).toDouble());
    }
    return out;
}

double sigmoid(double z) { return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)); }

} // namespace

QStringList LearnedRouterModel::denseFeatureNames()
{
    return {QStringLiteral("log_tokens"),     QStringLiteral("depth"),          QStringLiteral("has_code"),
            QStringLiteral("has_math"),       QStringLiteral("has_structured"), QStringLiteral("has_tools"),
            QStringLiteral("q_factual"),      QStringLiteral("q_explanation"),  QStringLiteral("q_yes_no"),
            QStringLiteral("q_instruction"),  QStringLiteral("q_creative"),     QStringLiteral("log_numbers"),
            QStringLiteral("constraints"),    QStringLiteral("log_sentences"),  QStringLiteral("complexity"),
            QStringLiteral("not_english")};
}

std::vector<double> LearnedRouterModel::denseFeatures(const PromptTraits &t)
{
    using Q = PromptTraits::QuestionType;
    return {std::log1p(t.tokens),
            double(t.depth),
            t.hasCode ? 1.0 : 0.0,
            t.hasMath ? 1.0 : 0.0,
            t.hasStructuredData ? 1.0 : 0.0,
            t.hasTools ? 1.0 : 0.0,
            t.questionType == Q::Factual ? 1.0 : 0.0,
            t.questionType == Q::Explanation ? 1.0 : 0.0,
            t.questionType == Q::YesNo ? 1.0 : 0.0,
            t.questionType == Q::Instruction ? 1.0 : 0.0,
            t.questionType == Q::Creative ? 1.0 : 0.0,
            std::log1p(t.numbers),
            double(std::min(t.constraints, 8)),
            std::log1p(t.sentences),
            t.complexity,
            t.language == u"en" || t.language == u"und" ? 0.0 : 1.0};
}

QString LearnedRouterModel::routedText(const RequestFeatures &features)
{
    if (features.firstUserMessage().isEmpty())
        return features.lastUserMessageLower();
    return features.firstUserMessage().toLower() + u'\n' + features.lastUserMessageLower();
}

void LearnedRouterModel::textVector(const RequestFeatures &features, std::vector<std::pair<int, float>> &out) const
{
    out.clear();
    static thread_local std::vector<TextHasher::Term> terms;
    TextHasher::terms(routedText(features), hashing, terms);
    double norm = 0;
    // Both lists ascend: one merge pass finds the vocabulary entries.
    auto v = vocabulary.cbegin();
    for (const auto &[bucket, tf] : terms) {
        v = std::lower_bound(v, vocabulary.cend(), bucket);
        if (v == vocabulary.cend())
            break;
        if (*v != bucket)
            continue;
        const int index = int(v - vocabulary.cbegin());
        const float w = tf * idf[size_t(index)];
        out.push_back({index, w});
        norm += double(w) * w;
    }
    if (norm > 0) {
        const float scale = float(1 / std::sqrt(norm));
        for (auto &entry : out)
            entry.second *= scale;
    }
}

void LearnedRouterModel::predict(const RequestFeatures &features, std::span<double> probabilities) const
{
    static thread_local std::vector<std::pair<int, float>> text;
    textVector(features, text);
    const std::vector<double> dense = denseFeatures(PromptTraits::of(features));
    for (size_t c = 0; c < classifiers.size() && c < probabilities.size(); ++c) {
        const Classifier &k = classifiers[c];
        double z = k.bias;
        for (const auto &[index, w] : text)
            z += double(k.text[size_t(index)]) * w;
        for (size_t d = 0; d < dense.size(); ++d)
            z += k.dense[d] * std::clamp((dense[d] - denseMean[d]) / denseScale[d], -kDenseClip, kDenseClip);
        probabilities[c] = sigmoid(z);
    }
}

QJsonObject LearnedRouterModel::toJson() const
{
    QJsonObject candidatesJson;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Classifier &k = classifiers[size_t(c)];
        candidatesJson.insert(candidates[c], QJsonObject{{QStringLiteral("cost_usd"), costUsd[size_t(c)]},
                                                         {QStringLiteral("bias"), k.bias},
                                                         {QStringLiteral("dense"), toArray(k.dense)},
                                                         {QStringLiteral("text"), toBase64(k.text)}});
    }
    QJsonObject json{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("kind"), QStringLiteral("logistic")},
                     {QStringLiteral("hash_bits"), hashing.bits},
                     {QStringLiteral("word_bigrams"), hashing.wordBigrams},
                     {QStringLiteral("char_grams"), hashing.charGrams},
                     {QStringLiteral("quality_bar"), qualityBar},
                     {QStringLiteral("order"), QJsonArray::fromStringList(candidates)},
                     {QStringLiteral("dense_features"), QJsonArray::fromStringList(denseFeatureNames())},
                     {QStringLiteral("dense_mean"), toArray(denseMean)},
                     {QStringLiteral("dense_scale"), toArray(denseScale)},
                     {QStringLiteral("vocabulary_size"), qint64(vocabulary.size())},
                     {QStringLiteral("vocabulary"), toBase64(vocabulary)},
                     {QStringLiteral("idf"), toBase64(idf)},
                     {QStringLiteral("candidates"), candidatesJson}};
    if (!training.isEmpty())
        json.insert(QStringLiteral("training"), training);
    return json;
}

std::optional<LearnedRouterModel> LearnedRouterModel::fromJson(const QJsonValue &value, const QString &path, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    ObjectReader r(value, path, diagnostics);
    if (!r.isObject())
        return std::nullopt;
    LearnedRouterModel m;
    const auto format = r.string(QStringLiteral("format"), ObjectReader::Required);
    if (format && *format != kFormat)
        diagnostics.add(r.pathOf(QStringLiteral("format")), QStringLiteral("'%1' is not a learned router (expected '%2')").arg(*format, kFormat));
    const auto version = r.integer(QStringLiteral("version"), ObjectReader::Required);
    if (version && *version > kVersion)
        diagnostics.add(r.pathOf(QStringLiteral("version")),
                        QStringLiteral("version %1 is newer than this Switchyard reads (%2)").arg(*version).arg(kVersion));
    const auto kind = r.string(QStringLiteral("kind"), ObjectReader::Required);
    if (kind && *kind != u"logistic")
        diagnostics.add(r.pathOf(QStringLiteral("kind")), QStringLiteral("unknown model kind '%1' (known: logistic)").arg(*kind));
    m.hashing.bits = r.integer(QStringLiteral("hash_bits"), ObjectReader::Required, 8, 24).value_or(18);
    m.hashing.wordBigrams = r.boolean(QStringLiteral("word_bigrams")).value_or(true);
    m.hashing.charGrams = r.boolean(QStringLiteral("char_grams")).value_or(false);
    m.qualityBar = r.number(QStringLiteral("quality_bar"), ObjectReader::Optional, 0, 1).value_or(0.5);
    m.candidates = r.stringList(QStringLiteral("order"), ObjectReader::Required).value_or(QStringList());
    const auto denseNames = r.stringList(QStringLiteral("dense_features"), ObjectReader::Required);
    if (denseNames && *denseNames != denseFeatureNames())
        diagnostics.add(r.pathOf(QStringLiteral("dense_features")),
                        QStringLiteral("the model was trained on other features than this Switchyard computes: %1")
                            .arg(denseFeatureNames().join(QStringLiteral(", "))));
    const size_t denseCount = size_t(denseFeatureNames().size());
    m.denseMean = numbers(r, QStringLiteral("dense_mean"), denseCount, diagnostics).value_or(std::vector<double>());
    m.denseScale = numbers(r, QStringLiteral("dense_scale"), denseCount, diagnostics).value_or(std::vector<double>());
    if (std::any_of(m.denseScale.begin(), m.denseScale.end(), [](double s) { return !(s > 0); }))
        diagnostics.add(r.pathOf(QStringLiteral("dense_scale")), QStringLiteral("scales must be positive"));
    const int vocabularySize = r.integer(QStringLiteral("vocabulary_size"), ObjectReader::Required, 0, 1 << 24).value_or(0);
    if (auto v = fromBase64<quint32>(r.string(QStringLiteral("vocabulary"), ObjectReader::Required, true).value_or(QString()), size_t(vocabularySize)))
        m.vocabulary = std::move(*v);
    else
        diagnostics.add(r.pathOf(QStringLiteral("vocabulary")), QStringLiteral("must be base64 of %1 little-endian uint32 buckets").arg(vocabularySize));
    if (!std::is_sorted(m.vocabulary.begin(), m.vocabulary.end()) ||
        std::adjacent_find(m.vocabulary.begin(), m.vocabulary.end()) != m.vocabulary.end())
        diagnostics.add(r.pathOf(QStringLiteral("vocabulary")), QStringLiteral("buckets must ascend without repeats"));
    if (auto v = fromBase64<float>(r.string(QStringLiteral("idf"), ObjectReader::Required, true).value_or(QString()), size_t(vocabularySize)))
        m.idf = std::move(*v);
    else
        diagnostics.add(r.pathOf(QStringLiteral("idf")), QStringLiteral("must be base64 of %1 little-endian float32").arg(vocabularySize));
    const auto candidates = r.objectMember(QStringLiteral("candidates"), ObjectReader::Required).value_or(QJsonObject());
    for (const QString &name : std::as_const(m.candidates)) {
        const QString cpath = jsonPathKey(r.pathOf(QStringLiteral("candidates")), name);
        if (!candidates.contains(name)) {
            diagnostics.add(cpath, QStringLiteral("missing: 'order' names this candidate"));
            continue;
        }
        ObjectReader cr(candidates.value(name), cpath, diagnostics);
        if (!cr.isObject())
            continue;
        Classifier k;
        m.costUsd.push_back(cr.number(QStringLiteral("cost_usd"), ObjectReader::Required, 0).value_or(0));
        k.bias = cr.number(QStringLiteral("bias"), ObjectReader::Required).value_or(0);
        k.dense = numbers(cr, QStringLiteral("dense"), denseCount, diagnostics).value_or(std::vector<double>(denseCount));
        if (auto t = fromBase64<float>(cr.string(QStringLiteral("text"), ObjectReader::Required, true).value_or(QString()), size_t(vocabularySize)))
            k.text = std::move(*t);
        else
            diagnostics.add(cr.pathOf(QStringLiteral("text")), QStringLiteral("must be base64 of %1 little-endian float32").arg(vocabularySize));
        cr.rejectUnknownKeys();
        m.classifiers.push_back(std::move(k));
    }
    if (m.candidates.isEmpty())
        diagnostics.add(r.pathOf(QStringLiteral("order")), QStringLiteral("needs at least one candidate"));
    m.training = r.objectMember(QStringLiteral("training")).value_or(QJsonObject());
    r.rejectUnknownKeys();
    if (diagnostics.size() > before)
        return std::nullopt;
    return m;
}

int LearnedRule::choose(std::span<const double> p, std::span<const int> order, std::span<const double> costs) const
{
    if (order.empty())
        return -1;
    if (kind == Kind::Threshold) {
        for (size_t i = 0; i + 1 < order.size(); ++i)
            if (p[size_t(order[i])] >= threshold)
                return order[i];
        return order.back();
    }
    int best = order.front();
    double bestValue = -1e300;
    for (int c : order) {
        const double value = lambda * p[size_t(c)] - costs[size_t(c)];
        if (value > bestValue + 1e-15) { // ties go to the cheaper, which comes first
            bestValue = value;
            best = c;
        }
    }
    return best;
}

LearnedSelector::LearnedSelector(LearnedRouterModel model, LearnedRule rule, const QStringList &labels)
    : m_model(std::move(model)), m_rule(rule)
{
    for (const QString &label : labels) {
        const int i = int(m_model.candidates.indexOf(label));
        m_modelIndex.push_back(i);
        m_costs.push_back(i >= 0 ? m_model.costUsd[size_t(i)] : 0);
    }
    m_order.resize(labels.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return m_costs[size_t(a)] < m_costs[size_t(b)]; });
}

std::shared_ptr<const LearnedSelector> LearnedSelector::fromParams(const QJsonObject &params, const QStringList &labels,
                                                                   const QString &path, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    ObjectReader r(params, path, diagnostics);
    LearnedRule rule;
    const QString ruleName = r.string(QStringLiteral("rule")).value_or(QStringLiteral("threshold"));
    if (ruleName == u"threshold") {
        rule.kind = LearnedRule::Kind::Threshold;
        rule.threshold = r.number(QStringLiteral("threshold"), ObjectReader::Required, 0, 1).value_or(0.5);
    } else if (ruleName == u"willingness_to_pay") {
        rule.kind = LearnedRule::Kind::WillingnessToPay;
        rule.lambda = r.number(QStringLiteral("lambda"), ObjectReader::Required, 0).value_or(1);
    } else {
        diagnostics.add(r.pathOf(QStringLiteral("rule")), QStringLiteral("unknown rule '%1' (expected threshold or willingness_to_pay)").arg(ruleName));
    }
    auto model = LearnedRouterModel::fromJson(r.value(QStringLiteral("model"), ObjectReader::Required), r.pathOf(QStringLiteral("model")), diagnostics);
    r.rejectUnknownKeys();
    if (model) {
        for (const QString &label : labels)
            if (!model->candidates.contains(label))
                diagnostics.add(path, QStringLiteral("candidate '%1' has no classifier in the model (it has: %2)")
                                          .arg(label, model->candidates.join(QStringLiteral(", "))));
        if (labels.size() > kMaxCandidates || model->candidates.size() > kMaxCandidates)
            diagnostics.add(path, QStringLiteral("at most %1 candidates").arg(kMaxCandidates));
    }
    if (!model || diagnostics.size() > before)
        return nullptr;
    return std::make_shared<LearnedSelector>(std::move(*model), rule, labels);
}

int LearnedSelector::choose(const RequestFeatures &features, std::span<double> scores) const
{
    std::array<double, kMaxCandidates> all{};
    m_model.predict(features, std::span<double>(all.data(), m_model.classifiers.size()));
    for (size_t c = 0; c < m_modelIndex.size() && c < scores.size(); ++c)
        scores[c] = all[size_t(m_modelIndex[c])];
    return m_rule.choose(scores, m_order, m_costs);
}

double LearnedSelector::threshold(int) const { return m_rule.kind == LearnedRule::Kind::Threshold ? m_rule.threshold : m_rule.lambda; }

} // namespace sy
