#include "CliCredentials.h"

#include <QEventLoop>

#include "CredentialStore.h"
#include "proxy/CredentialPrefetch.h"

namespace sy::cli {

ProxyRuntime::CredentialResolver credentialsFor(const Policy &policy)
{
    CredentialStore store;
    QEventLoop loop;
    CredentialPrefetch::Results results;
    CredentialPrefetch::run(
        policy, [&store](const CredentialRef &ref, std::function<void(const CredentialResult &)> done) { store.read(ref, std::move(done)); },
        &loop, 15000, [&](const CredentialPrefetch::Results &r) {
            results = r;
            loop.quit();
        });
    loop.exec();
    return CredentialPrefetch::resolver(results);
}

} // namespace sy::cli
