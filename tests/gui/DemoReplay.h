#pragma once

#include <QTest>

#include <functional>
#include <vector>

#include "prompts/PromptSet.h"
#include "replayview/ReplayPage.h"
#include "session/WorkspaceSession.h"

// What the New replay dialog needs on the demo workspace, for the GUI tests that run a replay.
namespace sy::testing {

// The demo's providers: those of its cheap-first policy, which names every simulated model.
inline std::vector<ProviderSpec> demoProviders(const ReplayPage *page)
{
    for (const Policy &p : page->policies())
        if (p.name == u"cheap-first")
            return p.providers;
    return {};
}

// The workspace's prompt set names, waited for (empty when none came within 5 s).
inline QStringList promptSets(WorkspaceSession &session)
{
    QStringList sets;
    session.promptSetNames([&sets](const QStringList &names) { sets = names; });
    (void)QTest::qWaitFor([&sets] { return !sets.isEmpty(); }, 5000); // the caller checks the names
    return sets;
}

// Reads a prompt set's items from the workspace, in the background as the dialog expects.
inline auto promptLoader(WorkspaceSession &session)
{
    return [&session](const QString &set, std::function<void(std::vector<PromptItem>)> done) {
        session.loadPromptSet(set, [done](const PromptSet &s) { done(s.items); });
    };
}

} // namespace sy::testing
