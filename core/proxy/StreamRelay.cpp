#include "proxy/StreamRelay.h"

#include <algorithm>
#include <utility>

namespace sy {

StreamRelay::StreamRelay(const Options &options)
    : m_check(options.upstream), m_usage(options.upstream),
      m_translator(options.upstream != options.client
                       ? std::make_unique<StreamTranslator>(options.upstream, options.client, options.model, options.clientWantsUsage)
                       : nullptr),
      m_usageFilter(options.removeUsage ? std::make_unique<UsageChunkFilter>() : nullptr), m_upstream(options.upstream),
      m_keepCopy(options.keepCopy)
{
}

QByteArray StreamRelay::pass(QByteArray out)
{
    m_started = m_started || !out.isEmpty();
    return out;
}

StreamRelay::Result StreamRelay::feed(QByteArrayView data)
{
    m_check.feed(data);
    if (m_check.malformed())
        return {{}, Fault{FailureClass::StreamError, QStringLiteral("the upstream stream is malformed: %1").arg(m_check.malformation())}};
    if (m_check.sawError() && !m_started)
        return {{}, Fault{FailureClass::ServerError, QStringLiteral("the upstream stream carried an error: %1").arg(m_check.errorMessage())}};
    m_usage.feed(data);
    if (m_keepCopy)
        m_copy.append(data);
    // The translator and the usage filter emit whole events only; the raw path holds back a partial one.
    return {pass(m_translator ? m_translator->feed(data) : m_usageFilter ? m_usageFilter->feed(data) : wholeEvents(data)), {}};
}

QByteArray StreamRelay::wholeEvents(QByteArrayView data)
{
    if (m_partialEvent.isEmpty() && (data.endsWith("\n\n") || data.endsWith("\n\r\n")))
        return data.toByteArray(); // the usual read: whole events
    m_partialEvent.append(data);
    // An event ends with an empty line; the check judges it there.
    const qsizetype lf = m_partialEvent.lastIndexOf("\n\n");
    const qsizetype crlf = m_partialEvent.lastIndexOf("\n\r\n");
    const qsizetype end = std::max(lf < 0 ? 0 : lf + 2, crlf < 0 ? 0 : crlf + 3);
    if (end == 0)
        return {};
    QByteArray out = m_partialEvent.left(end);
    m_partialEvent.remove(0, end);
    return out;
}

StreamRelay::Result StreamRelay::finish()
{
    Result result;
    if (m_usageFilter)
        result.out = pass(m_usageFilter->finish());
    if (m_check.sawError())
        result.fault = Fault{FailureClass::ServerError, QStringLiteral("the upstream stream carried an error: %1").arg(m_check.errorMessage())};
    else if (!m_check.sawEvent() || !m_started)
        result.fault = Fault{FailureClass::StreamError, QStringLiteral("the stream ended before its first event")};
    else if (!m_check.sawTerminator())
        result.fault = Fault{FailureClass::StreamError,
                             QStringLiteral("the upstream stream ended without its terminator (%1): the answer is truncated")
                                 .arg(m_upstream == ApiFormat::AnthropicMessages ? QStringLiteral("message_stop") : QStringLiteral("[DONE]"))};
    if (!result.fault && !m_partialEvent.isEmpty()) // a complete stream's last event without its empty line
        result.out += pass(std::exchange(m_partialEvent, QByteArray()));
    return result;
}

QByteArray StreamRelay::replayStored(const QByteArray &stored)
{
    QByteArray out = m_translator ? m_translator->feed(stored) : m_usageFilter ? m_usageFilter->feed(stored) : stored;
    if (m_usageFilter)
        out += m_usageFilter->finish();
    return pass(std::move(out));
}

} // namespace sy
