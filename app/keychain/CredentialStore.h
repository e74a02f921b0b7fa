#pragma once

#include <QObject>

#include <functional>

#include "secrets/Credentials.h"

namespace sy {

// Reads, writes and removes secrets by reference. Environment references answer at once;
// keychain references go through the system keychain asynchronously. On a machine with no
// secret service the error says so and suggests an environment-variable reference instead.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kService = "Switchyard";

    explicit CredentialStore(QObject *parent = nullptr);

    // callback runs on this object's thread, once.
    void read(const CredentialRef &ref, std::function<void(const CredentialResult &)> callback);
    void writeKeychain(const QString &entry, const QByteArray &secret, std::function<void(const QString &error)> callback);
    void removeKeychain(const QString &entry, std::function<void(const QString &error)> callback);
};

} // namespace sy
