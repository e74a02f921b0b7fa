#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

#include "policy/Policy.h"
#include "proxy/FormatTranslator.h"
#include "proxy/UpstreamAnswerCheck.h"
#include "proxy/UsageChunkFilter.h"

namespace sy {

// One upstream stream on its way to the client. Only whole events are passed on, each checked
// first: garbage never reaches the client, and an error event before the first byte passed on
// can still fall back unseen, however the upstream's reads split them. Its usage is read, it is
// translated when client and upstream speak different APIs, the usage events the proxy asked for
// on the client's behalf are taken out, and a copy is kept for the response cache. No sockets or
// timers: a test feeds it bytes.
//
// Between the same APIs the bytes go out as they came, in one pass of the check: a read of whole
// events is passed on as it is, without a copy or a re-framing of its events.
class StreamRelay
{
public:
    struct Options
    {
        ApiFormat upstream = ApiFormat::OpenAIChat;
        ApiFormat client = ApiFormat::OpenAIChat;
        QString model;                 // the name a translated stream reports
        bool clientWantsUsage = false; // the client's stream_options.include_usage
        bool removeUsage = false;      // the proxy asked for usage the client did not
        bool keepCopy = false;         // for the response cache
        // For message_start when an OpenAI stream becomes Anthropic events: the real count arrives
        // only at the end, and clients read the input tokens from the first event.
        qint64 estimatedInputTokens = 0;
    };
    struct Fault
    {
        FailureClass failureClass = FailureClass::StreamError;
        QString message;
    };
    struct Result
    {
        // For the client, sent before the fault is acted on. It views the bytes fed or the
        // relay's own buffer: valid until the next call.
        QByteArrayView out;
        std::optional<Fault> fault; // the stream is broken: stop reading it
    };

    StreamRelay() = default;
    explicit StreamRelay(const Options &options);

    Result feed(QByteArrayView data);
    // At the upstream's end: the last bytes, or why the stream is incomplete.
    Result finish();
    // A stream the cache stored (checked when it was stored), through translation and usage removal.
    QByteArray replayStored(const QByteArray &stored);

    bool started() const { return m_started; } // bytes have gone to the client: it cannot fall back
    bool sawErrorEvent() const { return m_check.sawError(); } // and, once started, relayed it
    const Usage &usage() const { return m_check.usage(); }
    const QByteArray &copy() const { return m_copy; }

private:
    QByteArrayView pass(QByteArrayView out);
    QByteArrayView
    wholeEvents(QByteArrayView data); // the raw path's: what the check has judged, the rest held

    UpstreamAnswerCheck m_check{ApiFormat::OpenAIChat};
    std::unique_ptr<StreamTranslator> m_translator; // client and upstream speak different APIs
    bool m_removeUsage = false;
    bool m_keepCopy = false;
    bool m_started = false;
    QByteArray m_copy;
    QByteArray m_pending;      // the raw path's bytes after the last judged event
    qint64 m_pendingStart = 0; // stream offset of m_pending's first byte
    QByteArray m_out;          // what a call passes on when it is not a slice of the bytes fed
    qint64 m_fed = 0;          // stream bytes fed so far
};

} // namespace sy
