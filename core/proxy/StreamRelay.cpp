#include "proxy/StreamRelay.h"

#include <utility>

namespace sy {

StreamRelay::StreamRelay(const Options &options)
    : m_check(options.upstream), m_usage(options.upstream),
      m_translator(options.upstream != options.client
                       ? std::make_unique<StreamTranslator>(options.upstream, options.client, options.model, options.clientWantsUsage)
                       : nullptr),
      m_usageFilter(options.removeUsage ? std::make_unique<UsageChunkFilter>() : nullptr),
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
    m_fed += data.size();
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
    const qint64 judged = m_check.judgedBytes();
    if (m_pending.isEmpty() && judged == m_fed)
        return data.toByteArray(); // the usual read: whole events, all judged
    m_pending.append(data);
    const qsizetype ready = qsizetype(judged - (m_fed - m_pending.size()));
    QByteArray out = m_pending.left(ready);
    m_pending.remove(0, ready);
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
                                 .arg(m_check.terminatorName())};
    if (!result.fault && !m_pending.isEmpty()) // a complete stream's last event without its empty line
        result.out += pass(std::exchange(m_pending, QByteArray()));
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
