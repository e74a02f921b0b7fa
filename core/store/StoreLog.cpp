#include "store/StoreLog.h"

namespace sy {

Q_LOGGING_CATEGORY(lcStore, "switchyard.store", QtInfoMsg)

} // namespace sy
