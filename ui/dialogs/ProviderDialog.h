#pragma once

#include <QHash>

#include <QDialog>

#include <functional>

#include "domain/Provider.h"
#include "secrets/Credentials.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sy {

class ProviderProbe;

// Adds or edits one provider: a preset fills in the usual base URL, key variable and models;
// the credential is a reference (environment variable or keychain entry), never the key; the
// models table is editable; "Test connection" lists what the provider serves.
class ProviderDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads a credential for the connection test; done may run later (the keychain is asynchronous).
    using SecretReader = std::function<void(const CredentialRef &, std::function<void(const CredentialResult &)> done)>;

    ProviderDialog(const ProviderSpec &provider, QStringList takenIds, SecretReader readSecret, QWidget *parent = nullptr);

    ProviderSpec provider() const;
    QString validationError() const; // empty when the form can be saved

    QComboBox *presetChooser() const { return m_preset; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *credentialKind() const { return m_credentialKind; }
    QLineEdit *credentialName() const { return m_credentialName; }
    QTableWidget *modelTable() const { return m_models; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *addListedButton() const { return m_addListed; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const;

private:
    void applyPreset(int index);
    void setModels(const std::vector<ModelSpec> &models);
    std::vector<ModelSpec> models() const;
    void validate();
    void testConnection();
    void addListedModels();

    QStringList m_takenIds;
    SecretReader m_readSecret;
    QComboBox *m_preset;
    QLineEdit *m_id;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QComboBox *m_credentialKind;
    QLineEdit *m_credentialName;
    QTableWidget *m_headers;
    QTableWidget *m_models;
    QHash<QString, Pricing> m_pricingById; // what the table has no columns for (cache writes, tiers) survives an edit
    QPushButton *m_test;
    QPushButton *m_addListed;
    QLabel *m_testResult;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ProviderProbe *m_probe;
    QStringList m_listed; // from the last successful test
};

} // namespace sy
