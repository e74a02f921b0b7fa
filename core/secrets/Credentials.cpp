#include "secrets/Credentials.h"

namespace sy {

CredentialResult resolveFromEnvironment(const CredentialRef &ref)
{
    if (ref.source != CredentialRef::Source::Environment)
        return {{}, QStringLiteral("credential %1 is not an environment variable").arg(describeCredential(ref))};
    const QByteArray name = ref.name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return {{}, QStringLiteral("environment variable %1 is not set").arg(ref.name)};
    const QByteArray value = qgetenv(name.constData()).trimmed();
    if (value.isEmpty())
        return {{}, QStringLiteral("environment variable %1 is empty").arg(ref.name)};
    return {value, {}};
}

QString describeCredential(const CredentialRef &ref)
{
    switch (ref.source) {
    case CredentialRef::Source::Environment: return QStringLiteral("env:") + ref.name;
    case CredentialRef::Source::Keychain: return QStringLiteral("keychain:") + ref.name;
    case CredentialRef::Source::None: break;
    }
    return QStringLiteral("none");
}

} // namespace sy
