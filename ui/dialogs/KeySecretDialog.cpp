#include "dialogs/KeySecretDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sy {

KeySecretDialog::KeySecretDialog(const QString &name, const QByteArray &secret, bool rotated, QWidget *parent)
    : QDialog(parent), m_secret(new QLineEdit(QString::fromLatin1(secret), this)), m_copy(new QPushButton(tr("Copy"), this))
{
    setWindowTitle(rotated ? tr("Key '%1' rotated").arg(name) : tr("Key '%1' created").arg(name));
    auto *intro = new QLabel(rotated ? tr("The new secret of '%1'. The old one stopped working just now.").arg(name)
                                     : tr("The secret of '%1'. Clients send it as \"Authorization: Bearer …\" or \"x-api-key: …\".").arg(name),
                             this);
    intro->setWordWrap(true);
    auto *warning = new QLabel(tr("This is the only time it is shown: copy it now. The workspace keeps only its hash."), this);
    warning->setWordWrap(true);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(m_secret->text()) + 24);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(warning);
    layout->addWidget(buttons);
}

} // namespace sy
