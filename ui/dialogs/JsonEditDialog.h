#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace sy {

class PolicyEditSession;

// The escape hatch: one part of the policy (or all of it) as JSON text. Applying reads the whole
// policy again, so a change that breaks its shape is refused with the problem's path and line;
// wrong references are accepted and then shown in the editor like any other problem.
class JsonEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `path` is a JSON path into the policy ("$" for all of it).
    JsonEditDialog(PolicyEditSession *session, const QString &path, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_text; }
    QLabel *problems() const { return m_problems; }
    bool apply(); // false (and the dialog stays) when the text cannot be used

private:
    PolicyEditSession *m_session;
    QString m_path;
    QPlainTextEdit *m_text;
    QLabel *m_problems;
};

} // namespace sy
