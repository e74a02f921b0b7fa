#include "proxy/ProxyLog.h"

namespace sy {

Q_LOGGING_CATEGORY(lcProxy, "switchyard.proxy", QtInfoMsg)

} // namespace sy
