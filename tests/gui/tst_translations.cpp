#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The German and Simplified Chinese catalogues are complete and compiled into the GUI.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void compiledIntoTheGui_data();
    void compiledIntoTheGui();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(SWITCHYARD_SOURCE_DIR "/translations/switchyard_%1.ts").arg(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            ++messages;
            if (type == u"unfinished")
                unfinished.append(source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 400);
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::compiledIntoTheGui_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("policies");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Richtlinien");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("策略");
}

void TestTranslations::compiledIntoTheGui()
{
    QFETCH(QString, language);
    QFETCH(QString, policies);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/switchyard_%1.qm").arg(language)));
    QCOMPARE(translator.translate("sy::MainWindow", "Policies"), policies);
    QVERIFY(!translator.translate("sy::PolicyEditor", "Undo").isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
