#include "proxy/StreamRelay.h"

#include <utility>

namespace sy {

StreamRelay::StreamRelay(const Options &options)
    : m_check(options.upstream, options.removeUsage && options.upstream == options.client),
      m_translator(options.upstream != options.client
                       ? std::make_unique<StreamTranslator>(options.upstream, options.client, options.model,
                                                            options.clientWantsUsage, options.estimatedInputTokens)
                       : nullptr),
      m_removeUsage(options.removeUsage), m_keepCopy(options.keepCopy)
{
}

QByteArrayView StreamRelay::pass(QByteArrayView out)
{
    m_started = m_started || !out.isEmpty();
    return out;
}

StreamRelay::Result StreamRelay::feed(QByteArrayView data)
{
    m_check.feed(data);
    m_fed += data.size();
    if (m_check.malformed())
        return {{},
                Fault{FailureClass::StreamError,
                      QStringLiteral("the upstream stream is malformed: %1").arg(m_check.malformation())}};
    if (m_check.sawError() && !m_started)
        return {
            {},
            Fault{FailureClass::ServerError,
                  QStringLiteral("the upstream stream carried an error: %1").arg(m_check.errorMessage())}};
    if (m_keepCopy)
        m_copy.append(data);
    if (m_translator) { // it emits whole events only
        m_out = m_translator->feed(data);
        return {pass(m_out), {}};
    }
    return {pass(wholeEvents(data)), {}};
}

// The judged bytes, less the events marked removable; the bytes of an event still arriving wait.
QByteArrayView StreamRelay::wholeEvents(QByteArrayView data)
{
    const qint64 judged = m_check.judgedBytes();
    auto &removable = m_check.removable();
    if (m_pending.isEmpty() && judged == m_fed && removable.empty())
        return data; // the usual read: whole events, all judged, all passed on
    const qint64 dataStart = m_fed - data.size();
    if (m_pending.isEmpty())
        m_pendingStart = dataStart;
    m_pending.append(data);
    // m_pending holds stream bytes [m_pendingStart, m_fed); [m_pendingStart, judged) goes out.
    m_out.resize(0);
    qint64 at = m_pendingStart;
    for (const auto &[from, to] : removable) {
        m_out.append(QByteArrayView(m_pending).sliced(qsizetype(at - m_pendingStart), qsizetype(from - at)));
        at = to;
    }
    removable.clear();
    m_out.append(QByteArrayView(m_pending).sliced(qsizetype(at - m_pendingStart), qsizetype(judged - at)));
    m_pending.remove(0, qsizetype(judged - m_pendingStart));
    m_pendingStart = judged;
    return m_out;
}

StreamRelay::Result StreamRelay::finish()
{
    Result result;
    if (m_check.sawError())
        result.fault =
            Fault{FailureClass::ServerError,
                  QStringLiteral("the upstream stream carried an error: %1").arg(m_check.errorMessage())};
    else if (!m_check.sawEvent() || !m_started)
        result.fault =
            Fault{FailureClass::StreamError, QStringLiteral("the stream ended before its first event")};
    else if (!m_check.sawTerminator())
        result.fault = Fault{
            FailureClass::StreamError,
            QStringLiteral("the upstream stream ended without its terminator (%1): the answer is truncated")
                .arg(m_check.terminatorName())};
    if (!result.fault && !m_pending.isEmpty()) { // a complete stream's last event without its empty line
        m_out = std::exchange(m_pending, QByteArray());
        result.out = pass(m_out);
    }
    return result;
}

QByteArray StreamRelay::replayStored(const QByteArray &stored)
{
    QByteArray out = stored;
    if (m_translator) {
        out = m_translator->feed(stored);
    } else if (m_removeUsage) {
        UsageChunkFilter filter;
        out = filter.feed(stored) + filter.finish();
    }
    m_started = m_started || !out.isEmpty();
    return out;
}

} // namespace sy
