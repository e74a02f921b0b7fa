#include "demo/DemoWorkspace.h"

#include "eval/Scorer.h"

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

std::vector<Policy> DemoWorkspace::policies()
{
    std::vector<Policy> out;
    for (const char *name : {"cheap-first", "ab-test", "local-burst"}) {
        Diagnostics d;
        const auto policy = PolicyReader::fromJsonText(readResource(QStringLiteral(":/demo/policies/%1.json").arg(QLatin1String(name))), d);
        Q_ASSERT_X(policy, "DemoWorkspace::policies", qPrintable(d.toString()));
        if (policy)
            out.push_back(*policy);
    }
    return out;
}

std::vector<PromptSet> DemoWorkspace::promptSets()
{
    std::vector<PromptSet> sets;
    for (const char *name : {"support-triage", "arithmetic"}) {
        const QString path = QStringLiteral(":/demo/prompts/%1.jsonl").arg(QLatin1String(name));
        Diagnostics d;
        PromptSet set{QLatin1String(name), QStringLiteral("demo"), PromptSetReader::fromJsonl(readResource(path), d)};
        Q_ASSERT_X(d.isEmpty(), "DemoWorkspace::promptSets", qPrintable(d.toString(path)));
        sets.push_back(std::move(set));
    }
    return sets;
}

MockConfig DemoWorkspace::simulatorConfig()
{
    MockConfig config = MockConfig::demo();
    for (const PromptSet &set : promptSets())
        for (const PromptItem &item : set.items)
            config.addAnswer(lastUserText(item.messages), item.reference);
    return config;
}

Policy DemoWorkspace::combinedPolicy()
{
    Policy combined;
    for (const Policy &policy : policies()) {
        if (combined.providers.empty())
            combined.providers = policy.providers;
        combined.routes.insert(combined.routes.end(), policy.routes.begin(), policy.routes.end());
    }
    combined.name = QStringLiteral("demo");
    combined.description = QStringLiteral("The demo policies' routes together, served by the simulated providers.");
    return combined;
}

QString DemoWorkspace::seed(Workspace &workspace)
{
    // Everything is read and checked here (the resources are tested), before the single write job.
    std::vector<std::pair<QString, QByteArray>> policies;
    const std::vector<Policy> demoPolicies = DemoWorkspace::policies();
    for (const Policy &policy : demoPolicies)
        policies.emplace_back(policy.name, PolicyWriter::toJsonText(policy));
    if (demoPolicies.empty())
        return QStringLiteral("the demo policies could not be read");
    // Providers come from the first policy's list, which all demo policies share.
    const std::vector<ProviderSpec> providers = demoPolicies.front().providers;
    const std::vector<PromptSet> sets = promptSets();

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

ReplayPlan DemoWorkspace::showcaseReplay(const std::vector<Policy> &policies, const PromptSet &set)
{
    ReplayPlan plan;
    plan.items = set.items;
    for (const Policy &p : policies)
        if (p.name == u"cheap-first") {
            for (const char *model : {"sim-cloud/sim-mini", "sim-cloud/sim-standard", "sim-cloud/sim-pro"})
                if (auto c = ReplayCandidate::forModel(p.providers, QLatin1String(model)))
                    plan.candidates.push_back(*c);
            plan.candidates.push_back(ReplayCandidate::forRoute(p, QStringLiteral("auto")));
            plan.candidates.push_back(ReplayCandidate::forRoute(p, QStringLiteral("best")));
        }
    QString error;
    for (const char *scorer : {"numeric@2", "judge:sim-cloud/sim-pro"})
        if (auto s = Scorer::parse(QLatin1String(scorer), &error))
            plan.scorers.push_back(*s);
    return plan;
}

} // namespace sy
