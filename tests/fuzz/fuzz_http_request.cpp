// HTTP/1.1 request parsing, fed in two pieces split at a position the input chooses.
#include "http/HttpRequestParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t split = data[0] % (size + 1);
    const QByteArray all(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    sy::HttpRequestParser parser(sy::HttpRequestParser::Limits{4096, 65536});
    QByteArray buffer = all.left(qsizetype(split));
    qsizetype offset = 0;
    for (int piece = 0; piece < 2; ++piece) {
        while (offset < buffer.size()) {
            const auto status = parser.feed(buffer, offset);
            if (status == sy::HttpRequestParser::Status::Error)
                return 0;
            if (status == sy::HttpRequestParser::Status::NeedMore)
                break;
            if (status == sy::HttpRequestParser::Status::HeadersComplete) {
                (void)parser.request().header("authorization");
                continue;
            }
            const sy::HttpRequest request = parser.takeRequest();
            (void)request.header("content-type");
        }
        buffer += all.mid(qsizetype(split));
    }
    return 0;
}
