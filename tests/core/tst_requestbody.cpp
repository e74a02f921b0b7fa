#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

#include "net/OutputQueue.h"
#include "upstream/RequestBody.h"

using namespace sy;

// The upstream request body as shared pieces, and the send queue that writes them without copies.
class TestRequestBody : public QObject
{
    Q_OBJECT

private slots:
    void replace_data();
    void replace();
    void replaceSharesTheSource();
    void readAcrossPieces();
    void indexOfSeesEachPiece();
    void queueSendsPiecesInOrder();
    void queueKeepsWhatTheSocketRefuses();
    void queueReportsABrokenSocket();
};

void TestRequestBody::replace_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QList<int>>("edits"); // begin, end pairs, applied in order
    QTest::addColumn<QByteArrayList>("with");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("model value") << QByteArray(R"({"model":"a","x":1})") << QList<int>{9, 12}
                                 << QByteArrayList{"\"bb\""} << QByteArray(R"({"model":"bb","x":1})");
    QTest::newRow("at the start") << QByteArray("abc") << QList<int>{0, 0} << QByteArrayList{"X"}
                                  << QByteArray("Xabc");
    QTest::newRow("at the end") << QByteArray("abc") << QList<int>{3, 3} << QByteArrayList{"X"}
                                << QByteArray("abcX");
    QTest::newRow("everything") << QByteArray("abc") << QList<int>{0, 3} << QByteArrayList{"XY"}
                                << QByteArray("XY");
    QTest::newRow("deleted") << QByteArray("abcdef") << QList<int>{1, 5} << QByteArrayList{""}
                             << QByteArray("af");
    QTest::newRow("into empty") << QByteArray() << QList<int>{0, 0} << QByteArrayList{"{}"}
                                << QByteArray("{}");
    QTest::newRow("out of range clamps")
        << QByteArray("abc") << QList<int>{2, 99} << QByteArrayList{"Z"} << QByteArray("abZ");
    // A second edit over the first one's pieces: the usage member after the model swap.
    QTest::newRow("two edits") << QByteArray(R"({"model":"a"})") << QList<int>{9, 12, 1, 1}
                               << QByteArrayList{"\"bb\"", "\"s\":1,"}
                               << QByteArray(R"({"s":1,"model":"bb"})");
    QTest::newRow("edit spanning pieces") << QByteArray("0123456789") << QList<int>{4, 6, 2, 8}
                                          << QByteArrayList{"ab", "-"} << QByteArray("01-89");
    QTest::newRow("insert at a piece boundary")
        << QByteArray("0123") << QList<int>{2, 2, 2, 2} << QByteArrayList{"a", "b"} << QByteArray("01ba23");
}

void TestRequestBody::replace()
{
    QFETCH(QByteArray, source);
    QFETCH(QList<int>, edits);
    QFETCH(QByteArrayList, with);
    QFETCH(QByteArray, expected);

    RequestBody body(source);
    for (qsizetype i = 0; i < with.size(); ++i)
        body.replace(edits[2 * i], edits[2 * i + 1], with[i]);
    QCOMPARE(body.toByteArray(), expected);
    QCOMPARE(body.size(), expected.size());
    qsizetype total = 0;
    for (const RequestBody::Piece &piece : body.pieces()) {
        QVERIFY(piece.size > 0);
        total += piece.size;
    }
    QCOMPARE(total, expected.size());
}

void TestRequestBody::replaceSharesTheSource()
{
    const QByteArray source(1 << 20, 'x');
    RequestBody body(source);
    body.replace(10, 20, "model");
    QCOMPARE(body.pieces().size(), qsizetype(3));
    // The large pieces point into the client's buffer: nothing was copied.
    QCOMPARE(body.pieces().front().owner.constData(), source.constData());
    QCOMPARE(body.pieces().back().owner.constData(), source.constData());
    QCOMPARE(body.size(), source.size() - 5);
}

void TestRequestBody::readAcrossPieces()
{
    RequestBody body(QByteArray("0123456789"));
    body.replace(3, 5, "ab");
    body.replace(7, 7, "XYZ"); // 012ab56XYZ789
    QByteArray out(body.size(), '\0');
    for (qsizetype from = 0; from < body.size(); ++from)
        for (qsizetype max = 0; max <= body.size() - from; ++max) {
            QCOMPARE(body.read(from, out.data(), max), max);
            QCOMPARE(QByteArray(out.constData(), max), QByteArray("012ab56XYZ789").mid(from, max));
        }
    QCOMPARE(body.read(body.size(), out.data(), 4), qsizetype(0));
}

void TestRequestBody::indexOfSeesEachPiece()
{
    RequestBody body(QByteArray(R"(  {"model":"a","stream":true})"));
    body.replace(11, 14, "\"b\"");
    QCOMPARE(body.indexOf("{"), qsizetype(2));
    QCOMPARE(body.indexOf("\"stream\""), qsizetype(15));
    QCOMPARE(body.indexOf("\"b\""), qsizetype(11));
    QCOMPARE(body.indexOf("nothing"), qsizetype(-1));
}

namespace {

struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds); }
    ~SocketPair()
    {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    QByteArray drain() const
    {
        QByteArray out;
        char buffer[65536];
        for (ssize_t n; (n = ::recv(fds[1], buffer, sizeof buffer, 0)) > 0;)
            out.append(buffer, n);
        return out;
    }
};

} // namespace

void TestRequestBody::queueSendsPiecesInOrder()
{
    SocketPair pair;
    OutputQueue queue;
    const QByteArray big(OutputQueue::kShareFromBytes * 2, 'b');
    queue.append("head ", 5);
    queue.appendShared(big, 1, big.size() - 2);
    queue.append("tail", 4);
    queue.append("!", 1); // joins the tail's buffer
    QCOMPARE(queue.size(), 5 + big.size() - 2 + 5);
    QCOMPARE(queue.sendTo(pair.fds[0]), 0);
    QVERIFY(queue.isEmpty());
    QCOMPARE(pair.drain(), "head " + big.mid(1, big.size() - 2) + "tail!");
}

void TestRequestBody::queueKeepsWhatTheSocketRefuses()
{
    SocketPair pair;
    const int small = 4096;
    ::setsockopt(pair.fds[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    OutputQueue queue;
    QByteArray expected;
    for (int i = 0; i < 40; ++i) { // more pieces than one call gathers, more bytes than the socket holds
        const QByteArray piece(OutputQueue::kShareFromBytes + i, char('a' + i % 26));
        queue.appendShared(piece, 0, piece.size());
        queue.append("|", 1);
        expected += piece + '|';
    }
    QByteArray received;
    for (int round = 0; round < 10000 && !queue.isEmpty(); ++round) {
        QCOMPARE(queue.sendTo(pair.fds[0]), 0);
        const QByteArray chunk = pair.drain();
        received += chunk;
        QCOMPARE(queue.size(), expected.size() - received.size()); // what the socket refused is still queued
    }
    received += pair.drain();
    QVERIFY(queue.isEmpty());
    QCOMPARE(received.size(), expected.size());
    QCOMPARE(received, expected);
}

void TestRequestBody::queueReportsABrokenSocket()
{
    SocketPair pair;
    ::close(pair.fds[1]);
    pair.fds[1] = -1;
    OutputQueue queue;
    queue.append("x", 1);
    QCOMPARE(queue.sendTo(pair.fds[0]), EPIPE);
}

QTEST_GUILESS_MAIN(TestRequestBody)
#include "tst_requestbody.moc"
