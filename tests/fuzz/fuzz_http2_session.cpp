// An HTTP/2 upstream's bytes, after the TLS handshake, into a session carrying two requests:
// nghttp2 parses the frames; this exercises what the session does with what it reports.
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

#include "net/ByteStream.h"
#include "upstream/UpstreamPool.h"

namespace {

// A connected stream that swallows what the session writes and hands it the fuzzer's bytes.
class FakeStream final : public sy::ByteStream
{
public:
    void connectToHost(const QByteArray &, quint16) override {}
    bool isConnected() const override { return m_open; }
    using ByteStream::write;
    void write(const char *, qsizetype) override {}
    qsizetype bytesPending() const override { return 0; }
    QByteArray negotiatedProtocol() const override { return "h2"; }
    void closeWhenFlushed() override { m_open = false; }
    void abort() override { m_open = false; }
    void deliver(const char *data, qsizetype size)
    {
        if (m_open && m_handlers.data)
            m_handlers.data(data, size);
    }

private:
    bool m_open = true;
};

sy::UpstreamRequest request(bool stream)
{
    sy::UpstreamRequest r;
    r.endpoint = *sy::UpstreamEndpoint::fromUrl(QStringLiteral("https://upstream.test/v1"));
    r.path = "/chat/completions";
    r.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer x"}};
    r.body = stream ? R"({"model":"m","stream":true,"messages":[]})" : R"({"model":"m","messages":[]})";
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_http2_session";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    if (size < 1)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data) + 1;
    const qsizetype total = qsizetype(size - 1);
    const qsizetype split = data[0] % (total + 1);
    {
        sy::UpstreamPool pool;
        auto *stream = new FakeStream;
        const sy::UpstreamEndpoint endpoint = *sy::UpstreamEndpoint::fromUrl(QStringLiteral("https://upstream.test/v1"));
        pool.adoptHttp2(endpoint, stream);
        int ended = 0;
        qsizetype bodyBytes = 0;
        for (bool streaming : {false, true})
            pool.send(request(streaming), {[](int, const sy::HttpHeaders &) {}, [&bodyBytes](QByteArrayView b) { bodyBytes += b.size(); },
                                           [&ended] { ++ended; }, [&ended](sy::UpstreamError, const QString &) { ++ended; }});
        QCoreApplication::processEvents(); // the session sends its preface and both requests
        stream->deliver(bytes, split);
        stream->deliver(bytes + split, total - split);
        QCoreApplication::processEvents();
        if (ended > 2 || bodyBytes > total)
            __builtin_trap(); // each request ends once; a body is never longer than what arrived
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
