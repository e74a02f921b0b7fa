#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace sy {

// A pairwise judge's verdict on a shadow test's mirror against the answer it shadows.
struct ShadowGrade
{
    qint64 timestampMs = 0;
    QString mirrorId;   // the mirror's request id
    QString judge;      // "provider/model"
    double preference = 0.5; // 1 the mirror is better, 0.5 a tie, 0 the served answer is
    QString reasoning;
};

class ShadowGradeStore
{
public:
    static QString insert(QSqlDatabase &db, const std::vector<ShadowGrade> &grades);
};

} // namespace sy
