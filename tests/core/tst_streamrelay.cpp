// A stream on its way from an upstream to the client, without sockets: bytes in, bytes out, and
// the fault that stops it. Every case is fed whole and one byte at a time: an upstream may split
// its events anywhere.
#include <QTest>

#include "proxy/StreamRelay.h"

using namespace sy;

Q_DECLARE_METATYPE(sy::FailureClass)

namespace {

QByteArray openAiChunk(const char *text)
{
    return QByteArray(
               R"(data: {"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":")") +
           text + "\"},\"finish_reason\":null}]}\n\n";
}
const QByteArray kUsageChunk =
    R"(data: {"id":"c1","object":"chat.completion.chunk","model":"m","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2}})"
    "\n\n";
const QByteArray kDone = "data: [DONE]\n\n";
const QByteArray kErrorEvent = R"(data: {"error":{"message":"overloaded","type":"server_error"}})"
                               "\n\n";

QByteArray anthropicStream()
{
    return "event: message_start\ndata: "
           "{\"type\":\"message_start\",\"message\":{\"id\":\"m1\",\"type\":\"message\",\"role\":"
           "\"assistant\","
           "\"model\":\"c\",\"content\":[],\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}}\n\n"
           "event: content_block_start\ndata: "
           "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}"
           "}\n\n"
           "event: content_block_delta\ndata: "
           "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}"
           "}\n\n"
           "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
           "event: message_delta\ndata: "
           "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_"
           "tokens\":4}}\n\n"
           "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
}

struct Run
{
    QByteArray out;
    std::optional<StreamRelay::Fault> fault;
    bool faultAtEnd = false; // from finish(), not from a read
    bool started = false;
};

Run relay(const StreamRelay::Options &options, const QByteArray &stream, bool byteByByte)
{
    StreamRelay r(options);
    Run run;
    const qsizetype step = byteByByte ? 1 : stream.size();
    for (qsizetype i = 0; i < stream.size() && !run.fault; i += step) {
        StreamRelay::Result result =
            r.feed(QByteArrayView(stream).sliced(i, std::min(step, stream.size() - i)));
        run.out += result.out;
        run.fault = result.fault;
    }
    if (!run.fault) {
        StreamRelay::Result end = r.finish();
        run.out += end.out;
        run.fault = end.fault;
        run.faultAtEnd = bool(end.fault);
    }
    run.started = r.started();
    return run;
}

} // namespace

class TestStreamRelay : public QObject
{
    Q_OBJECT
private slots:
    void faults_data();
    void faults();
    void usageIsReadAndTheAskedForUsageRemoved_data();
    void usageIsReadAndTheAskedForUsageRemoved();
    void translatesAnthropicToOpenAi();
    void keepsACopyForTheCache();
    void storedStreamReplaysThroughTheSameFilters();
    void wholeEventsPassWithoutACopy();
};

void TestStreamRelay::faults_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArray>("expectedOut");
    QTest::addColumn<bool>("expectFault");
    QTest::addColumn<sy::FailureClass>("faultClass");
    QTest::addColumn<QString>("faultText");
    const QByteArray good = openAiChunk("Hel") + openAiChunk("lo") + kDone;
    const QByteArray garbage = "<html>502 Bad Gateway</html>\n\n";
    for (const bool byteByByte : {false, true}) {
        const char *how = byteByByte ? "byte by byte" : "whole";
        QTest::addRow("complete, %s", how)
            << byteByByte << good << good << false << FailureClass::StreamError << QString();
        QTest::addRow("error before the first byte, %s", how)
            << byteByByte << kErrorEvent + good << QByteArray() << true << FailureClass::ServerError
            << QStringLiteral("carried an error: overloaded");
        // In one read nothing has gone out yet when the error shows: it can still fall back
        // unseen. Read by read, the first chunk has gone, and the client sees the error too.
        QTest::addRow("error after the first byte, %s", how)
            << byteByByte << openAiChunk("Hel") + kErrorEvent
            << (byteByByte ? openAiChunk("Hel") + kErrorEvent : QByteArray()) << true
            << FailureClass::ServerError << QStringLiteral("carried an error: overloaded");
        QTest::addRow("garbage, %s", how)
            << byteByByte << openAiChunk("Hel") + garbage << (byteByByte ? openAiChunk("Hel") : QByteArray())
            << true << FailureClass::StreamError << QStringLiteral("malformed");
        QTest::addRow("usage event that is not JSON, %s", how)
            << byteByByte << openAiChunk("Hel") + "data: {\"usage\": oops}\n\n" + kDone
            << (byteByByte ? openAiChunk("Hel") : QByteArray()) << true << FailureClass::StreamError
            << QStringLiteral("not a JSON object");
        QTest::addRow("no terminator, %s", how)
            << byteByByte << openAiChunk("Hel") << openAiChunk("Hel") << true << FailureClass::StreamError
            << QStringLiteral("without its terminator ([DONE])");
        QTest::addRow("empty, %s", how)
            << byteByByte << QByteArray() << QByteArray() << true << FailureClass::StreamError
            << QStringLiteral("ended before its first event");
    }
}

