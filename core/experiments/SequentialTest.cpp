#include "experiments/SequentialTest.h"

#include <algorithm>
#include <cmath>

namespace sy {

void MetricSample::add(double value, qint64 weight)
{
    if (weight <= 0)
        return;
    // Merging `weight` copies of one value into the running figures (Chan's pairwise update).
    const double n = double(m_n), w = double(weight), delta = value - m_mean;
    m_n += weight;
    m_mean += delta * w / double(m_n);
    m_m2 += delta * delta * n * w / double(m_n);
}

double MetricSample::variance() const { return m_n < 2 ? 0 : m_m2 / double(m_n - 1); }

void MetricSample::interval95(double *low, double *high, bool proportion) const
{
    constexpr double z = 1.959964;
    if (m_n == 0) {
        *low = *high = 0;
        return;
    }
    const double n = double(m_n);
    if (proportion) {
        const double p = m_mean;
        const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        const double spread = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
        *low = std::max(0.0, centre - spread);
        *high = std::min(1.0, centre + spread);
        return;
    }
    const double se = std::sqrt(variance() / n);
    *low = m_mean - z * se;
    *high = m_mean + z * se;
}

namespace SequentialTest {

namespace {

// The variance of one request's value. Values bounded to [0, 1] (0/1 outcomes, feedback scores)
// are counted with half an observation at each end, so 0 failures in 40, or every user liking
// an arm, is not read as certainty: an arm without spread would otherwise decide at once.
double unitVariance(const MetricSample &s, bool bounded)
{
    if (!bounded)
        return s.variance();
    const double n = double(s.count());
    const double sum = n * s.mean() + 0.5;
    const double sumOfSquares = s.variance() * (n - 1) + n * s.mean() * s.mean() + 0.5;
    return std::max(0.0, (sumOfSquares - sum * sum / (n + 1)) / n);
}

} // namespace

double halfWidth(double v, double tau2, double alpha)
{
    // The mixture likelihood ratio for a difference theta stays below 1/alpha exactly when
    // |estimate - theta| is below this (the normal mixture with variance tau2).
    return std::sqrt(v * (v + tau2) / tau2 * (2 * std::log(1 / alpha) + std::log((v + tau2) / v)));
}

SequentialComparison compare(const MetricSample &a, const MetricSample &b, double alpha, bool bounded)
{
    SequentialComparison c;
    if (a.count() < 2 || b.count() < 2)
        return c;
    c.measured = true;
    const double va = unitVariance(a, bounded), vb = unitVariance(b, bounded);
    const double na = double(a.count()), nb = double(b.count());
    c.difference = b.mean() - a.mean();
    const double v = va / na + vb / nb;
    if (!(v > 0)) { // every value alike in both arms: nothing tells them apart
        c.low = c.high = c.difference;
        c.decided = c.difference != 0;
        return c;
    }
    const double pooled = (va * (na - 1) + vb * (nb - 1)) / (na + nb - 2);
    const double tau2 = std::max(0.04 * pooled, 1e-12);
    const double w = halfWidth(v, tau2, alpha);
    c.low = c.difference - w;
    c.high = c.difference + w;
    c.decided = c.low > 0 || c.high < 0;
    if (c.decided || c.difference == 0)
        return c;
    // The split stays as it was: find the total at which the interval would clear 0.
    const double total = na + nb, shareA = na / total, shareB = nb / total;
    const auto clears = [&](double n) { return halfWidth(va / (shareA * n) + vb / (shareB * n), tau2, alpha) < std::abs(c.difference); };
    double hi = total * 2;
    while (!clears(hi) && hi < 1e9)
        hi *= 2;
    if (!clears(hi))
        return c;
    double lo = total;
    for (int i = 0; i < 60 && hi - lo > 1; ++i) {
        const double mid = (lo + hi) / 2;
        (clears(mid) ? hi : lo) = mid;
    }
    c.moreRequestsNeeded = qint64(std::ceil(hi - total));
    return c;
}

} // namespace SequentialTest

} // namespace sy
