#include "widgets/TryRequestPanel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "policy/PolicyReader.h"
#include "routing/CompiledPolicy.h"
#include "routing/RouteExplainer.h"

#include "widgets/FlowLayout.h"

namespace sy {

namespace {

struct Sample
{
    const char *title;
    const char *body;
};

// Requests written to exercise the demo policies' rules.
const Sample kSamples[] = {
    {QT_TRANSLATE_NOOP("TryRequestPanel", "Short question"),
     R"json({"model": "auto", "messages": [{"role": "user", "content": "What is the capital of Australia?"}]})json"},
    {QT_TRANSLATE_NOOP("TryRequestPanel", "Code review"),
     R"json({"model": "auto", "messages": [{"role": "user", "content": "Please review this: def total(xs): return sum(x for x in xs if x)"}]})json"},
    {QT_TRANSLATE_NOOP("TryRequestPanel", "Tool use, streamed"),
     R"json({"model": "auto", "stream": true, "messages": [{"role": "user", "content": "What's the weather in Lisbon?"}], "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]})json"},
    {QT_TRANSLATE_NOOP("TryRequestPanel", "Anthropic format"),
     R"json({"model": "auto", "max_tokens": 256, "system": "You are terse.", "messages": [{"role": "user", "content": "Name three prime numbers."}]})json"},
};

} // namespace

TryRequestPanel::TryRequestPanel(QWidget *parent)
    : QWidget(parent), m_samples(new QComboBox(this)), m_format(new QComboBox(this)), m_headers(new QLineEdit(this)),
      m_request(new QPlainTextEdit(this)), m_route(new QPushButton(tr("R&oute"), this)), m_result(new QTextBrowser(this)),
      m_showPath(new QPushButton(tr("Show on diagram"), this))
{
    m_samples->addItem(tr("Pick a sample request…"));
    for (const Sample &s : kSamples)
        m_samples->addItem(tr(s.title), QString::fromUtf8(s.body));
    m_samples->setAccessibleName(tr("Sample requests"));
    m_format->addItem(tr("OpenAI chat completions"), int(ApiFormat::OpenAIChat));
    m_format->addItem(tr("Anthropic messages"), int(ApiFormat::AnthropicMessages));
    m_format->setAccessibleName(tr("Request format"));
    m_headers->setPlaceholderText(tr("headers, such as x-user-id: 42; x-tier: gold"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setPlaceholderText(tr("Paste a request body (JSON) here"));
    m_request->setAccessibleName(tr("Request body"));
    m_request->setTabChangesFocus(true);
    m_route->setToolTip(tr("Route the request (Ctrl+Return); no model is called"));
    m_result->setAccessibleName(tr("Decision and trace"));
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &TryRequestPanel::route);
    connect(m_route, &QPushButton::clicked, this, &TryRequestPanel::route);
    connect(m_samples, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i <= 0)
            return;
        const QByteArray body = m_samples->itemData(i).toString().toUtf8();
        m_request->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented)));
        m_format->setCurrentIndex(body.contains("\"max_tokens\"") ? 1 : 0);
        route();
    });

    // Rows that wrap, so the panel fits a narrow side column.
    auto *options = new FlowLayout;
    for (QComboBox *combo : {m_samples, m_format}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        options->addWidget(combo);
    }
    auto *headersRow = new FlowLayout;
    m_headers->setMinimumWidth(160);
    m_headers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    headersRow->addWidget(m_headers);
    headersRow->addWidget(m_route);
    m_showPath->setObjectName(QStringLiteral("showPathOnDiagram"));
    m_showPath->setToolTip(tr("Show the path this request took on the route diagram"));
    m_showPath->setEnabled(false);
    headersRow->addWidget(m_showPath);
    connect(m_showPath, &QPushButton::clicked, this, &TryRequestPanel::showPathRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("<b>Try a request</b> — see the decision and its trace without calling any model"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(options);
    layout->addLayout(headersRow);
    layout->addWidget(m_request, 1);
    layout->addWidget(m_result, 1);
}

void TryRequestPanel::setPolicyDocument(const QByteArray &document)
{
    Diagnostics diagnostics;
    auto policy = PolicyReader::fromJsonText(document, diagnostics);
    m_policy = policy ? CompiledPolicy::compile(std::move(*policy)) : nullptr;
    m_policyError = policy ? QString() : diagnostics.toString();
    if (!m_request->toPlainText().trimmed().isEmpty())
        route();
}

void TryRequestPanel::route()
{
    if (!m_policy) {
        m_result->setPlainText(m_policyError.isEmpty() ? tr("Select a policy first.") : tr("The policy is not valid:\n%1").arg(m_policyError));
        return;
    }
    QJsonParseError error;
    const QByteArray text = m_request->toPlainText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // Line and column, as an editor shows them.
        const QByteArray before = text.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - before.lastIndexOf('\n');
        m_result->setPlainText(error.error != QJsonParseError::NoError
                                   ? tr("The request is not valid JSON: %1 at line %2, column %3.").arg(error.errorString()).arg(line).arg(column)
                                   : tr("The request must be a JSON object."));
        return;
    }
    std::vector<std::pair<QString, QString>> headers;
    for (const QString &pair : m_headers->text().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon > 0)
            headers.emplace_back(pair.left(colon).trimmed(), pair.mid(colon + 1).trimmed());
    }
    // A new seed each time, as each live request gets: a weighted split without a sticky key
    // shows its spread over clicks, and a sticky one shows that it holds.
    const RouteExplanation e = RouteExplainer::explain(*m_policy, doc.object(), ApiFormat(m_format->currentData().toInt()), headers,
                                                       QRandomGenerator::global()->generate64());
    QString html;
    if (e.decision.status == Decision::Status::Ok) {
        html += tr("<p><b>Targets:</b> %1</p>").arg(e.targets.join(QStringLiteral(" → ")).toHtmlEscaped());
        if (!e.deferred.isEmpty())
            html += tr("<p><b>If those are full:</b> %1</p>").arg(e.deferred.join(QStringLiteral(" → ")).toHtmlEscaped());
    } else if (e.decision.status == Decision::Status::UnknownRoute) {
        html += tr("<p><b>No route is called %1.</b></p>").arg(e.features.alias.toHtmlEscaped());
    } else {
        html += tr("<p><b>No target could be chosen.</b></p>");
    }
    html += tr("<p><b>Features:</b> %1</p>").arg(e.featureSummary.toHtmlEscaped());
    html += QStringLiteral("<ol>");
    for (const QString &line : e.trace)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_result->setHtml(html);
    const QStringList path = e.json.value(QStringLiteral("path")).toVariant().toStringList();
    m_showPath->setEnabled(!path.isEmpty());
    emit decided(e.json.value(QStringLiteral("route")).toString(), path);
}

} // namespace sy
