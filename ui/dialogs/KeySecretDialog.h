#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace sy {

// Shows a new key's secret once, with a button that copies it: the workspace keeps only a hash,
// so this is the only time anyone sees it.
class KeySecretDialog : public QDialog
{
    Q_OBJECT
public:
    KeySecretDialog(const QString &name, const QByteArray &secret, bool rotated, QWidget *parent = nullptr);

    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_secret;
    QPushButton *m_copy;
};

} // namespace sy
