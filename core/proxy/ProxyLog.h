#pragma once

#include <QLoggingCategory>

namespace sy {

// switchyard.proxy: requests through the proxy: failed attempts, fallbacks, breakers, policy reloads.
Q_DECLARE_LOGGING_CATEGORY(lcProxy)

} // namespace sy
