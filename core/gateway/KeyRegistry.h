#pragma once

#include <QByteArray>
#include <QHash>

#include <memory>
#include <shared_mutex>
#include <vector>

#include "gateway/KeyAccount.h"

namespace sy {

// The virtual keys a proxy accepts, found by the hash of the key a request presents. Shared by
// every worker thread; reloading the list keeps each key's spend and buckets (by key id), so
// editing a limit or rotating a key resets nothing.
class KeyRegistry
{
public:
    void setKeys(const std::vector<VirtualKey> &keys);
    bool isEmpty() const;

    // The account whose secret hashes to keyHash, whether or not it is usable now.
    std::shared_ptr<KeyAccount> find(const QByteArray &keyHash) const;
    std::shared_ptr<KeyAccount> findById(const QString &id) const;
    std::vector<std::shared_ptr<KeyAccount>> accounts() const;

private:
    mutable std::shared_mutex m_mutex;
    QHash<QByteArray, std::shared_ptr<KeyAccount>> m_byHash;
    QHash<QString, std::shared_ptr<KeyAccount>> m_byId;
};

} // namespace sy
