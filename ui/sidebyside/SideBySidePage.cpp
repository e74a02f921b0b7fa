#include "sidebyside/SideBySidePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "session/WorkspaceSession.h"
#include "sidebyside/AnswerColumn.h"
#include "widgets/FlowLayout.h"

namespace sy {

namespace {
const QString kCandidatesKey = QStringLiteral("sideBySide/candidates");
// A model's candidate is a one-route policy named after the model (ReplayCandidate::forModel).
bool isRoute(const ReplayCandidate &c) { return c.label != c.policy.name; }
} // namespace

SideBySidePage::SideBySidePage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_columnHost(new QWidget(this)), m_columnRow(new QHBoxLayout(m_columnHost)),
      m_scroll(new QScrollArea(this)), m_addColumn(new QPushButton(this)), m_system(new QLineEdit(this)), m_maxTokens(new QSpinBox(this)),
      m_syncScroll(new QCheckBox(this)), m_input(new QPlainTextEdit(this)), m_send(new QPushButton(this)), m_stop(new QPushButton(this)),
      m_newChat(new QPushButton(this)), m_tie(new QPushButton(this)), m_addToSet(new QPushButton(this)), m_status(new QLabel(this)),
      m_tally(new QLabel(this))
{
    m_addColumn->setObjectName(QStringLiteral("addColumn"));
    m_send->setObjectName(QStringLiteral("sendSideBySide"));
    m_stop->setObjectName(QStringLiteral("stopSideBySide"));
    m_newChat->setObjectName(QStringLiteral("newChat"));
    m_tie->setObjectName(QStringLiteral("voteTie"));
    m_addToSet->setObjectName(QStringLiteral("addPromptToSet"));
    m_maxTokens->setRange(0, 65536);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number, not a line to fill
    m_system->setMinimumWidth(200);
    m_system->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_system->setClearButtonEnabled(true);
    m_syncScroll->setChecked(true);
    auto *options = new FlowLayout;
    auto *systemLabel = new QLabel(this);
    auto *maxLabel = new QLabel(this);
    systemLabel->setObjectName(QStringLiteral("systemLabel"));
    maxLabel->setObjectName(QStringLiteral("maxTokensLabel"));
    options->addWidget(m_addColumn);
    options->addLabelled(systemLabel, m_system);
    options->addLabelled(maxLabel, m_maxTokens);
    options->addWidget(m_syncScroll);

    m_columnRow->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_columnHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls its own answers

    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    m_input->setMinimumHeight(m_input->fontMetrics().lineSpacing() * 2 + 12);
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {m_send, m_stop, m_newChat, m_tie, m_addToSet})
        buttons->addWidget(b);
    m_status->setWordWrap(true);
    m_tally->setWordWrap(true);
    m_tally->setObjectName(QStringLiteral("voteTally"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    layout->addWidget(m_tally);

    connect(m_addColumn, &QPushButton::clicked, this, [this] { addColumn(); });
    connect(m_send, &QPushButton::clicked, this, &SideBySidePage::send);
    connect(m_stop, &QPushButton::clicked, &m_chat, &SideBySide::stop);
    connect(m_newChat, &QPushButton::clicked, this, &SideBySidePage::newChat);
    connect(m_tie, &QPushButton::clicked, this, [this] { vote(-1); });
    connect(m_input, &QPlainTextEdit::textChanged, this, &SideBySidePage::updateControls);
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input, this, &SideBySidePage::send);
    sendKey->setContext(Qt::WidgetShortcut);
    connect(m_addToSet, &QPushButton::clicked, this, [this] {
        QPointer<SideBySidePage> self(this);
        m_session->promptSetNames([self](const QStringList &names) {
            if (!self)
                return;
            bool ok = false;
            const QString name = QInputDialog::getItem(self, tr("Add the prompt to a prompt set"),
                                                       tr("Prompt set (choose one, or type a new name):"), names, 0, true, &ok);
            if (ok && !name.trimmed().isEmpty())
                self->addPromptToSet(name.trimmed());
        });
    });

    connect(&m_chat, &SideBySide::answerUpdated, this, [this](const SideBySideAnswer &a) {
        if (a.column < columnCount())
            m_columns[size_t(a.column)]->showAnswer(a);
    });
    connect(&m_chat, &SideBySide::answerFinished, this, [this](const SideBySideAnswer &a) {
        if (a.column < columnCount())
            m_columns[size_t(a.column)]->showAnswer(a);
    });
    connect(&m_chat, &SideBySide::turnFinished, this, [this] {
        for (AnswerColumn *c : m_columns)
            c->setVoting(true);
        m_status->setText(tr("Every column has answered. Vote for the better answer, or keep the chat going."));
        updateControls();
    });

    connect(session, &WorkspaceSession::providersLoaded, this, [this](const std::vector<ProviderSpec> &providers) {
        m_providers = providers;
        m_providersKnown = true;
        setAvailable(ReplayCandidate::allOf(m_policies, m_providers));
    });
    connect(session, &WorkspaceSession::policiesLoaded, this, [this](const std::vector<PolicySummary> &summaries) {
        QPointer<SideBySidePage> self(this);
        m_session->readPolicies(summaries, [self](std::vector<Policy> policies) {
            if (!self)
                return;
            self->m_policies = std::move(policies);
            self->m_policiesKnown = true;
            self->setAvailable(ReplayCandidate::allOf(self->m_policies, self->m_providers));
        });
    });
    connect(session, &WorkspaceSession::opened, this, &SideBySidePage::refreshTally);
    retranslate();
    updateControls();
}

void SideBySidePage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("systemLabel"))->setText(tr("System:"));
    findChild<QLabel *>(QStringLiteral("maxTokensLabel"))->setText(tr("Max tokens:"));
    m_addColumn->setText(tr("Add column"));
    m_addColumn->setToolTip(tr("Up to %1 models or routes side by side").arg(SideBySide::kMaxColumns));
    m_system->setPlaceholderText(tr("Optional system prompt for every column"));
    m_system->setAccessibleName(tr("System prompt"));
    m_maxTokens->setSpecialValueText(tr("model default"));
    m_maxTokens->setAccessibleName(tr("Max tokens"));
    m_syncScroll->setText(tr("Scroll together"));
    m_syncScroll->setToolTip(tr("Scrolling one column's answers scrolls the others to the same place"));
    m_input->setPlaceholderText(tr("Ask every column at once… (Ctrl+Enter sends)"));
    m_input->setAccessibleName(tr("Message"));
    m_send->setText(tr("Send"));
    m_stop->setText(tr("Stop"));
    m_newChat->setText(tr("New chat"));
    m_newChat->setToolTip(tr("Forget the conversation and start again with the same columns"));
    m_tie->setText(tr("It's a tie"));
    m_tie->setToolTip(tr("Keep a vote that no answer was better (every column rated 3)"));
    m_addToSet->setText(tr("Add prompt to set…"));
    m_addToSet->setToolTip(tr("Keep the last prompt in a prompt set, to replay it against more candidates later"));
    m_scroll->setAccessibleName(tr("Columns"));
    if (m_available.empty())
        m_status->setText(tr("Nothing to compare yet: add a provider with models on Providers & Models, or open the demo workspace "
                             "(File ▸ Open the demo workspace)."));
}

void SideBySidePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QStringList SideBySidePage::candidateLabels() const
{
    QStringList labels;
    for (const AnswerColumn *c : m_columns)
        labels.append(c->candidate());
    return labels;
}

void SideBySidePage::setAvailable(std::vector<ReplayCandidate> candidates)
{
    m_available = std::move(candidates);
    QStringList labels;
    for (const ReplayCandidate &c : m_available)
        labels.append(c.label);
    // The first columns wait for both lists, so remembered routes are found among them.
    if (m_columns.empty() && !labels.isEmpty() && m_providersKnown && m_policiesKnown) {
        // The last columns used, else the first two models (a route's answer comes from one of them).
        QStringList wanted = QSettings().value(kCandidatesKey).toStringList();
        wanted.erase(std::remove_if(wanted.begin(), wanted.end(), [&labels](const QString &l) { return !labels.contains(l); }), wanted.end());
        if (wanted.size() < SideBySide::kMinColumns) {
            wanted.clear();
            for (const ReplayCandidate &c : m_available)
                if (!isRoute(c) && wanted.size() < SideBySide::kMinColumns)
                    wanted.append(c.label);
        }
        while (wanted.size() < SideBySide::kMinColumns)
            wanted.append(labels.value(wanted.size()));
        for (const QString &w : wanted)
            addColumn(w);
    } else {
        for (AnswerColumn *c : m_columns)
            c->setCandidates(labels, c->candidate());
    }
    if (labels.isEmpty())
        retranslate(); // says what to do
    else if (m_chat.turnCount() == 0)
        m_status->setText(tr("Choose a model or a route for each column, type a message and send it to all of them."));
    updateControls();
}

