#include "widgets/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

namespace sy {

EmptyState *EmptyState::attach(QAbstractItemView *view, const QString &text, QAbstractItemModel *counted)
{
    auto *state = new EmptyState(view, counted ? counted : view->model());
    state->setText(text);
    state->showIfEmpty();
    return state;
}

EmptyState::EmptyState(QAbstractItemView *view, QAbstractItemModel *counted) : QLabel(view->viewport()), m_model(counted)
{
    setObjectName(QStringLiteral("emptyState"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks reach the view
    view->viewport()->installEventFilter(this);
    if (!counted)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(counted, signal, this, &EmptyState::showIfEmpty);
    connect(counted, &QAbstractItemModel::modelReset, this, &EmptyState::showIfEmpty);
    connect(counted, &QAbstractItemModel::layoutChanged, this, &EmptyState::showIfEmpty);
}

void EmptyState::showIfEmpty()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    setVisible(empty);
    if (empty)
        place();
}

void EmptyState::place()
{
    const QRect area = parentWidget()->rect().adjusted(16, 16, -16, -16);
    setGeometry(area.x(), area.y(), area.width(), std::min(area.height(), heightForWidth(area.width())));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

} // namespace sy
