#include "demo/DemoWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include "json/JsonReader.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "prompts/PromptSet.h"
#include "store/PolicyStore.h"
#include "store/PromptSetStore.h"
#include "store/ProviderStore.h"
#include "store/Workspace.h"

namespace sy {

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QString DemoWorkspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/switchyard/demo.switchyard");
}

Policy DemoWorkspace::combinedPolicy()
{
    Policy combined;
    for (const char *name : {"cheap-first", "ab-test", "local-burst"}) {
        Diagnostics d;
        const auto policy = PolicyReader::fromJsonText(readResource(QStringLiteral(":/demo/policies/%1.json").arg(QLatin1String(name))), d);
        Q_ASSERT_X(policy, "DemoWorkspace::combinedPolicy", qPrintable(d.toString()));
        if (!policy)
            continue;
        if (combined.providers.empty())
            combined.providers = policy->providers;
        combined.routes.insert(combined.routes.end(), policy->routes.begin(), policy->routes.end());
    }
    combined.name = QStringLiteral("demo");
    combined.description = QStringLiteral("The demo policies' routes together, served by the simulated providers.");
    return combined;
}

QString DemoWorkspace::seed(Workspace &workspace)
{
    // Everything is read and checked here, before the single write job that stores it.
    std::vector<std::pair<QString, QByteArray>> policies;
    for (const char *name : {"cheap-first", "ab-test", "local-burst"}) {
        const QString file = QStringLiteral(":/demo/policies/%1.json").arg(QLatin1String(name));
        Diagnostics d;
        const auto policy = PolicyReader::fromJsonText(readResource(file), d);
        if (!policy)
            return d.toString(file);
        policies.emplace_back(policy->name, PolicyWriter::toJsonText(*policy));
    }
    // Providers come from the first policy's list, which all demo policies share.
    Diagnostics d;
    const auto first = PolicyReader::fromJsonText(readResource(QStringLiteral(":/demo/policies/cheap-first.json")), d);
    const std::vector<ProviderSpec> providers = first->providers;

    std::vector<PromptSet> sets;
    for (const auto &[name, file] : {std::pair{"support-triage", "support-triage"}, std::pair{"arithmetic", "arithmetic"}}) {
        const QString path = QStringLiteral(":/demo/prompts/%1.jsonl").arg(QLatin1String(file));
        Diagnostics pd;
        PromptSet set{QLatin1String(name), QStringLiteral("demo"), PromptSetReader::fromJsonl(readResource(path), pd)};
        if (!pd.isEmpty())
            return pd.toString(path);
        sets.push_back(std::move(set));
    }

    QString result;
    workspace.write([&](QSqlDatabase &db) -> QString {
        if (!PolicyStore::list(db).empty())
            return {}; // already seeded, or the user's own workspace
        for (const ProviderSpec &p : providers)
            if (QString e = ProviderStore::save(db, p); !e.isEmpty())
                return e;
        for (const auto &[name, document] : policies) {
            QString error;
            if (PolicyStore::saveVersion(db, name, document, QStringLiteral("demo"), &error) < 0)
                return error;
        }
        if (QString e = PolicyStore::setActive(db, policies.front().first); !e.isEmpty())
            return e;
        for (const PromptSet &set : sets)
            if (QString e = PromptSetStore::save(db, set); !e.isEmpty())
                return e;
        return {};
    }, nullptr, [&result](const QString &error) { result = error; });
    workspace.waitForWrites();
    return result;
}

} // namespace sy
