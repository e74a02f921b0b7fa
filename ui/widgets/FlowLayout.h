#pragma once

#include <QLayout>

#include <vector>

namespace sy {

// Lays widgets out left to right and starts a new line when the next one would not fit, so a row
// of buttons or fields never makes its window wider than a laptop screen. Items that expand
// horizontally share what is left of their line. Qt has no such layout.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // A label and its field stay on one line together.
    void addLabelled(QWidget *label, QWidget *field, int fieldMinimumWidth = 0);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int styleGap(int metric) const; // the spacing, else the style's (a QStyle::PixelMetric)
    int horizontalGap() const;
    int verticalGap() const;
    // Places the items in rect (when apply) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;

    std::vector<QLayoutItem *> m_items;
};

} // namespace sy
