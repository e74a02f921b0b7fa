#pragma once

#include <QtGlobal>

namespace sy {

// A running mean and variance of one metric over the requests of one arm (Welford's update,
// which stays accurate over millions of values where sums of squares would not).
class MetricSample
{
public:
    void add(double value, qint64 weight = 1);
    qint64 count() const { return m_n; }
    double mean() const { return m_mean; }
    double variance() const; // the sample variance; 0 below two values
    // A 95% interval of the mean (normal approximation); for 0/1 values the Wilson interval.
    void interval95(double *low, double *high, bool proportion) const;

private:
    qint64 m_n = 0;
    double m_mean = 0;
    double m_m2 = 0;
};

// The always-valid comparison of two arms' means: a mixture sequential probability ratio test
// (a normal mixture over the difference, Johari, Pekelis and Walsh 2017) turned into a confidence
// sequence. Its interval stays valid however often it is read, so a dashboard refreshed every
// minute cannot talk itself into a winner; a fixed-sample t-test read that way would.
struct SequentialComparison
{
    double difference = 0; // mean(b) - mean(a)
    double low = 0, high = 0; // the always-valid interval of the difference
    bool measured = false;    // both arms have two values or more; before that nothing is said
    bool decided = false;     // the interval excludes 0
    // With no decision: requests more (both arms together, in today's split) after which the
    // interval would exclude 0 if the difference stayed what it is; -1 when it never would
    // within a billion (no difference seen).
    qint64 moreRequestsNeeded = -1;
};

namespace SequentialTest {

// alpha: the chance of a wrong verdict over the whole experiment, however often it is read.
// bounded: the values lie in [0, 1] (errors, thumbs, feedback scores), whose variances are
// smoothed so that an arm with no failures yet, or liked by everyone so far, does not look certain. The mixing scale is a fifth of the pooled standard
// deviation: tuned to detect small effects (Cohen's d of 0.2) fastest, valid for any.
SequentialComparison compare(const MetricSample &a, const MetricSample &b, double alpha, bool bounded);

// The half-width of the always-valid interval for a difference whose variance is v.
double halfWidth(double v, double tau2, double alpha);

} // namespace SequentialTest

} // namespace sy
