#include "pages/LiveTrafficPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPointer>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "charts/ChartWidget.h"
#include "widgets/FlowLayout.h"
#include "demo/DemoTraffic.h"
#include "models/LiveTrafficModel.h"
#include "models/PolicyListModel.h"
#include "pages/SettingsPage.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyService.h"
#include "session/WorkspaceSession.h"

namespace sy {

LiveTrafficPage::LiveTrafficPage(WorkspaceSession *session, ProxyService *proxy, PolicyListModel *policies, QWidget *parent)
    : QWidget(parent), m_session(session), m_proxy(proxy), m_model(new LiveTrafficModel(this)), m_filter(new LiveTrafficFilter(this)),
      m_policy(new QComboBox(this)), m_listen(new QLineEdit(QStringLiteral("127.0.0.1:4000"), this)),
      m_startStop(new QPushButton(this)), m_demoButton(new QPushButton(tr("Demo traffic"), this)), m_pause(new QPushButton(this)),
      m_demoTraffic(new DemoTraffic(this)), m_emptyHint(new QLabel(this)), m_state(new QLabel(this)), m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_table(new QTableView(this)), m_bottomTabs(new QTabWidget(this)),
      m_details(new QTextBrowser(this)),
      m_rateChart(new ChartWidget(this)), m_latencyChart(new ChartWidget(this)), m_spendChart(new ChartWidget(this)),
      m_chartTimer(new QTimer(this))
{
    m_policy->setModel(policies);
    m_policy->setAccessibleName(tr("Policy to serve"));
    m_listen->setAccessibleName(tr("Listen address"));
    m_listen->setToolTip(tr("Address and port, such as 127.0.0.1:4000; port 0 picks a free one"));
    m_startStop->setObjectName(QStringLiteral("startStopProxy"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *controls = new FlowLayout;
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policy->setMinimumContentsLength(16);
    m_policy->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    controls->addLabelled(new QLabel(tr("Policy:"), this), m_policy);
    m_listen->setMaximumWidth(m_listen->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + 24);
    controls->addLabelled(new QLabel(tr("Listen on:"), this), m_listen);
    controls->addWidget(m_startStop);
    m_demoButton->setObjectName(QStringLiteral("demoTraffic"));
    m_demoButton->setCheckable(true);
    m_demoButton->setToolTip(tr("Send a few sample requests a second through the running proxy, to see it work without a client"));
    controls->addWidget(m_demoButton);
    m_state->setObjectName(QStringLiteral("proxyState"));
    m_state->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search client, route, model, error…"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->addItems({tr("All statuses"), tr("Successes"), tr("Errors")});
    m_statusFilter->setAccessibleName(tr("Status filter"));
    auto *clear = new QPushButton(tr("Clear"), this);
    m_pause->setObjectName(QStringLiteral("pauseTraffic"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold the table still to read it; requests that arrive meanwhile are added on resume"));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        if (!paused && !m_held.empty()) {
            m_model->append(m_held);
            m_held.clear();
        }
        updatePauseText();
    });
    updatePauseText();
    auto *filters = new FlowLayout;
    m_search->setMinimumWidth(220);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    filters->addWidget(m_search);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_pause);
    filters->addWidget(clear);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Recent requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LiveTrafficModel::Time, Qt::DescendingOrder); // newest first
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Every column in view at a laptop's width: the names stretch, the figures keep their width.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(36);
    const QFontMetrics metrics = m_table->fontMetrics();
    const std::pair<int, QString> samples[] = {{LiveTrafficModel::Time, QStringLiteral("00:00:00.000")},
                                               {LiveTrafficModel::Client, QStringLiteral("client-name")},
                                               {LiveTrafficModel::Arm, QStringLiteral("arm-b")},
                                               {LiveTrafficModel::Status, QStringLiteral("000")},
                                               {LiveTrafficModel::Latency, QStringLiteral("00000")},
                                               {LiveTrafficModel::Ttft, QStringLiteral("00000")},
                                               {LiveTrafficModel::Tokens, QStringLiteral("0000 / 0000")},
                                               {LiveTrafficModel::Cost, QStringLiteral("0.000000")}};
    // Wide enough for the figure and for the column's title, which is never cut.
    for (const auto &[column, sample] : samples)
        header->resizeSection(column, std::max(metrics.horizontalAdvance(sample),
                                               header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 8)
                                          + 16);
    header->setSectionResizeMode(LiveTrafficModel::Route, QHeaderView::Stretch);
    header->setSectionResizeMode(LiveTrafficModel::Model, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_details->setAccessibleName(tr("Request details"));
    m_details->setPlaceholderText(tr("Select a request to see its decision trace, attempts and bodies."));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == u"switchyard:show-path" && !m_shownPath.isEmpty())
            emit showPathRequested(m_shownPolicy, m_shownRoute, m_shownPath);
    });

    m_rateChart->setTitle(tr("Requests per second"));
    m_rateSeries = m_rateChart->addLineSeries(tr("requests/s"));
    m_latencyChart->setTitle(tr("Latency (ms)"));
    m_p50Series = m_latencyChart->addLineSeries(tr("p50"));
    m_p95Series = m_latencyChart->addLineSeries(tr("p95"));
    m_spendChart->setTitle(tr("Spend (USD, cumulative)"));
    auto *charts = new QWidget(this);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_rateChart);
    chartRow->addWidget(m_latencyChart);
    chartRow->addWidget(m_spendChart);

    // The table across the whole width, the selected request and the charts under it.
    m_bottomTabs->setObjectName(QStringLiteral("trafficBottomTabs"));
    m_bottomTabs->setAccessibleName(tr("Request details and charts"));
    m_bottomTabs->addTab(m_details, tr("Request details"));
    m_bottomTabs->addTab(charts, tr("Charts"));
    m_splitter->setObjectName(QStringLiteral("trafficSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_bottomTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("No requests yet. Press <b>Start proxy</b>, then <b>Demo traffic</b> to send sample requests "
                            "through the simulated providers, or point any OpenAI or Anthropic client at the address shown."));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_state);
    m_cacheLine = new QLabel(this);
    m_cacheLine->setObjectName(QStringLiteral("cacheLine"));
    m_cacheLine->setWordWrap(true);
    m_cacheLine->hide();
    layout->addWidget(m_cacheLine);
    layout->addWidget(m_emptyHint);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_startStop, &QPushButton::clicked, this, [this] { m_proxy->isRunning() ? stopProxy() : startProxy(); });
    connect(m_demoButton, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_proxy->isRunning())
            m_demoTraffic->start(m_proxy->baseUrl(), m_demoRate);
        else
            m_demoTraffic->stop();
    });
    connect(m_proxy, &ProxyService::stopped, this, [this] { m_demoButton->setChecked(false); });
    // One source of truth: while the proxy serves, the box shows what it serves; choosing another
    // policy asks, then switches.
    connect(m_proxy, &ProxyService::policyChanged, this, &LiveTrafficPage::showServedPolicy);
    connect(policies, &QAbstractItemModel::modelReset, this, &LiveTrafficPage::showServedPolicy);
    connect(m_policy, &QComboBox::activated, this, [this] {
        const QString chosen = m_policy->currentData(PolicyListModel::NameRole).toString();
        if (!m_proxy->isRunning() || chosen == m_proxy->policy().name)
            return;
        showServedPolicy(); // until the user says yes
        auto *box = new QMessageBox(QMessageBox::Question, tr("Switch the served policy"),
                                    tr("The proxy at %1 serves \"%2\". Serve \"%3\" instead? Requests in flight finish on the old one.")
                                        .arg(m_proxy->baseUrl(), m_proxy->policy().name, chosen),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("switchPolicyQuestion"));
        QPushButton *yes = box->addButton(tr("Switch"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, yes, chosen](QAbstractButton *button) {
            if (button == yes)
                servePolicy(chosen);
        });
        box->open();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_emptyHint->hide(); });
    connect(m_proxy, &ProxyService::started, this, &LiveTrafficPage::updateControls);
    connect(session, &WorkspaceSession::opened, this, [this] {
        m_model->clear();
        m_held.clear();
        showLoggedRequests();
    });
    connect(m_proxy, &ProxyService::stopped, this, &LiveTrafficPage::updateControls);
    connect(m_proxy, &ProxyService::requestsFinished, this, &LiveTrafficPage::onRequestsFinished);
    connect(m_proxy, &ProxyService::warnings, this, [this](const QStringList &messages) { m_state->setToolTip(messages.join(u'\n')); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &LiveTrafficFilter::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setStatusFilter(LiveTrafficFilter::StatusFilter(i)); });
    connect(clear, &QPushButton::clicked, m_model, &LiveTrafficModel::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_bottomTabs->setCurrentWidget(m_details);
        showDetails();
    });
    m_chartTimer->setInterval(1000);
    connect(m_chartTimer, &QTimer::timeout, this, &LiveTrafficPage::updateCharts);
    m_chartTimer->start();
    updateControls();
}

