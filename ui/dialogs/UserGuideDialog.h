#pragma once

#include <QDialog>

class QTextBrowser;

namespace sy {

// Help ▸ User guide: docs/user-guide.md, compiled into the program, with its pictures when the
// docs folder is at hand (a source checkout or an installed share/doc/switchyard).
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace sy
