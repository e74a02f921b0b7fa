#include "session/KeyService.h"

#include <QDateTime>

#include "session/WorkspaceSession.h"
#include "store/KeySync.h"
#include "store/Workspace.h"

namespace sy {

KeyService::KeyService(WorkspaceSession *session, std::shared_ptr<KeyRegistry> registry, QObject *parent)
    : QObject(parent), m_session(session), m_registry(std::move(registry))
{
    connect(session, &WorkspaceSession::opened, this, &KeyService::attach);
    attach();
}

KeyService::~KeyService() = default;

void KeyService::attach()
{
    m_sync.reset();
    if (!m_session || !m_session->sharedWorkspace())
        return;
    // Another workspace's keys must not linger in the proxy until the first poll.
    m_registry->setKeys({});
    m_sync = std::make_unique<KeySync>(m_session->sharedWorkspace(), m_registry);
    connect(m_sync.get(), &KeySync::keysChanged, this, &KeyService::keysChanged);
    m_sync->start();
}

void KeyService::load(std::function<void(const Listing &)> done)
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return done({});
    auto listing = std::make_shared<Listing>();
    ws->read(
        [listing](QSqlDatabase &db) {
            listing->nowMs = QDateTime::currentMSecsSinceEpoch();
            listing->keys = KeyStore::all(db);
            listing->todayUsd = KeyStore::spendSince(db, KeyStore::dayStartMs(listing->nowMs));
            listing->monthUsd = KeyStore::spendSince(db, KeyStore::monthStartMs(listing->nowMs));
            listing->daily = KeyStore::dailySpend(db, KeyStore::dayStartMs(listing->nowMs) - qint64(kChartDays - 1) * 86400000);
        },
        this, [listing, done = std::move(done)] { done(*listing); });
}

void KeyService::create(const VirtualKey &draft, std::function<void(const KeyStore::Issued &)> done)
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return done({{}, {}, tr("no workspace is open")});
    auto issued = std::make_shared<KeyStore::Issued>();
    ws->write(
        [issued, draft](QSqlDatabase &db) {
            *issued = KeyStore::create(db, draft, QDateTime::currentMSecsSinceEpoch());
            return issued->error;
        },
        this, [this, issued, done = std::move(done)](const QString &) {
            done(*issued);
            emit keysChanged();
        });
}

void KeyService::rotate(const QString &name, std::function<void(const KeyStore::Issued &)> done)
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return done({{}, {}, tr("no workspace is open")});
    auto issued = std::make_shared<KeyStore::Issued>();
    ws->write(
        [issued, name](QSqlDatabase &db) {
            *issued = KeyStore::rotate(db, name, QDateTime::currentMSecsSinceEpoch());
            return issued->error;
        },
        this, [this, issued, done = std::move(done)](const QString &) {
            done(*issued);
            emit keysChanged();
        });
}

void KeyService::revoke(const QString &name, std::function<void(const QString &error)> done)
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return done(tr("no workspace is open"));
    ws->write([name](QSqlDatabase &db) { return KeyStore::revoke(db, name, QDateTime::currentMSecsSinceEpoch()); }, this,
              [this, done = std::move(done)](const QString &error) {
                  done(error);
                  emit keysChanged();
              });
}

void KeyService::update(const VirtualKey &key, std::function<void(const QString &error)> done)
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return done(tr("no workspace is open"));
    ws->write([key](QSqlDatabase &db) { return KeyStore::update(db, key, QDateTime::currentMSecsSinceEpoch()); }, this,
              [this, done = std::move(done)](const QString &error) {
                  done(error);
                  emit keysChanged();
              });
}

} // namespace sy