void LiveTrafficPage::startProxy()
{
    if (m_starting || m_proxy->isRunning())
        return;
    QHostAddress address;
    quint16 port = 0;
    if (!ProxyService::Settings::parseListen(m_listen->text().trimmed(), &address, &port)) {
        emit proxyError(tr("The listen address must look like 127.0.0.1:4000, not \"%1\".").arg(m_listen->text()));
        return;
    }
    const QString name = m_policy->currentData(PolicyListModel::NameRole).toString();
    if (name.isEmpty()) {
        emit proxyError(tr("There is no policy to serve yet: create one on the Policies page."));
        return;
    }
    m_starting = true;
    updateControls();
    m_session->readPolicy(name, [this, name, address, port](const QByteArray &document) {
        m_starting = false;
        Diagnostics diagnostics;
        const auto policy = PolicyReader::fromJsonText(document, diagnostics);
        QString error;
        if (!policy) {
            error = tr("Policy \"%1\" cannot be served:\n%2").arg(name, diagnostics.toString());
        } else {
            ProxyService::Settings settings;
            settings.address = address;
            settings.port = port;
            if (const QString variable = SettingsPage::clientKeysEnv(); !variable.isEmpty()) {
                for (const QByteArray &key : qgetenv(variable.toLocal8Bit().constData()).split(','))
                    if (!key.trimmed().isEmpty())
                        settings.clientKeys.append(key.trimmed());
                if (settings.clientKeys.isEmpty())
                    error = tr("The environment variable %1 (Settings) holds no client keys.").arg(variable);
            }
            if (error.isEmpty()) {
                m_starting = true;
                withCredentials(*policy, [this, settings](const Policy &ready) {
                    m_starting = false;
                    QString startError;
                    m_servedAsSaved = ready;
                    m_proxy->start(withSettings(ready), settings, &startError);
                    updateControls();
                    if (!startError.isEmpty())
                        emit proxyError(startError);
                });
            }
        }
        updateControls();
        if (!error.isEmpty())
            emit proxyError(error);
    });
}

