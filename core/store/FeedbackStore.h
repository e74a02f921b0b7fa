#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

#include "feedback/Feedback.h"

namespace sy {

// The workspace's feedback table: verdicts by request id, joined to the request log when read.
class FeedbackStore
{
public:
    static QString insert(QSqlDatabase &db, const std::vector<Feedback> &batch);
    static std::vector<Feedback> forRequest(QSqlDatabase &db, const QString &requestId); // oldest first
};

} // namespace sy
