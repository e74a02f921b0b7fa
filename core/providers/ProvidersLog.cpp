#include "providers/ProvidersLog.h"

namespace sy {

Q_LOGGING_CATEGORY(lcProviders, "switchyard.providers", QtInfoMsg)

} // namespace sy
