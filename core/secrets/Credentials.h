#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Provider.h"

namespace sy {

struct CredentialResult
{
    QByteArray secret; // empty on error
    QString error;     // says which reference failed and what to do
    bool ok() const { return error.isEmpty(); }
};

// Resolves environment-variable references. Keychain references need the keychain library
// (app/keychain), which core does not link.
CredentialResult resolveFromEnvironment(const CredentialRef &ref);

// For logs and the GUI: "env:OPENAI_API_KEY", "keychain:openai", "none". Never the secret.
QString describeCredential(const CredentialRef &ref);

} // namespace sy
