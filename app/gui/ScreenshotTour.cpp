#include "ScreenshotTour.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QComboBox>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTimer>

#include <cstdio>

#include "dialogs/ProviderDialog.h"
#include "pages/LiveTrafficPage.h"
#include "pages/ProvidersPage.h"
#include "proxy/ProxyService.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceSession.h"

namespace sy {

namespace {

const char *const kPrompts[] = {
    "Summarise the release notes in three bullet points.",
    "Write a Python function that parses ISO 8601 durations, with tests.",
    "What is the capital of Australia?",
    "Translate 'the proxy keeps serving while the window is closed' into German.",
    "Explain the difference between p50 and p95 latency to a product manager.",
};

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, WorkspaceSession *session, QString folder, QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_folder(std::move(folder)), m_nam(new QNetworkAccessManager(this))
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    shoot(0, QStringLiteral("providers"));
    shoot(1, QStringLiteral("policies"));
    shoot(3, QStringLiteral("settings"));
    shootProviderDialog();
    LiveTrafficPage *page = m_window->liveTrafficPage();
    m_window->navigation()->setCurrentRow(2);
    page->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    connect(m_window->proxy(), &ProxyService::started, this, [this] { sendTraffic(90); }, Qt::SingleShotConnection);
    page->servePolicy(QStringLiteral("cheap-first"));
}

void ScreenshotTour::sendTraffic(int remaining)
{
    if (remaining == 0) {
        // Let the last answers and a chart tick arrive, then show a request's details.
        QTimer::singleShot(2500, this, [this] {
            m_window->liveTrafficPage()->table()->selectRow(0);
            QTimer::singleShot(300, this, [this] {
                shoot(2, QStringLiteral("live-traffic"));
                finish();
            });
        });
        return;
    }
    const QStringList routes{QStringLiteral("auto"), QStringLiteral("fast"), QStringLiteral("best"), QStringLiteral("auto")};
    QNetworkRequest request(QUrl(m_window->proxy()->baseUrl() + QStringLiteral("/chat/completions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("x-switchyard-client", remaining % 3 ? "docs-team" : "ci-bot");
    const QString body = QStringLiteral(R"({"model": "%1", "messages": [{"role": "user", "content": "%2"}]})")
                             .arg(routes[remaining % routes.size()], QLatin1String(kPrompts[remaining % std::size(kPrompts)]));
    QNetworkReply *reply = m_nam->post(request, body.toUtf8());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QTimer::singleShot(80, this, [this, remaining] { sendTraffic(remaining - 1); });
}

void ScreenshotTour::shoot(int page, const QString &name)
{
    m_window->navigation()->setCurrentRow(page);
    QApplication::processEvents();
    const QString file = QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(page + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (m_window->grab().save(file)) {
        ++m_saved;
        printf("saved %s\n", qPrintable(file));
    } else {
        fprintf(stderr, "could not save %s\n", qPrintable(file));
    }
    fflush(stdout);
}

void ScreenshotTour::shootProviderDialog()
{
    m_window->navigation()->setCurrentRow(0);
    m_window->providersPage()->addProvider();
    auto *dialog = m_window->providersPage()->findChild<ProviderDialog *>();
    if (!dialog)
        return;
    dialog->presetChooser()->setCurrentIndex(dialog->presetChooser()->findText(QStringLiteral("OpenAI")));
    QApplication::processEvents();
    const QString file = QDir(m_folder).filePath(QStringLiteral("05-provider-dialog.png"));
    if (dialog->grab().save(file)) {
        ++m_saved;
        printf("saved %s\n", qPrintable(file));
    }
    dialog->reject();
}

void ScreenshotTour::finish()
{
    m_window->proxy()->stop();
    QApplication::exit(m_saved == 5 ? 0 : 1);
}

} // namespace sy
