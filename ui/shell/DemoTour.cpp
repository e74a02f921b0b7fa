#include "shell/DemoTour.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "demo/DemoWorkspace.h"
#include "models/LiveTrafficModel.h"
#include "models/PolicyListModel.h"
#include "pages/LiveTrafficPage.h"
#include "pages/PoliciesPage.h"
#include "pages/PromptSetsPage.h"
#include "proxy/ProxyService.h"
#include "replayview/ReplayPage.h"
#include "session/WorkspaceSession.h"
#include "shell/MainWindow.h"

namespace sy {

namespace {
const QString kPolicy = QStringLiteral("cheap-first");
constexpr int kTrafficRows = 5; // rows in the live table before the traffic step is done
} // namespace

DemoTour::DemoTour(MainWindow *window)
    : QFrame(window), m_window(window), m_title(new QLabel(this)), m_text(new QLabel(this)), m_counter(new QLabel(this)),
      m_next(new QPushButton(this)), m_end(new QPushButton(this))
{
    setObjectName(QStringLiteral("demoTour"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_title->setForegroundRole(QPalette::ToolTipText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_counter->setForegroundRole(QPalette::ToolTipText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_end->setObjectName(QStringLiteral("tourEnd"));
    m_end->setText(tr("End the tour"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_end);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, [this] { go(Step(int(m_step) + 1)); });
    connect(m_end, &QPushButton::clicked, this, [this] { go(Done); });
    window->installEventFilter(this); // follows the window's size
    hide();
}

bool DemoTour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void DemoTour::place()
{
    const int width = std::min(420, m_window->width() - 40);
    setFixedWidth(width);
    adjustSize();
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(m_window->width() - width - 16, m_window->height() - height - 40, width, height);
    raise();
}

void DemoTour::show(const QString &title, const QString &text, bool isReady)
{
    m_title->setText(title);
    m_text->setText(text);
    m_counter->setText(m_step >= Policy && m_step <= Chart ? tr("Step %1 of %2").arg(int(m_step)).arg(int(Chart)) : QString());
    m_next->setText(m_step == Chart ? tr("Finish") : tr("Next"));
    m_next->setEnabled(isReady);
    QFrame::show();
    place();
    emit stepShown(int(m_step));
}

void DemoTour::ready()
{
    m_next->setEnabled(true);
    m_next->setFocus();
}

void DemoTour::start()
{
    // The tour runs on the demo workspace: opened (and seeded) first unless it is the open one.
    WorkspaceSession *session = m_window->session();
    m_step = OpeningDemo;
    show(tr("The demo workspace"), tr("Opening the demo workspace: simulated providers, three policies and two prompt sets…"), false);
    const auto begin = [this] { QTimer::singleShot(0, this, [this] { go(Policy); }); };
    if (session->path() == DemoWorkspace::defaultPath() && session->workspace() && m_window->policyModel()->rowCount() > 0)
        return begin();
    connect(m_window->policyModel(), &QAbstractItemModel::modelReset, this, [this, begin] {
        if (m_step == OpeningDemo && m_window->policyModel()->rowCount() > 0)
            begin();
    });
    session->open(DemoWorkspace::defaultPath(), true);
}

void DemoTour::go(Step step)
{
    m_step = step;
    switch (step) {
    case OpeningDemo:
        start();
        return;
    case Policy: {
        PoliciesPage *page = m_window->policiesPage();
        m_window->showPage(page);
        page->openPolicy(kPolicy);
        show(tr("1. A policy decides where each request goes"),
             tr("This is <b>cheap-first</b>. A client asks for a route such as <b>auto</b>; its rules send short, easy "
                "prompts to a small model and code, maths or long prompts to stronger ones, with fallbacks when a provider "
                "fails. Select a box in the diagram to edit it; <b>Try a request</b> shows the decision for any request."),
             true);
        return;
    }
    case Serving: {
        LiveTrafficPage *page = m_window->liveTrafficPage();
        m_window->showPage(page);
        show(tr("2. Serve it"), tr("Starting the proxy with cheap-first…"), false);
        ProxyService *proxy = m_window->proxy();
        const auto served = [this, page, proxy] {
            if (m_step != Serving)
                return;
            page->demoTrafficButton()->setChecked(true);
            show(tr("2. Serve it"),
                 tr("The proxy answers OpenAI and Anthropic requests at <b>%1</b>: point any client there and ask for the "
                    "model <b>auto</b>. <b>Demo traffic</b> now sends a few sample requests a second through it.")
                     .arg(proxy->baseUrl().toHtmlEscaped()),
                 true);
        };
        if (proxy->isRunning() && proxy->policy().name == kPolicy)
            return served();
        connect(proxy, &ProxyService::started, this, served, Qt::SingleShotConnection);
        connect(page, &LiveTrafficPage::proxyError, this, [this, page](const QString &message) {
            // The usual address is taken: any free port will do for the tour.
            if (m_step != Serving || page->listenEdit()->text() == u"127.0.0.1:0") {
                show(tr("2. Serve it"), tr("The proxy could not start: %1").arg(message.toHtmlEscaped()), true);
                return;
            }
            page->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
            page->servePolicy(kPolicy);
        }, Qt::SingleShotConnection);
        page->servePolicy(kPolicy);
        return;
    }
    case Traffic: {
        LiveTrafficPage *page = m_window->liveTrafficPage();
        m_window->showPage(page);
        const QString text = tr("Each row is one request: who sent it, the route, the model the policy chose, status, latency, "
                                "time to first token, tokens and cost. Select a row to see how it was decided, step by step. "
                                "Everything is also kept in the workspace's request log: <b>History</b> sums it up.");
        const auto enough = [this, page, text] {
            if (m_step != Traffic || page->model()->rowCount() < kTrafficRows)
                return false;
            page->table()->selectRow(0);
            show(tr("3. Traffic flows"), text, true);
            return true;
        };
        if (enough())
            return;
        show(tr("3. Traffic flows"), tr("Waiting for the first requests…"), false);
        auto *watch = new QTimer(this);
        connect(watch, &QTimer::timeout, this, [enough, watch] {
            if (enough())
                watch->deleteLater();
        });
        watch->start(200);
        return;
    }
    case Replay: {
        ReplayPage *page = m_window->promptSetsPage()->replayPage();
        m_window->showPage(m_window->promptSetsPage());
        m_window->promptSetsPage()->tabs()->setCurrentWidget(page);
        show(tr("4. Replay prompts through the candidates"),
             tr("The <b>arithmetic</b> prompt set goes through three simulated models and cheap-first's two routes; every "
                "answer is checked against the expected number and graded by a judge model. Running…"),
             false);
        connect(page, &ReplayPage::runFinished, this, [this](ReplayRunner::End, const QString &) {
            if (m_step != Replay)
                return;
            show(tr("4. Replay prompts through the candidates"),
                 tr("Done: the summary ranks the candidates by quality, cost and latency and recommends one. Cells in "
                    "<b>Compare</b> show each answer beside another."),
                 true);
        }, Qt::SingleShotConnection);
        m_window->session()->loadPromptSet(QStringLiteral("arithmetic"), [this, page](const PromptSet &set) {
            if (m_step == Replay)
                page->startReplay(DemoWorkspace::showcaseReplay(page->policies(), set), set.name);
        });
        return;
    }
    case Chart: {
        ReplayPage *page = m_window->promptSetsPage()->replayPage();
        page->tabs()->setCurrentIndex(page->tabs()->count() - 1); // the charts
        show(tr("5. Compare on the chart"),
             tr("Quality against cost, one point per candidate: the line joins those no other beats on both, and the "
                "recommended one is marked. That is the loop — edit a policy, serve it, replay, compare — and the "
                "traffic keeps flowing meanwhile."),
             true);
        return;
    }
    case Done:
        hide();
        emit finished();
        return;
    }
}

} // namespace sy