void SideBySidePage::addColumn(const QString &candidate)
{
    if (columnCount() >= SideBySide::kMaxColumns)
        return;
    auto *column = new AnswerColumn(m_columnHost);
    QStringList labels;
    for (const ReplayCandidate &c : m_available)
        labels.append(c.label);
    // A new column offers the next model not shown yet, else the next route.
    QString initial = candidate;
    for (const bool route : {false, true})
        for (const ReplayCandidate &c : m_available)
            if (initial.isEmpty() && isRoute(c) == route && !candidateLabels().contains(c.label))
                initial = c.label;
    column->setCandidates(labels, initial);
    m_columns.push_back(column);
    m_columnRow->addWidget(column, 1);
    connect(column, &AnswerColumn::candidateChanged, this, [this] {
        rememberCandidates();
        updateControls();
    });
    connect(column, &AnswerColumn::voted, this, [this, column] {
        const auto it = std::find(m_columns.begin(), m_columns.end(), column);
        if (it != m_columns.end())
            vote(int(it - m_columns.begin()));
    });
    connect(column, &AnswerColumn::removeRequested, this, [this, column] {
        const auto it = std::find(m_columns.begin(), m_columns.end(), column);
        if (it != m_columns.end())
            removeColumn(int(it - m_columns.begin()));
    });
    connect(column->transcript()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, column](int value) {
        const auto it = std::find(m_columns.begin(), m_columns.end(), column);
        if (it != m_columns.end())
            syncScroll(int(it - m_columns.begin()), value);
    });
    rememberCandidates();
    updateControls();
}

void SideBySidePage::removeColumn(int i)
{
    if (columnCount() <= SideBySide::kMinColumns || m_chat.isBusy() || i < 0 || i >= columnCount())
        return;
    AnswerColumn *column = m_columns[size_t(i)];
    m_columns.erase(m_columns.begin() + i);
    column->deleteLater();
    rememberCandidates();
    updateControls();
}

void SideBySidePage::rememberCandidates() const
{
    if (!m_available.empty())
        QSettings().setValue(kCandidatesKey, candidateLabels());
}

void SideBySidePage::syncScroll(int column, int value)
{
    if (!m_syncScroll->isChecked() || m_syncing)
        return;
    const QScrollBar *source = m_columns[size_t(column)]->transcript()->verticalScrollBar();
    const double at = source->maximum() > 0 ? double(value) / source->maximum() : 0;
    m_syncing = true;
    for (int i = 0; i < columnCount(); ++i)
        if (i != column) {
            QScrollBar *bar = m_columns[size_t(i)]->transcript()->verticalScrollBar();
            bar->setValue(int(at * bar->maximum() + 0.5));
        }
    m_syncing = false;
}

void SideBySidePage::newChat()
{
    m_chat.stop();
    m_chat.clear();
    for (AnswerColumn *c : m_columns)
        c->clearChat();
    m_started.clear(); // the next message starts afresh, with the system prompt as it is then
    m_voted = false;
    m_status->setText(tr("A new chat: type a message and send it to every column."));
    updateControls();
}

void SideBySidePage::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_chat.isBusy() || columnCount() < SideBySide::kMinColumns)
        return;
    const QStringList labels = candidateLabels();
    const auto ask = [this, text] {
        if (!m_chat.ask(text))
            return;
        for (AnswerColumn *c : m_columns)
            c->addUserTurn(text);
        m_input->clear();
        m_voted = false;
        m_status->setText(tr("Sent to %n column(s)…", nullptr, columnCount()));
        updateControls();
    };
    if (labels == m_started && m_chat.columnCount() == columnCount())
        return ask();
    // Other columns than the chat has: a new chat with these.
    SideBySide::Setup setup;
    Policy all; // every provider a column may reach, for reading keychain entries once
    for (const QString &label : labels) {
        const auto it = std::find_if(m_available.begin(), m_available.end(), [&label](const ReplayCandidate &c) { return c.label == label; });
        if (it == m_available.end()) {
            m_status->setText(tr("%1 is not a model or route of this workspace any more.").arg(label));
            return;
        }
        setup.candidates.push_back(*it);
        all.providers.insert(all.providers.end(), it->policy.providers.begin(), it->policy.providers.end());
    }
    const QString simulator = m_session->simulatorUrl();
    setup.simulators = [simulator](const QString &) { return simulator; };
    if (m_maxTokens->value() > 0)
        setup.maxTokens = m_maxTokens->value();
    setup.system = m_system->text();
    m_send->setEnabled(false);
    m_status->setText(tr("Starting…"));
    constexpr int kKeychainTimeoutMs = 15000;
    auto reader = m_readSecret ? m_readSecret : CredentialPrefetch::Reader([](const CredentialRef &ref, std::function<void(const CredentialResult &)> done) {
        done({{}, QObject::tr("no keychain in this session for %1").arg(ref.name)});
    });
    QPointer<SideBySidePage> self(this);
    CredentialPrefetch::run(all, reader, this, kKeychainTimeoutMs, [self, setup, labels, ask](const CredentialPrefetch::Results &results) mutable {
        if (!self)
            return;
        setup.credentials = CredentialPrefetch::resolver(results);
        if (const QString error = self->m_chat.start(std::move(setup)); !error.isEmpty()) {
            self->m_status->setText(error);
            self->updateControls();
            return;
        }
        self->m_started = labels;
        for (AnswerColumn *c : self->m_columns)
            c->clearChat();
        ask();
    });
}

