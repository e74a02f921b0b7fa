#include "http/ApiErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sy {

namespace {

const char *anthropicType(int status)
{
    switch (status) {
    case 400: return "invalid_request_error";
    case 401: return "authentication_error";
    case 402: return "billing_error";
    case 403: return "permission_error";
    case 404: return "not_found_error";
    case 413: return "request_too_large";
    case 429: return "rate_limit_error";
    case 503:
    case 529: return "overloaded_error";
    default: return "api_error";
    }
}

// OpenAI's own: a bad key is an invalid_request_error with code invalid_api_key.
const char *openAiType(int status)
{
    if (status == 429)
        return "rate_limit_exceeded";
    if (status == 402)
        return "insufficient_quota";
    return status < 500 ? "invalid_request_error" : "server_error";
}

QJsonObject errorObject(ApiFormat format, int status, const QString &message, const char *code)
{
    if (format == ApiFormat::AnthropicMessages)
        return {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QLatin1String(anthropicType(status))},
                                                      {QStringLiteral("message"), message}}}};
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                  {QStringLiteral("type"), QLatin1String(openAiType(status))},
                                                  {QStringLiteral("param"), QJsonValue::Null},
                                                  {QStringLiteral("code"), code ? QJsonValue(QLatin1String(code)) : QJsonValue::Null}}}};
}

} // namespace

QByteArray apiErrorBody(ApiFormat format, int status, const QString &message, const char *code)
{
    return QJsonDocument(errorObject(format, status, message, code)).toJson(QJsonDocument::Compact);
}

QByteArray apiErrorEvent(ApiFormat format, int status, const QString &message)
{
    const QByteArray data = apiErrorBody(format, status, message);
    return format == ApiFormat::AnthropicMessages ? "event: error\ndata: " + data + "\n\n" : "data: " + data + "\n\n";
}

} // namespace sy
