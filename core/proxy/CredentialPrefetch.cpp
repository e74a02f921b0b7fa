#include "proxy/CredentialPrefetch.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace sy {

void CredentialPrefetch::run(const Policy &policy, Reader reader, QObject *context, int timeoutMs,
                             std::function<void(const Results &)> done)
{
    struct State
    {
        Results results;
        int pending = 0;
        bool finished = false;
        std::function<void(const Results &)> done;
        void finish()
        {
            if (finished)
                return;
            finished = true;
            done(results);
        }
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QStringList entries;
    for (const ProviderSpec &p : policy.providers)
        if (p.credential.source == CredentialRef::Source::Keychain && !entries.contains(p.credential.name))
            entries.append(p.credential.name);
    for (const QString &entry : std::as_const(entries))
        state->results.insert(entry, CredentialResult{{}, QObject::tr("the keychain did not answer within %1 s for '%2'").arg(timeoutMs / 1000.0).arg(entry)});
    state->pending = int(entries.size());
    QPointer<QObject> guard(context);
    if (entries.isEmpty() || !reader) {
        QMetaObject::invokeMethod(context, [state] { state->finish(); }, Qt::QueuedConnection);
        return;
    }
    QTimer::singleShot(timeoutMs, context, [state] { state->finish(); });
    for (const QString &entry : std::as_const(entries)) {
        CredentialRef ref;
        ref.source = CredentialRef::Source::Keychain;
        ref.name = entry;
        reader(ref, [state, entry, guard](const CredentialResult &result) {
            if (state->finished)
                return;
            state->results.insert(entry, result);
            if (--state->pending == 0 && guard)
                QMetaObject::invokeMethod(guard, [state] { state->finish(); }, Qt::QueuedConnection);
        });
    }
}

ProxyRuntime::CredentialResolver CredentialPrefetch::resolver(Results results)
{
    return [results = std::move(results)](const CredentialRef &ref) {
        if (ref.source == CredentialRef::Source::Keychain)
            return results.value(ref.name, CredentialResult{{}, QObject::tr("keychain entry '%1' was not read").arg(ref.name)});
        return resolveFromEnvironment(ref);
    };
}

} // namespace sy
