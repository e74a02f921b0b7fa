#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

#include "proxy/UsageReader.h"
#include "routing/RequestFeatures.h"

namespace sy {

// Tells a complete upstream answer from a broken one before the proxy calls it a success.
// A JSON answer must be a JSON object that is not an error; a stream must consist of well-formed
// server-sent events whose data is a JSON object and must end with its API's terminator
// ("data: [DONE]" for OpenAI, a message_stop event for Anthropic). An error event is noted with
// its message.
//
// A stream is judged in one pass over its bytes, and only the events that can matter are parsed:
// those that mention "usage" or "error", and Anthropic's message_start, message_delta and
// message_stop. The rest, the content deltas that make up almost all of a stream, are checked for
// the shape of a JSON object ({ ... }) and passed on without a parse. The usage is read from the
// same parses, and the usage-only chunks the proxy asked for on a client's behalf can be marked
// for removal (OpenAI), so relaying needs no second look at the bytes.
class UpstreamAnswerCheck
{
public:
    // Empty when a non-streamed 2xx body is a usable answer, else what is wrong with it. With
    // usage, a usable answer's token counts are read from the same parse: one per answer.
    static QString problemInBody(QByteArrayView body, ApiFormat format, Usage *usage = nullptr);

    // markUsageOnly: note OpenAI usage-only chunks (empty "choices", a "usage" object) as removable.
    explicit UpstreamAnswerCheck(ApiFormat format, bool markUsageOnly = false)
        : m_format(format), m_markUsageOnly(markUsageOnly)
    {
    }
    void feed(QByteArrayView streamData);
    bool malformed() const { return !m_malformed.isEmpty(); }
    const QString &malformation() const { return m_malformed; }
    bool sawError() const { return m_sawError; }
    const QString &errorMessage() const { return m_errorMessage; }
    bool sawTerminator() const { return m_sawTerminator; }
    bool sawEvent() const { return m_sawEvent; }
    const Usage &usage() const { return m_usage; }
    // How many of the bytes fed so far end with a complete event (an empty line): what has been
    // judged. Bytes after it belong to an event still arriving.
    qint64 judgedBytes() const { return m_judgedBytes; }
    // Byte ranges [first, second) of the stream, judged, to be left out (usage-only chunks), in order.
    // The caller takes them as it passes judged bytes on.
    std::vector<std::pair<qint64, qint64>> &removable() { return m_removable; }
    // The event that ends a complete stream: "[DONE]" for OpenAI, message_stop for Anthropic.
    QString terminatorName() const;

private:
    void line(QByteArrayView text);
    void event();
    void inspect(QByteArrayView data, QByteArrayView name, qint64 eventStart);

    ApiFormat m_format;
    bool m_markUsageOnly = false;
    QByteArray m_partial; // an unfinished line
    QByteArray m_eventName;
    QByteArray m_data; // reused: its capacity stays between events
    bool m_hasData = false;
    bool m_sawEvent = false;
    bool m_sawTerminator = false;
    bool m_sawError = false;
    QString m_errorMessage;
    QString m_malformed;
    Usage m_usage;
    std::vector<std::pair<qint64, qint64>> m_removable;
    qint64 m_lineEnd = 0;     // stream bytes up to the end of the last complete line
    qint64 m_judgedBytes = 0; // ... and of the last complete event
};

} // namespace sy
