#pragma once

#include <QDialog>

#include "harvest/LogHarvest.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sy {

class WorkspaceSession;

// A prompt set from logged traffic: which requests (time, route, arm, client, feedback), what to
// take out of them (e-mail addresses, phone numbers, key-like strings, the user's own patterns),
// a preview of every finding, and only then the set saved to the workspace.
class HarvestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HarvestDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    void preview(); // reads in the background; previewed() when shown
    void save();    // saves the previewed set; saved(name) when written

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *rangeChoice() const { return m_range; }
    QLineEdit *routeEdit() const { return m_route; }
    QComboBox *feedbackChoice() const { return m_feedback; }
    QPlainTextEdit *patternsEdit() const { return m_patterns; }
    QTableWidget *findingsTable() const { return m_findings; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }
    const LogHarvest::Redacted &result() const { return m_result; }

signals:
    void previewed();
    void saved(const QString &name);

private:
    // The redactor the boxes and patterns describe; null with the reason when a pattern is wrong.
    std::shared_ptr<const Redactor> redactor(QString *problem) const;

    WorkspaceSession *m_session;
    QLineEdit *m_name;
    QComboBox *m_range;
    QLineEdit *m_route;
    QLineEdit *m_arm;
    QLineEdit *m_client;
    QComboBox *m_feedback;
    QSpinBox *m_limit;
    QCheckBox *m_email;
    QCheckBox *m_phone;
    QCheckBox *m_keys;
    QPlainTextEdit *m_patterns;
    QPushButton *m_preview;
    QPushButton *m_save;
    QLabel *m_summary;
    QTableWidget *m_findings;
    LogHarvest::Redacted m_result;
    bool m_resultCurrent = false; // the preview shows what the fields say now
};

} // namespace sy
