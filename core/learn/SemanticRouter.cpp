#include "learn/SemanticRouter.h"

#include <QJsonArray>

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
    if (encoder != u"lexical")
        diagnostics.add(r.pathOf(QStringLiteral("encoder")),
                        QStringLiteral("unknown encoder '%1' (this version has 'lexical')").arg(encoder));
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
    if (diagnostics.size() > before)
        return nullptr;
    LexicalEncoder lexical(corpus);
    std::vector<Route> compiled;
    for (const Raw &rawRoute : raw) {
        Route route{rawRoute.label, rawRoute.threshold, {}};
        for (const QString &e : rawRoute.examples)
            route.examples.push_back(lexical.encode(e));
        compiled.push_back(std::move(route));
    }
    return std::make_shared<SemanticSelector>(std::move(lexical), std::move(compiled));
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

int SemanticSelector::choose(const RequestFeatures &features, std::span<double> scores) const
{
    const std::vector<double> s = similarities(features.lastUserMessage);
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
    // The most similar candidate does not depend on thresholds, so each candidate's threshold is
    // tuned on its own: it only decides whether that candidate's best matches are taken.
    struct Scored
    {
        int best;
        double similarity;
        int truth;
    };
    std::vector<Scored> scored;
    for (const LabelledUtterance &u : data) {
        const std::vector<double> s = selector.similarities(u.text);
        const int best = int(std::max_element(s.begin(), s.end()) - s.begin());
        scored.push_back({best, s.empty() ? 0 : s[size_t(best)], int(labels.indexOf(u.label))});
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
