#include "pages/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

namespace sy {

namespace {

const char *const kLanguageKey = "ui/language";
const char *const kThemeKey = "ui/theme";
const char *const kClientKeysKey = "proxy/clientKeysEnv";
const char *const kLogBodiesKey = "proxy/logBodies";
const char *const kBudgetKey = "proxy/dailyBudgetUsd";
const char *const kCloseToTrayKey = "ui/closeToTray";
const char *const kStartProxyKey = "proxy/startOnLaunch";
const char *const kLastServedKey = "proxy/lastServedPolicy";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x20, 0x20, 0x24), text(0xee, 0xee, 0xee), mid(0x55, 0x55, 0x5a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x86));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x86));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x86));
    return p;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox(this)), m_theme(new QComboBox(this)), m_clientKeysEnv(new QLineEdit(this)),
      m_logBodies(new QCheckBox(tr("Store request and response bodies in the request log"), this)), m_budget(new QDoubleSpinBox(this)),
      m_closeToTray(new QCheckBox(tr("Closing the window keeps a serving proxy running in the tray"), this)),
      m_startProxy(new QCheckBox(tr("Start the proxy with the last served policy when Switchyard starts"), this))
{
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    m_language->setAccessibleName(tr("Language"));
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(int(theme()));
    m_theme->setAccessibleName(tr("Colour theme"));
    m_clientKeysEnv->setText(clientKeysEnv());
    m_clientKeysEnv->setPlaceholderText(tr("none: the proxy then listens on loopback only"));
    m_clientKeysEnv->setAccessibleName(tr("Client keys variable"));
    m_clientKeysEnv->setToolTip(tr("An environment variable holding the keys clients must send (comma-separated). Keys are never stored by Switchyard."));
    m_logBodies->setChecked(logRequestBodies());
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$ "));
    m_budget->setSpecialValueText(tr("no budget"));
    m_budget->setValue(dailyBudgetUsd());
    m_budget->setAccessibleName(tr("Daily budget"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("<small>Takes effect the next time Switchyard starts.</small>"), this));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Client &keys variable:"), m_clientKeysEnv);
    form->addRow(QString(), m_logBodies);
    form->addRow(tr("Daily &budget:"), m_budget);
    m_closeToTray->setChecked(closeToTray());
    m_startProxy->setChecked(startProxyOnLaunch());
    form->addRow(QString(), m_closeToTray);
    form->addRow(QString(), m_startProxy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Settings</h2>"), this));
    layout->addLayout(form);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::save);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        save();
        applyTheme(theme());
    });
    connect(m_clientKeysEnv, &QLineEdit::editingFinished, this, &SettingsPage::save);
    connect(m_logBodies, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_closeToTray, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_startProxy, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        save();
        emit budgetChanged(v);
    });
}

void SettingsPage::save()
{
    QSettings s;
    s.setValue(QLatin1String(kLanguageKey), m_language->currentData().toString());
    s.setValue(QLatin1String(kThemeKey), m_theme->currentData().toInt());
    s.setValue(QLatin1String(kClientKeysKey), m_clientKeysEnv->text().trimmed());
    s.setValue(QLatin1String(kLogBodiesKey), m_logBodies->isChecked());
    s.setValue(QLatin1String(kBudgetKey), m_budget->value());
    s.setValue(QLatin1String(kCloseToTrayKey), m_closeToTray->isChecked());
    s.setValue(QLatin1String(kStartProxyKey), m_startProxy->isChecked());
}

QString SettingsPage::language() { return QSettings().value(QLatin1String(kLanguageKey)).toString(); }

SettingsPage::Theme SettingsPage::theme() { return Theme(qBound(0, QSettings().value(QLatin1String(kThemeKey), 0).toInt(), 2)); }

QString SettingsPage::clientKeysEnv() { return QSettings().value(QLatin1String(kClientKeysKey)).toString(); }

bool SettingsPage::logRequestBodies() { return QSettings().value(QLatin1String(kLogBodiesKey), false).toBool(); }

double SettingsPage::dailyBudgetUsd() { return QSettings().value(QLatin1String(kBudgetKey), 0.0).toDouble(); }

bool SettingsPage::closeToTray() { return QSettings().value(QLatin1String(kCloseToTrayKey), true).toBool(); }

bool SettingsPage::startProxyOnLaunch() { return QSettings().value(QLatin1String(kStartProxyKey), false).toBool(); }

QString SettingsPage::lastServedPolicy() { return QSettings().value(QLatin1String(kLastServedKey)).toString(); }

void SettingsPage::setLastServedPolicy(const QString &name) { QSettings().setValue(QLatin1String(kLastServedKey), name); }

void SettingsPage::applyTheme(Theme theme)
{
    static const QPalette systemPalette = QApplication::palette();
    if (theme == Theme::System) {
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // follows the palette everywhere
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace sy