void SideBySidePage::vote(int winner)
{
    if (m_voted || m_chat.isBusy() || m_chat.turnCount() == 0)
        return;
    SideBySideVote v;
    v.timestampMs = QDateTime::currentMSecsSinceEpoch();
    v.prompt = m_chat.lastUserText();
    v.winner = winner >= 0 ? m_columns[size_t(winner)]->candidate() : QString();
    for (int i = 0; i < columnCount(); ++i) {
        const SideBySideAnswer &a = m_columns[size_t(i)]->lastAnswer();
        v.columns.push_back({m_columns[size_t(i)]->candidate(), a.provider, a.model, a.text, a.ttftMs, a.latencyMs, a.outputTokens,
                             a.costUsd, winner < 0 ? 3 : i == winner ? 5 : 1});
    }
    m_voted = true;
    for (int i = 0; i < columnCount(); ++i) {
        m_columns[size_t(i)]->setVoting(false);
        m_columns[size_t(i)]->markWinner(i == winner);
    }
    updateControls();
    QPointer<SideBySidePage> self(this);
    m_session->saveVote(v, [self, winner = v.winner](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_status->setText(tr("The vote could not be kept: %1").arg(error));
            return;
        }
        self->m_status->setText(winner.isEmpty() ? tr("Kept: a tie.") : tr("Kept: %1 gave the better answer.").arg(winner));
        self->refreshTally();
        emit self->voteKept();
    });
}

void SideBySidePage::refreshTally()
{
    QPointer<SideBySidePage> self(this);
    m_session->voteTally([self](const std::vector<VoteTally> &tally) {
        if (!self)
            return;
        QStringList parts;
        for (const VoteTally &t : tally)
            parts.append(tr("%1: %2 won, %3 lost, %4 tied").arg(t.label).arg(t.wins).arg(t.losses).arg(t.ties));
        self->m_tally->setText(parts.isEmpty() ? QString() : tr("Your votes so far — %1").arg(parts.join(QStringLiteral("; "))));
    });
}

void SideBySidePage::addPromptToSet(const QString &setName, std::function<void(const QString &)> done)
{
    const QString prompt = m_chat.lastUserText();
    if (prompt.isEmpty())
        return;
    QJsonArray messages;
    if (!m_system->text().trimmed().isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), m_system->text()}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt}});
    QPointer<SideBySidePage> self(this);
    m_session->loadPromptSet(setName, [self, setName, messages, done](PromptSet set) {
        if (!self)
            return;
        if (set.name.isEmpty()) {
            set.name = setName;
            set.source = QStringLiteral("side by side");
        }
        PromptItem item;
        item.externalId = QStringLiteral("side-by-side-%1").arg(QDateTime::currentMSecsSinceEpoch());
        item.messages = messages;
        set.items.push_back(item);
        const qsizetype count = qsizetype(set.items.size());
        self->m_session->savePromptSet(set, [self, setName, count, done](const QString &error) {
            if (self)
                self->m_status->setText(error.isEmpty() ? tr("Added to “%1” (now %n prompt(s)).", nullptr, int(count)).arg(setName)
                                                        : tr("The prompt could not be added: %1").arg(error));
            if (done)
                done(error);
        });
    });
}

void SideBySidePage::updateControls()
{
    const bool busy = m_chat.isBusy();
    m_send->setEnabled(!busy && columnCount() >= SideBySide::kMinColumns && !m_available.empty() && !m_input->toPlainText().trimmed().isEmpty());
    m_stop->setEnabled(busy);
    m_newChat->setEnabled(m_chat.turnCount() > 0 && !busy);
    m_addColumn->setEnabled(!busy && columnCount() < SideBySide::kMaxColumns && !m_available.empty());
    m_tie->setEnabled(!busy && !m_voted && m_chat.turnCount() > 0);
    m_addToSet->setEnabled(!m_chat.lastUserText().isEmpty());
    for (AnswerColumn *c : m_columns)
        c->setRemovable(!busy && columnCount() > SideBySide::kMinColumns);
}

} // namespace sy
