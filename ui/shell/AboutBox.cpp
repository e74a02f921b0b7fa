#include "shell/AboutBox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QSysInfo>
#include <QWidget>

#include "widgets/Icons.h"

namespace sy {

void showAboutBox(QWidget *parent)
{
    const QString text =
        QCoreApplication::translate("sy::AboutBox",
                                    "<h3>Switchyard %1</h3>"
                                    "<p>An LLM routing workbench: design a policy, replay prompts through it, serve it "
                                    "from a local proxy and learn from the traffic.</p>"
                                    "<p>Running on Qt %2 (built with %3), %4.</p>"
                                    "<p>Switchyard is free software under the GNU General Public License, version 3 or later. "
                                    "It is built with Qt (LGPL-3.0), QCustomPlot (GPL-3.0), SQLite (public domain), "
                                    "dtl (BSD-3-Clause), nghttp2 (MIT) and OpenSSL (Apache-2.0), as Debian packages them.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 QSysInfo::prettyProductName());
    auto *box = new QMessageBox(QMessageBox::NoIcon, QCoreApplication::translate("sy::AboutBox", "About Switchyard"), text,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(icons::application().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

} // namespace sy
