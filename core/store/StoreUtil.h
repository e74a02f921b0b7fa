#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace sy {

inline QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Runs a prepared query; returns the error text, empty on success.
inline QString execOrError(QSqlQuery &q)
{
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace sy
