#pragma once

#include <QLoggingCategory>

namespace sy {

// switchyard.upstream: connections to providers: connect, TLS and protocol failures, stale keep-alives.
Q_DECLARE_LOGGING_CATEGORY(lcUpstream)

} // namespace sy
