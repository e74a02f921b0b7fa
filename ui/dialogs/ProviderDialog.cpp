#include "dialogs/ProviderDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "policy/ModelCatalog.h"
#include "providers/ProviderProbe.h"

namespace sy {

namespace {

enum ModelColumn { MId, MAlias, MInput, MOutput, MCached, MContext, MCapabilities, MColumns };

QString price(double v) { return QString::number(v, 'f', 3); }

} // namespace

ProviderDialog::ProviderDialog(const ProviderSpec &provider, QStringList takenIds, SecretReader readSecret, QWidget *parent)
    : QDialog(parent), m_takenIds(std::move(takenIds)), m_readSecret(std::move(readSecret)), m_preset(new QComboBox(this)),
      m_id(new QLineEdit(provider.id, this)), m_kind(new QComboBox(this)), m_baseUrl(new QLineEdit(provider.baseUrl, this)),
      m_credentialKind(new QComboBox(this)), m_credentialName(new QLineEdit(provider.credential.name, this)),
      m_headers(new QTableWidget(0, 2, this)), m_models(new QTableWidget(0, MColumns, this)), m_test(new QPushButton(tr("&Test connection"), this)),
      m_addListed(new QPushButton(tr("&Add listed models"), this)), m_testResult(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)), m_probe(new ProviderProbe(this))
{
    setWindowTitle(provider.id.isEmpty() ? tr("Add provider") : tr("Edit provider %1").arg(provider.id));
    m_takenIds.removeAll(provider.id);

    m_preset->addItem(tr("Custom"));
    for (const CatalogProvider &p : ModelCatalog::builtIn().providers())
        m_preset->addItem(p.name, p.id);
    m_preset->setAccessibleName(tr("Preset"));
    m_kind->addItem(tr("OpenAI-compatible"), int(ProviderKind::OpenAI));
    m_kind->addItem(tr("Anthropic"), int(ProviderKind::Anthropic));
    m_kind->setCurrentIndex(provider.kind == ProviderKind::Anthropic ? 1 : 0);
    m_id->setPlaceholderText(tr("a short name, such as openai or local-llama"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_credentialKind->addItem(tr("No key (local server)"), int(CredentialRef::Source::None));
    m_credentialKind->addItem(tr("Environment variable"), int(CredentialRef::Source::Environment));
    m_credentialKind->addItem(tr("Keychain entry"), int(CredentialRef::Source::Keychain));
    m_credentialKind->setCurrentIndex(int(provider.credential.source));
    m_credentialName->setPlaceholderText(tr("variable or entry name, such as OPENAI_API_KEY"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_kind, m_baseUrl, m_credentialKind, m_credentialName})
        w->setAccessibleName(w == m_id ? tr("Provider id") : w == m_kind ? tr("API kind") : w == m_baseUrl ? tr("Base URL")
                             : w == m_credentialKind ? tr("Credential source") : tr("Credential name"));

    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setAccessibleName(tr("Extra headers"));
    for (const HeaderEntry &h : provider.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(h.name));
        m_headers->setItem(row, 1, new QTableWidgetItem(h.value));
    }
    auto *addHeader = new QPushButton(tr("Add header"), this);
    connect(addHeader, &QPushButton::clicked, this, [this] { m_headers->insertRow(m_headers->rowCount()); });

    m_models->setHorizontalHeaderLabels({tr("Model"), tr("Alias"), tr("Input $/Mtok"), tr("Output $/Mtok"), tr("Cached $/Mtok"),
                                         tr("Context"), tr("Capabilities")});
    m_models->horizontalHeader()->setStretchLastSection(true);
    m_models->setWordWrap(false);
    m_models->verticalHeader()->hide();
    m_models->verticalHeader()->setDefaultSectionSize(m_models->fontMetrics().height() + 8);
    m_models->setAccessibleName(tr("Models"));
    m_models->setToolTip(tr("Capabilities: %1").arg(QStringLiteral("tools, vision, json_output, streaming, embeddings")));
    setModels(provider.models);
    auto *addModel = new QPushButton(tr("Add model"), this);
    auto *removeModel = new QPushButton(tr("Remove model"), this);
    connect(addModel, &QPushButton::clicked, this, [this] {
        const int row = m_models->rowCount();
        m_models->insertRow(row);
        m_models->setCurrentCell(row, MId);
        m_models->editItem(m_models->item(row, MId));
    });
    connect(removeModel, &QPushButton::clicked, this, [this] {
        if (m_models->currentRow() >= 0)
            m_models->removeRow(m_models->currentRow());
        validate();
    });

    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addListed->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f")); // readable on light and dark palettes
    m_error->setAccessibleName(tr("Problem with the form"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&API:"), m_kind);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    auto *credential = new QHBoxLayout;
    credential->addWidget(m_credentialKind);
    credential->addWidget(m_credentialName, 1);
    auto *credentialLabel = new QLabel(tr("&Credential:"), this);
    credentialLabel->setBuddy(m_credentialKind); // a layout cannot be a buddy: the first field is
    form->addRow(credentialLabel, credential);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addStretch();
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(addModel);
    modelButtons->addWidget(removeModel);
    modelButtons->addStretch();
    modelButtons->addWidget(m_test);
    modelButtons->addWidget(m_addListed);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Extra headers sent with every request (never keys: use the credential):"), this));
    layout->addWidget(m_headers);
    layout->addLayout(headerButtons);
    layout->addWidget(m_models, 1);
    layout->addLayout(modelButtons);
    layout->addWidget(m_testResult);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_headers->setMaximumHeight(90);
    resize(760, 560);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ProviderDialog::applyPreset);
    for (QLineEdit *e : {m_id, m_baseUrl, m_credentialName})
        connect(e, &QLineEdit::textChanged, this, &ProviderDialog::validate);
    connect(m_credentialKind, &QComboBox::currentIndexChanged, this, &ProviderDialog::validate);
    connect(m_models, &QTableWidget::itemChanged, this, &ProviderDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &ProviderDialog::testConnection);
    connect(m_addListed, &QPushButton::clicked, this, &ProviderDialog::addListedModels);
    connect(m_probe, &ProviderProbe::finished, this, [this](const ProviderProbe::Result &r) {
        m_test->setEnabled(true);
        if (!r.ok) {
            m_testResult->setText(tr("✗ %1").arg(r.error));
            return;
        }
        m_listed = r.models;
        m_testResult->setText(tr("✓ %n model(s) in %1 ms: %2", nullptr, int(r.models.size()))
                                  .arg(r.elapsedMs)
                                  .arg(r.models.mid(0, 12).join(QStringLiteral(", ")) + (r.models.size() > 12 ? QStringLiteral(", …") : QString())));
        m_addListed->setEnabled(!r.models.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton *ProviderDialog::saveButton() const { return m_buttons->button(QDialogButtonBox::Save); }

void ProviderDialog::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    const CatalogProvider *preset = ModelCatalog::builtIn().provider(id);
    if (!preset)
        return;
    // The id follows the preset unless the user named the provider.
    if (m_id->text().isEmpty() || ModelCatalog::builtIn().provider(m_id->text()))
        m_id->setText(preset->id);
    m_kind->setCurrentIndex(preset->kind == ProviderKind::Anthropic ? 1 : 0);
    m_baseUrl->setText(preset->baseUrl);
    m_credentialKind->setCurrentIndex(preset->credentialEnv.isEmpty() ? 0 : 1);
    m_credentialName->setText(preset->credentialEnv);
    setModels(preset->models);
    validate();
}

void ProviderDialog::setModels(const std::vector<ModelSpec> &models)
{
    const QSignalBlocker block(m_models);
    m_models->setRowCount(0);
    m_pricingById.clear();
    for (const ModelSpec &m : models) {
        m_pricingById.insert(m.id, m.pricing);
        const int row = m_models->rowCount();
        m_models->insertRow(row);
        m_models->setItem(row, MId, new QTableWidgetItem(m.id));
        m_models->setItem(row, MAlias, new QTableWidgetItem(m.alias));
        m_models->setItem(row, MInput, new QTableWidgetItem(price(m.pricing.inputPerMTok)));
        m_models->setItem(row, MOutput, new QTableWidgetItem(price(m.pricing.outputPerMTok)));
        m_models->setItem(row, MCached, new QTableWidgetItem(m.pricing.cachedInputPerMTok ? price(*m.pricing.cachedInputPerMTok) : QString()));
        m_models->setItem(row, MContext, new QTableWidgetItem(m.contextWindow ? QString::number(*m.contextWindow) : QString()));
        m_models->setItem(row, MCapabilities, new QTableWidgetItem(capabilityNames(m.capabilities)));
    }
}

std::vector<ModelSpec> ProviderDialog::models() const
{
    std::vector<ModelSpec> out;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_models->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_models->rowCount(); ++row) {
        ModelSpec m;
        m.id = text(row, MId);
        if (m.id.isEmpty())
            continue;
        m.alias = text(row, MAlias);
        m.pricing = m_pricingById.value(m.id);
        m.pricing.cachedInputPerMTok.reset();
        m.pricing.inputPerMTok = text(row, MInput).toDouble();
        m.pricing.outputPerMTok = text(row, MOutput).toDouble();
        if (!text(row, MCached).isEmpty())
            m.pricing.cachedInputPerMTok = text(row, MCached).toDouble();
        if (!text(row, MContext).isEmpty())
            m.contextWindow = text(row, MContext).toInt();
        m.capabilities = capabilitiesFromNames(text(row, MCapabilities));
        out.push_back(m);
    }
    return out;
}

ProviderSpec ProviderDialog::provider() const
{
    ProviderSpec p;
    p.id = m_id->text().trimmed();
    p.kind = ProviderKind(m_kind->currentData().toInt());
    p.baseUrl = m_baseUrl->text().trimmed();
    p.credential.source = CredentialRef::Source(m_credentialKind->currentData().toInt());
    if (p.credential.source != CredentialRef::Source::None)
        p.credential.name = m_credentialName->text().trimmed();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            p.headers.push_back({name->text().trimmed(), value ? value->text() : QString()});
    }
    p.models = models();
    return p;
}

QString ProviderDialog::validationError() const
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        return tr("The provider needs an id.");
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!idPattern.match(id).hasMatch())
        return tr("The id may use letters, digits, '.', '_' and '-' only (it is written before a '/' in model names).");
    if (m_takenIds.contains(id))
        return tr("Another provider is already called %1.").arg(id);
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https" && url.scheme() != u"sim"))
        return tr("The base URL must be an http:// or https:// address, such as https://api.openai.com/v1.");
    const auto source = CredentialRef::Source(m_credentialKind->currentData().toInt());
    if (source != CredentialRef::Source::None && m_credentialName->text().trimmed().isEmpty())
        return tr("Name the %1 that holds the key.").arg(source == CredentialRef::Source::Environment ? tr("environment variable") : tr("keychain entry"));
    QStringList seen;
    for (const ModelSpec &m : models()) {
        if (seen.contains(m.id))
            return tr("The model %1 is listed twice.").arg(m.id);
        seen.append(m.id);
    }
    return {};
}

void ProviderDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    saveButton()->setEnabled(error.isEmpty());
    m_test->setEnabled(!m_probe->isRunning() && !m_baseUrl->text().trimmed().isEmpty());
}

void ProviderDialog::testConnection()
{
    const ProviderSpec p = provider();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1/models…").arg(p.baseUrl));
    const auto run = [this, p](const QByteArray &secret) { m_probe->probe(p, secret); };
    if (p.credential.source == CredentialRef::Source::None || !m_readSecret) {
        run({});
        return;
    }
    QPointer<ProviderDialog> self(this);
    m_readSecret(p.credential, [self, run](const CredentialResult &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->m_test->setEnabled(true);
            self->m_testResult->setText(tr("✗ %1").arg(result.error));
            return;
        }
        run(result.secret);
    });
}

void ProviderDialog::addListedModels()
{
    const std::vector<ModelSpec> current = models();
    std::vector<ModelSpec> all = current;
    for (const QString &id : std::as_const(m_listed))
        if (std::none_of(current.begin(), current.end(), [&](const ModelSpec &m) { return m.id == id; }))
            all.push_back(ModelSpec{id, {}, {}, {}, {}});
    setModels(all);
    validate();
}

} // namespace sy
