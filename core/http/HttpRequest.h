#pragma once

#include <QByteArray>

#include <utility>
#include <vector>

namespace sy {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path;   // without the query
    std::vector<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    bool keepAlive = true;
    bool http10 = false; // an HTTP/1.0 client: no chunked responses

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &[name, value] : headers)
            if (name == lowerName)
                return value;
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return true;
        return false;
    }
};

} // namespace sy
