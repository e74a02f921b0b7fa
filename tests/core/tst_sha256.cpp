#include <QTest>

#include "digest/Sha256.h"

using namespace sy;

// The key hashes in a workspace are SHA-256 hex: whatever computes them must agree with the
// published vectors (FIPS 180-2 examples), in one call or fed in pieces.
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a")
            << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hash(input).toHex(), hex);
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(1000)}) {
            if (piece == 1 && input.size() > 10000)
                continue; // a million one-byte calls prove nothing more than a thousand
            Sha256 fed;
            for (qsizetype at = 0; at < input.size(); at += piece)
                fed.add(QByteArrayView(input).sliced(at, qMin(piece, input.size() - at)));
            QCOMPARE(fed.result().toHex(), hex);
        }
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
