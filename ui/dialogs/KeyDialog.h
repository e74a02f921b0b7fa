#pragma once

#include <QDialog>
#include <QStringList>

#include "gateway/VirtualKey.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sy {

// Makes a new virtual key or edits an existing one's owner, tags, expiry and limits: budgets per
// day and month (refused or only reported when spent), requests and tokens per minute, the routes
// and models it may use and its default route. The name of an existing key stays.
class KeyDialog : public QDialog
{
    Q_OBJECT
public:
    // takenNames: names a new key may not have. routes: the active policies' route aliases, offered
    // for the route fields.
    KeyDialog(const VirtualKey &key, bool creating, QStringList takenNames, QStringList routes, QWidget *parent = nullptr);

    VirtualKey key() const; // the edited key (id, hash and times as given)
    QString validationError() const;

    QLineEdit *nameEdit() const { return m_name; }
    QDoubleSpinBox *dayBudget() const { return m_dayBudget; }
    QDoubleSpinBox *monthBudget() const { return m_monthBudget; }
    QComboBox *budgetMode() const { return m_budgetMode; }
    QSpinBox *requestsPerMinute() const { return m_rpm; }
    QSpinBox *tokensPerMinute() const { return m_tpm; }
    QLineEdit *routesEdit() const { return m_routes; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

private:
    void validate();

    VirtualKey m_original;
    bool m_creating;
    QStringList m_taken;
    QLineEdit *m_name;
    QLineEdit *m_owner;
    QLineEdit *m_tags;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QDoubleSpinBox *m_dayBudget;
    QDoubleSpinBox *m_monthBudget;
    QComboBox *m_budgetMode;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QLineEdit *m_routes;
    QLineEdit *m_models;
    QComboBox *m_defaultRoute;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace sy
