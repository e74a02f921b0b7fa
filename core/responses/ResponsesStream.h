#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

#include "responses/ResponsesRequest.h"

namespace sy {

// Turns a chat-completions event stream into the Responses API's events as it arrives:
// response.created and .in_progress first, then per output item .output_item.added, the content
// part and text deltas (or function-call argument deltas), their .done events, and at the end
// response.completed (or .incomplete, with usage) — or response.failed and an error event when
// the chat stream carries an error.
class ResponsesStreamWriter
{
public:
    explicit ResponsesStreamWriter(ResponsesContext context);

    // Chat events in (whole or in pieces), Responses events out (may be empty).
    QByteArray feed(QByteArrayView chatEvents);
    // The closing events, once; the stream ended without a finish reason counts as completed.
    QByteArray finish();

    bool failed() const { return m_failed; }
    // The output items so far and the response object at the end (for storing the conversation).
    const QJsonArray &output() const { return m_output; }
    const QJsonObject &finalResponse() const { return m_final; }

private:
    struct ToolCall
    {
        int outputIndex = -1;
        QString itemId;
        QString callId;
        QString name;
        QString arguments;
    };

    void onChunk(const QJsonObject &chunk, QByteArray &out);
    void start(QByteArray &out);
    void openMessage(QByteArray &out);
    void closeMessage(QByteArray &out);
    void closeToolCalls(QByteArray &out);
    void fail(const QString &code, const QString &message, QByteArray &out);
    void emitEvent(const char *type, QJsonObject data, QByteArray &out);

    ResponsesContext m_context;
    QByteArray m_partial;
    int m_sequence = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_upstreamModel;
    // The open message item
    int m_messageIndex = -1;
    QString m_messageId;
    QString m_text;
    std::vector<ToolCall> m_tools; // by the chat stream's tool index
    QString m_finishReason;
    QJsonObject m_usage;
    QJsonArray m_output;
    QJsonObject m_final;
};

} // namespace sy
