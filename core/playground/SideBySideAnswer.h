#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sy {

// One column's answer to one turn of a side-by-side chat, as it streams in and when it ends.
struct SideBySideAnswer
{
    int column = 0;
    int turn = 0;
    QString text; // so far, while streaming
    bool finished = false;
    int status = 0;  // HTTP status; 0 when no answer came
    QString error;   // empty on success
    double ttftMs = -1; // from sending to the first text, as the client sees it
    double latencyMs = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    QString provider; // what served it (for a route: the target the policy chose)
    QString model;
    QStringList targets; // the decision: targets in attempt order
    int attempts = 0;
    bool ok() const { return finished && error.isEmpty() && status >= 200 && status < 300; }
    // Output tokens per second after the first token; -1 when it cannot be told.
    double tokensPerSecond() const
    {
        const double generating = latencyMs - std::max(0.0, ttftMs);
        return outputTokens > 0 && generating > 0 ? double(outputTokens) * 1000.0 / generating : -1;
    }
};

} // namespace sy

Q_DECLARE_METATYPE(sy::SideBySideAnswer)
