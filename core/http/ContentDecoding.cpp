#include "http/ContentDecoding.h"

#include <QList>

#include <zlib.h>

namespace sy {

namespace {

// windowBits: 15 + 32 reads gzip or zlib by their header; -15 raw deflate (what some clients send
// as "deflate" despite the RFC's zlib wrapper).
DecodedBody inflate(const QByteArray &in, int windowBits, qsizetype maxBytes)
{
    DecodedBody out;
    z_stream z{};
    if (inflateInit2(&z, windowBits) != Z_OK) {
        out.outcome = DecodedBody::Outcome::Corrupt;
        out.problem = QStringLiteral("the body could not be decompressed");
        return out;
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = ::inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            out.outcome = DecodedBody::Outcome::Corrupt;
            out.problem = QStringLiteral("the compressed body is corrupt or truncated (zlib: %1)")
                              .arg(QString::fromLatin1(z.msg ? z.msg : "no progress"));
            break;
        }
        out.body.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (out.body.size() > maxBytes) {
            out.outcome = DecodedBody::Outcome::TooLarge;
            out.problem = QStringLiteral("the decompressed body is larger than %1 bytes").arg(maxBytes);
            break;
        }
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
            out.outcome = DecodedBody::Outcome::Corrupt;
            out.problem = QStringLiteral("the compressed body is truncated");
            break;
        }
    }
    inflateEnd(&z);
    if (out.outcome != DecodedBody::Outcome::Decoded)
        out.body.clear();
    return out;
}

} // namespace

DecodedBody decodeContent(QByteArray body, QByteArrayView encoding, qsizetype maxBytes)
{
    QList<QByteArray> codings = encoding.toByteArray().split(',');
    DecodedBody result{DecodedBody::Outcome::Decoded, std::move(body), {}};
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        const QByteArray coding = it->trimmed().toLower();
        if (coding.isEmpty() || coding == "identity")
            continue;
        if (coding == "gzip" || coding == "x-gzip") {
            result = inflate(result.body, 15 + 32, maxBytes);
        } else if (coding == "deflate") {
            DecodedBody wrapped = inflate(result.body, 15, maxBytes);
            result = wrapped.outcome == DecodedBody::Outcome::Corrupt ? inflate(result.body, -15, maxBytes) : std::move(wrapped);
        } else {
            return {DecodedBody::Outcome::Unsupported, {},
                    QStringLiteral("Content-Encoding %1 is not supported: send gzip, deflate or none").arg(QString::fromLatin1(coding))};
        }
        if (result.outcome != DecodedBody::Outcome::Decoded)
            return result;
    }
    return result;
}

} // namespace sy
