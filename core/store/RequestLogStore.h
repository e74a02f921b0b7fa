#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

#include "proxy/RequestLogEntry.h"

namespace sy {

class RequestLogStore
{
public:
    static QString insert(QSqlDatabase &db, const std::vector<RequestLogEntry> &batch);
    static std::vector<RequestLogEntry> recent(QSqlDatabase &db, int limit);
};

} // namespace sy
