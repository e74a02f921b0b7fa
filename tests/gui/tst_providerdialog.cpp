#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "dialogs/ProviderDialog.h"
#include "mock/MockProvider.h"

using namespace sy;

// The provider form, driven with the keyboard and mouse as a user would.
class TestProviderDialog : public QObject
{
    Q_OBJECT
private slots:
    void presetFillsTheForm();
    void validation_data();
    void validation();
    void testConnectionListsModelsAndAddsThem();
    void testConnectionReportsAMissingKey();
};

void TestProviderDialog::presetFillsTheForm()
{
    ProviderDialog dialog(ProviderSpec{}, {}, {});
    QVERIFY(!dialog.saveButton()->isEnabled()); // empty form
    const int groq = dialog.presetChooser()->findText(QStringLiteral("Groq"));
    QVERIFY(groq > 0);
    dialog.presetChooser()->setCurrentIndex(groq);
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("groq"));
    QVERIFY(dialog.baseUrlEdit()->text().startsWith(QStringLiteral("https://api.groq.com/")));
    QCOMPARE(dialog.credentialKind()->currentIndex(), 1); // environment variable
    QVERIFY(!dialog.credentialName()->text().isEmpty());
    QVERIFY(dialog.modelTable()->rowCount() > 0);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.validationError()));
    const ProviderSpec p = dialog.provider();
    QCOMPARE(p.id, QStringLiteral("groq"));
    QCOMPARE(p.credential.source, CredentialRef::Source::Environment);
    QVERIFY(!p.models.empty() && p.models.front().pricing.inputPerMTok > 0);

    // A local server preset has no key.
    dialog.presetChooser()->setCurrentIndex(dialog.presetChooser()->findText(QStringLiteral("Ollama"), Qt::MatchContains));
    QCOMPARE(dialog.credentialKind()->currentIndex(), 0);
    QCOMPARE(dialog.provider().credential.source, CredentialRef::Source::None);
}

void TestProviderDialog::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("credential");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << "local" << "http://127.0.0.1:8080/v1" << 0 << QString();
    QTest::newRow("no id") << "" << "http://127.0.0.1:8080/v1" << 0 << "needs an id";
    QTest::newRow("slash in id") << "a/b" << "http://127.0.0.1:8080/v1" << 0 << "letters, digits";
    QTest::newRow("taken id") << "openai" << "http://127.0.0.1:8080/v1" << 0 << "already called openai";
    QTest::newRow("not a URL") << "local" << "127.0.0.1:8080" << 0 << "must be an http:// or https:// address";
    QTest::newRow("key variable unnamed") << "local" << "http://127.0.0.1:8080/v1" << 1 << "Name the environment variable";
}

void TestProviderDialog::validation()
{
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(int, credential);
    QFETCH(QString, problem);
    ProviderDialog dialog(ProviderSpec{}, {QStringLiteral("openai")}, {});
    dialog.show();
    QTest::keyClicks(dialog.idEdit(), id);
    QTest::keyClicks(dialog.baseUrlEdit(), url);
    dialog.credentialKind()->setCurrentIndex(credential);
    QVERIFY2(dialog.validationError().contains(problem), qPrintable(dialog.validationError()));
    QCOMPARE(dialog.saveButton()->isEnabled(), problem.isEmpty());
    QCOMPARE(dialog.errorLabel()->isVisible(), !problem.isEmpty()); // next to the form, as the user types
}

void TestProviderDialog::testConnectionListsModelsAndAddsThem()
{
    MockServer mock(MockConfig::demo(), 1);
    QVERIFY(mock.listen());
    ProviderDialog dialog(ProviderSpec{}, {}, {});
    dialog.show();
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("sim"));
    QTest::keyClicks(dialog.baseUrlEdit(), mock.baseUrl());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().startsWith(QStringLiteral("✓")), 10000);
    QVERIFY(dialog.testResult()->text().contains(QStringLiteral("sim-mini")));
    QVERIFY(dialog.addListedButton()->isEnabled());
    QCOMPARE(dialog.modelTable()->rowCount(), 0);
    QTest::mouseClick(dialog.addListedButton(), Qt::LeftButton);
    QCOMPARE(dialog.modelTable()->rowCount(), 6);
    QTest::mouseClick(dialog.addListedButton(), Qt::LeftButton); // twice: no duplicates
    QCOMPARE(dialog.modelTable()->rowCount(), 6);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.validationError()));
    QCOMPARE(dialog.provider().models.size(), size_t(6));
}

void TestProviderDialog::testConnectionReportsAMissingKey()
{
    ProviderDialog dialog(ProviderSpec{}, {}, [](const CredentialRef &ref, std::function<void(const CredentialResult &)> done) {
        done(resolveFromEnvironment(ref));
    });
    dialog.show();
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("x"));
    QTest::keyClicks(dialog.baseUrlEdit(), QStringLiteral("http://127.0.0.1:9/v1"));
    dialog.credentialKind()->setCurrentIndex(1);
    QTest::keyClicks(dialog.credentialName(), QStringLiteral("SY_TEST_NO_SUCH_VARIABLE"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.testResult()->text().startsWith(QStringLiteral("✗")));
    QVERIFY2(dialog.testResult()->text().contains(QStringLiteral("SY_TEST_NO_SUCH_VARIABLE")), qPrintable(dialog.testResult()->text()));
}

QTEST_MAIN(TestProviderDialog)
#include "tst_providerdialog.moc"
