#pragma once

#include <QString>

#include "eval/OutcomeMatrix.h"
#include "routing/RequestFeatures.h"

namespace sy {

// The request an outcome row stands for (its messages, or its prompt as one user message), as the
// router sees it: what the simulator routes and the trainer learns from.
RequestFeatures featuresOfRow(const OutcomeRow &row, const QString &alias = QString());

} // namespace sy