void LiveTrafficPage::stopProxy() { m_proxy->stop(); }

void LiveTrafficPage::showServedPolicy()
{
    if (!m_proxy->isRunning())
        return;
    const QSignalBlocker block(m_policy);
    for (int i = 0; i < m_policy->count(); ++i)
        if (m_policy->itemData(i, PolicyListModel::NameRole).toString() == m_proxy->policy().name)
            m_policy->setCurrentIndex(i);
}

void LiveTrafficPage::withCredentials(const Policy &policy, std::function<void(const Policy &)> use)
{
    constexpr int kKeychainTimeoutMs = 15000;
    CredentialPrefetch::run(policy, m_readSecret, this, kKeychainTimeoutMs, [this, policy, use = std::move(use)](const CredentialPrefetch::Results &results) {
        m_proxy->setCredentialResolver(CredentialPrefetch::resolver(results));
        use(policy);
    });
}

std::optional<Policy> LiveTrafficPage::servedPolicy() const
{
    if (!m_proxy->isRunning())
        return std::nullopt;
    return m_servedAsSaved;
}

Policy LiveTrafficPage::withSettings(Policy policy)
{
    if (SettingsPage::logRequestBodies())
        policy.logBodies = true;
    return policy;
}

void LiveTrafficPage::servePolicy(const QString &name)
{
    for (int i = 0; i < m_policy->count(); ++i)
        if (m_policy->itemData(i, PolicyListModel::NameRole).toString() == name)
            m_policy->setCurrentIndex(i);
    if (!m_proxy->isRunning()) {
        startProxy();
        return;
    }
    m_session->readPolicy(name, [this, name](const QByteArray &document) {
        Diagnostics diagnostics;
        const auto policy = PolicyReader::fromJsonText(document, diagnostics);
        if (!policy) {
            emit proxyError(tr("Policy \"%1\" cannot be served:\n%2").arg(name, diagnostics.toString()));
            return;
        }
        withCredentials(*policy, [this](const Policy &ready) {
            m_servedAsSaved = ready;
            m_proxy->setPolicy(withSettings(ready));
            updateControls();
        });
    });
}

