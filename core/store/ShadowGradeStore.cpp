#include "store/ShadowGradeStore.h"

#include "store/StoreUtil.h"

namespace sy {

QString ShadowGradeStore::insert(QSqlDatabase &db, const std::vector<ShadowGrade> &grades)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO shadow_grades (ts_ms, mirror_id, judge, preference, reasoning) VALUES (?, ?, ?, ?, ?)"));
    for (const ShadowGrade &g : grades) {
        q.addBindValue(g.timestampMs);
        q.addBindValue(g.mirrorId);
        q.addBindValue(g.judge);
        q.addBindValue(g.preference);
        q.addBindValue(g.reasoning.isEmpty() ? QVariant() : QVariant(g.reasoning));
        if (QString err = execOrError(q); !err.isEmpty())
            return err;
    }
    return {};
}

} // namespace sy
