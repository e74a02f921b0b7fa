// --log-level's names and what each level lets through, per layer category.
#include <QLoggingCategory>
#include <QTest>

#include "http/HttpLog.h"
#include "log/Logging.h"
#include "proxy/ProxyLog.h"
#include "store/StoreLog.h"

using namespace sy;

class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { logging::setLevel(logging::Level::Info); }
    void debugIsOffByDefault();
    void levelNames_data();
    void levelNames();
    void levels_data();
    void levels();
};

void TestLogging::debugIsOffByDefault()
{
    for (const QLoggingCategory *c : {&lcProxy(), &lcHttp(), &lcStore()}) {
        QVERIFY2(!c->isDebugEnabled(), c->categoryName());
        QVERIFY2(c->isInfoEnabled(), c->categoryName());
        QVERIFY(QByteArray(c->categoryName()).startsWith("switchyard."));
    }
}

void TestLogging::levelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected"); // -1: not a level
    QTest::newRow("debug") << QStringLiteral("debug") << int(logging::Level::Debug);
    QTest::newRow("any case") << QStringLiteral("WARNING") << int(logging::Level::Warning);
    QTest::newRow("off") << QStringLiteral("off") << int(logging::Level::Off);
    QTest::newRow("unknown") << QStringLiteral("verbose") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestLogging::levelNames()
{
    QFETCH(QString, name);
    QFETCH(int, expected);
    const auto level = logging::levelFromName(name);
    QCOMPARE(level ? int(*level) : -1, expected);
    QCOMPARE(logging::levelNames().size(), 5);
}

void TestLogging::levels_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("debug");
    QTest::addColumn<bool>("info");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<bool>("critical");
    QTest::newRow("debug") << int(logging::Level::Debug) << true << true << true << true;
    QTest::newRow("info") << int(logging::Level::Info) << false << true << true << true;
    QTest::newRow("warning") << int(logging::Level::Warning) << false << false << true << true;
    QTest::newRow("error") << int(logging::Level::Error) << false << false << false << true;
    QTest::newRow("off") << int(logging::Level::Off) << false << false << false << false;
}

void TestLogging::levels()
{
    QFETCH(int, level);
    QFETCH(bool, debug);
    QFETCH(bool, info);
    QFETCH(bool, warning);
    QFETCH(bool, critical);
    logging::setLevel(logging::Level(level));
    for (const QLoggingCategory *c : {&lcProxy(), &lcHttp(), &lcStore()}) {
        QCOMPARE(c->isDebugEnabled(), debug);
        QCOMPARE(c->isInfoEnabled(), info);
        QCOMPARE(c->isWarningEnabled(), warning);
        QCOMPARE(c->isCriticalEnabled(), critical);
    }
    // Qt's own categories keep their settings.
    QCOMPARE(QLoggingCategory::defaultCategory()->isWarningEnabled(), true);
}

QTEST_APPLESS_MAIN(TestLogging)
#include "tst_logging.moc"
