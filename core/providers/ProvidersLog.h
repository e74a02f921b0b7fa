#pragma once

#include <QLoggingCategory>

namespace sy {

// switchyard.providers: provider probes.
Q_DECLARE_LOGGING_CATEGORY(lcProviders)

} // namespace sy
