#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;

namespace sy {

// Ctrl+K: every action of the window in one searchable list (menus, page and editor actions),
// run with Enter. Actions are gathered when it opens, so disabled ones show as such.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *window);

    void setActions(const QList<QAction *> &actions);
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void runCurrent();

    QLineEdit *m_search;
    QListWidget *m_list;
    QList<QAction *> m_actions;
};

} // namespace sy
