#include "CredentialStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sy {

namespace {

QString keychainAdvice(const QString &entry, const QString &detail)
{
    return QStringLiteral("keychain entry '%1' is not available (%2). If this machine has no secret service, keep the "
                          "key in an environment variable and reference it with \"credential\": {\"env\": \"NAME\"}")
        .arg(entry, detail);
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

void CredentialStore::read(const CredentialRef &ref, std::function<void(const CredentialResult &)> callback)
{
    if (ref.source != CredentialRef::Source::Keychain) {
        const CredentialResult result = ref.source == CredentialRef::Source::None
                                            ? CredentialResult{{}, {}} // no credential needed (local servers)
                                            : resolveFromEnvironment(ref);
        QTimer::singleShot(0, this, [callback = std::move(callback), result] { callback(result); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setKey(ref.name);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback), entry = ref.name](QKeychain::Job *j) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (reader->error() != QKeychain::NoError) {
            callback({{}, keychainAdvice(entry, reader->errorString())});
            return;
        }
        const QByteArray secret = reader->binaryData();
        callback(secret.isEmpty() ? CredentialResult{{}, keychainAdvice(entry, QStringLiteral("empty"))}
                                  : CredentialResult{secret, {}});
    });
    job->start();
}

void CredentialStore::writeKeychain(const QString &entry, const QByteArray &secret,
                                    std::function<void(const QString &)> callback)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setKey(entry);
    job->setBinaryData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback), entry](QKeychain::Job *j) {
        callback(j->error() == QKeychain::NoError ? QString() : keychainAdvice(entry, j->errorString()));
    });
    job->start();
}

void CredentialStore::removeKeychain(const QString &entry, std::function<void(const QString &)> callback)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setKey(entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback), entry](QKeychain::Job *j) {
        callback(j->error() == QKeychain::NoError ? QString() : keychainAdvice(entry, j->errorString()));
    });
    job->start();
}

} // namespace sy
