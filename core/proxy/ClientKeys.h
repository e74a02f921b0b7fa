#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "http/HttpRequest.h"

namespace sy {

// The keys clients must present when the proxy listens beyond loopback.
class ClientKeys
{
public:
    static constexpr int kMinLength = 16; // a guessable key is no key

    // Empty when every key is long enough, else what is wrong (never the key itself).
    static QString problemWith(const QList<QByteArray> &keys);
    // "Authorization: Bearer KEY" (the scheme in any case, as RFC 9110 has it) or "x-api-key: KEY".
    static QByteArray presented(const HttpRequest &request);
    // Compared in time independent of where a wrong key differs.
    static bool accepts(const QList<QByteArray> &keys, const QByteArray &presented);
};

} // namespace sy
