#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "upstream/RequestBody.h"

namespace sy {

// OpenAI streams report usage only when asked (stream_options.include_usage), in a last chunk
// whose "choices" is empty. The proxy always asks, so cost and budgets are right for every
// stream; for a client that did not ask, this drops that chunk again, since clients written
// for the default read choices[0] of every chunk. Events pass on as soon as they are complete.
class UsageChunkFilter
{
public:
    QByteArray feed(QByteArrayView data);
    // Whatever is left when the stream ends (an unterminated last event, passed on as it is).
    QByteArray finish();

    static bool isUsageOnlyEvent(QByteArrayView event);
    // Sets stream_options.include_usage in a request body (a JSON object).
    static void requestUsage(RequestBody &body);
    static QByteArray withUsageRequested(const QByteArray &body);

private:
    QByteArray m_pending;
};

} // namespace sy
