#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "domain/Model.h"

namespace sy {

// For a provider that speaks the Responses API itself: the request passes through (with the
// stored conversation spelled out, since that provider never saw it) and its answer is relayed
// as it is, checked on the way.

// The tokens a response's "usage" object reports, in the shape prices apply to.
TokenUsage tokenUsageOfResponse(const QJsonObject &usage);

// A response object showing the previous_response_id the client sent (empty: unchanged).
QJsonObject withPreviousResponseId(QJsonObject response, const QString &id);

// What is wrong with a 2xx Responses API body, or nothing when it is a response object.
QString problemInResponseBody(const QByteArray &body);

// An error event in the Responses stream's shape, to end a stream the proxy had to cut.
QByteArray responsesErrorEvent(const QString &message, int sequenceNumber);

// Follows a Responses API event stream as it is relayed: its usage and final response, and
// whether it ended properly (response.completed, .incomplete or .failed). Whole lines go to
// `out` (a partial one waits for its end), the response objects in them showing the
// previous_response_id the client sent, which the provider never saw.
class ResponsesStreamCheck
{
public:
    void setPreviousResponseId(const QString &id) { m_previousId = id; }
    // A problem that makes the rest of the stream worthless (a line that is not an event).
    std::optional<QString> feed(QByteArrayView events, QByteArray &out);
    std::optional<QString> feed(QByteArrayView events)
    {
        QByteArray ignored;
        return feed(events, ignored);
    }
    // After the upstream closed: a problem when the stream never reached its end.
    std::optional<QString> finish(QByteArray &out);
    std::optional<QString> finish()
    {
        QByteArray ignored;
        return finish(ignored);
    }

    const TokenUsage &usage() const { return m_usage; }
    // The response of the terminal event (for storing); empty when the stream failed.
    const QJsonObject &finalResponse() const { return m_final; }
    bool sawError() const { return m_sawError; }
    int lastSequenceNumber() const { return m_sequence; }

private:
    std::optional<QString> line(QByteArrayView text, QByteArray &out);

    QString m_previousId;
    QByteArray m_partial;
    TokenUsage m_usage;
    QJsonObject m_final;
    bool m_ended = false;
    bool m_sawError = false;
    int m_sequence = 0;
};

} // namespace sy
