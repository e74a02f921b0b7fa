#include "dialogs/UserGuideDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sy {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Switchyard user guide"));
    setObjectName(QStringLiteral("userGuide"));
    resize(820, 640);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    QStringList pictures;
    for (const QString &dir : {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/switchyard"),
                               QStringLiteral(SWITCHYARD_DOCS_DIR)})
        if (QDir(dir).exists())
            pictures.append(dir);
    m_browser->setSearchPaths(pictures);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

} // namespace sy
