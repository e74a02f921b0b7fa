#include "pages/WelcomePage.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include "widgets/FlowLayout.h"

namespace sy {

namespace {
const QString kShowAtStart = QStringLiteral("welcome/showAtStart");

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A card: a bold title, a paragraph, a row of buttons.
QFrame *card(QWidget *parent, QLabel *title, QLabel *text, std::initializer_list<QWidget *> buttons, QLayout *extra = nullptr)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(text);
    auto *row = new FlowLayout;
    for (QWidget *b : buttons)
        row->addWidget(b);
    layout->addLayout(row);
    if (extra)
        layout->addLayout(extra);
    return frame;
}
} // namespace

bool WelcomePage::showAtStart() { return QSettings().value(kShowAtStart, true).toBool(); }

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_targets(LocalServerScan::defaultTargets()), m_title(new QLabel(this)), m_intro(wrapped(this)),
      m_demoTitle(new QLabel(this)), m_demoText(wrapped(this)), m_providerTitle(new QLabel(this)), m_providerText(wrapped(this)),
      m_importTitle(new QLabel(this)), m_importText(wrapped(this)), m_tour(new QPushButton(this)), m_addProvider(new QPushButton(this)),
      m_scan(new QPushButton(this)), m_import(new QPushButton(this)), m_scanResult(wrapped(this)), m_foundList(new QVBoxLayout),
      m_showAtStart(new QCheckBox(this))
{
    m_tour->setObjectName(QStringLiteral("startTour"));
    m_addProvider->setObjectName(QStringLiteral("welcomeAddProvider"));
    m_scan->setObjectName(QStringLiteral("findLocalServers"));
    m_import->setObjectName(QStringLiteral("welcomeImportPolicy"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_tour->setDefault(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(card(content, m_demoTitle, m_demoText, {m_tour}));
    auto *scanArea = new QVBoxLayout;
    scanArea->addWidget(m_scanResult);
    scanArea->addLayout(m_foundList);
    layout->addWidget(card(content, m_providerTitle, m_providerText, {m_addProvider, m_scan}, scanArea));
    layout->addWidget(card(content, m_importTitle, m_importText, {m_import}));
    layout->addWidget(m_showAtStart);
    layout->addStretch(1);
    content->setMaximumWidth(900);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Welcome"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_scanResult->hide(); // until a scan says something
    m_showAtStart->setChecked(showAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kShowAtStart, on); });
    connect(m_tour, &QPushButton::clicked, this, &WelcomePage::tourRequested);
    connect(m_addProvider, &QPushButton::clicked, this, &WelcomePage::addProviderRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importPolicyRequested);
    connect(m_scan, &QPushButton::clicked, this, &WelcomePage::scanLocalServers);
    connect(&m_scanner, &LocalServerScan::finished, this, &WelcomePage::showFound);
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Switchyard"));
    m_intro->setText(tr("Send each LLM request to the right model: design a routing policy, replay real prompts through "
                        "the candidates, compare cost, latency and quality on one chart, and serve the winner from a local "
                        "proxy that speaks the OpenAI and Anthropic APIs."));
    m_demoTitle->setText(tr("Try the demo"));
    m_demoText->setText(tr("A guided tour of five steps on simulated providers, no API key needed: look at a policy, serve it, "
                           "watch traffic flow through it, replay a prompt set against two alternatives and compare them on "
                           "the chart."));
    m_tour->setText(tr("Start the guided tour"));
    m_providerTitle->setText(tr("Connect a provider"));
    m_providerText->setText(tr("Presets for OpenAI, Anthropic, Groq, Together, Mistral, DeepSeek, OpenRouter and local servers "
                               "fill in the address and the known models with their prices. Keys are never stored: the "
                               "provider names an environment variable or a keychain entry. Servers on this machine "
                               "(llama.cpp, Ollama, LM Studio, vLLM) are found on their default ports."));
    m_addProvider->setText(tr("Add a provider…"));
    m_scan->setText(tr("Find local servers"));
    m_importTitle->setText(tr("Import a policy"));
    m_importText->setText(tr("Open a policy file (JSON) made elsewhere or exported from another workspace; it opens in the "
                             "policy editor, where it is checked before it is saved."));
    m_import->setText(tr("Import a policy file…"));
    m_showAtStart->setText(tr("Show this page when Switchyard starts"));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::scanLocalServers()
{
    m_scan->setEnabled(false);
    QStringList where;
    for (const LocalServerScan::Target &t : m_targets)
        where.append(QStringLiteral("%1 (%2)").arg(t.name).arg(QUrl(t.baseUrl).port()));
    m_scanResult->setText(tr("Looking on this machine: %1…").arg(where.join(QStringLiteral(", "))));
    m_scanResult->show();
    m_scanner.scan(m_targets);
}

void WelcomePage::showFound(const std::vector<LocalServerScan::Found> &found)
{
    m_scan->setEnabled(true);
    while (QLayoutItem *item = m_foundList->takeAt(0)) {
        if (QLayout *row = item->layout())
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        delete item->widget();
        delete item;
    }
    if (found.empty()) {
        QStringList ports;
        for (const LocalServerScan::Target &t : m_targets)
            ports.append(QStringLiteral("%1 %2").arg(t.name).arg(QUrl(t.baseUrl).port()));
        m_scanResult->setText(tr("No model server answered on this machine's default ports (%1). Start one, or add a provider "
                                 "with its own address.")
                                  .arg(ports.join(QStringLiteral(", "))));
        return;
    }
    m_scanResult->setText(tr("Found %n server(s) on this machine:", nullptr, int(found.size())));
    for (const LocalServerScan::Found &f : found) {
        auto *row = new QHBoxLayout;
        auto *label = wrapped(this);
        label->setText(tr("<b>%1</b> at %2: %n model(s)", nullptr, int(f.models.size())).arg(f.target.name.toHtmlEscaped(), f.target.baseUrl.toHtmlEscaped()));
        label->setToolTip(f.models.join(QStringLiteral("\n")));
        auto *add = new QPushButton(tr("Add"), this);
        add->setObjectName(QStringLiteral("addFound_") + f.target.presetId);
        add->setAccessibleName(tr("Add %1").arg(f.target.name));
        const ProviderSpec provider = LocalServerScan::providerFor(f);
        connect(add, &QPushButton::clicked, this, [this, provider, add] {
            add->setEnabled(false);
            add->setText(tr("Added"));
            emit localServerChosen(provider);
        });
        row->addWidget(label, 1);
        row->addWidget(add);
        m_foundList->addLayout(row);
    }
}

} // namespace sy
