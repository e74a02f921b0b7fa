#pragma once

#include <QLoggingCategory>

namespace sy {

// switchyard.http: the HTTP server: listening, refused and dropped connections.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace sy
