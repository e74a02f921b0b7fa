#include "http/HttpLog.h"

namespace sy {

Q_LOGGING_CATEGORY(lcHttp, "switchyard.http", QtInfoMsg)

} // namespace sy
