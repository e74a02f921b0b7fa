#pragma once

#include <QString>

#include "policy/Policy.h"

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
};

} // namespace sy
