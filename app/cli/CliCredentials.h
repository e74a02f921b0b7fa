#pragma once

#include "policy/Policy.h"
#include "proxy/ProxyRuntime.h"

namespace sy::cli {

// Credentials for the policy's providers: keychain entries read once up front, so proxy workers
// never wait on the secret service (a command-line tool may wait here); environment variables
// are looked up when asked. A policy reload reads them again.
ProxyRuntime::CredentialResolver credentialsFor(const Policy &policy);

} // namespace sy::cli
