#pragma once

#include <QString>

namespace sy {

class Workspace;

// Seeds a workspace with the demo: simulated providers, example policies and prompt sets.
// Idempotent: a workspace that already has the demo policies is left as it is.
class DemoWorkspace
{
public:
    static QString seed(Workspace &workspace); // error text, empty on success
    static QString defaultPath();              // in the user's data folder
};

} // namespace sy
