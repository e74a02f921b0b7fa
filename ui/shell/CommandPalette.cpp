#include "shell/CommandPalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

namespace sy {

namespace {

QString plainText(const QAction *action)
{
    if (const QString name = action->property("paletteName").toString(); !name.isEmpty())
        return name;
    QString text = action->text();
    text.remove(u'&');
    return text;
}

} // namespace

CommandPalette::CommandPalette(QWidget *window) : QDialog(window), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Command palette"));
    setObjectName(QStringLiteral("commandPalette"));
    resize(520, 360);
    m_search->setPlaceholderText(tr("Type to find an action…"));
    m_search->setAccessibleName(tr("Search actions"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Actions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *a : actions)
        if (a && !a->isSeparator() && !a->menu() && !plainText(a).isEmpty() && !m_actions.contains(a))
            m_actions.append(a);
    filter(m_search->text());
}

void CommandPalette::filter(const QString &text)
{
    m_list->clear();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QAction *a : std::as_const(m_actions)) {
        const QString name = plainText(a);
        const QString where = a->property("paletteGroup").toString();
        const QString haystack = where + u' ' + name;
        if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }))
            continue;
        QString label = where.isEmpty() ? name : where + QStringLiteral(" › ") + name;
        if (!a->shortcut().isEmpty())
            label += QStringLiteral("    ") + a->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(a)));
        if (!a->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    QPointer<QAction> action = qobject_cast<QAction *>(item->data(Qt::UserRole).value<QObject *>());
    accept();
    if (action)
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows move through the list while typing continues in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
            key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            runCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sy
