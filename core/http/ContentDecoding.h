#pragma once

#include <QByteArray>
#include <QString>

namespace sy {

// A request body sent with Content-Encoding gzip, x-gzip or deflate, inflated with zlib (what
// Debian's every HTTP stack uses) up to a size limit, so a small compressed body cannot expand
// without bound.
struct DecodedBody
{
    enum class Outcome { Decoded, Unsupported, TooLarge, Corrupt };
    Outcome outcome = Outcome::Decoded;
    QByteArray body;
    QString problem; // for the client, when not decoded
};

// `encoding` is the header's value (a list is applied last to first); an empty or "identity" one
// gives the body back as it is.
DecodedBody decodeContent(QByteArray body, QByteArrayView encoding, qsizetype maxBytes);

} // namespace sy
