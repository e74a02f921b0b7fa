#include "ScreenshotTour.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QLineEdit>
#include <QComboBox>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cmath>
#include <cstdio>

#include "demo/DemoWorkspace.h"
#include "dialogs/ProviderDialog.h"
#include "pages/PromptSetsPage.h"
#include "replayview/ComparePanel.h"
#include "replayview/ReplayPage.h"
#include "replayview/TrainRouterDialog.h"
#include "models/CompareMatrixModel.h"
#include "editor/PolicyEditor.h"
#include "pages/HistoryPage.h"
#include "pages/ExperimentsPage.h"
#include "pages/KeysPage.h"
#include "store/FeedbackStore.h"
#include "session/KeyService.h"
#include "store/RequestLogStore.h"
#include "store/Workspace.h"
#include "pages/WelcomePage.h"
#include "sidebyside/SideBySidePage.h"
#include "playground/SideBySide.h"
#include <QPlainTextEdit>
#include "pages/LiveTrafficPage.h"
#include "pages/PoliciesPage.h"
#include "shell/TrayController.h"
#include "pages/ProvidersPage.h"
#include "pages/SettingsPage.h"
#include "proxy/ProxyService.h"
#include "shell/MainWindow.h"
#include "session/WorkspaceSession.h"

namespace sy {

ScreenshotTour::ScreenshotTour(MainWindow *window, WorkspaceSession *session, QString folder, QSize windowSize, QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_folder(std::move(folder)), m_windowSize(windowSize)
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    m_window->resize(m_windowSize);
    m_window->move(0, 36); // below trayer's strip at the top of the screen, so the tray icon shows
    shootReplays([this] { startPages(); });
}

// A replay of the demo's arithmetic set through five candidates, then its three views.
void ScreenshotTour::shootReplays(std::function<void()> then)
{
    ReplayPage *page = m_window->promptSetsPage()->replayPage();
    if (page->policies().size() < 3) { // the page reads the policies in the background
        QTimer::singleShot(100, this, [this, then] { shootReplays(then); });
        return;
    }
    m_session->loadPromptSet(QStringLiteral("arithmetic"), [this, page, then](const PromptSet &set) {
        const ReplayPlan plan = DemoWorkspace::showcaseReplay(page->policies(), set);
        m_window->showPage(m_window->promptSetsPage());
        m_window->promptSetsPage()->tabs()->setCurrentWidget(page);
        connect(page, &ReplayPage::runFinished, this, [this, page, then] {
            QTimer::singleShot(800, this, [this, page, then] {
                page->weakChoice()->setCurrentIndex(1);
                page->strongChoice()->setCurrentIndex(3);
                page->selectCandidate(3);
                page->tabs()->setCurrentIndex(0);
                QApplication::processEvents();
                save(m_window->grab(), QStringLiteral("11-replay-summary.png"));
                ComparePanel *compare = page->comparePanel();
                page->tabs()->setCurrentWidget(compare);
                compare->showChoice()->setCurrentIndex(3);
                compare->matrix()->setCurrentIndex(compare->filter()->index(0, 0));
                compare->leftCandidate()->setCurrentIndex(0);
                compare->rightCandidate()->setCurrentIndex(2);
                QApplication::processEvents();
                save(m_window->grab(), QStringLiteral("12-replay-compare.png"));
                page->tabs()->setCurrentIndex(2);
                QApplication::processEvents();
                QTimer::singleShot(300, this, [this, page, then] {
                    save(m_window->grab(), QStringLiteral("13-replay-charts.png"));
                    shootTrainRouter(page, then);
                });
            });
        }, Qt::SingleShotConnection);
        page->startReplay(plan, set.name);
    });
}

// The run's three models in the Train router dialog, trained, with a point of the curve chosen.
void ScreenshotTour::shootTrainRouter(ReplayPage *page, std::function<void()> then)
{
    TrainRouterDialog *dialog = page->openTrainRouter();
    if (!dialog) {
        then();
        return;
    }
    for (int i = 0; i < dialog->modelList()->count(); ++i)
        if (!dialog->modelList()->item(i)->data(Qt::UserRole).toString().startsWith(u"sim-cloud/"))
            dialog->modelList()->item(i)->setCheckState(Qt::Unchecked); // policies are no models to route to
    dialog->resize(1000, 700);
    dialog->show();
    connect(dialog, &TrainRouterDialog::studied, this, [this, dialog, then] {
        QTimer::singleShot(300, this, [this, dialog, then] {
            save(dialog->grab(), QStringLiteral("14-train-router.png"));
            dialog->close();
            then();
        });
    }, Qt::SingleShotConnection);
    dialog->train();
}

void ScreenshotTour::startPages()
{
    m_window->promptSetsPage()->tabs()->setCurrentIndex(0); // the sets themselves for 03
    shoot(m_window->welcomePage(), QStringLiteral("00-welcome.png"));
    shoot(m_window->providersPage(), QStringLiteral("01-providers.png"));
    shoot(m_window->promptSetsPage(), QStringLiteral("04-prompt-sets.png"));
    shoot(m_window->settingsPage(), QStringLiteral("07-settings.png"));
    shootProviderDialog();
    // The editor on a rule of cheap-first, then on an arm of the A/B test with its weight sliders.
    shootPolicy(QStringLiteral("cheap-first"), QStringLiteral("02-policies.png"), [this] {
        m_window->policiesPage()->editor()->selectNode({{NodeStep::Kind::Rule, 0}});
    });
    shootPolicy(QStringLiteral("ab-standard-vs-claude"), QStringLiteral("09-policy-weights.png"), [this] {
        m_window->policiesPage()->editor()->selectNode({{NodeStep::Kind::Arm, 0}});
    });
    // The same split node itself: how it chooses (weights, least latency, a latency objective...)
    // and each child's live figures.
    shootPolicy(QStringLiteral("ab-standard-vs-claude"), QStringLiteral("16-policy-balancing.png"), [this] {
        m_window->policiesPage()->editor()->selectNode({});
    });
    connect(this, &ScreenshotTour::policiesShot, this, [this] { shootSideBySide(); }, Qt::SingleShotConnection);
    connect(this, &ScreenshotTour::sideBySideShot, this, [this] {
        LiveTrafficPage *page = m_window->liveTrafficPage();
        m_window->showPage(page);
        page->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        connect(m_window->proxy(), &ProxyService::started, this, [this] { showTraffic(); }, Qt::SingleShotConnection);
        page->servePolicy(QStringLiteral("cheap-first"));
    }, Qt::SingleShotConnection);
}

// Three models answering one question side by side, the chat's figures under each.
void ScreenshotTour::shootSideBySide()
{
    SideBySidePage *page = m_window->sideBySidePage();
    m_window->showPage(page);
    if (page->columnCount() < 3)
        page->addColumn();
    connect(page->chat(), &SideBySide::turnFinished, this, [this] {
        QTimer::singleShot(300, this, [this] {
            shoot(m_window->sideBySidePage(), QStringLiteral("03-side-by-side.png"));
            emit sideBySideShot();
        });
    }, Qt::SingleShotConnection);
    page->input()->setPlainText(QStringLiteral("A train leaves at 14:10 and arrives at 16:45. How long is the trip?"));
    page->send();
}

void ScreenshotTour::shootPolicy(const QString &policy, const QString &file, std::function<void()> select)
{
    m_pendingPolicies.append({policy, file, std::move(select)});
    if (m_pendingPolicies.size() == 1)
        nextPolicy();
}

void ScreenshotTour::nextPolicy()
{
    if (m_pendingPolicies.isEmpty()) {
        emit policiesShot();
        return;
    }
    PoliciesPage *page = m_window->policiesPage();
    m_window->showPage(page);
    connect(page, &PoliciesPage::opened, this, [this] {
        QTimer::singleShot(300, this, [this] {
            const PendingPolicy shot = m_pendingPolicies.takeFirst();
            shot.select();
            QApplication::processEvents();
            save(m_window->grab(), shot.file);
            nextPolicy();
        });
    }, Qt::SingleShotConnection);
    page->openPolicy(m_pendingPolicies.front().name);
}

// The whole screen with the tray menu open over the tray host (trayer, started by the script).
void ScreenshotTour::shootTray()
{
    TrayController *tray = m_window->tray();
    const QRect icon = tray->iconGeometry();
    if (icon.isEmpty()) {
        fprintf(stderr, "no system tray: start a tray host (trayer) first for the tray screenshot\n");
        return;
    }
    tray->menu()->popup(icon.bottomLeft());
    QTimer::singleShot(600, this, [this] {
        save(QGuiApplication::primaryScreen()->grabWindow(0), QStringLiteral("10-tray.png"));
        m_window->tray()->menu()->hide();
        finish();
    });
}

bool ScreenshotTour::save(const QPixmap &pixmap, const QString &name)
{
    const QString file = QDir(m_folder).filePath(name);
    if (!pixmap.save(file)) {
        fprintf(stderr, "could not save %s\n", qPrintable(file));
        return false;
    }
    ++m_saved;
    printf("saved %s\n", qPrintable(file));
    fflush(stdout);
    return true;
}

void ScreenshotTour::showTraffic()
{
    // The page's own demo traffic, faster than a user would run it, for a full table and charts.
    LiveTrafficPage *page = m_window->liveTrafficPage();
    page->setDemoTrafficRate(12);
    page->demoTrafficButton()->setChecked(true);
    QTimer::singleShot(9000, this, [this, page] {
        page->demoTrafficButton()->setChecked(false);
        // Let the last answers and a chart tick arrive, then show a request's details.
        QTimer::singleShot(2500, this, [this] {
            m_window->liveTrafficPage()->table()->selectRow(0);
            QTimer::singleShot(300, this, [this] {
                shoot(m_window->liveTrafficPage(), QStringLiteral("05-live-traffic.png"));
                // The same traffic in the history, by model.
                HistoryPage *history = m_window->historyPage();
                history->setDimension(HistoryDimension::Model);
                connect(history, &HistoryPage::loaded, this, [this, history] {
                    QTimer::singleShot(300, this, [this, history] {
                        shoot(history, QStringLiteral("06-history.png"));
                        shootKeys([this] {
                            shootExperiments([this] {
                                if (m_window->tray()->iconGeometry().isEmpty())
                                    finish();
                                else
                                    shootTray();
                            });
                        });
                    });
                }, Qt::SingleShotConnection);
                m_window->showPage(history);
            });
        });
    });
}

// Three keys with budgets and limits, and a month of spend by them in the log (after the
// traffic shots: once a workspace has keys, the proxy wants one with every request).
void ScreenshotTour::shootKeys(std::function<void()> then)
{
    struct Draft
    {
        const char *name, *owner, *tag;
        double day, month;
        int rpm;
        double dailySpend;
    };
    static const Draft drafts[] = {{"support-bot", "Help desk", "web", 5, 100, 120, 1.8},
                                   {"nightly-evals", "ML platform", "batch", 0, 400, 0, 9.5},
                                   {"ide-assistant", "Dev tools", "agent", 20, 300, 600, 4.2}};
    auto remaining = std::make_shared<int>(int(std::size(drafts)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<RequestLogEntry> rows;
    for (const Draft &d : drafts) {
        VirtualKey key;
        key.name = QString::fromLatin1(d.name);
        key.owner = QString::fromLatin1(d.owner);
        key.tags = {QString::fromLatin1(d.tag)};
        key.limits.dayBudgetUsd = d.day;
        key.limits.monthBudgetUsd = d.month;
        key.limits.requestsPerMinute = d.rpm;
        key.limits.allowedRoutes = {QStringLiteral("auto")};
        for (int day = 0; day < 20; ++day) {
            RequestLogEntry e;
            e.timestampMs = now - qint64(day) * 86400000 - 3600000;
            e.keyName = key.name;
            e.route = QStringLiteral("auto");
            e.status = 200;
            e.costUsd = d.dailySpend * (0.6 + 0.4 * std::sin(day * 0.7 + d.dailySpend));
            rows.push_back(e);
        }
        m_window->keyService()->create(key, [this, remaining, then](const KeyStore::Issued &) {
            if (--*remaining > 0)
                return;
            KeysPage *page = m_window->keysPage();
            connect(page, &KeysPage::loaded, this, [this, page, then] {
                QTimer::singleShot(300, this, [this, page, then] {
                    shoot(page, QStringLiteral("15-keys.png"));
                    then();
                });
            }, Qt::SingleShotConnection);
            m_window->showPage(page);
        });
    }
    m_window->session()->workspace()->write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); });
}

