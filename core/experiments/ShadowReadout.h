#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

#include "experiments/ExperimentReadout.h"

namespace sy {

// One mirrored request: the served answer and one candidate's, from the request log.
struct ShadowPair
{
    QString route;
    QString servedId;
    QString mirrorId;
    qint64 timestampMs = 0;
    QString servedModel; // "provider/model"
    int servedStatus = 0;
    double servedLatencyMs = 0, servedTtftMs = -1, servedCostUsd = 0;
    QByteArray servedBody;
    QByteArray requestBody;
    QString candidate;   // "provider/model"
    int status = 0;
    int attempts = 0;
    double latencyMs = 0, ttftMs = -1, costUsd = 0;
    QByteArray body;
    double preference = -1; // a pairwise judge's: 1 the candidate is better, 0.5 a tie, 0 worse; -1 not judged
};

namespace ShadowReadouts {

// Mirrors of [fromMs, toMs), each with the answer it shadows (bodies included) and any judge's
// verdict on the pair.
std::vector<ShadowPair> pairsFromLog(QSqlDatabase &db, qint64 fromMs, qint64 toMs, const QString &route = {});

// One experiment per route with a shadow test: the served answers as the control and each
// candidate as an arm. Latency, errors and cost come from the log; quality from pairwise
// verdicts (the served arm gets the other side of each); agreement with the served answer from
// the route's scorers (by route; ROUGE-L where none are named), a figure of its own per arm.
std::vector<ExperimentReadout> build(const std::vector<ShadowPair> &pairs, const QHash<QString, QStringList> &scorersByRoute = {},
                                     double alpha = 0.05);

} // namespace ShadowReadouts

} // namespace sy
