#pragma once

#include <QByteArrayView>
#include <QString>

namespace sy {

// A person's or a program's verdict on one answer the proxy gave, found by the request id every
// response carries (x-request-id). Sent to POST /v1/feedback or in a header on a later request.
struct Feedback
{
    qint64 timestampMs = 0;
    QString requestId;
    double score = -1; // quality in [0, 1]; -1 when only a label without a known meaning came
    QString label;
    QString comment;
    QString keyName; // the virtual key that sent it, empty without one
    QString client;  // x-switchyard-client of the request that carried it
    QString source;  // "api" (the endpoint) or "header"

    static constexpr qsizetype kMaxRequestId = 200;
    static constexpr qsizetype kMaxLabel = 64;
    static constexpr qsizetype kMaxComment = 4000;
};

// Reading feedback as clients send it. Every problem is said in words fit for an API error.
namespace FeedbackReader {

// {"request_id": "...", "score": 0.8 | 4 with "scale": 5, "label": "good", "comment": "..."}:
// a score, a label or both. Sets *error and returns an empty request id when it is not one.
Feedback fromJson(QByteArrayView body, QString *error);

// "REQUEST_ID; score=1; label=good; comment=percent%20encoded" (x-switchyard-feedback).
Feedback fromHeader(QByteArrayView value, QString *error);

// The quality a well-known label stands for (good, thumbs_up, accepted ... 1; bad, thumbs_down,
// rejected ... 0), -1 for any other label.
double qualityOfLabel(const QString &label);

} // namespace FeedbackReader

} // namespace sy
