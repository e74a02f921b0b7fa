#include "widgets/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

namespace sy {

EmptyState *EmptyState::attach(QAbstractItemView *view, const QString &text, QAbstractItemModel *counted)
{
    auto *state = new EmptyState(view, counted ? counted : view->model());
    state->setText(text);
    state->update();
    return state;
}

EmptyState::EmptyState(QAbstractItemView *view, QAbstractItemModel *counted) : QLabel(view->viewport()), m_view(view), m_model(counted)
{
    setObjectName(QStringLiteral("emptyState"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks reach the view
    view->viewport()->installEventFilter(this);
    watchModel();
}

void EmptyState::watchModel()
{
    for (const QMetaObject::Connection &c : m_modelConnections)
        disconnect(c);
    QAbstractItemModel *model = m_model;
    if (!model)
        return;
    m_modelConnections[0] = connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
    m_modelConnections[1] = connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    m_modelConnections[2] = connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    m_modelConnections[3] = connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
}

void EmptyState::update()
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
