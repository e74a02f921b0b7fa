// Upstream HTTP/1.1 responses as they come off the socket, in two reads split where the input
// chooses; a response completed by the first read is followed by a new one on the same
// connection, as keep-alive does; then the connection ends.
#include <cstddef>
#include <cstdint>

#include "upstream/Http1ResponseParser.h"

using Result = sy::Http1ResponseParser::Result;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data) + 1;
    const qsizetype total = qsizetype(size - 1);
    const qsizetype split = data[0] % (total + 1);
    qsizetype bodyBytes = 0;
    sy::Http1ResponseParser parser({[](int status, const sy::HttpHeaders &headers) {
                                        for (const auto &[name, value] : headers)
                                            if (name.isEmpty() && value.size() < 0)
                                                __builtin_trap();
                                        if (status < 0)
                                            __builtin_trap();
                                    },
                                    [&bodyBytes](QByteArrayView body) { bodyBytes += body.size(); }});
    parser.begin();
    Result r = parser.feed(bytes, split);
    if (r == Result::Complete)
        parser.begin();
    if (r != Result::Error)
        r = parser.feed(bytes + split, total - split);
    if (r != Result::Error)
        parser.feedEnd();
    (void)parser.keepAlive();
    (void)parser.errorText();
    if (bodyBytes > total)
        __builtin_trap(); // a body is never longer than what arrived
    return 0;
}
