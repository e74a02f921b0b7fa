#include "widgets/FlowLayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

namespace sy {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    for (QLayoutItem *item : m_items)
        delete item;
}

void FlowLayout::addLabelled(QWidget *label, QWidget *field, int fieldMinimumWidth)
{
    auto *pair = new QWidget;
    auto *row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(field, 1);
    if (fieldMinimumWidth > 0)
        field->setMinimumWidth(fieldMinimumWidth);
    pair->setSizePolicy(field->sizePolicy().horizontalPolicy(), QSizePolicy::Preferred);
    addWidget(pair);
}

void FlowLayout::addItem(QLayoutItem *item) { m_items.push_back(item); }

int FlowLayout::count() const { return int(m_items.size()); }

QLayoutItem *FlowLayout::itemAt(int index) const { return index >= 0 && index < count() ? m_items[size_t(index)] : nullptr; }

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem *item = m_items[size_t(index)];
    m_items.erase(m_items.begin() + index);
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items)
        if (item->expandingDirections() & Qt::Horizontal)
            return Qt::Horizontal;
    return {};
}

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size.grownBy(m);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0, placed = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (placed++ > 0 ? horizontalGap() : 0);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width, height).grownBy(m);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::styleGap(int metric) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    const int gap = owner ? owner->style()->pixelMetric(QStyle::PixelMetric(metric), nullptr, owner) : -1;
    return gap >= 0 ? gap : 6;
}

int FlowLayout::horizontalGap() const { return styleGap(QStyle::PM_LayoutHorizontalSpacing); }

int FlowLayout::verticalGap() const { return styleGap(QStyle::PM_LayoutVerticalSpacing); }

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(1, area.width());
    const int hGap = horizontalGap(), vGap = verticalGap();

    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    std::vector<Placed> line;
    int y = area.y();
    int lineWidth = 0;

    const auto finishLine = [&] {
        if (line.empty())
            return;
        int height = 0, expanding = 0;
        for (const Placed &p : line) {
            height = std::max(height, p.item->sizeHint().height());
            if (p.item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            const int spare = std::max(0, available - lineWidth);
            int x = area.x(), shared = 0;
            for (Placed &p : line) {
                int width = p.width;
                if (expanding > 0 && (p.item->expandingDirections() & Qt::Horizontal)) {
                    const int extra = spare / expanding + (++shared == expanding ? spare % expanding : 0);
                    width = std::min(width + extra, p.item->maximumSize().width());
                }
                const int itemHeight = std::min(height, p.item->maximumSize().height());
                p.item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + hGap;
            }
        }
        y += height + vGap;
        line.clear();
        lineWidth = 0;
    };

    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::clamp(item->sizeHint().width(), item->minimumSize().width(), std::max(item->minimumSize().width(), available));
        const int needed = line.empty() ? width : lineWidth + hGap + width;
        if (!line.empty() && needed > available)
            finishLine();
        lineWidth = line.empty() ? width : lineWidth + hGap + width;
        line.push_back({item, std::min(width, available)});
    }
    finishLine();
    const int used = y == area.y() ? 0 : y - vGap - area.y();
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace sy
