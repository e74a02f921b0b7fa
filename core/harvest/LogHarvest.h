#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

#include "prompts/PromptSet.h"
#include "redaction/Redactor.h"

namespace sy {

// Logged traffic back into the workbench: requests chosen from the request log (by time, route,
// arm, client and feedback) become a prompt set, with personal data and secrets taken out first.
// Only requests logged with their bodies can be used (the policy's log_bodies, or the pairs of a
// shadow test); the others are counted, not guessed at.
namespace LogHarvest {

enum class FeedbackFilter { Any, Rated, Liked, Disliked }; // liked: mean score of 0.5 and above

struct Filter
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString route, arm, client; // empty: any
    FeedbackFilter feedback = FeedbackFilter::Any;
    bool succeededOnly = true;  // answers that failed are rarely prompts worth replaying
    int limit = 1000;           // the newest first
};

struct Request
{
    QString requestId;
    qint64 timestampMs = 0;
    QString route, arm, model, client;
    QJsonArray messages; // OpenAI chat form, whatever API the client spoke
    QString answer;      // the logged answer's text
    double feedback = -1;
};

struct Selection
{
    std::vector<Request> requests;
    int matched = 0;       // rows the filter matched
    int withoutBody = 0;   // of which logged without their request body
    int unreadable = 0;    // of which the body was not a chat request
};

Selection select(QSqlDatabase &db, const Filter &filter);

struct Redacted
{
    PromptSet set;
    std::vector<std::pair<int, Redactor::Finding>> findings; // by item index, for the preview
};
// Each request an item: its messages with every text part redacted, the logged answer (redacted)
// as the reference, and where it came from as metadata (request id, route, arm, model, feedback).
Redacted toPromptSet(const QString &name, const std::vector<Request> &requests, const Redactor &redactor);

} // namespace LogHarvest

} // namespace sy
