#include "gateway/KeyRegistry.h"

#include <mutex>

namespace sy {

void KeyRegistry::setKeys(const std::vector<VirtualKey> &keys)
{
    std::unique_lock lock(m_mutex);
    QHash<QByteArray, std::shared_ptr<KeyAccount>> byHash;
    QHash<QString, std::shared_ptr<KeyAccount>> byId;
    byHash.reserve(qsizetype(keys.size()));
    byId.reserve(qsizetype(keys.size()));
    for (const VirtualKey &key : keys) {
        std::shared_ptr<KeyAccount> account = m_byId.value(key.id);
        if (account) {
            if (*account->key() != key)
                account->setKey(key);
        } else {
            account = std::make_shared<KeyAccount>(key);
        }
        byHash.insert(key.hash, account);
        byId.insert(key.id, account);
    }
    m_byHash = std::move(byHash);
    m_byId = std::move(byId);
}

bool KeyRegistry::isEmpty() const
{
    std::shared_lock lock(m_mutex);
    return m_byId.isEmpty();
}

std::shared_ptr<KeyAccount> KeyRegistry::find(const QByteArray &keyHash) const
{
    std::shared_lock lock(m_mutex);
    return m_byHash.value(keyHash);
}

std::shared_ptr<KeyAccount> KeyRegistry::findById(const QString &id) const
{
    std::shared_lock lock(m_mutex);
    return m_byId.value(id);
}

std::vector<std::shared_ptr<KeyAccount>> KeyRegistry::accounts() const
{
    std::shared_lock lock(m_mutex);
    std::vector<std::shared_ptr<KeyAccount>> out;
    out.reserve(size_t(m_byId.size()));
    for (const auto &account : m_byId)
        out.push_back(account);
    return out;
}

} // namespace sy