void TestStreamRelay::faults()
{
    QFETCH(bool, byteByByte);
    QFETCH(QByteArray, stream);
    QFETCH(QByteArray, expectedOut);
    QFETCH(bool, expectFault);
    QFETCH(sy::FailureClass, faultClass);
    QFETCH(QString, faultText);
    const Run run = relay(StreamRelay::Options{}, stream, byteByByte);
    QCOMPARE(run.out, expectedOut); // no byte of garbage, nothing of an error that can still fall back
    QCOMPARE(run.started, !expectedOut.isEmpty());
    QCOMPARE(bool(run.fault), expectFault);
    if (expectFault) {
        QCOMPARE(run.fault->failureClass, faultClass);
        QVERIFY2(run.fault->message.contains(faultText), qPrintable(run.fault->message));
    }
}

void TestStreamRelay::usageIsReadAndTheAskedForUsageRemoved_data()
{
    QTest::addColumn<bool>("removeUsage");
    QTest::newRow("client asked for usage") << false;
    QTest::newRow("proxy asked for usage") << true;
}

void TestStreamRelay::usageIsReadAndTheAskedForUsageRemoved()
{
    QFETCH(bool, removeUsage);
    StreamRelay::Options options;
    options.removeUsage = removeUsage;
    const QByteArray stream = openAiChunk("Hi") + kUsageChunk + kDone;
    for (const bool byteByByte : {false, true}) {
        const Run run = relay(options, stream, byteByByte);
        QVERIFY(!run.fault);
        QCOMPARE(run.out, removeUsage ? openAiChunk("Hi") + kDone : stream);
    }
    StreamRelay r(options);
    QVERIFY(!r.feed(stream).fault);
    QVERIFY(!r.finish().fault);
    QCOMPARE(r.usage().inputTokens, 5);
    QCOMPARE(r.usage().outputTokens, 2); // read either way: the cost needs it
}

void TestStreamRelay::translatesAnthropicToOpenAi()
{
    StreamRelay::Options options;
    options.upstream = ApiFormat::AnthropicMessages;
    options.client = ApiFormat::OpenAIChat;
    options.model = QStringLiteral("claude-x");
    for (const bool byteByByte : {false, true}) {
        const Run run = relay(options, anthropicStream(), byteByByte);
        QVERIFY2(!run.fault, run.fault ? qPrintable(run.fault->message) : "");
        QVERIFY(run.out.contains("\"content\":\"Hi\""));
        QVERIFY(run.out.contains("\"model\":\"c\"")); // the upstream's own name for its model
        QVERIFY(run.out.endsWith(kDone));
        QVERIFY(!run.out.contains("message_stop"));
    }
    // Cut before message_stop: the terminator the check wants is Anthropic's.
    const QByteArray cut = anthropicStream().left(anthropicStream().indexOf("event: message_stop"));
    const Run truncated = relay(options, cut, false);
    QVERIFY(truncated.fault && truncated.faultAtEnd);
    QVERIFY2(truncated.fault->message.contains(QStringLiteral("(message_stop)")),
             qPrintable(truncated.fault->message));
}

void TestStreamRelay::keepsACopyForTheCache()
{
    StreamRelay::Options options;
    options.removeUsage = true;
    options.keepCopy = true;
    StreamRelay r(options);
    const QByteArray stream = openAiChunk("Hi") + kUsageChunk + kDone;
    r.feed(QByteArrayView(stream).first(10));
    r.feed(QByteArrayView(stream).sliced(10));
    QCOMPARE(r.copy(), stream); // as the upstream sent it, usage included: a later client may want it
    QVERIFY(StreamRelay(StreamRelay::Options{}).copy().isEmpty());
}

void TestStreamRelay::storedStreamReplaysThroughTheSameFilters()
{
    StreamRelay::Options options;
    options.removeUsage = true;
    StreamRelay r(options);
    QVERIFY(!r.started());
    QCOMPARE(r.replayStored(openAiChunk("Hi") + kUsageChunk + kDone), openAiChunk("Hi") + kDone);
    QVERIFY(r.started());
}

void TestStreamRelay::wholeEventsPassWithoutACopy()
{
    // Between the same APIs a read of whole events goes out as the very bytes read: no copy, no
    // re-framing. A read that ends inside an event holds that event back.
    StreamRelay r(StreamRelay::Options{});
    const QByteArray read = openAiChunk("Hel") + openAiChunk("lo");
    const StreamRelay::Result whole = r.feed(read);
    QVERIFY(!whole.fault);
    QVERIFY(whole.out.data() == read.constData()); // the same bytes, not equal ones
    QCOMPARE(whole.out.size(), read.size());
    const QByteArray split = openAiChunk("!") + kDone;
    QCOMPARE(r.feed(QByteArrayView(split).first(10)).out.toByteArray(), QByteArray());
    QCOMPARE(r.feed(QByteArrayView(split).sliced(10)).out.toByteArray(), split);
}

QTEST_APPLESS_MAIN(TestStreamRelay)
#include "tst_streamrelay.moc"
