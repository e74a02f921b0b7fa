#pragma once

#include <QWidget>

#include <vector>

#include "providers/LocalServerScan.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sy {

// The first page a new user sees: three ways in. Try the demo (a guided tour), connect a
// provider (a preset form, or a local server found on its default port), import a policy.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *tourButton() const { return m_tour; }
    QPushButton *addProviderButton() const { return m_addProvider; }
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *importButton() const { return m_import; }
    QCheckBox *showAtStartBox() const { return m_showAtStart; }
    QLabel *scanResultLabel() const { return m_scanResult; }
    // Scans these instead of the catalog's local presets (tests point it at their own servers).
    void setScanTargets(std::vector<LocalServerScan::Target> targets) { m_targets = std::move(targets); }
    void scanLocalServers();
    static bool showAtStart();

signals:
    void tourRequested();
    void addProviderRequested();
    void importPolicyRequested();
    void localServerChosen(const sy::ProviderSpec &provider);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFound(const std::vector<LocalServerScan::Found> &found);
    void retranslate();

    LocalServerScan m_scanner;
    std::vector<LocalServerScan::Target> m_targets;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_demoTitle, *m_demoText, *m_providerTitle, *m_providerText, *m_importTitle, *m_importText;
    QPushButton *m_tour;
    QPushButton *m_addProvider;
    QPushButton *m_scan;
    QPushButton *m_import;
    QLabel *m_scanResult;
    QVBoxLayout *m_foundList;
    QCheckBox *m_showAtStart;
};

} // namespace sy
