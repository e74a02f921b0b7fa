#pragma once

#include <QJsonObject>

#include "experiments/ExperimentReadout.h"

namespace sy::ExperimentJson {

// An experiment's readout as `switchyard-cli experiments --json` prints it: arms with every figure
// and its interval (null where nothing was measured), and each comparison with its verdict.
QJsonObject toJson(const ExperimentReadout &experiment);

} // namespace sy::ExperimentJson