void LiveTrafficPage::updateControls()
{
    const bool running = m_proxy->isRunning();
    m_startStop->setText(running ? tr("Stop proxy") : tr("Start proxy"));
    m_startStop->setEnabled(!m_starting);
    m_listen->setEnabled(!running && !m_starting);
    m_demoButton->setEnabled(running);
    m_state->setText(running ? tr("Serving %1 at %2").arg(m_proxy->policy().name, m_proxy->baseUrl())
                             : m_starting ? tr("Starting…") : tr("Stopped"));
}

void LiveTrafficPage::updatePauseText()
{
    m_pause->setText(!m_pause->isChecked() ? tr("Pause")
                     : m_held.empty()       ? tr("Resume")
                                            : tr("Resume (%n new)", nullptr, int(m_held.size())));
}

void LiveTrafficPage::showLoggedRequests()
{
    // After a restart the table starts from what the workspace's request log holds.
    QPointer<LiveTrafficPage> self(this);
    m_session->recentRequests(kLoggedRows, [self](std::vector<RequestLogEntry> entries) {
        if (!self || self->m_model->rowCount() > 0 || entries.empty())
            return;
        self->m_model->append(entries);
    });
}

void LiveTrafficPage::onRequestsFinished(const std::vector<RequestLogEntry> &entries)
{
    m_series.add(entries); // the charts go on while the table is held
    if (m_pause->isChecked()) {
        m_held.insert(m_held.end(), entries.begin(), entries.end());
        updatePauseText();
        return;
    }
    m_model->append(entries);
}

void LiveTrafficPage::updateCacheLine()
{
    const ResponseCacheStore::Stats stats = m_proxy->cacheStats();
    quint64 lookups = 0, hits = 0, semantic = 0;
    double saved = 0;
    qint64 served = 0;
    for (const auto &[route, r] : stats.routes) {
        lookups += r.lookups;
        hits += r.hits;
        semantic += r.semanticHits;
        saved += r.savedUsd;
        served += r.servedBytes;
    }
    m_cacheLine->setVisible(lookups > 0);
    if (lookups == 0)
        return;
    m_cacheLine->setText(tr("Response cache: %1 of %2 requests answered from it (%3%, %4 similar), saved $%5, %6 served.")
                             .arg(hits)
                             .arg(lookups)
                             .arg(100.0 * double(hits) / double(lookups), 0, 'f', 1)
                             .arg(semantic)
                             .arg(saved, 0, 'f', 4)
                             .arg(QLocale().formattedDataSize(served)) +
                         u' ' + tr("It holds %n answer(s) in %1.", nullptr, int(stats.entries)).arg(QLocale().formattedDataSize(stats.bytes)));
}

