#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

#include "gateway/KeyRegistry.h"

namespace sy {

class Workspace;

// Keeps a proxy's key registry in step with the workspace's keys: created, rotated, revoked or
// re-limited keys take effect within a poll, from the workbench, the CLI or another process.
// A key new to the registry starts with the spend the request log already has for it today
// and this month, so a restart does not reset a budget. Polls on the workspace's read pool;
// never blocks the thread it lives on.
class KeySync : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 1000;

    KeySync(std::shared_ptr<Workspace> workspace, std::shared_ptr<KeyRegistry> registry, QObject *parent = nullptr);

    // Loads the keys now, on the calling thread (a program's start, before it serves).
    void loadNow();
    void start(int intervalMs = kPollMs);

signals:
    void keysChanged(int count);

private:
    struct Loaded;
    static std::shared_ptr<Loaded> load(QSqlDatabase &db, qint64 knownVersion, const KeyRegistry &registry);
    void apply(const Loaded &loaded);
    void poll();

    std::shared_ptr<Workspace> m_workspace;
    std::shared_ptr<KeyRegistry> m_registry;
    QTimer m_timer;
    qint64 m_version = -2;
    bool m_polling = false;
};

} // namespace sy