// Two days of a 10% canary on route "chat" of the demo's A/B policy, rated by its users through
// /v1/feedback (the canary's answers liked more often), then the Experiments page.
void ScreenshotTour::shootExperiments(std::function<void()> then)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<RequestLogEntry> rows;
    std::vector<Feedback> feedback;
    for (int i = 0; i < 3000; ++i) {
        RequestLogEntry e;
        const bool canary = i % 10 == 3;
        e.timestampMs = now - 2 * 86400000LL + qint64(i) * 57000;
        e.route = QStringLiteral("chat");
        e.experiment = QStringLiteral("$.routes[0].root");
        e.arm = canary ? QStringLiteral("canary") : QStringLiteral("incumbent");
        e.armShare = canary ? 0.1 : 0.9;
        e.provider = canary ? QStringLiteral("sim-anthropic") : QStringLiteral("sim-cloud");
        e.model = canary ? QStringLiteral("sim-claude") : QStringLiteral("sim-standard");
        e.status = (i * 7919) % 211 == 0 ? 502 : 200;
        e.attempts = 1;
        e.latencyMs = (canary ? 820 : 640) + 180 * std::sin(i * 0.37) + (i * 31) % 120;
        e.ttftMs = (canary ? 310 : 260) + (i * 13) % 90;
        e.stream = true;
        e.costUsd = canary ? 0.0031 : 0.0018;
        e.requestId = QStringLiteral("demo-%1").arg(i);
        rows.push_back(e);
        if (i % 3 == 0) {
            Feedback f;
            f.timestampMs = e.timestampMs + 20000;
            f.requestId = e.requestId;
            f.source = QStringLiteral("api");
            f.score = ((i * 2654435761u) % 100) < (canary ? 81u : 69u) ? 1 : 0;
            feedback.push_back(f);
        }
    }
    Workspace *ws = m_window->session()->workspace();
    ws->write([rows](QSqlDatabase &db) { return RequestLogStore::insert(db, rows); });
    ws->write([feedback](QSqlDatabase &db) { return FeedbackStore::insert(db, feedback); }, this, [this, then](const QString &) {
        ExperimentsPage *page = m_window->experimentsPage();
        connect(page, &ExperimentsPage::loaded, this, [this, page, then] {
            for (int i = 0; i < int(page->experiments().size()); ++i)
                if (page->experiments()[size_t(i)].route == u"chat" && page->experiments()[size_t(i)].kind == ExperimentReadout::Kind::Split)
                    page->setCurrentExperiment(i);
            QTimer::singleShot(300, this, [this, page, then] {
                shoot(page, QStringLiteral("17-experiments.png"));
                then();
            });
        }, Qt::SingleShotConnection);
        m_window->showPage(page);
    });
}

void ScreenshotTour::shoot(QWidget *page, const QString &file)
{
    m_window->showPage(page);
    QApplication::processEvents();
    save(m_window->grab(), file);
}

void ScreenshotTour::shootProviderDialog()
{
    m_window->showPage(m_window->providersPage());
    m_window->providersPage()->addProvider();
    auto *dialog = m_window->providersPage()->findChild<ProviderDialog *>();
    if (!dialog)
        return;
    dialog->presetChooser()->setCurrentIndex(dialog->presetChooser()->findText(QStringLiteral("OpenAI")));
    QApplication::processEvents();
    save(dialog->grab(), QStringLiteral("08-provider-dialog.png"));
    dialog->reject();
}

void ScreenshotTour::finish()
{
    m_window->proxy()->stop();
    // Twelve with a tray host, eleven without one.
    QApplication::exit(m_saved >= 11 ? 0 : 1);
}

} // namespace sy
