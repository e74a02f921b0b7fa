#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace sy {

// Application settings, kept in QSettings: language (applies on the next start), colour theme
// (applies at once), and the proxy's client keys, body logging and daily budget.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };

    explicit SettingsPage(QWidget *parent = nullptr);

    QComboBox *languageChooser() const { return m_language; }
    QComboBox *themeChooser() const { return m_theme; }
    QLineEdit *clientKeysVariable() const { return m_clientKeysEnv; }
    QCheckBox *logBodies() const { return m_logBodies; }
    QDoubleSpinBox *dailyBudget() const { return m_budget; }
    QCheckBox *closeToTrayChoice() const { return m_closeToTray; }
    QCheckBox *startProxyChoice() const { return m_startProxy; }

    static QString language();        // "" for the system's
    static Theme theme();
    static QString clientKeysEnv();
    static bool logRequestBodies();
    static double dailyBudgetUsd();
    static bool closeToTray();         // closing the window leaves a serving proxy in the tray
    static bool startProxyOnLaunch();  // serve the last served policy when Switchyard starts
    static QString lastServedPolicy();
    static void setLastServedPolicy(const QString &name);
    static void applyTheme(Theme theme); // sets the application palette

signals:
    void budgetChanged(double usd);

private:
    void save();

    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_clientKeysEnv;
    QCheckBox *m_logBodies;
    QDoubleSpinBox *m_budget;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startProxy;
};

} // namespace sy
