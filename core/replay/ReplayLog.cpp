#include "replay/ReplayLog.h"

namespace sy {

Q_LOGGING_CATEGORY(lcReplay, "switchyard.replay", QtInfoMsg)

} // namespace sy
