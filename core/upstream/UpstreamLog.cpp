#include "upstream/UpstreamLog.h"

namespace sy {

Q_LOGGING_CATEGORY(lcUpstream, "switchyard.upstream", QtInfoMsg)

} // namespace sy
