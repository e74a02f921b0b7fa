#pragma once

#include <QByteArray>

namespace sy {

// Header names are case-insensitive: both parsers keep them lower-case, without a temporary copy.
inline void appendLowerCase(QByteArray &out, const char *at, size_t len)
{
    const qsizetype start = out.size();
    out.append(at, qsizetype(len));
    char *p = out.data() + start;
    for (size_t i = 0; i < len; ++i)
        if (p[i] >= 'A' && p[i] <= 'Z')
            p[i] = char(p[i] + 32);
}

// The names clients, SDKs and providers send on every message, as shared constants: a header
// with one of these names costs no allocation for its name.
inline const QByteArray *commonHeaderName(const char *at, size_t len)
{
    static const QByteArray names[] = {
        QByteArrayLiteral("host"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("accept"),
        QByteArrayLiteral("user-agent"),
        QByteArrayLiteral("authorization"),
        QByteArrayLiteral("x-api-key"),
        QByteArrayLiteral("anthropic-version"),
        QByteArrayLiteral("anthropic-beta"),
        QByteArrayLiteral("connection"),
        QByteArrayLiteral("accept-encoding"),
        QByteArrayLiteral("accept-language"),
        QByteArrayLiteral("transfer-encoding"),
        QByteArrayLiteral("date"),
        QByteArrayLiteral("server"),
        QByteArrayLiteral("cache-control"),
        QByteArrayLiteral("x-request-id"),
        QByteArrayLiteral("request-id"),
        QByteArrayLiteral("idempotency-key"),
        QByteArrayLiteral("openai-organization"),
        QByteArrayLiteral("openai-project"),
        QByteArrayLiteral("x-stainless-lang"),
        QByteArrayLiteral("x-stainless-package-version"),
        QByteArrayLiteral("x-stainless-os"),
        QByteArrayLiteral("x-stainless-arch"),
        QByteArrayLiteral("x-stainless-runtime"),
        QByteArrayLiteral("x-stainless-runtime-version"),
        QByteArrayLiteral("x-stainless-retry-count"),
        QByteArrayLiteral("x-stainless-timeout"),
        QByteArrayLiteral("x-stainless-async"),
        QByteArrayLiteral("x-stainless-helper-method"),
        QByteArrayLiteral("anthropic-dangerous-direct-browser-access"),
        QByteArrayLiteral("x-switchyard-client"),
        QByteArrayLiteral("retry-after"),
        QByteArrayLiteral("keep-alive"),
    };
    for (const QByteArray &name : names)
        if (size_t(name.size()) == len &&
            QByteArrayView(at, qsizetype(len)).compare(name, Qt::CaseInsensitive) == 0)
            return &name;
    return nullptr;
}

// A header name's bytes as the parsers get them (possibly in pieces), lower-cased into out.
inline void appendHeaderName(QByteArray &out, const char *at, size_t len)
{
    if (out.isEmpty())
        if (const QByteArray *common = commonHeaderName(at, len)) {
            out = *common;
            return;
        }
    appendLowerCase(out, at, len);
}

} // namespace sy
