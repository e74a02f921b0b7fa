#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

#include "gateway/KeyRegistry.h"
#include "store/KeyStore.h"

namespace sy {

class KeySync;
class WorkspaceSession;

// The workbench's side of virtual keys: the open workspace's keys kept current in the proxy's
// registry (a KeySync per workspace), and the reads and writes the Keys page asks for, all in the
// background with results delivered on this object's thread.
class KeyService : public QObject
{
    Q_OBJECT
public:
    KeyService(WorkspaceSession *session, std::shared_ptr<KeyRegistry> registry, QObject *parent = nullptr);
    ~KeyService() override;

    struct Listing
    {
        std::vector<VirtualKey> keys;
        QHash<QString, double> todayUsd; // by key name, from the request log
        QHash<QString, double> monthUsd;
        std::vector<KeyStore::DaySpend> daily; // the last kChartDays
        qint64 nowMs = 0;
    };
    static constexpr int kChartDays = 30;

    void load(std::function<void(const Listing &)> done);
    void create(const VirtualKey &draft, std::function<void(const KeyStore::Issued &)> done);
    void rotate(const QString &name, std::function<void(const KeyStore::Issued &)> done);
    void revoke(const QString &name, std::function<void(const QString &error)> done);
    void update(const VirtualKey &key, std::function<void(const QString &error)> done);

    const std::shared_ptr<KeyRegistry> &registry() const { return m_registry; }

signals:
    void keysChanged(); // created, rotated, revoked or edited: here or by another program

private:
    void attach(); // to the session's current workspace

    QPointer<WorkspaceSession> m_session;
    std::shared_ptr<KeyRegistry> m_registry;
    std::unique_ptr<KeySync> m_sync;
};

} // namespace sy
