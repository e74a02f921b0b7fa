#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

#include "json/JsonWriter.h"

using namespace sy;

// The request log stores what JsonWriter writes and the workbench reads it back with Qt's parser:
// every string must survive the trip, and the text must be exactly the compact form.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsSurviveTheTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("route 'cached'");
        QTest::newRow("quotes and backslashes") << QStringLiteral("matches /\\bticket-3\\d{3}\\b/ \"x\"");
        QTest::newRow("line breaks and tabs") << QStringLiteral("a\nb\r\nc\td");
        QTest::newRow("control characters") << QString::fromUtf16(u"\u0001\u001f\u0008\u000c");
        QTest::newRow("German and Chinese") << QStringLiteral("Größe 路由 …");
        QTest::newRow("astral") << QString::fromUtf16(u"\U0001F600 ok");
        QTest::newRow("empty") << QString();
    }

    void stringsSurviveTheTrip()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject()
            .key(text)
            .value(text)
            .key(QLatin1StringView("list"))
            .beginArray()
            .value(text)
            .value(text)
            .endArray()
            .endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.text(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(text).toString(), text);
        QCOMPARE(doc.object().value(QStringLiteral("list")).toArray(), (QJsonArray{text, text}));
    }

    void writesTheCompactForm()
    {
        JsonWriter w;
        w.beginObject()
            .key(QLatin1StringView("a"))
            .value(1)
            .key(QLatin1StringView("b"))
            .beginArray()
            .value(true)
            .value(false)
            .null()
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .endArray()
            .key(QLatin1StringView("c"))
            .value(0.133)
            .key(QLatin1StringView("d"))
            .value(77.0)
            .key(QLatin1StringView("e"))
            .value(std::numeric_limits<double>::quiet_NaN())
            .key(QLatin1StringView("f"))
            .value(qint64(-9007199254740993))
            .endObject();
        QCOMPARE(
            w.text(),
            QByteArray(
                R"({"a":1,"b":[true,false,null,{},[]],"c":0.133,"d":77,"e":null,"f":-9007199254740993})"));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
