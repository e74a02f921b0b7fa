#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "routing/RequestFeatures.h"

namespace sy {

// Tells a complete upstream answer from a broken one before the proxy calls it a success.
// A JSON answer must be a JSON object that is not an error; a stream must consist of well-formed
// server-sent events whose data is JSON and must end with its API's terminator ("data: [DONE]"
// for OpenAI, a message_stop event for Anthropic). An error event is noted with its message.
class UpstreamAnswerCheck
{
public:
    // Empty when a non-streamed 2xx body is a usable answer, else what is wrong with it.
    static QString problemInBody(QByteArrayView body, ApiFormat format);

    explicit UpstreamAnswerCheck(ApiFormat format) : m_format(format) {}
    void feed(QByteArrayView streamData);
    bool malformed() const { return !m_malformed.isEmpty(); }
    const QString &malformation() const { return m_malformed; }
    bool sawError() const { return m_sawError; }
    const QString &errorMessage() const { return m_errorMessage; }
    bool sawTerminator() const { return m_sawTerminator; }
    bool sawEvent() const { return m_sawEvent; }
    // How many of the bytes fed so far end with a complete event (an empty line): what has been
    // judged. Bytes after it belong to an event still arriving.
    qint64 judgedBytes() const { return m_judgedBytes; }
    // The event that ends a complete stream: "[DONE]" for OpenAI, message_stop for Anthropic.
    QString terminatorName() const;

private:
    void line(QByteArrayView text);
    void event();

    ApiFormat m_format;
    QByteArray m_partial;   // an unfinished line
    QByteArray m_eventName;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_sawEvent = false;
    bool m_sawTerminator = false;
    bool m_sawError = false;
    QString m_errorMessage;
    QString m_malformed;
    qint64 m_lineEnd = 0;     // stream bytes up to the end of the last complete line
    qint64 m_judgedBytes = 0; // ... and of the last complete event
};

} // namespace sy
