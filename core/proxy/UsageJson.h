#pragma once

#include <simdjson.h>

#include "proxy/UsageReader.h"

namespace sy {

// For the proxy's readers that already hold a parsed answer: its "usage" object read into u
// (Anthropic's cache counts add to the input). outputOnly: a message_delta's running count.
void readUsageObject(simdjson::dom::element usage, ApiFormat format, Usage &u, bool outputOnly = false);

} // namespace sy
