#include "store/PromptSetStore.h"

#include <QJsonDocument>

#include "store/StoreUtil.h"

namespace sy {

QString PromptSetStore::save(QSqlDatabase &db, const PromptSet &set)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM prompt_sets WHERE name = ?"));
    q.addBindValue(set.name);
    if (QString e = execOrError(q); !e.isEmpty())
        return e;
    q.prepare(QStringLiteral("INSERT INTO prompt_sets (name, source, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(set.name);
    q.addBindValue(set.source);
    q.addBindValue(nowIso());
    if (QString e = execOrError(q); !e.isEmpty())
        return e;
    const qint64 setId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO prompt_items (set_id, item_index, external_id, messages_json, reference, "
                             "category, metadata_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < set.items.size(); ++i) {
        const PromptItem &item = set.items[i];
        q.addBindValue(setId);
        q.addBindValue(qint64(i));
        q.addBindValue(item.externalId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(item.messages).toJson(QJsonDocument::Compact)));
        q.addBindValue(item.reference);
        q.addBindValue(item.category);
        q.addBindValue(QString::fromUtf8(QJsonDocument(item.metadata).toJson(QJsonDocument::Compact)));
        if (QString e = execOrError(q); !e.isEmpty())
            return e;
    }
    return {};
}

std::optional<PromptSet> PromptSetStore::load(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, source FROM prompt_sets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PromptSet set;
    set.name = name;
    const qint64 id = q.value(0).toLongLong();
    set.source = q.value(1).toString();
    q.prepare(QStringLiteral("SELECT external_id, messages_json, reference, category, metadata_json FROM prompt_items "
                             "WHERE set_id = ? ORDER BY item_index"));
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        PromptItem item;
        item.externalId = q.value(0).toString();
        item.messages = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        item.reference = q.value(2).toString();
        item.category = q.value(3).toString();
        item.metadata = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        set.items.push_back(std::move(item));
    }
    return set;
}

QStringList PromptSetStore::names(QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM prompt_sets ORDER BY name"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace sy
