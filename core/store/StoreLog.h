#pragma once

#include <QLoggingCategory>

namespace sy {

// switchyard.store: the workspace database: opening, migrations, failed writes.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace sy
