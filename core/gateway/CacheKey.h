#pragma once

#include <QByteArray>
#include <QString>

#include "domain/ApiFormat.h"

namespace sy {

// What makes two requests the same question for the response cache: the API, the route, the
// messages, tools and every parameter that changes the answer; not the transport (stream,
// stream_options), not who asks (user, metadata) nor bookkeeping (store, service_tier).
struct CacheKey
{
    QByteArray exact;     // SHA-256 of the normalised request and the scope
    QByteArray partition; // the same without the messages' words: what a semantic match must share
    QString text;         // the conversation's words, for a semantic match
    bool valid = false;   // false: the body was not a JSON object

    // scope: the key id when entries are private to a key, empty when shared. The partition and
    // text are made only for a semantic lookup: the exact key needs one pass over the bytes.
    static CacheKey of(ApiFormat format, const QByteArray &body, const QString &route, const QString &scope, bool semantic = true);
};

} // namespace sy
