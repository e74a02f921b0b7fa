#include "proxy/UpstreamFailure.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace sy {

FailureClass failureClassOfStatus(int status)
{
    if (status == 429)
        return FailureClass::RateLimited;
    return status >= 500 ? FailureClass::ServerError : FailureClass::ClientError;
}

FailureClass failureClassOfError(UpstreamError error, bool answered, bool streaming)
{
    if (error == UpstreamError::Timeout)
        return FailureClass::Timeout;
    if (error == UpstreamError::Closed || error == UpstreamError::Protocol)
        return streaming ? FailureClass::StreamError : answered ? FailureClass::ServerError : FailureClass::Connect;
    return FailureClass::Connect;
}

QString failureOutcomeName(const UpstreamFailure &failure)
{
    if (failure.status > 0)
        return QStringLiteral("http_%1").arg(failure.status);
    switch (failure.failureClass) {
    case FailureClass::Timeout: return QStringLiteral("timeout");
    case FailureClass::Connect: return QStringLiteral("connect_error");
    case FailureClass::StreamError: return QStringLiteral("stream_error");
    default: return QStringLiteral("invalid_answer");
    }
}

int retryAfterMs(const HttpHeaders &headers, const QDateTime &nowUtc)
{
    constexpr double kMaxMs = 3600e3;
    for (const auto &[name, value] : headers) {
        if (name == "retry-after-ms") {
            bool ok = false;
            const double ms = value.toDouble(&ok);
            if (ok)
                return int(qBound(0.0, ms, kMaxMs));
        }
    }
    for (const auto &[name, value] : headers) {
        if (name != "retry-after")
            continue;
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok)
            return int(qBound(0.0, seconds * 1000, kMaxMs));
        const QString text = QString::fromLatin1(value).trimmed();
        QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (!when.isValid()) { // the IMF-fixdate HTTP servers send: "Sun, 06 Nov 1994 08:49:37 GMT"
            when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            when.setTimeZone(QTimeZone::utc());
        }
        if (when.isValid())
            return int(std::clamp<qint64>(nowUtc.msecsTo(when), 0, qint64(kMaxMs)));
    }
    return -1;
}

} // namespace sy
