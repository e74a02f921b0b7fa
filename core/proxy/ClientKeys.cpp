#include "proxy/ClientKeys.h"

namespace sy {

QString ClientKeys::problemWith(const QList<QByteArray> &keys)
{
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (keys[i].size() < kMinLength)
            return QStringLiteral("client key %1 of %2 has %3 characters; at least %4 are required")
                .arg(i + 1)
                .arg(keys.size())
                .arg(keys[i].size())
                .arg(kMinLength);
    return {};
}

QByteArray ClientKeys::presented(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ")
        return auth.mid(7).trimmed();
    return request.header("x-api-key").trimmed();
}

bool ClientKeys::accepts(const QList<QByteArray> &keys, const QByteArray &presented)
{
    if (presented.isEmpty())
        return false;
    bool found = false;
    for (const QByteArray &key : keys) {
        unsigned char difference = key.size() == presented.size() ? 0 : 1;
        for (qsizetype i = 0; i < key.size(); ++i)
            difference |= static_cast<unsigned char>(key[i] ^ presented[i < presented.size() ? i : 0]);
        found = found || difference == 0;
    }
    return found;
}

} // namespace sy
