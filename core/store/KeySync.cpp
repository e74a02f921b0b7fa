#include "store/KeySync.h"

#include <QDateTime>

#include "store/KeyStore.h"
#include "store/Workspace.h"

namespace sy {

struct KeySync::Loaded
{
    qint64 version = -1;
    bool changed = false;
    std::vector<VirtualKey> keys;
    QHash<QString, double> daySpend;   // for keys the registry does not have yet
    QHash<QString, double> monthSpend;
    qint64 nowMs = 0;
};

KeySync::KeySync(std::shared_ptr<Workspace> workspace, std::shared_ptr<KeyRegistry> registry, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_registry(std::move(registry))
{
    connect(&m_timer, &QTimer::timeout, this, &KeySync::poll);
}

std::shared_ptr<KeySync::Loaded> KeySync::load(QSqlDatabase &db, qint64 knownVersion, const KeyRegistry &registry)
{
    auto loaded = std::make_shared<Loaded>();
    loaded->version = KeyStore::version(db);
    if (loaded->version == knownVersion)
        return loaded;
    loaded->changed = true;
    loaded->keys = KeyStore::all(db);
    loaded->nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool anyNew = std::any_of(loaded->keys.begin(), loaded->keys.end(),
                                    [&](const VirtualKey &k) { return !registry.findById(k.id); });
    if (anyNew) {
        loaded->daySpend = KeyStore::spendSince(db, KeyStore::dayStartMs(loaded->nowMs));
        loaded->monthSpend = KeyStore::spendSince(db, KeyStore::monthStartMs(loaded->nowMs));
    }
    return loaded;
}

void KeySync::apply(const Loaded &loaded)
{
    if (!loaded.changed)
        return;
    m_version = loaded.version;
    std::vector<QString> fresh;
    for (const VirtualKey &k : loaded.keys)
        if (!m_registry->findById(k.id))
            fresh.push_back(k.id);
    m_registry->setKeys(loaded.keys);
    for (const QString &id : fresh)
        if (const std::shared_ptr<KeyAccount> account = m_registry->findById(id)) {
            const QString name = account->key()->name;
            account->seedSpend(loaded.daySpend.value(name), loaded.monthSpend.value(name), loaded.nowMs);
        }
    emit keysChanged(int(loaded.keys.size()));
}

void KeySync::loadNow()
{
    QSqlDatabase db = m_workspace->connectionForThisThread();
    apply(*load(db, m_version, *m_registry));
}

void KeySync::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void KeySync::poll()
{
    if (m_polling)
        return; // the last read is still out
    m_polling = true;
    auto result = std::make_shared<std::shared_ptr<Loaded>>();
    const qint64 known = m_version;
    std::shared_ptr<KeyRegistry> registry = m_registry;
    m_workspace->read([result, known, registry](QSqlDatabase &db) { *result = load(db, known, *registry); }, this,
                      [this, result] {
                          m_polling = false;
                          if (*result)
                              apply(**result);
                      });
}

} // namespace sy
