#pragma once

#include <QStringList>

#include <vector>

#include "prompts/PromptSet.h"

namespace sy {

// The scorers a replay of these prompts starts with, from what their references look like:
// numbers are compared as numbers, short labels ("billing") must appear in the answer, longer
// references are compared by overlap. Prompts without references get none (a judge needs a
// model the user picks).
namespace ScorerDefaults {
QStringList forItems(const std::vector<PromptItem> &items);
}

} // namespace sy
