#pragma once

#include <QLoggingCategory>

namespace sy {

// switchyard.replay: replay runs: start, end, failed cells.
Q_DECLARE_LOGGING_CATEGORY(lcReplay)

} // namespace sy