void LiveTrafficPage::updateCharts()
{
    updateCacheLine();
    const auto points = m_series.takeFinishedSeconds(QDateTime::currentSecsSinceEpoch());
    if (points.empty())
        return;
    for (const TrafficSeries::Point &p : points) {
        m_rateChart->appendPoint(m_rateSeries, p.second, p.requestsPerSecond);
        m_latencyChart->appendPoint(m_p50Series, p.second, p.p50Ms);
        m_latencyChart->appendPoint(m_p95Series, p.second, p.p95Ms);
    }
    const double now = points.back().second;
    for (auto it = m_series.spendByModel().constBegin(); it != m_series.spendByModel().constEnd(); ++it) {
        if (!m_spendSeries.contains(it.key()))
            m_spendSeries.insert(it.key(), m_spendChart->addLineSeries(it.key()));
        m_spendChart->appendPoint(m_spendSeries.value(it.key()), now, it.value());
    }
    m_rateChart->refresh();
    m_latencyChart->refresh();
    m_spendChart->refresh();
}

void LiveTrafficPage::showDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const RequestLogEntry &e = m_model->entry(current.row());
    QString html = QStringLiteral("<h3>%1 → %2</h3>").arg(e.route.toHtmlEscaped(), QStringLiteral("%1/%2").arg(e.provider, e.model).toHtmlEscaped());
    const QString traceText = e.trace(); // formatted now, for the one request shown
    const QJsonObject traced = QJsonDocument::fromJson(traceText.toUtf8()).object();
    m_shownPath = traced.value(QStringLiteral("path")).toVariant().toStringList();
    m_shownRoute = e.route;
    m_shownPolicy = m_proxy->isRunning() ? m_proxy->policy().name : QString();
    if (!m_shownPath.isEmpty() && !m_shownPolicy.isEmpty())
        html += QStringLiteral("<p><a href=\"switchyard:show-path\">%1</a></p>")
                    .arg(tr("Show the path in the policy editor").toHtmlEscaped());
    html += tr("<p>Status %1, %2 attempt(s), %3 ms, first token %4, %5 in / %6 out tokens, $%7</p>")
                .arg(e.status)
                .arg(e.attempts)
                .arg(e.latencyMs, 0, 'f', 0)
                .arg(e.ttftMs < 0 ? tr("—") : tr("%1 ms").arg(e.ttftMs, 0, 'f', 0))
                .arg(e.inputTokens)
                .arg(e.outputTokens)
                .arg(e.costUsd, 0, 'f', 6);
    if (!e.requestId.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(tr("Request id:"), e.requestId.toHtmlEscaped());
    if (!e.shadowOf.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("A shadow test's mirror of request %1: its answer was logged, never served.").arg(e.shadowOf).toHtmlEscaped());
    if (!e.error.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Error:"), e.error.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Attempts"));
    for (const AttemptLogEntry &a : e.attemptLog)
        html += QStringLiteral("<li>%1/%2: %3 %4 ms %5 %6</li>")
                    .arg(a.provider.toHtmlEscaped(), a.model.toHtmlEscaped())
                    .arg(a.status)
                    .arg(a.latencyMs, 0, 'f', 0)
                    .arg(a.error.toHtmlEscaped(), a.breakerEvent.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    const auto pretty = [](const QString &json) {
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        return (doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented))).toHtmlEscaped();
    };
    if (const QString &trace = traceText; !trace.isEmpty()) {
        // Semantic and learned decisions first, as a table: each candidate's score against the bar.
        const QJsonObject decision = QJsonDocument::fromJson(trace.toUtf8()).object();
        for (const QJsonValue &selector : decision.value(QStringLiteral("selectors")).toArray()) {
            const QString chosen = selector[QStringLiteral("chosen")].toString();
            html += QStringLiteral("<h4>%1</h4><table cellspacing='0' cellpadding='2'><tr><th align='left'>%2</th><th align='right'>%3</th></tr>")
                        .arg(tr("Selector (%1) at %2").arg(selector[QStringLiteral("method")].toString(), selector[QStringLiteral("node")].toString()).toHtmlEscaped(),
                             tr("Candidate"), selector[QStringLiteral("method")].toString() == u"semantic" ? tr("Similarity") : tr("Probability"));
            const QJsonObject scores = selector[QStringLiteral("scores")].toObject();
            for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
                html += QStringLiteral("<tr><td>%1%2</td><td align='right'>%3</td></tr>")
                            .arg(it.key().toHtmlEscaped(), it.key() == chosen ? tr(" (chosen)") : QString())
                            .arg(it.value().toDouble(), 0, 'f', 3);
            html += QStringLiteral("</table><p>%1</p>")
                        .arg(chosen.isEmpty() ? tr("No candidate reached its threshold: the default was taken.")
                                              : tr("Threshold %1.").arg(selector[QStringLiteral("threshold")].toDouble(), 0, 'g', 4));
        }
        const QJsonObject f = decision.value(QStringLiteral("features")).toObject();
        if (f.contains(QStringLiteral("complexity")))
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Prompt: %1 tokens, depth %2, language %3, question %4, complexity %5%6%7%8")
                                 .arg(f[QStringLiteral("prompt_tokens")].toInt())
                                 .arg(f[QStringLiteral("conversation_depth")].toInt())
                                 .arg(f[QStringLiteral("language")].toString(), f[QStringLiteral("question_type")].toString())
                                 .arg(f[QStringLiteral("complexity")].toDouble(), 0, 'f', 2)
                                 .arg(f[QStringLiteral("has_code")].toBool() ? tr(", code") : QString(),
                                      f[QStringLiteral("has_math")].toBool() ? tr(", math") : QString(),
                                      f[QStringLiteral("has_structured_data")].toBool() ? tr(", structured data") : QString())
                                 .toHtmlEscaped());
        // The decision step by step, as Try a request shows it; the stored JSON after it.
        QStringList targets;
        for (const QJsonValue &t : decision.value(QStringLiteral("targets")).toArray())
            targets.append(t[QStringLiteral("target")].toString());
        if (!targets.isEmpty())
            html += tr("<p><b>Targets:</b> %1</p>").arg(targets.join(QStringLiteral(" → ")).toHtmlEscaped());
        const QJsonArray steps = decision.value(QStringLiteral("trace")).toArray();
        if (!steps.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("How it was decided"));
            for (const QJsonValue &step : steps)
                html += QStringLiteral("<li>%1</li>").arg(step.toString().toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(tr("Decision trace (JSON)"), pretty(trace));
    }
    if (!e.requestBody.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(tr("Request body"), pretty(e.requestBody));
    if (!e.responseBody.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(tr("Response body"), e.responseBody.toHtmlEscaped());
    m_details->setHtml(html);
    // Feedback arrives after the request, kept in the workspace: read it for the one shown.
    const quint64 generation = ++m_detailsGeneration;
    QPointer<LiveTrafficPage> self(this);
    m_session->feedbackFor(e.requestId, [self, generation, html](const std::vector<Feedback> &feedback) {
        if (!self || generation != self->m_detailsGeneration || feedback.empty())
            return;
        const QLocale locale;
        QString block = QStringLiteral("<h4>%1</h4><ul>").arg(tr("Feedback"));
        for (const Feedback &f : feedback)
            block += QStringLiteral("<li>%1</li>")
                         .arg(tr("%1: %2%3%4 (%5)")
                                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(f.timestampMs), QLocale::ShortFormat),
                                       f.score >= 0 ? tr("score %1").arg(locale.toString(f.score, 'f', 2)) : tr("no score"),
                                       f.label.isEmpty() ? QString() : QStringLiteral(", ") + f.label,
                                       f.comment.isEmpty() ? QString() : QStringLiteral(" — “") + f.comment + QStringLiteral("”"),
                                       f.source == u"header" ? tr("by header") : tr("by the feedback endpoint"))
                                  .toHtmlEscaped());
        self->m_details->setHtml(html + block + QStringLiteral("</ul>"));
    });
}

} // namespace sy
