#pragma once

#include <QByteArray>

namespace sy::RequestIds {

// An id for a request whose client sent no x-request-id: "req_" and 24 hex digits, a random tag
// of this process and a counter, so ids stay unique across restarts and fleets without a lookup.
// Every response carries its id; feedback names the answer by it. Any thread.
QByteArray next();

} // namespace sy::RequestIds
