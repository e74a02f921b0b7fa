#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include "CredentialStore.h"
#include "ScreenshotTour.h"
#include "demo/DemoWorkspace.h"
#include "models/ProviderModelTableModel.h"
#include "pages/PromptSetsPage.h"
#include "replayview/ReplayPage.h"
#include "pages/LiveTrafficPage.h"
#include "pages/ProvidersPage.h"
#include "log/Logging.h"
#include "pages/SettingsPage.h"
#include "shell/MainWindow.h"
#include "sidebyside/SideBySidePage.h"
#include "session/WorkspaceSession.h"

int main(int argc, char **argv)
{
    QElapsedTimer startClock;
    startClock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchyard"));
    QApplication::setOrganizationName(QStringLiteral("Switchyard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));

    // The language chosen in Settings, else the system's.
    const QString language = sy::SettingsPage::language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("switchyard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    sy::SettingsPage::applyTheme(sy::SettingsPage::theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Switchyard LLM routing workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace (created on first use)."));
    QCommandLineOption workspace(QStringLiteral("workspace"), QApplication::translate("main", "Open this workspace file."),
                                 QStringLiteral("FILE"));
    QCommandLineOption smoke(QStringLiteral("smoke-test"),
                             QApplication::translate("main", "Start, wait until the workspace is loaded, report, and quit."));
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   QApplication::translate("main", "Save a screenshot of every page, with live traffic, into FOLDER, and quit."),
                                   QStringLiteral("FOLDER"));
    QCommandLineOption logLevel(QStringLiteral("log-level"),
                                QApplication::translate("main", "What the log on standard error shows: %1 (default info).")
                                    .arg(sy::logging::levelNames().join(QStringLiteral(", "))),
                                QStringLiteral("LEVEL"));
    QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
                                      QApplication::translate("main", "The window size for --screenshots, WIDTHxHEIGHT (default 1280x760)."),
                                      QStringLiteral("SIZE"), QStringLiteral("1280x760"));
    parser.addOptions({demo, workspace, smoke, screenshots, screenshotSize, logLevel});
    parser.process(app);
    sy::logging::useDefaultPattern();
    if (parser.isSet(logLevel)) {
        const auto level = sy::logging::levelFromName(parser.value(logLevel));
        if (!level) {
            fprintf(stderr, "--log-level wants one of %s\n", qPrintable(sy::logging::levelNames().join(QStringLiteral(", "))));
            return 2;
        }
        sy::logging::setLevel(*level);
    }

    const bool useDemo = parser.isSet(demo) || !parser.isSet(workspace);
    const QString path = parser.isSet(workspace) ? parser.value(workspace) : sy::DemoWorkspace::defaultPath();

    sy::WorkspaceSession session;
    sy::MainWindow window(&session);
    sy::CredentialStore credentials;
    const auto readSecret = [&credentials](const sy::CredentialRef &ref, std::function<void(const sy::CredentialResult &)> done) {
        credentials.read(ref, std::move(done)); // the keychain answers asynchronously
    };
    window.providersPage()->setSecretReader(readSecret);
    window.liveTrafficPage()->setSecretReader(readSecret);
    window.sideBySidePage()->setSecretReader(readSecret);
    window.promptSetsPage()->replayPage()->setSecretReader(readSecret);
    window.resize(1100, 680);
    window.show();
    session.open(path, useDemo);

    std::unique_ptr<sy::ScreenshotTour> tour;
    if (parser.isSet(screenshots)) {
        const QStringList size = parser.value(screenshotSize).split(u'x');
        const int width = size.value(0).toInt(), height = size.size() == 2 ? size.value(1).toInt() : 0;
        if (width < 320 || height < 240) {
            fprintf(stderr, "--screenshot-size wants WIDTHxHEIGHT, such as 1024x700\n");
            return 2;
        }
        tour = std::make_unique<sy::ScreenshotTour>(&window, &session, parser.value(screenshots), QSize(width, height));
        QObject::connect(window.providerModel(), &QAbstractItemModel::modelReset, tour.get(), [&] {
            QTimer::singleShot(500, tour.get(), &sy::ScreenshotTour::start); // policies arrive right after providers
        }, Qt::SingleShotConnection);
    }

    if (parser.isSet(smoke)) {
        QObject::connect(&session, &sy::WorkspaceSession::failed, &app, [](const QString &error) {
            fprintf(stderr, "smoke test failed: %s\n", qPrintable(error));
            QApplication::exit(1);
        });
        QObject::connect(window.providerModel(), &QAbstractItemModel::modelReset, &app, [&] {
            printf("ready in %lld ms: %d models, simulator at %s\n", static_cast<long long>(startClock.elapsed()),
                   window.providerModel()->rowCount(), qPrintable(session.simulatorUrl()));
            fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
        QTimer::singleShot(30000, &app, [] {
            fprintf(stderr, "smoke test timed out\n");
            QApplication::exit(1);
        });
    }
    return QApplication::exec();
}
