#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace sy {

// A sentence in the middle of an empty list or table that says what to do next ("No providers
// yet: Add provider…"). It shows while the view's model has no rows and hides at the first one.
class EmptyState : public QLabel
{
    Q_OBJECT
public:
    // Lives on the view's viewport; the view owns it. Attach after the view has its model.
    // counted: the model whose rows count (a filter's source, so a filter that hides every row
    // is not mistaken for nothing there); the view's own when not given.
    static EmptyState *attach(QAbstractItemView *view, const QString &text, QAbstractItemModel *counted = nullptr);
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, QAbstractItemModel *counted);
    void place();
    void watchModel();

    QPointer<QAbstractItemView> m_view;
    QPointer<QAbstractItemModel> m_model;
    QMetaObject::Connection m_modelConnections[4];
};

} // namespace sy
