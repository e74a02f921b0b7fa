#pragma once

#include <QHash>
#include <QObject>

#include <functional>

#include "policy/Policy.h"
#include "proxy/ProxyRuntime.h"
#include "secrets/Credentials.h"

namespace sy {

// Reads a policy's keychain references before it serves, so the proxy's workers never wait on
// the secret service; environment references are read at once when the runtime is built.
class CredentialPrefetch
{
public:
    // Answers once per call, now or later (the keychain is asynchronous).
    using Reader = std::function<void(const CredentialRef &, std::function<void(const CredentialResult &)>)>;
    using Results = QHash<QString, CredentialResult>; // by keychain entry

    // done runs once, on context's thread, when every entry answered or timeoutMs passed.
    static void run(const Policy &policy, Reader reader, QObject *context, int timeoutMs, std::function<void(const Results &)> done);
    // Environment references from the environment, keychain references from results.
    static ProxyRuntime::CredentialResolver resolver(Results results);
};

} // namespace sy
