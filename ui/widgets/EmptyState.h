#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace sy {

// A sentence in the middle of an empty list or table that says what to do next ("No providers
// yet: Add provider…"). It shows while the model has no rows and hides at the first one.
class EmptyState : public QLabel
{
    Q_OBJECT
public:
    // Lives on the view's viewport; the view owns it. Attach after the view has its model.
    // counted: the model whose rows count (a filter's source, so a filter that hides every row
    // is not mistaken for nothing there); the view's own when not given.
    static EmptyState *attach(QAbstractItemView *view, const QString &text, QAbstractItemModel *counted = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, QAbstractItemModel *counted);
    void showIfEmpty();
    void place();

    QPointer<QAbstractItemModel> m_model;
};

} // namespace sy
