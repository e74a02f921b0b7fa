#include <QPushButton>
#include <QLineEdit>
#include <QTest>

#include "widgets/FlowLayout.h"

using namespace sy;

// The layout that keeps rows of buttons and fields from widening a laptop window.
class TestFlowLayout : public QObject
{
    Q_OBJECT
private slots:
    void wrapsToTheWidth_data();
    void wrapsToTheWidth();
    void expandingItemsTakeWhatIsLeft();
    void hiddenItemsTakeNoRoom();
};

namespace {

struct Row
{
    QWidget host;
    FlowLayout *layout = new FlowLayout(&host);
    std::vector<QWidget *> items;

    explicit Row(int count, int itemWidth = 100)
    {
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        for (int i = 0; i < count; ++i) {
            auto *b = new QPushButton(QStringLiteral("b%1").arg(i), &host);
            b->setFixedSize(itemWidth, 20);
            layout->addWidget(b);
            items.push_back(b);
        }
    }
    void layOut(int width)
    {
        host.resize(width, layout->heightForWidth(width));
        layout->setGeometry(QRect(0, 0, width, layout->heightForWidth(width)));
    }
    int lines() const
    {
        QList<int> ys;
        for (QWidget *w : items)
            if (!ys.contains(w->y()))
                ys.append(w->y());
        return int(ys.size());
    }
};

} // namespace

void TestFlowLayout::wrapsToTheWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("height");
    // Four items of 100 px with 10 px gaps: 430 px on one line.
    QTest::newRow("all on one line") << 430 << 1 << 20;
    QTest::newRow("one short") << 429 << 2 << 50;
    QTest::newRow("two per line") << 210 << 2 << 50;
    QTest::newRow("one per line") << 209 << 4 << 110;
    QTest::newRow("narrower than an item") << 50 << 4 << 110;
}

void TestFlowLayout::wrapsToTheWidth()
{
    QFETCH(int, width);
    QFETCH(int, lines);
    QFETCH(int, height);
    Row row(4);
    QCOMPARE(row.layout->sizeHint(), QSize(430, 20));
    QCOMPARE(row.layout->minimumSize(), QSize(100, 20)); // the widest item alone
    QCOMPARE(row.layout->heightForWidth(width), height);
    row.layOut(width);
    QCOMPARE(row.lines(), lines);
    for (QWidget *w : row.items)
        QVERIFY2(w->geometry().right() < std::max(width, 100), qPrintable(QStringLiteral("item at %1").arg(w->x())));
}

void TestFlowLayout::expandingItemsTakeWhatIsLeft()
{
    Row row(2);
    auto *edit = new QLineEdit(&row.host);
    edit->setMinimumWidth(80);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row.layout->addWidget(edit);
    row.layOut(600);
    QCOMPARE(row.lines(), 1);
    QCOMPARE(edit->geometry().right(), 599); // the line ends at the edge
    QCOMPARE(row.items[0]->width(), 100);   // fixed items keep their width
}

void TestFlowLayout::hiddenItemsTakeNoRoom()
{
    Row row(3);
    row.items[1]->hide();
    row.layOut(210);
    QCOMPARE(row.items[2]->y(), row.items[0]->y()); // the hidden one left room for the third
    QCOMPARE(row.layout->sizeHint().width(), 210);
}

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
