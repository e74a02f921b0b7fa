#pragma once

#include <QString>

#include <vector>

#include "mock/MockConfig.h"
#include "policy/Policy.h"
#include "prompts/PromptSet.h"
#include "replay/ReplayPlan.h"

namespace sy {

class Workspace;

// Seeds a workspace with the demo: simulated providers, example policies and prompt sets.
// Idempotent: a workspace that already has the demo policies is left as it is.
class DemoWorkspace
{
public:
    static QString seed(Workspace &workspace); // error text, empty on success
    static QString defaultPath();              // in the user's data folder
    // The three demo policies' routes in one policy (they share providers), for `proxy --demo`.
    static Policy combinedPolicy();
    // The demo policies, each as shipped (they share one list of simulated providers).
    static std::vector<Policy> policies();
    // The demo prompt sets, written for the project.
    static std::vector<PromptSet> promptSets();
    // The simulated providers' settings, knowing the demo prompt sets' answers (each model gets
    // its share of them right, so replays show real quality differences).
    static MockConfig simulatorConfig();
    // The demo's showcase replay: a prompt set through the three simulated models and the
    // cheap-first policy's "auto" and "best" routes, graded by the answer and by a judge.
    // Empty candidates when the policies hold no cheap-first.
    static ReplayPlan showcaseReplay(const std::vector<Policy> &policies, const PromptSet &set);
};

} // namespace sy
