#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace sy {

// What a stretch of the request log adds up to. Rows that stand for a run of folded failures
// count as that many requests and errors; latencies are weighted the same way.
struct HistoryFigures
{
    qint64 requests = 0;
    qint64 errors = 0; // HTTP status 0 (no answer) or 400 and above
    qint64 streamed = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    double latencyP50 = -1; // ms; -1 with no requests
    double latencyP95 = -1;
    double ttftP50 = -1; // ms, over streamed requests that got a first token; -1 with none
    double ttftP95 = -1;
    double errorRate() const { return requests ? double(errors) / double(requests) : 0; }
};

struct HistoryGroup
{
    QString key; // empty for requests without one (no route, no A/B arm)
    HistoryFigures figures;
};

struct HistoryBucket
{
    qint64 startMs = 0;
    qint64 requests = 0;
    qint64 errors = 0;
    double latencyP95 = -1;
    double costUsd = 0;
};

enum class HistoryDimension { Route, Model, Client, Arm, Key }; // Key: the virtual key's name

struct TrafficHistoryReport
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    qint64 bucketMs = 0;
    qint64 rowsRead = 0; // log rows in the range (a folded row counts once)
    HistoryFigures totals;
    std::vector<HistoryGroup> byRoute, byModel, byClient, byArm, byKey; // most requests first
    std::vector<HistoryBucket> buckets; // the range cut into equal steps, oldest first
    const std::vector<HistoryGroup> &groups(HistoryDimension d) const;
};

// Sums up the request log between two times, in one pass over the rows the timestamp index
// finds. Runs wherever the connection lives: the workbench calls it on a read thread.
class TrafficHistory
{
public:
    static TrafficHistoryReport query(QSqlDatabase &db, qint64 fromMs, qint64 toMs, int bucketCount = 60);
};

} // namespace sy
